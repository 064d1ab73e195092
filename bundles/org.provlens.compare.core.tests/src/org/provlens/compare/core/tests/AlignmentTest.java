package org.provlens.compare.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.AlignmentProvider;
import org.provlens.compare.core.AlignmentQuery;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;

/**
 * The aligned hierarchy: children matched by activity and index parameter or position, unmatched children, and
 * the lockstep drill-down of the alignment provider.
 */
class AlignmentTest {

    /** Two runs: epochs (by {@code epoch}) with layers (by {@code layer_idx}) and a checkpoint task each. */
    private static Built twoRuns(Task[][] epochs) {
        Built built = new Built();
        int[] depths = {3, 4};
        for (int r = 0; r < 2; r++) {
            Workflow run = built.run("run-" + r);
            Task train = Built.task(run, "train-" + r, "model_train", 0);
            int count = r == 0 ? 3 : 2; // the second run stopped after two epochs
            for (int e = count - 1; e >= 0; e--) { // recorded in reverse, as Flowcept emits ends
                Task epoch = Built.task(train, "epoch-" + r + "-" + e, "epochs_loop_iteration", 10 * e);
                Built.parameter(epoch, "epoch", Integer.toString(e + 1), ValueType.INTEGER);
                Built.metric(epoch, "val_loss", 2.0 - 0.1 * e - 0.05 * r);
                epochs[r][e] = epoch;
                for (int l = 0; l < depths[r]; l++) {
                    Task layer = Built.task(epoch, "layer-" + r + "-" + e + "-" + l, "Block", 10 * e + l);
                    Built.parameter(layer, "layer_idx", Integer.toString(l * (r + 1)), ValueType.STRING);
                }
                // Positions: the two checkpoints of an epoch, told apart only by their order in time.
                Built.task(epoch, "ckpt-b-" + r + "-" + e, "checkpoint", 10 * e + 9);
                Built.task(epoch, "ckpt-a-" + r + "-" + e, "checkpoint", 10 * e + 5);
            }
        }
        return built;
    }

    @Test
    void epochsMatchByTheirIndexParameterAndAMissingEpochIsUnmatched() {
        Task[][] epochs = new Task[2][3];
        Built built = twoRuns(epochs);
        ProviderResponse<Comparison> response = new ComparisonProvider()
                .fetch(ComparisonQuery.of(built.workspace(), List.of("run-0", "run-1")).withDepth(3), null);
        assertTrue(response.isCompleted(), response.message());
        AlignedNode train = response.model().levels().get(0);
        assertEquals("model_train[0]", train.path());
        assertEquals("#", train.index());
        List<AlignedNode> aligned = train.children();
        assertEquals(List.of("epochs_loop_iteration epoch=1", "epochs_loop_iteration epoch=2",
                "epochs_loop_iteration epoch=3"), aligned.stream().map(AlignedNode::label).toList(),
                "by epoch ascending, not in the order recorded");
        for (int e = 0; e < 2; e++) {
            assertSame(epochs[0][e], aligned.get(e).members().get(0));
            assertSame(epochs[1][e], aligned.get(e).members().get(1));
            assertEquals(2, aligned.get(e).matched());
        }
        AlignedNode third = aligned.get(2);
        assertEquals(1, third.matched());
        assertNull(third.members().get(1), "the second run has no third epoch");
        assertEquals("model_train[0]/epochs_loop_iteration[epoch=3]", third.path());
        assertEquals(-0.05, aligned.get(1).outcome("generated.val_loss").delta(1), 1e-12);
        assertTrue(Double.isNaN(third.outcome("generated.val_loss").delta(1)));
        assertEquals(2, third.depth());
    }

    @Test
    void layersMatchByLayerIndexAndSiblingsWithoutAnIndexByPositionInTime() {
        Task[][] epochs = new Task[2][3];
        Built built = twoRuns(epochs);
        ProviderResponse<Comparison> response = new ComparisonProvider()
                .fetch(ComparisonQuery.of(built.workspace(), List.of("run-0", "run-1")).withDepth(3), null);
        AlignedNode epoch1 = response.model().levels().get(0).children().get(0);
        List<AlignedNode> children = epoch1.children();
        // Layers 0, 1, 2 in the first run, 0, 2, 4, 6 in the second: 0 and 2 are the same layers.
        List<AlignedNode> blocks = children.stream().filter(n -> n.activity().equals("Block")).toList();
        assertEquals(List.of("0", "1", "2", "4", "6"), blocks.stream().map(AlignedNode::position).toList());
        assertEquals(List.of(2, 1, 2, 1, 1), blocks.stream().map(AlignedNode::matched).toList());
        List<AlignedNode> checkpoints = children.stream().filter(n -> n.activity().equals("checkpoint")).toList();
        assertEquals(2, checkpoints.size());
        assertEquals("#", checkpoints.get(0).index());
        assertEquals("ckpt-a-0-0", checkpoints.get(0).members().get(0).getId(), "the earlier one is first");
        assertEquals("ckpt-a-1-0", checkpoints.get(0).members().get(1).getId());
        assertEquals(List.of("Block", "checkpoint"), children.stream().map(AlignedNode::activity).distinct().toList());
    }

    @Test
    void theProviderDrillsDownOneAlignedNodeInLockstep() {
        Task[][] epochs = new Task[2][3];
        Built built = twoRuns(epochs);
        Comparison comparison = new ComparisonProvider()
                .fetch(ComparisonQuery.of(built.workspace(), List.of("run-0", "run-1")), null).model();
        AlignedNode train = comparison.levels().get(0);
        assertNull(train.children(), "depth 1: the epochs wait for a drill-down");
        ProviderResponse<List<AlignedNode>> down = new AlignmentProvider().fetch(AlignmentQuery.below(train, 1), null);
        assertTrue(down.isCompleted(), down.message());
        assertEquals(3, down.model().size());
        AlignedNode second = down.model().get(1);
        assertSame(epochs[1][1], second.members().get(1));
        assertEquals(0, second.outcome("generated.val_loss").delta(1), 1e-12, "run-1 is the baseline now");
        ProviderResponse<List<AlignedNode>> deeper = new AlignmentProvider().fetch(AlignmentQuery.below(down.model().get(2), 0), null);
        List<AlignedNode> onlyFirst = deeper.model();
        assertTrue(onlyFirst.stream().allMatch(n -> n.members().get(1) == null), "below an unmatched node only one side");
        assertEquals(5, onlyFirst.size(), "3 blocks and 2 checkpoints of the first run's third epoch");
    }
}
