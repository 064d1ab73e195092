package org.provlens.importer.core.mlflow;

import java.util.Arrays;

/**
 * The samples of one MLflow metric of one run, held in growable primitive arrays: a run may log millions of
 * samples, and one object per sample would cost ten times the memory of the data.
 */
final class MetricHistory {

    private static final int INSERTION_SORT_BELOW = 32;

    private long[] timestamps = new long[8];
    private double[] values = new double[8];
    private long[] steps = new long[8];
    private int size;

    /**
     * Adds a sample.
     *
     * @param timestampMs epoch milliseconds
     * @param value the value (NaN allowed)
     * @param step the step, 0 when none was logged
     */
    void add(long timestampMs, double value, long step) {
        if (size == values.length) {
            int capacity = size * 2;
            timestamps = Arrays.copyOf(timestamps, capacity);
            values = Arrays.copyOf(values, capacity);
            steps = Arrays.copyOf(steps, capacity);
        }
        timestamps[size] = timestampMs;
        values[size] = value;
        steps[size] = step;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * The sample MLflow reports as the metric's latest value: the greatest (step, timestamp, value), as in
     * {@code FileStore._get_latest_metric}, so ProvLens and the MLflow UI agree.
     *
     * @return its index, -1 when empty
     */
    int latest() {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (best < 0 || steps[i] > steps[best] || steps[i] == steps[best] && (timestamps[i] > timestamps[best]
                    || timestamps[i] == timestamps[best] && Double.compare(values[i], values[best]) > 0)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether any sample was logged with a step: MLflow writes step 0 when none is given.
     *
     * @return true when a step is not 0
     */
    boolean hasSteps() {
        for (int i = 0; i < size; i++) {
            if (steps[i] != 0) {
                return true;
            }
        }
        return false;
    }

    double value(int index) {
        return values[index];
    }

    long step(int index) {
        return steps[index];
    }

    long timestamp(int index) {
        return timestamps[index];
    }

    /**
     * The samples over steps, ascending by step then time.
     *
     * @return {xs (steps), ys}
     */
    double[][] byStep() {
        int[] order = order(true);
        double[] xs = new double[size];
        double[] ys = new double[size];
        for (int i = 0; i < size; i++) {
            xs[i] = steps[order[i]];
            ys[i] = values[order[i]];
        }
        return new double[][] {xs, ys};
    }

    /**
     * The samples over wall-clock time, ascending by time then step.
     *
     * @return {xs (epoch seconds), ys}
     */
    double[][] byTime() {
        int[] order = order(false);
        double[] xs = new double[size];
        double[] ys = new double[size];
        for (int i = 0; i < size; i++) {
            xs[i] = timestamps[order[i]] / 1000.0;
            ys[i] = values[order[i]];
        }
        return new double[][] {xs, ys};
    }

    /** Sample indices in order; file order is kept for ties (a stable sort), and already sorted input is free. */
    private int[] order(boolean byStep) {
        int[] index = new int[size];
        boolean sorted = true;
        for (int i = 0; i < size; i++) {
            index[i] = i;
            sorted &= i == 0 || compare(i - 1, i, byStep) <= 0;
        }
        if (!sorted) {
            mergeSort(index, new int[size], 0, size, byStep);
        }
        return index;
    }

    private int compare(int a, int b, boolean byStep) {
        long a1 = byStep ? steps[a] : timestamps[a];
        long b1 = byStep ? steps[b] : timestamps[b];
        if (a1 != b1) {
            return Long.compare(a1, b1);
        }
        return Long.compare(byStep ? timestamps[a] : steps[a], byStep ? timestamps[b] : steps[b]);
    }

    /** Sorts {@code index[from, to)} stably; primitive, so a large history is not boxed. */
    private void mergeSort(int[] index, int[] scratch, int from, int to, boolean byStep) {
        if (to - from < INSERTION_SORT_BELOW) {
            for (int i = from + 1; i < to; i++) {
                int current = index[i];
                int j = i - 1;
                while (j >= from && compare(index[j], current, byStep) > 0) {
                    index[j + 1] = index[j];
                    j--;
                }
                index[j + 1] = current;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(index, scratch, from, middle, byStep);
        mergeSort(index, scratch, middle, to, byStep);
        if (compare(index[middle - 1], index[middle], byStep) <= 0) {
            return;
        }
        System.arraycopy(index, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            if (right >= to || left < middle && compare(scratch[left], scratch[right], byStep) <= 0) {
                index[k] = scratch[left++];
            } else {
                index[k] = scratch[right++];
            }
        }
    }
}
