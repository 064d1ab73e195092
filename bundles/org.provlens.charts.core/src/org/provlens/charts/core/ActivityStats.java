package org.provlens.charts.core;

import java.util.List;

import org.provlens.charts.core.stats.Summary;

/**
 * Per-activity statistics: for each activity, a {@link Summary} of each {@link Measure} over its tasks, and its
 * dominant resource.
 *
 * @param rows one row per activity, the most tasks first
 */
public record ActivityStats(List<Row> rows) {

    /** Copies the list. */
    public ActivityStats {
        rows = List.copyOf(rows);
    }

    /**
     * What is measured of every task.
     */
    public enum Measure {
        /** Ended minus started. */
        DURATION("duration", "s", "duration"),
        /** The process's CPU seconds over the task: user, system and its children's (psutil's cpu_times). */
        CPU_TIME("cpu_time", "s", "CPU"),
        /** The most memory in use on any GPU at the task's start or end. */
        GPU_MEMORY("gpu_memory", "B", "GPU memory"),
        /** Bytes the process read and wrote over the task (psutil's io_counters). */
        IO("io", "B", "IO"),
        /** Joules counted by the GPUs' energy counters over the task ({@code energy.gpu.measured}). */
        ENERGY("energy", "J", "GPU energy");

        private final String key;
        private final String unit;
        private final String resource;

        Measure(String key, String unit, String resource) {
            this.key = key;
            this.unit = unit;
            this.resource = resource;
        }

        /**
         * The key in JSON and CSV.
         *
         * @return e.g. {@code cpu_time}
         */
        public String key() {
            return key;
        }

        /**
         * The unit.
         *
         * @return {@code s}, {@code B} or {@code J}
         */
        public String unit() {
            return unit;
        }

        /**
         * The resource it measures, as a dominant resource is named.
         *
         * @return e.g. {@code CPU}
         */
        public String resource() {
            return resource;
        }
    }

    /**
     * The resources a dominant resource is chosen from, with the rate that compares activities: CPU cores busy
     * (CPU seconds per second), GPU power (joules per second), GPU memory (bytes) and IO (bytes per second).
     */
    public static final List<Measure> RESOURCES = List.of(Measure.CPU_TIME, Measure.ENERGY, Measure.GPU_MEMORY,
            Measure.IO);

    /**
     * One activity.
     *
     * @param activity the activity ({@code (none)} for tasks without)
     * @param tasks its number of tasks
     * @param summaries one summary per {@link Measure}, in its order
     * @param intensity per {@link #RESOURCES} entry, the activity's mean rate divided by the largest mean rate of
     *            any activity (0 to 1; NaN when not measured)
     * @param dominant the resource of the largest intensity, {@code null} when nothing was measured
     */
    public record Row(String activity, long tasks, List<Summary> summaries, double[] intensity, String dominant) {

        /**
         * The summary of a measure.
         *
         * @param measure the measure
         * @return its summary
         */
        public Summary summary(Measure measure) {
            return summaries.get(measure.ordinal());
        }
    }
}
