package org.provlens.charts.core;

import java.util.List;

import org.provlens.model.Execution;
import org.provlens.model.SeriesAxis;

/**
 * What the series chart asks: one key over the selected runs or tasks, in an x range, at a pixel width.
 *
 * <p>The key is one of: the key of a recorded {@link org.provlens.model.Series} (an MLflow metric, a CodeCarbon
 * power series); {@code telemetry.<channel>} for a telemetry channel, read at the start and the end of each task
 * of the level and answered as per-task intervals; or any numeric column of the level table ({@code generated.loss},
 * {@code energy.gpu.measured}, {@code duration}, ...), one point per task over its step or its end time.</p>
 *
 * @param sources the runs ({@link org.provlens.model.Workflow}) or tasks whose series are drawn, each with the
 *            tasks under it; one line per source (and per recorded series)
 * @param key the series key
 * @param level the activity of the tasks whose values form the line, {@code null} for the activity with the most
 *            values under each source
 * @param axis step or time for level columns, {@code null} for step when the tasks record one
 *            ({@code used.global_step}, {@code used.step}, {@code used.epoch}), else time
 * @param from the lower end of x, NaN for the smallest x of the lines
 * @param to the upper end of x (inclusive), NaN for the largest
 * @param width the number of buckets: the chart's width in pixels
 */
public record SeriesQuery(List<? extends Execution> sources, String key, String level, SeriesAxis axis, double from,
        double to, int width) {

    /** Checks the query. */
    public SeriesQuery {
        sources = List.copyOf(sources);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a series query needs a key");
        }
        if (width < 1) {
            throw new IllegalArgumentException("the width must be at least 1 bucket, not " + width);
        }
    }

    /**
     * The whole range of a key.
     *
     * @param sources the runs or tasks
     * @param key the key
     * @param width the width in buckets
     * @return the query
     */
    public static SeriesQuery of(List<? extends Execution> sources, String key, int width) {
        return new SeriesQuery(sources, key, null, null, Double.NaN, Double.NaN, width);
    }

    /**
     * The same query over another x range (a zoom or a pan).
     *
     * @param lo the lower end
     * @param hi the upper end
     * @param pixels the width
     * @return the query
     */
    public SeriesQuery range(double lo, double hi, int pixels) {
        return new SeriesQuery(sources, key, level, axis, lo, hi, pixels);
    }
}
