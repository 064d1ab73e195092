package org.provlens.compare.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.provlens.model.Execution;

/**
 * The comparison of two or more runs or tasks: what they were configured with, what came out, and their children
 * aligned. Every list is in run order; {@link #reordered} puts the runs in another order or picks another baseline.
 *
 * @param runs the compared runs, in order
 * @param baseline the index of the run deltas are taken against
 * @param atStep the step of the {@code .at_step_<N>} outcomes, {@code null} when not asked
 * @param parameters the configuration rows: parameters, data, model, code, environment, host
 * @param outcomes the outcome rows
 * @param series the series the runs can be overlaid by
 * @param levels the aligned children of the runs, to the depth asked (deeper nodes have {@code null} children)
 */
public record Comparison(List<ComparedRun> runs, int baseline, Long atStep, List<ConfigRow> parameters,
        List<OutcomeRow> outcomes, List<SeriesInfo> series, List<AlignedNode> levels) {

    /**
     * The compared executions.
     *
     * @return one per run, in order
     */
    public List<Execution> executions() {
        return runs.stream().map(ComparedRun::execution).toList();
    }

    /**
     * An outcome row.
     *
     * @param key the outcome key
     * @return the row, {@code null} when there is none
     */
    public OutcomeRow outcome(String key) {
        for (OutcomeRow row : outcomes) {
            if (row.key().equals(key)) {
                return row;
            }
        }
        return null;
    }

    /**
     * The order that sorts the runs by an outcome, runs without a value last in either direction, equal values in
     * their current order.
     *
     * @param key the outcome key
     * @param descending whether the largest value comes first
     * @return {@code order[i]}: the current index of the run to put at {@code i}
     * @throws IllegalArgumentException when there is no such outcome
     */
    public int[] order(String key, boolean descending) {
        OutcomeRow row = outcome(key);
        if (row == null) {
            throw new IllegalArgumentException("no outcome '" + key + "' to sort by");
        }
        Integer[] order = new Integer[runs.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            double x = row.value(a);
            double y = row.value(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1;
            }
            return descending ? Double.compare(y, x) : Double.compare(x, y);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The same comparison with the runs in another order and deltas against another baseline.
     *
     * @param order {@code order[i]}: the current index of the run to put at {@code i}; a permutation
     * @param newBaseline the current index of the run to take as baseline
     * @return the reordered comparison
     */
    public Comparison reordered(int[] order, int newBaseline) {
        int n = runs.size();
        if (order.length != n || Arrays.stream(order).distinct().count() != n
                || Arrays.stream(order).anyMatch(i -> i < 0 || i >= n)) {
            throw new IllegalArgumentException("not a permutation of the " + n + " runs: " + Arrays.toString(order));
        }
        int baselineAt = -1;
        for (int i = 0; i < n; i++) {
            if (order[i] == newBaseline) {
                baselineAt = i;
            }
        }
        if (baselineAt < 0) {
            throw new IllegalArgumentException("no run " + newBaseline + " to take as baseline");
        }
        List<ComparedRun> movedRuns = new ArrayList<>(n);
        for (int i : order) {
            movedRuns.add(runs.get(i));
        }
        List<ConfigRow> movedParameters = new ArrayList<>(parameters.size());
        for (ConfigRow row : parameters) {
            movedParameters.add(new ConfigRow(row.section(), row.key(), row.depth(), permute(row.values(), order),
                    row.differs()));
        }
        List<OutcomeRow> movedOutcomes = new ArrayList<>(outcomes.size());
        for (OutcomeRow row : outcomes) {
            movedOutcomes.add(row.reorder(order, baselineAt));
        }
        List<SeriesInfo> movedSeries = new ArrayList<>(series.size());
        for (SeriesInfo info : series) {
            int[] points = new int[n];
            for (int i = 0; i < n; i++) {
                points[i] = info.points()[order[i]];
            }
            movedSeries.add(new SeriesInfo(info.key(), info.unit(), info.telemetry(), info.steps(), info.times(),
                    points));
        }
        return new Comparison(List.copyOf(movedRuns), baselineAt, atStep, List.copyOf(movedParameters),
                List.copyOf(movedOutcomes), List.copyOf(movedSeries), reorder(levels, order, baselineAt));
    }

    /**
     * Aligned nodes for runs in another order, their outcomes against another baseline.
     *
     * @param nodes the nodes, {@code null} for children not computed
     * @param order {@code order[i]}: the current index of the run to put at {@code i}
     * @param baseline the new index of the baseline
     * @return the reordered nodes
     */
    public static List<AlignedNode> reorder(List<AlignedNode> nodes, int[] order, int baseline) {
        if (nodes == null) {
            return null;
        }
        List<AlignedNode> moved = new ArrayList<>(nodes.size());
        for (AlignedNode node : nodes) {
            List<OutcomeRow> outcomes = node.outcomes().stream().map(r -> r.reorder(order, baseline)).toList();
            moved.add(new AlignedNode(node.path(), node.depth(), node.activity(), node.index(), node.position(),
                    permute(node.members(), order), node.matched(), outcomes,
                    reorder(node.children(), order, baseline)));
        }
        return Collections.unmodifiableList(moved);
    }

    private static <T> List<T> permute(List<T> values, int[] order) {
        List<T> moved = new ArrayList<>(order.length);
        for (int i : order) {
            moved.add(values.get(i));
        }
        return Collections.unmodifiableList(moved);
    }
}
