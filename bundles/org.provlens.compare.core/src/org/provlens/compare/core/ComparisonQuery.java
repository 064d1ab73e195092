package org.provlens.compare.core;

import java.util.List;
import java.util.Objects;

import org.provlens.model.Workspace;

/**
 * What to compare.
 *
 * @param workspace the workspace holding the runs
 * @param executions the runs or tasks, each by id (a Flowcept workflow or task id, an MLflow run id, a CMF
 *            pipeline or stage id) or by name; two or more, in the order they are shown
 * @param baseline the id or name of the run deltas are taken against, {@code null} for the first
 * @param atStep the step of the {@code .at_step_<N>} outcomes of metric series, {@code null} for none
 * @param depth how many levels of children to align (0: none, 1: the runs' children, ...)
 * @param series whether to summarise the runs' series and telemetry (the outcomes of each series and the series
 *            catalogue) and to account their energy (the energy ledger of the workspace, computed once); without
 *            them a comparison of a thousand large runs is a quick first answer: configuration, own outcomes
 *            (duration, outputs) and the aligned children
 */
public record ComparisonQuery(Workspace workspace, List<String> executions, String baseline, Long atStep,
        int depth, boolean series) {

    /** Checks the invariants. */
    public ComparisonQuery {
        Objects.requireNonNull(workspace, "workspace");
        executions = List.copyOf(executions);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more, not " + depth);
        }
    }

    /**
     * A query with the first run as baseline, no step, the runs' children aligned and their series summarised.
     *
     * @param workspace the workspace
     * @param executions ids or names of the runs or tasks
     * @return the query
     */
    public static ComparisonQuery of(Workspace workspace, List<String> executions) {
        return new ComparisonQuery(workspace, executions, null, null, 1, true);
    }

    /**
     * The same query with another baseline.
     *
     * @param id the id or name of the baseline run
     * @return the query
     */
    public ComparisonQuery withBaseline(String id) {
        return new ComparisonQuery(workspace, executions, id, atStep, depth, series);
    }

    /**
     * The same query with values at a step.
     *
     * @param step the step, {@code null} for none
     * @return the query
     */
    public ComparisonQuery withAtStep(Long step) {
        return new ComparisonQuery(workspace, executions, baseline, step, depth, series);
    }

    /**
     * The same query with another alignment depth.
     *
     * @param levels how many levels of children to align
     * @return the query
     */
    public ComparisonQuery withDepth(int levels) {
        return new ComparisonQuery(workspace, executions, baseline, atStep, levels, series);
    }

    /**
     * The same query with or without the series summaries.
     *
     * @param summarise whether to summarise the runs' series and telemetry
     * @return the query
     */
    public ComparisonQuery withSeries(boolean summarise) {
        return new ComparisonQuery(workspace, executions, baseline, atStep, depth, summarise);
    }
}
