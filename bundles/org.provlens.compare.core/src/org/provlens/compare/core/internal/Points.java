package org.provlens.compare.core.internal;

import java.util.Arrays;

/**
 * The samples of one series of one run, growing while the run's tasks are walked: a step (NaN when the series has
 * none), a time since the run's start (NaN when unknown) and a value per sample, as primitive arrays.
 */
public final class Points {

    private final String unit;
    private final boolean telemetry;
    private double[] steps = new double[16];
    private double[] times = new double[16];
    private double[] values = new double[16];
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
        this.unit = unit == null ? "" : unit;
        this.telemetry = telemetry;
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
            int grown = size * 2;
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
     * Numbers the samples 0, 1, ... in time order (then in the order added), for a series whose samples do not all
     * have a step: the position is then the step.
     */
    void positionsAsSteps() {
        if (allSteps || size == 0) {
            return;
        }
        sortBy(times);
        for (int i = 0; i < size; i++) {
            steps[i] = i;
        }
        anyStep = true;
        allSteps = true;
    }

    /** Sorts the samples by step when they all have one, else by time; equal keys keep their order. */
    void sort() {
        sortBy(allSteps && size > 0 ? steps : times);
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
     * Whether the samples have steps.
     *
     * @return true when every sample has one
     */
    public boolean hasSteps() {
        return anyStep && allSteps && size > 0;
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
     * The last value: at the largest step, else the latest sample.
     *
     * @return the value, NaN when there are no samples
     */
    public double last() {
        return size == 0 ? Double.NaN : values[size - 1];
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
        double value = Double.NaN;
        for (int i = 0; i < size && steps[i] <= step; i++) {
            value = values[i];
        }
        return value;
    }
}
