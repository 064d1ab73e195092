package org.provlens.charts.core.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Count, mean, median, minimum, maximum and 95th percentile of the finite values of a sample. Quantiles are
 * interpolated linearly between order statistics (Hyndman and Fan's type 7: R's {@code quantile} and NumPy's
 * {@code percentile} default), by Apache Commons Math.
 *
 * @param n the number of finite values
 * @param mean their mean, NaN when none
 * @param median their median
 * @param min the smallest
 * @param max the largest
 * @param p95 the 95th percentile
 */
public record Summary(long n, double mean, double median, double min, double max, double p95) {

    /** The summary of no values. */
    public static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /**
     * Summarises values; NaN and infinities are left out.
     *
     * @param values the values (not changed)
     * @return the summary
     */
    public static Summary of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return EMPTY;
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(finite);
        return new Summary(finite.length, StatUtils.mean(finite), percentile.evaluate(50), StatUtils.min(finite),
                StatUtils.max(finite), percentile.evaluate(95));
    }
}
