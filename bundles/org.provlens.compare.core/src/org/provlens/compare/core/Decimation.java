package org.provlens.compare.core;

import java.util.Arrays;

/**
 * Thins a series for drawing: of the samples falling into each of a number of equal slices of the x range, the
 * first, the smallest, the largest and the last are kept, so spikes and the shape survive at any width.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * The samples to keep.
     *
     * @param xs the x values, ascending (NaN values are dropped)
     * @param ys the y values, as many
     * @param buckets how many slices (a drawing's pixel width)
     * @return the indexes of the samples kept, ascending; every index when there are few samples
     */
    public static int[] minMax(double[] xs, double[] ys, int buckets) {
        int n = Math.min(xs.length, ys.length);
        if (buckets <= 0 || n <= 4L * buckets) {
            return finite(xs, n);
        }
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(xs[i])) {
                lo = Double.isNaN(lo) ? xs[i] : Math.min(lo, xs[i]);
                hi = Double.isNaN(hi) ? xs[i] : Math.max(hi, xs[i]);
            }
        }
        if (Double.isNaN(lo)) {
            return new int[0];
        }
        double width = hi > lo ? (hi - lo) / buckets : 1;
        int[] kept = new int[4 * buckets + 4];
        int size = 0;
        int bucket = -1;
        int first = -1;
        int min = -1;
        int max = -1;
        int last = -1;
        for (int i = 0; i <= n; i++) {
            int b = i == n ? Integer.MAX_VALUE : Double.isNaN(xs[i]) ? -2
                    : (int) Math.min(buckets - 1, Math.floor((xs[i] - lo) / width));
            if (b == -2) {
                continue;
            }
            if (b != bucket) {
                if (first >= 0) {
                    int[] four = {first, min, max, last};
                    Arrays.sort(four);
                    for (int k = 0; k < 4; k++) {
                        if (size == 0 || kept[size - 1] != four[k]) {
                            if (size == kept.length) {
                                kept = Arrays.copyOf(kept, size * 2);
                            }
                            kept[size++] = four[k];
                        }
                    }
                }
                if (i == n) {
                    break;
                }
                bucket = b;
                first = min = max = last = i;
                continue;
            }
            last = i;
            if (!Double.isNaN(ys[i])) {
                if (Double.isNaN(ys[min]) || ys[i] < ys[min]) {
                    min = i;
                }
                if (Double.isNaN(ys[max]) || ys[i] > ys[max]) {
                    max = i;
                }
            }
        }
        return Arrays.copyOf(kept, size);
    }

    private static int[] finite(double[] xs, int n) {
        int[] all = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(xs[i])) {
                all[size++] = i;
            }
        }
        return size == n ? all : Arrays.copyOf(all, size);
    }

    /**
     * The values at some indexes.
     *
     * @param values the values, may be {@code null}
     * @param indexes the indexes
     * @return the picked values, {@code null} for {@code null}
     */
    public static double[] pick(double[] values, int[] indexes) {
        if (values == null) {
            return null;
        }
        double[] picked = new double[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            picked[i] = values[indexes[i]];
        }
        return picked;
    }
}
