package org.provlens.charts.core;

import java.util.List;

import org.provlens.model.Task;

/**
 * The timeline's data for one range and width: its rows, the bars of tasks at least a pixel long, and, per row,
 * pixel columns that aggregate the tasks shorter than a pixel (as trace viewers do), so a million tasks draw as
 * at most rows × width marks.
 *
 * @param from the start of the range, epoch seconds
 * @param to its end
 * @param width the pixel width
 * @param rows the rows, top to bottom
 * @param bars tasks drawn one by one
 * @param cells the aggregated pixel columns of the rows that have any
 * @param categories the colour categories (activities or statuses) for {@link TimelineQuery.Colour#ACTIVITY} and
 *            {@link TimelineQuery.Colour#STATUS}, by index; empty for numeric colours
 * @param scale the range of a numeric colour, {@code null} for categories
 * @param tasks the number of tasks placed (a task in several GPU lanes counts once)
 * @param visible the number of task bars in the range, drawn or aggregated
 */
public record Timeline(double from, double to, int width, List<Row> rows, List<Bar> bars, List<Cells> cells,
        List<String> categories, Scale scale, int tasks, long visible) {

    /** Copies the lists. */
    public Timeline {
        rows = List.copyOf(rows);
        bars = List.copyOf(bars);
        cells = List.copyOf(cells);
        categories = List.copyOf(categories);
    }

    /**
     * A row of the chart.
     *
     * @param lane the lane's name (host, {@code host/gpu_N}, activity or run)
     * @param depth the depth of its tasks in the hierarchy, 1 for top-level tasks
     * @param track 0, or the index of an extra row for tasks of that depth overlapping in time
     */
    public record Row(String lane, int depth, int track) {
        /**
         * The row's label.
         *
         * @return the lane, depth and track
         */
        public String label() {
            return lane + " · L" + depth + (track > 0 ? " #" + (track + 1) : "");
        }
    }

    /**
     * A task drawn as a bar.
     *
     * @param row the row's index
     * @param task the task
     * @param start its start, epoch seconds
     * @param end its end
     * @param category its colour category's index, -1 for numeric colours
     * @param value its numeric colour value (seconds, joules), NaN when unknown or categorical
     */
    public record Bar(int row, Task task, double start, double end, int category, double value) {
    }

    /**
     * The aggregated pixel columns of a row: how many tasks shorter than a pixel touch each column, and the colour
     * of the column (the category covering most of it, or the largest value, so that an outlier stays visible).
     * Not to be modified.
     *
     * @param row the row's index
     * @param count tasks per column
     * @param category the dominant category per column, -1 where empty or numeric
     * @param value the largest numeric colour value per column, NaN where empty or categorical
     */
    public record Cells(int row, int[] count, int[] category, double[] value) {
    }

    /**
     * The range of a numeric colour.
     *
     * @param min the smallest value
     * @param max the largest
     * @param log whether the colours follow the logarithm (values spanning more than two decades)
     * @param unit the unit, {@code s} or {@code J}
     */
    public record Scale(double min, double max, boolean log, String unit) {
        /**
         * The position of a value on the scale.
         *
         * @param value a value
         * @return 0 at the minimum to 1 at the maximum, NaN for NaN
         */
        public double position(double value) {
            if (Double.isNaN(value) || Double.isNaN(min)) {
                return Double.NaN;
            }
            double lo = log ? Math.log10(min) : min;
            double hi = log ? Math.log10(max) : max;
            double v = log ? Math.log10(Math.max(value, min)) : value;
            return hi == lo ? 0.5 : Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
        }
    }
}
