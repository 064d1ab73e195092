package org.provlens.compare.core;

import java.util.List;

import org.provlens.model.Execution;

/**
 * Which children to align: those of one execution per run (the compared runs, or the members of an aligned node),
 * for a lockstep drill-down.
 *
 * @param parents one execution per run, {@code null} where a run has none
 * @param path the path of the parents' node, empty for the compared runs
 * @param depth the depth of the children to align (1 below the compared runs)
 * @param baseline the index of the baseline run
 * @param levels how many levels to align, 1 or more
 */
public record AlignmentQuery(List<Execution> parents, String path, int depth, int baseline, int levels) {

    /** Checks the invariants. */
    public AlignmentQuery {
        parents = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parents));
        if (levels < 1) {
            throw new IllegalArgumentException("levels must be 1 or more, not " + levels);
        }
        java.util.Objects.checkIndex(baseline, parents.size());
    }

    /**
     * The children of an aligned node.
     *
     * @param node the node
     * @param baseline the index of the baseline run
     * @return the query of its children, one level
     */
    public static AlignmentQuery below(AlignedNode node, int baseline) {
        return new AlignmentQuery(node.members(), node.path(), node.depth() + 1, baseline, 1);
    }

    /**
     * The children of the compared runs.
     *
     * @param comparison the comparison
     * @return the query of their children, one level
     */
    public static AlignmentQuery below(Comparison comparison) {
        return new AlignmentQuery(comparison.executions(), "", 1, comparison.baseline(), 1);
    }
}
