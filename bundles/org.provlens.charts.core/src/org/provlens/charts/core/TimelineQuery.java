package org.provlens.charts.core;

/**
 * What the timeline (Gantt) asks: how tasks are laid out in lanes, what colours them, the time range and the pixel
 * width. The tasks themselves are those of the {@link TimelineProvider}.
 *
 * @param lanes one lane per host, GPU, activity or run; within a lane one row per depth of the task hierarchy, and
 *            more rows where tasks of one depth overlap in time
 * @param colour what the colour of a bar says
 * @param from the start of the range, epoch seconds; NaN for the first task's start
 * @param to the end of the range; NaN for the last task's end
 * @param width the width of the chart in pixels: tasks shorter than a pixel are aggregated per pixel column
 */
public record TimelineQuery(Lanes lanes, Colour colour, double from, double to, int width) {

    /** How tasks are placed in lanes. */
    public enum Lanes {
        /** By the node the task ran on. */
        HOST,
        /** By GPU: {@code host/gpu_N} for each GPU the task's telemetry shows busy (all its GPUs when it says nothing). */
        GPU,
        /** By activity. */
        ACTIVITY,
        /** By workflow run. */
        RUN
    }

    /** What a bar's colour says. */
    public enum Colour {
        /** The task's activity. */
        ACTIVITY,
        /** Its status. */
        STATUS,
        /** Its duration, seconds. */
        DURATION,
        /** Its GPU energy measured by the GPUs' counters ({@code energy.gpu.measured}), joules. */
        ENERGY
    }

    /** Checks the query. */
    public TimelineQuery {
        if (lanes == null || colour == null) {
            throw new IllegalArgumentException("a timeline query needs lanes and a colour");
        }
        if (width < 1) {
            throw new IllegalArgumentException("the width must be at least 1 pixel, not " + width);
        }
    }
}
