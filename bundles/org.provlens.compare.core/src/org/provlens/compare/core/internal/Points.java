package org.provlens.compare.core.internal;

import java.util.Arrays;

/**
 * The samples of one series of one run, growing while the run's tasks are walked: a step (NaN when the series has
 * none), a time since the run's start (NaN when unknown) and a value per sample, as primitive arrays.
 */
public final class Points {

    private final String unit;
    private final boolean telemetry;
    private double[] steps;
    private double[] times;
    private double[] values;
    private int size;
    private boolean anyStep;
    private boolean anyTime;
    private boolean allSteps = true;

    /**
     * An empty series.
     *
     * @param unit the unit of the values
     * @param telemetry whether it is telemetry rather than a metric
     */
    public Points(String unit, boolean telemetry) {
        this(unit, telemetry, 16);
    }

    /**
     * An empty series with room for a number of samples.
     *
     * @param unit the unit of the values
     * @param telemetry whether it is telemetry rather than a metric
     * @param capacity how many samples fit before the arrays grow
     */
    public Points(String unit, boolean telemetry, int capacity) {
        this.unit = unit == null ? "" : unit;
        this.telemetry = telemetry;
        int room = Math.max(1, capacity);
        steps = new double[room];
        times = new double[room];
        values = new double[room];
    }

    /**
     * Adds a sample.
     *
     * @param step its step, NaN when none
     * @param time its time, NaN when unknown
     * @param value its value
     */
    public void add(double step, double time, double value) {
        if (size == values.length) {
            int grown = Math.max(16, size * 2);
            steps = Arrays.copyOf(steps, grown);
            times = Arrays.copyOf(times, grown);
            values = Arrays.copyOf(values, grown);
        }
        steps[size] = step;
        times[size] = time;
        values[size] = value;
        size++;
        anyStep |= !Double.isNaN(step);
        allSteps &= !Double.isNaN(step);
        anyTime |= !Double.isNaN(time);
    }

    /**
     * Shifts every time, once the run's start is known.
     *
     * @param origin what to subtract
     */
    void shiftTimes(double origin) {
        for (int i = 0; i < size; i++) {
            times[i] -= origin;
        }
    }

    /**
     * Puts the samples in order for drawing: by step when they all have one; else by time, numbered 0, 1, ... as
     * their steps when the series is a metric (its position is then its step). Summaries need no order: this is
     * for overlays only.
     */
    public void ordered() {
        if (size == 0) {
            return;
        }
        if (allSteps) {
            sortBy(steps);
            return;
        }
        sortBy(times);
        if (!telemetry) {
            for (int i = 0; i < size; i++) {
                steps[i] = i;
            }
            anyStep = true;
            allSteps = true;
        }
    }

    private void sortBy(double[] keys) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = !(keys[i] < keys[i - 1]);
        }
        if (sorted) {
            return;
        }
        double[] k = keys.clone();
        Arrays.sort(order, (a, b) -> Double.compare(nanLast(k[a]), nanLast(k[b])));
        double[] s = new double[size];
        double[] t = new double[size];
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            s[i] = steps[order[i]];
            t[i] = times[order[i]];
            v[i] = values[order[i]];
        }
        steps = s;
        times = t;
        values = v;
    }

    private static double nanLast(double key) {
        return Double.isNaN(key) ? Double.POSITIVE_INFINITY : key;
    }

    /**
     * The number of samples.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The unit of the values.
     *
     * @return the unit, empty when unknown
     */
    public String unit() {
        return unit;
    }

    /**
     * Whether it is telemetry.
     *
     * @return true for telemetry, false for a metric
     */
    public boolean telemetry() {
        return telemetry;
    }

    /**
     * Whether the samples have steps: every sample has a step, or the series is a metric, whose samples are then
     * numbered in time order.
     *
     * @return true when the samples can be drawn over steps
     */
    public boolean hasSteps() {
        return size > 0 && (allSteps || !telemetry);
    }

    /**
     * Whether the samples have times.
     *
     * @return true when some sample has one
     */
    public boolean hasTimes() {
        return anyTime;
    }

    /**
     * The steps.
     *
     * @return a copy, one per sample
     */
    public double[] steps() {
        return Arrays.copyOf(steps, size);
    }

    /**
     * The times since the run's start.
     *
     * @return a copy, one per sample
     */
    public double[] times() {
        return Arrays.copyOf(times, size);
    }

    /**
     * The values.
     *
     * @return a copy, one per sample
     */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    /**
     * The last value: at the largest step, else the latest sample (the last added of equal ones); no sorting.
     *
     * @return the value, NaN when there are no samples
     */
    public double last() {
        double[] keys = allSteps ? steps : times;
        int last = -1;
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(keys[i]) && (last < 0 || keys[i] >= keys[last])) {
                last = i;
            }
        }
        return size == 0 ? Double.NaN : values[last < 0 ? size - 1 : last];
    }

    /**
     * The smallest value.
     *
     * @return the minimum of the non-NaN values, NaN when there are none
     */
    public double min() {
        double min = Double.NaN;
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(values[i]) && !(values[i] >= min)) {
                min = values[i];
            }
        }
        return min;
    }

    /**
     * The largest value.
     *
     * @return the maximum of the non-NaN values, NaN when there are none
     */
    public double max() {
        double max = Double.NaN;
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(values[i]) && !(values[i] <= max)) {
                max = values[i];
            }
        }
        return max;
    }

    /**
     * The mean value.
     *
     * @return the mean of the non-NaN values, NaN when there are none
     */
    public double mean() {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The value at a step: of the last sample at or before it, as a logged metric stays until it is logged again.
     *
     * @param step the step
     * @return the value, NaN when the series has no steps or starts after the step
     */
    public double atStep(double step) {
        if (!hasSteps()) {
            return Double.NaN;
        }
        if (!allSteps) { // positions in time order are the steps
            int position = (int) Math.min(Math.floor(step), size - 1);
            if (position < 0) {
                return Double.NaN;
            }
            Points copy = new Points(unit, telemetry);
            for (int i = 0; i < size; i++) {
                copy.add(steps[i], times[i], values[i]);
            }
            copy.ordered();
            return copy.values[position];
        }
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (steps[i] <= step && (best < 0 || steps[i] >= steps[best])) {
                best = i;
            }
        }
        return best < 0 ? Double.NaN : values[best];
    }
}
