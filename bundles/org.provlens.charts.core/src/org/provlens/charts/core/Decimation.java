package org.provlens.charts.core;

import java.nio.DoubleBuffer;

/**
 * Min/max decimation of a series to a pixel width: one pass over the points in the x range, read straight from a
 * buffer (a series of ten million points mapped from the bulk store is never copied onto the heap). Points must be
 * in ascending x, as series are stored; the range's first point is found by binary search, so a zoom reads only the
 * points it shows. Points with a non-finite y (NaN, a diverged loss's infinity) are not counted.
 */
public final class Decimation {

    /** Values copied from the buffers per bulk read. */
    private static final int CHUNK = 8192;

    private Decimation() {
    }

    /**
     * Decimates points held in arrays.
     *
     * @param xs x values, ascending
     * @param ys y values, as many
     * @param from the lower end of the range
     * @param to the upper end (inclusive)
     * @param width the number of buckets, at least 1
     * @return the buckets
     */
    public static Buckets bucket(double[] xs, double[] ys, double from, double to, int width) {
        return bucket(DoubleBuffer.wrap(xs), DoubleBuffer.wrap(ys), from, to, width);
    }

    /**
     * Decimates points read from buffers (positions 0 to their limit), such as
     * {@link org.provlens.model.store.BulkStore#seriesBuffer(long, boolean)}'s.
     *
     * @param xs x values, ascending
     * @param ys y values, as many
     * @param from the lower end of the range
     * @param to the upper end (inclusive); a range with {@code to < from} is made {@code [from, from]}
     * @param width the number of buckets, at least 1
     * @return the buckets
     * @throws IllegalArgumentException when the width is below 1, the range is not finite or the lengths differ
     */
    public static Buckets bucket(DoubleBuffer xs, DoubleBuffer ys, double from, double to, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("the width must be at least 1 bucket, not " + width);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("the x range [" + from + ", " + to + "] is not finite");
        }
        int n = xs.limit();
        if (ys.limit() != n) {
            throw new IllegalArgumentException("a series needs as many x values (" + n + ") as y values ("
                    + ys.limit() + ")");
        }
        double hi = Math.max(from, to);
        Buckets buckets = Buckets.empty(from, hi, width);
        int[] count = buckets.count;
        double[] min = buckets.min;
        double[] max = buckets.max;
        double[] first = buckets.first;
        double[] last = buckets.last;
        double span = hi - from;
        // The bounds reported are from + span * i / width: computed once, and a point on a bound (by rounding)
        // goes where they say.
        double[] bounds = new double[width + 1];
        for (int b = 0; b <= width; b++) {
            bounds[b] = b == width ? hi : buckets.x0(b);
        }
        double scale = span == 0 ? 0 : width / span;
        // Read in chunks: bulk copies from a mapped buffer beat a call per value.
        double[] cx = new double[CHUNK];
        double[] cy = new double[CHUNK];
        int i = lowerBound(xs, from);
        scan:
        while (i < n) {
            int len = Math.min(CHUNK, n - i);
            xs.get(i, cx, 0, len);
            ys.get(i, cy, 0, len);
            for (int k = 0; k < len; k++) {
                double x = cx[k];
                if (x > hi) {
                    break scan;
                }
                double y = cy[k];
                if (!Double.isFinite(y) || Double.isNaN(x)) {
                    continue;
                }
                int b = (int) ((x - from) * scale);
                if (b >= width) {
                    b = width - 1;
                }
                while (b > 0 && x < bounds[b]) {
                    b--;
                }
                while (b < width - 1 && x >= bounds[b + 1]) {
                    b++;
                }
                if (count[b]++ == 0) {
                    min[b] = y;
                    max[b] = y;
                    first[b] = y;
                } else if (y < min[b]) {
                    min[b] = y;
                } else if (y > max[b]) {
                    max[b] = y;
                }
                last[b] = y;
            }
            i += len;
        }
        return buckets;
    }

    /**
     * The index of the first point with {@code x >= from}.
     *
     * @param xs ascending x values
     * @param from the value
     * @return the index, the limit when every x is smaller
     */
    public static int lowerBound(DoubleBuffer xs, double from) {
        int lo = 0;
        int hi = xs.limit();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs.get(mid) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

}
