package org.provlens.charts.core;

import java.util.Arrays;

/**
 * A series decimated to equal-width buckets of x: for each of {@link #size()} buckets over {@code [from, to]}, the
 * number of points in it and their exact minimum, maximum, first and last y (first and last in x order). Bucket
 * {@code i} holds the points with {@code x0(i) <= x < x1(i)}; the last bucket also holds {@code x == to}. Drawing
 * the minimum and maximum of every pixel column keeps every spike, which evenly spaced sampling (MLflow's 320
 * points, W&B's 1,000) loses. Primitive arrays, never one object per bucket; immutable (the arrays are private
 * copies, read through the accessors).
 */
public final class Buckets {

    private final double from;
    private final double to;
    /** Filled by {@link Decimation} only, then never changed. */
    final int[] count;
    final double[] min;
    final double[] max;
    final double[] first;
    final double[] last;

    Buckets(double from, double to, int[] count, double[] min, double[] max, double[] first, double[] last) {
        this.from = from;
        this.to = to;
        this.count = count;
        this.min = min;
        this.max = max;
        this.first = first;
        this.last = last;
    }

    /**
     * Empty buckets over a range.
     *
     * @param from the lower end of x
     * @param to the upper end of x, at least {@code from}
     * @param size the number of buckets, at least 1
     * @return buckets holding no point
     */
    static Buckets empty(double from, double to, int size) {
        double[] nan = new double[size];
        Arrays.fill(nan, Double.NaN);
        return new Buckets(from, to, new int[size], nan.clone(), nan.clone(), nan.clone(), nan);
    }

    /**
     * The number of buckets.
     *
     * @return the pixel width asked for
     */
    public int size() {
        return count.length;
    }

    /**
     * The lower end of x.
     *
     * @return the range's start
     */
    public double from() {
        return from;
    }

    /**
     * The upper end of x.
     *
     * @return the range's end (inclusive)
     */
    public double to() {
        return to;
    }

    /**
     * The lower bound of a bucket, inclusive.
     *
     * @param i the bucket
     * @return its first x
     */
    public double x0(int i) {
        return i == 0 ? from : from + (to - from) * i / count.length;
    }

    /**
     * The upper bound of a bucket: exclusive, except for the last bucket.
     *
     * @param i the bucket
     * @return the start of the next bucket, {@link #to()} for the last
     */
    public double x1(int i) {
        return i == count.length - 1 ? to : from + (to - from) * (i + 1) / count.length;
    }

    /**
     * The number of points of a bucket with a finite y.
     *
     * @param i the bucket
     * @return the count, 0 for an empty bucket
     */
    public int count(int i) {
        return count[i];
    }

    /**
     * The smallest y of a bucket.
     *
     * @param i the bucket
     * @return the minimum, NaN when empty
     */
    public double min(int i) {
        return min[i];
    }

    /**
     * The largest y of a bucket.
     *
     * @param i the bucket
     * @return the maximum, NaN when empty
     */
    public double max(int i) {
        return max[i];
    }

    /**
     * The y of a bucket's first point.
     *
     * @param i the bucket
     * @return the value, NaN when empty
     */
    public double first(int i) {
        return first[i];
    }

    /**
     * The y of a bucket's last point.
     *
     * @param i the bucket
     * @return the value, NaN when empty
     */
    public double last(int i) {
        return last[i];
    }

    /**
     * The number of points over all buckets.
     *
     * @return the sum of the counts
     */
    public long total() {
        long sum = 0;
        for (int c : count) {
            sum += c;
        }
        return sum;
    }

    /**
     * The smallest and largest y over all buckets.
     *
     * @return {min, max}, NaN when every bucket is empty
     */
    public double[] yRange() {
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int i = 0; i < count.length; i++) {
            if (count[i] > 0) {
                lo = Double.isNaN(lo) ? min[i] : Math.min(lo, min[i]);
                hi = Double.isNaN(hi) ? max[i] : Math.max(hi, max[i]);
            }
        }
        return new double[] {lo, hi};
    }
}
