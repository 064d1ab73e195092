package org.provlens.charts.core;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * The brushes of a parallel-coordinates chart: a value range on any number of axes; a run is selected when its value
 * on every brushed axis lies in the axis's range (an absent value is outside). Immutable.
 */
public final class ParallelBrush {

    /** No axis brushed: every run is selected. */
    public static final ParallelBrush NONE = new ParallelBrush(new TreeMap<>());

    private final TreeMap<Integer, double[]> ranges;

    private ParallelBrush(TreeMap<Integer, double[]> ranges) {
        this.ranges = ranges;
    }

    /**
     * This brush with another range on an axis (replacing its range).
     *
     * @param axis the axis index
     * @param lo one end of the range
     * @param hi the other end
     * @return the new brush
     */
    public ParallelBrush with(int axis, double lo, double hi) {
        TreeMap<Integer, double[]> next = new TreeMap<>(ranges);
        next.put(axis, new double[] {Math.min(lo, hi), Math.max(lo, hi)});
        return new ParallelBrush(next);
    }

    /**
     * This brush without a range on an axis.
     *
     * @param axis the axis index
     * @return the new brush
     */
    public ParallelBrush without(int axis) {
        TreeMap<Integer, double[]> next = new TreeMap<>(ranges);
        next.remove(axis);
        return new ParallelBrush(next);
    }

    /**
     * The range of an axis.
     *
     * @param axis the axis index
     * @return {lo, hi}, {@code null} when the axis is not brushed
     */
    public double[] range(int axis) {
        double[] range = ranges.get(axis);
        return range == null ? null : range.clone();
    }

    /**
     * Whether any axis is brushed.
     *
     * @return true when some range is set
     */
    public boolean isActive() {
        return !ranges.isEmpty();
    }

    /**
     * The brushed axes.
     *
     * @return axis index to {lo, hi}
     */
    public Map<Integer, double[]> ranges() {
        TreeMap<Integer, double[]> copy = new TreeMap<>();
        ranges.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /**
     * The selected runs: one pass per brushed axis over its values.
     *
     * @param axes the values of every axis, {@code axes[axis][run]}
     * @param runs the number of runs
     * @return the selected runs
     */
    public BitSet select(double[][] axes, int runs) {
        BitSet selected = new BitSet(runs);
        selected.set(0, runs);
        for (Map.Entry<Integer, double[]> brushed : ranges.entrySet()) {
            double[] values = axes[brushed.getKey()];
            double lo = brushed.getValue()[0];
            double hi = brushed.getValue()[1];
            for (int r = selected.nextSetBit(0); r >= 0; r = selected.nextSetBit(r + 1)) {
                double v = values[r];
                if (!(v >= lo && v <= hi)) {
                    selected.clear(r);
                }
            }
        }
        return selected;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        ranges.forEach((k, v) -> text.append(k).append(Arrays.toString(v)).append(' '));
        return text.toString().strip();
    }
}
