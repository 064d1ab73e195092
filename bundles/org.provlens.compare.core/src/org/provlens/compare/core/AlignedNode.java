package org.provlens.compare.core;

import java.util.Collections;
import java.util.List;

import org.provlens.model.Execution;

/**
 * Children of the compared runs matched across them: the same activity at the same position (epoch 7 beside epoch
 * 7), each run's task or {@code null} where a run has no match, and their outcomes against the baseline's task.
 *
 * @param path the node's place below the compared runs, e.g. {@code model_train[0]/epochs_loop_iteration[3]}
 * @param depth 1 for children of the compared runs, 2 for their children, ...
 * @param activity the activity the matched tasks share ({@code run} for child workflow runs)
 * @param index what matched them: an index parameter ({@code i}, {@code epoch}, {@code layer_idx}, ...) or
 *            {@code #} for the position among the siblings of that activity in start order
 * @param position the value of the index, or the position
 * @param members one execution per run, {@code null} where the run has no match; an unmodifiable list
 * @param matched how many runs have a match
 * @param outcomes the members' own outcomes (duration, outputs, measured and estimated energy, child count)
 * @param children the aligned children, {@code null} when not computed (see {@link AlignmentProvider})
 */
public record AlignedNode(String path, int depth, String activity, String index, String position,
        List<Execution> members, int matched, List<OutcomeRow> outcomes, List<AlignedNode> children) {

    /**
     * The node's label.
     *
     * @return e.g. {@code epochs_loop_iteration epoch=3} or {@code Embedding #0}
     */
    public String label() {
        return activity + ("#".equals(index) ? " #" + position : " " + index + "=" + position);
    }

    /**
     * The same node with its children.
     *
     * @param aligned the aligned children
     * @return the node
     */
    public AlignedNode withChildren(List<AlignedNode> aligned) {
        return new AlignedNode(path, depth, activity, index, position, members, matched, outcomes,
                Collections.unmodifiableList(aligned));
    }

    /**
     * An outcome of the node.
     *
     * @param key the outcome key
     * @return the row, {@code null} when no member has it
     */
    public OutcomeRow outcome(String key) {
        for (OutcomeRow row : outcomes) {
            if (row.key().equals(key)) {
                return row;
            }
        }
        return null;
    }
}
