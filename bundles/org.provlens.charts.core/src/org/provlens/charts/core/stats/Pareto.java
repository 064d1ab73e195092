package org.provlens.charts.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Pareto front of two outcomes: the rows no other row beats on both (at least as good on each, better on one),
 * each outcome maximized or minimized (accuracy up, energy down).
 */
public final class Pareto {

    private Pareto() {
    }

    /**
     * The efficient rows.
     *
     * @param x the first outcome, NaN where absent (such rows are never efficient)
     * @param maximizeX whether more x is better
     * @param y the second outcome
     * @param maximizeY whether more y is better
     * @return the indexes of the efficient rows in ascending x
     */
    public static int[] front(double[] x, boolean maximizeX, double[] y, boolean maximizeY) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                rows.add(i);
            }
        }
        double sx = maximizeX ? 1 : -1;
        double sy = maximizeY ? 1 : -1;
        // Best x first (ties: best y first); a row is efficient when its y beats every y seen before it.
        rows.sort((a, b) -> {
            int c = Double.compare(sx * x[b], sx * x[a]);
            return c != 0 ? c : Double.compare(sy * y[b], sy * y[a]);
        });
        List<Integer> front = new ArrayList<>();
        double bestY = Double.NEGATIVE_INFINITY;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i : rows) {
            double vy = sy * y[i];
            if (vy > bestY || (x[i] == lastX && y[i] == lastY)) {
                front.add(i); // equal points are equally efficient
                bestY = Math.max(bestY, vy);
                lastX = x[i];
                lastY = y[i];
            }
        }
        int[] out = front.stream().mapToInt(Integer::intValue).toArray();
        Integer[] boxed = Arrays.stream(out).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Double.compare(x[a], x[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
