package org.provlens.compare.core.internal;

/**
 * What a comparison keeps of one series of one run: its shape and the figures of its outcome rows, not its samples
 * (a thousand runs' samples would fill the heap the workspace needs).
 *
 * @param unit the unit of the values
 * @param telemetry whether it is telemetry
 * @param steps whether it can be drawn over steps
 * @param times whether it can be drawn over time
 * @param size the number of samples
 * @param last the last value (at the largest step, else the latest)
 * @param min the smallest value
 * @param max the largest value
 * @param mean the mean value
 * @param atStep the value at the step asked, NaN when none was asked
 */
public record Summary(String unit, boolean telemetry, boolean steps, boolean times, int size, double last,
        double min, double max, double mean, double atStep) {

    /**
     * The summary of samples.
     *
     * @param points the samples
     * @param step the step of {@link #atStep()}, {@code null} for none
     * @return the summary
     */
    public static Summary of(Points points, Long step) {
        return new Summary(points.unit(), points.telemetry(), points.hasSteps(), points.hasTimes(), points.size(),
                points.last(), points.min(), points.max(), points.mean(),
                step == null ? Double.NaN : points.atStep(step));
    }
}
