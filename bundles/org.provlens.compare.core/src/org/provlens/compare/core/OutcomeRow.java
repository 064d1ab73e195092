package org.provlens.compare.core;

import java.util.Objects;

/**
 * One outcome of the compared runs: a value per run, its absolute and relative difference to the baseline run's
 * value, and the best run when the outcome has a direction. Immutable; values are NaN where a run has none.
 */
public final class OutcomeRow {

    private final String key;
    private final String unit;
    private final Better better;
    private final double[] values;
    private final double[] delta;
    private final double[] relative;
    private final int best;
    /** Which runs may be the best: not those that failed. */
    private final boolean[] eligible;

    private OutcomeRow(String key, String unit, Better better, double[] values, double[] delta, double[] relative,
            boolean[] eligible) {
        this.key = key;
        this.unit = unit;
        this.better = better;
        this.values = values;
        this.delta = delta;
        this.relative = relative;
        this.eligible = eligible;
        this.best = best(values, better, eligible);
    }

    /**
     * A row of values, with its deltas against a baseline and its best run computed.
     *
     * @param key the outcome key
     * @param unit its unit, empty when none
     * @param values one value per run, NaN where absent (not copied: not to be changed afterwards)
     * @param baseline the index of the baseline run
     * @return the row; its direction is {@link Better#of(String)} of the key
     */
    public static OutcomeRow of(String key, String unit, double[] values, int baseline) {
        boolean[] all = new boolean[values.length];
        java.util.Arrays.fill(all, true);
        return of(key, unit, values, baseline, all);
    }

    /**
     * A row of values of which only some runs may be the best (a failed run's short duration is no achievement).
     *
     * @param key the outcome key
     * @param unit its unit, empty when none
     * @param values one value per run, NaN where absent (not copied)
     * @param baseline the index of the baseline run
     * @param eligible for each run, whether it may be the best (not copied)
     * @return the row
     */
    public static OutcomeRow of(String key, String unit, double[] values, int baseline, boolean[] eligible) {
        Objects.checkIndex(baseline, Math.max(1, values.length));
        int n = values.length;
        double base = n == 0 ? Double.NaN : values[baseline];
        double[] delta = new double[n];
        double[] relative = new double[n];
        for (int i = 0; i < n; i++) {
            delta[i] = values[i] - base;
            relative[i] = base == 0 || Double.isNaN(base) || Double.isNaN(values[i]) ? Double.NaN
                    : delta[i] / Math.abs(base);
        }
        return new OutcomeRow(key, unit == null ? "" : unit, Better.of(key), values, delta, relative, eligible);
    }

    /** The best of at least two present values of eligible runs; the first of equal ones. */
    private static int best(double[] values, Better better, boolean[] eligible) {
        if (better == Better.NONE) {
            return -1;
        }
        int best = -1;
        int present = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v) || !eligible[i]) {
                continue;
            }
            present++;
            if (best < 0 || (better == Better.LOWER ? v < values[best] : v > values[best])) {
                best = i;
            }
        }
        return present >= 2 ? best : -1;
    }

    /**
     * The same row for the runs in another order, its deltas against another baseline.
     *
     * @param order the new order: {@code order[i]} is the old index of the run now at {@code i}
     * @param baseline the new index of the baseline run
     * @return the reordered row
     */
    public OutcomeRow reorder(int[] order, int baseline) {
        double[] moved = new double[order.length];
        boolean[] movedEligible = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            moved[i] = values[order[i]];
            movedEligible[i] = eligible[order[i]];
        }
        return of(key, unit, moved, baseline, movedEligible);
    }

    /**
     * The outcome key.
     *
     * @return e.g. {@code duration}, {@code generated.val_loss}, {@code series:train/loss.min}
     */
    public String key() {
        return key;
    }

    /**
     * The unit of the values.
     *
     * @return e.g. {@code s}, {@code J}, empty when unknown
     */
    public String unit() {
        return unit;
    }

    /**
     * Which way the outcome improves.
     *
     * @return the direction
     */
    public Better better() {
        return better;
    }

    /**
     * The number of runs.
     *
     * @return the length of the value arrays
     */
    public int size() {
        return values.length;
    }

    /**
     * A run's value.
     *
     * @param run the run's index
     * @return the value, NaN when absent
     */
    public double value(int run) {
        return values[run];
    }

    /**
     * A run's value minus the baseline run's.
     *
     * @param run the run's index
     * @return the difference, NaN when either is absent
     */
    public double delta(int run) {
        return delta[run];
    }

    /**
     * A run's difference to the baseline relative to the baseline's magnitude.
     *
     * @param run the run's index
     * @return {@code (value - base) / |base|}, NaN when either is absent or the baseline is 0
     */
    public double relative(int run) {
        return relative[run];
    }

    /**
     * The run with the best value.
     *
     * @return its index, -1 when the outcome has no direction or fewer than two runs that did not fail have a
     *         value
     */
    public int best() {
        return best;
    }

    /**
     * Whether any run has a value.
     *
     * @return true when a value is present
     */
    public boolean hasValues() {
        for (double v : values) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "OutcomeRow[" + key + ", " + java.util.Arrays.toString(values) + "]";
    }
}
