package org.provlens.charts.core;

import java.util.List;

import org.provlens.model.SeriesAxis;
import org.provlens.model.Task;

/**
 * The series chart's data: every line of a query decimated over one common x range.
 *
 * @param from the lower end of x
 * @param to the upper end of x
 * @param lines one line per source and recorded series, in the order of the sources
 */
public record SeriesData(double from, double to, List<Line> lines) {

    /** Copies the list. */
    public SeriesData {
        lines = List.copyOf(lines);
    }

    /** Where a line's values come from. */
    public enum Kind {
        /** A recorded series (MLflow metric history, CodeCarbon samples, PROV measurements). */
        SERIES,
        /** A numeric column of the tasks of a level: one point per task. */
        METRIC,
        /** A telemetry channel read at the start and end of each task: per-task intervals, never a curve. */
        TELEMETRY
    }

    /**
     * One line.
     *
     * @param run the id of the workflow run it belongs to, {@code null} when none
     * @param runName the run's name, or its id
     * @param source the id of the selected run or task it was drawn for
     * @param key the series key
     * @param unit the unit of y ({@code W}, {@code J}, {@code s}, {@code B/s} for counters' rates), empty when unknown
     * @param kind where the values come from
     * @param axis whether x is a step or a time (epoch seconds)
     * @param level the activity of the tasks of a metric or telemetry line, {@code null} for recorded series
     * @param points the number of points of the whole line (two per task for telemetry)
     * @param nonfinite how many of them have no finite value (NaN, infinity) and are not in the buckets
     * @param buckets the decimated points in the query's range
     * @param intervals the per-task intervals of a telemetry line in the range when there are few enough to draw
     *            one by one (at most twice the width), {@code null} otherwise
     */
    public record Line(String run, String runName, String source, String key, String unit, Kind kind,
            SeriesAxis axis, String level, int points, int nonfinite, Buckets buckets, Intervals intervals) {

        /**
         * A label for legends.
         *
         * @return the run's name and the key
         */
        public String label() {
            return (runName == null ? source : runName) + " · " + key;
        }
    }

    /**
     * Telemetry of tasks as intervals: from the task's start (value at start) to its end (value at end); for a
     * cumulative counter the rate over the task, the same at both ends. Not to be modified.
     *
     * @param t0 starts, epoch seconds
     * @param t1 ends
     * @param v0 values at start
     * @param v1 values at end
     * @param tasks the task of each interval
     */
    public record Intervals(double[] t0, double[] t1, double[] v0, double[] v1, List<Task> tasks) {

        /**
         * The number of intervals.
         *
         * @return the count
         */
        public int size() {
            return t0.length;
        }
    }
}
