package org.provlens.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.ProviderStatus;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.ViewEdge;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.Expansion;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.ViewFactory;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** The synchronizer: identity across refreshes, user state, filters, layers, groups, neighbourhoods, limits. */
class SynchronizerTest {

    private static DiagramState state() {
        return ViewFactory.eINSTANCE.createDiagramState();
    }

    private static Set<String> ids(DiagramView view) {
        return view.nodes().stream().map(ViewNode::id).collect(Collectors.toSet());
    }

    @Test
    void whatTheUserDidSurvivesARefreshAfterAnImport() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("refresh");
        Data.add(builder, "flowcept/train_nvidia.jsonl");
        Workspace workspace = builder.workspace();
        DiagramState state = state();
        DiagramView before = Data.diagram(workspace, "hierarchy", null, 6, state);
        Task train = (Task) before.nodes().stream().filter(n -> "task".equals(n.kind()) && n.container()).findFirst()
                .orElseThrow().element();
        Task epoch = train.getChildren().get(0);
        Task other = train.getChildren().get(1);
        assertTrue(before.node(epoch.getId()).container(), "the epoch is expanded at depth 6");
        assertNotNull(before.node(other.getId()));

        DiagramStates.node(state, epoch.getId()).setExpansion(Expansion.COLLAPSED);
        DiagramStates.node(state, other.getId()).setHidden(true);
        NodeState moved = DiagramStates.node(state, train.getId());
        moved.setX(400);
        moved.setY(250);
        DiagramView edited = Data.diagram(workspace, "hierarchy", null, 6, state);
        assertUserState(edited, train, epoch, other);

        // Another import into the same workspace: the diagram gains its nodes and keeps what the user did.
        Data.add(builder, "flowcept/amd_frontier.jsonl");
        DiagramView refreshed = Data.diagram(workspace, "hierarchy", null, 6, state);
        assertUserState(refreshed, train, epoch, other);
        assertTrue(ids(refreshed).containsAll(ids(edited)), "every node keeps its id");
        assertTrue(ids(refreshed).size() > ids(edited).size(), "the new workflow's nodes are there");
        // Re-importing the same data changes nothing.
        Data.add(builder, "flowcept/amd_frontier.jsonl");
        assertEquals(ids(refreshed), ids(Data.diagram(workspace, "hierarchy", null, 6, state)));
    }

    private static void assertUserState(DiagramView view, Task train, Task epoch, Task other) {
        ViewNode collapsed = view.node(epoch.getId());
        assertFalse(collapsed.container());
        assertTrue(collapsed.expandable());
        assertEquals(epoch.getChildren().size(), collapsed.hidden());
        assertNull(view.node(other.getId()), "hidden");
        for (Task batch : other.getChildren()) {
            assertNull(view.node(batch.getId()), "the content of a hidden node is hidden");
            assertNull(view.nodeShowing(batch));
        }
        assertNull(view.node(epoch.getChildren().get(0).getId()), "inside a collapsed container");
        assertEquals(epoch.getId(), view.nodeShowing(epoch.getChildren().get(0)).id());
        ViewNode moved = view.node(train.getId());
        ViewNode parent = view.node(moved.parent());
        assertTrue(moved.moved());
        assertEquals(400, moved.x() - parent.x(), 1e-9);
        assertEquals(250, moved.y() - parent.y(), 1e-9);
    }

    @Test
    void mappingFiltersHideElementsAndTheirEdges() throws IOException {
        Workspace workspace = Data.load("cmf/export.json");
        String environment = workspace.getArtifacts().stream().filter(a -> a.getKind() == ArtifactKind.ENVIRONMENT)
                .findFirst().orElseThrow().getId();
        DiagramView all = Data.diagram(workspace, "lineage", null, -1, null);
        assertNotNull(all.node(environment));
        assertTrue(all.edges().stream().anyMatch(e -> e.source().equals(environment)));

        DiagramState state = state();
        state.setFiltersChosen(true);
        state.getActiveFilters().add("lineage-hide-environments");
        DiagramView filtered = Data.diagram(workspace, "lineage", null, -1, state);
        assertNull(filtered.node(environment));
        assertTrue(filtered.edges().stream().noneMatch(e -> e.source().equals(environment)
                || e.target().equals(environment)));
        assertEquals(all.nodes().size() - 1, filtered.nodes().size());
    }

    @Test
    void collapseFiltersCollapseUnlessTheUserExpanded() {
        Workspace workspace = Synthetic.training(3, 4);
        DiagramState state = state();
        DiagramStates.node(state, "train").setExpansion(Expansion.EXPANDED);
        DiagramView open = Data.diagram(workspace, "dag", null, -1, state);
        assertFalse(open.node("epoch-0").container(), "epochs are below the levels expanded by default");
        DiagramStates.node(state, "epoch-0").setExpansion(Expansion.EXPANDED);
        assertTrue(Data.diagram(workspace, "dag", null, -1, state).node("epoch-0").container());

        state.setFiltersChosen(true);
        state.getActiveFilters().add("dag-collapse-iterations");
        assertTrue(Data.diagram(workspace, "dag", null, -1, state).node("epoch-0").container(),
                "the user's expansion wins over the filter");
        DiagramStates.node(state, "epoch-0").setExpansion(Expansion.DEFAULT);
        DiagramStates.node(state, "epoch-1").setExpansion(Expansion.DEFAULT);
        assertFalse(Data.diagram(workspace, "dag", null, -1, state).node("epoch-1").container());
    }

    @Test
    void layersRecolourAndAddMappings() throws IOException {
        Workspace workspace = Data.load("flowcept/llm_finetune_sample.jsonl");
        DiagramView status = Data.diagram(workspace, "dag", null, -1, null);
        List<ViewNode> trains = status.nodes().stream().filter(n -> n.label().equals("model_train")).toList();
        assertEquals(10, trains.size());
        Set<Integer> statusFills = trains.stream().map(n -> n.style().fill()).collect(Collectors.toSet());
        assertTrue(statusFills.contains(0xdcedc8), "finished runs are green: " + statusFills);
        assertTrue(statusFills.contains(0xf8d7da), "failed runs are red: " + statusFills);
        assertTrue(statusFills.size() <= 3);

        DiagramState duration = state();
        duration.setLayersChosen(true);
        duration.getActiveLayers().add("dag-duration");
        DiagramView byDuration = Data.diagram(workspace, "dag", null, -1, duration);
        Set<Integer> durationFills = byDuration.nodes().stream().filter(n -> n.label().equals("model_train"))
                .map(n -> n.style().fill()).collect(Collectors.toSet());
        assertTrue(durationFills.size() >= 5, "a gradient over the runs' durations: " + durationFills);
        assertEquals(ids(status), ids(byDuration), "a colouring layer adds no nodes");

        DiagramState data = state();
        data.setLayersChosen(true);
        data.getActiveLayers().addAll(List.of("dag-status", "dag-data"));
        DiagramView withData = Data.diagram(workspace, "dag", null, -1, data);
        List<ViewNode> artifacts = withData.nodes().stream().filter(n -> n.kind().equals("artifact")).toList();
        assertFalse(artifacts.isEmpty(), "the data layer maps artifacts");
        assertTrue(withData.edges().stream().anyMatch(e -> e.kind().equals("used")));
        assertTrue(status.nodes().stream().noneMatch(n -> n.kind().equals("artifact")));
    }

    @Test
    void repeatedStructureCollapsesIntoGroupsThatExpandPageByPage() {
        Workspace workspace = Synthetic.training(10, 9_999);
        DiagramState state = state();
        DiagramView start = Data.diagram(workspace, "dag", null, -1, state);
        assertEquals(100_001 + 1, start.mappedElements(), "every task and the run are mapped");
        assertTrue(start.nodes().size() <= 3, ids(start).toString());
        assertEquals(100_000, start.node("train").hidden(), "every epoch and batch below it");

        DiagramStates.node(state, "train").setExpansion(Expansion.EXPANDED);
        DiagramView epochs = Data.diagram(workspace, "dag", null, -1, state);
        ViewNode epochGroup = epochs.node("group:train:dag-task:epochs_loop_iteration");
        assertNotNull(epochGroup, ids(epochs).toString());
        assertEquals("epochs_loop_iteration ×10", epochGroup.label());
        assertEquals(ViewNode.Role.GROUP, epochGroup.role());
        assertEquals(10, epochGroup.elements().size());

        DiagramStates.node(state, epochGroup.id()).setExpansion(Expansion.EXPANDED);
        DiagramStates.node(state, "epoch-0").setExpansion(Expansion.EXPANDED);
        DiagramView batches = Data.diagram(workspace, "dag", null, -1, state);
        ViewNode batchGroup = batches.node("group:epoch-0:dag-task:train_batch_iteration");
        assertEquals("train_batch_iteration ×9,999", batchGroup.label());
        assertFalse(batchGroup.container());
        assertTrue(batches.edges().stream().anyMatch(e -> e.kind().equals("dependency")
                && e.source().equals("epoch-0") && e.target().equals("epoch-1")), "epoch 1 used epoch 0's checkpoint");

        DiagramStates.node(state, batchGroup.id()).setExpansion(Expansion.EXPANDED);
        DiagramView page = Data.diagram(workspace, "dag", null, -1, state);
        List<ViewNode> members = page.children(batchGroup.id());
        assertEquals(51, members.size(), "a page of 50 and the rest");
        ViewNode more = page.node(batchGroup.id() + "#more");
        assertEquals(ViewNode.Role.MORE, more.role());
        assertEquals(9_949, more.hidden());
        assertEquals(more.id(), page.nodeShowing(task(workspace, "epoch-0/batch-60")).id(),
                "batches beyond the page are shown by the more node");

        DiagramStates.node(state, batchGroup.id()).setShown(100);
        assertEquals(9_899, Data.diagram(workspace, "dag", null, -1, state).node(more.id()).hidden());
        assertTrue(page.nodes().size() < 100, "a few nodes laid out, not 100,000");
    }

    private static Task task(Workspace workspace, String id) {
        return (Task) new org.provlens.diagram.core.ModelIndex(workspace).find(id);
    }

    @Test
    void aGroupTakesTheConditionalStyleOfAnyMember() {
        Workspace workspace = Synthetic.training(2, 10);
        DiagramState state = state();
        DiagramStates.node(state, "train").setExpansion(Expansion.EXPANDED);
        DiagramStates.node(state, "epoch-1").setExpansion(Expansion.EXPANDED);
        DiagramStates.node(state, "epoch-0").setExpansion(Expansion.EXPANDED);
        DiagramView view = Data.diagram(workspace, "dag", null, -1, state);
        ViewNode failed = view.node("group:epoch-1:dag-task:train_batch_iteration");
        ViewNode fine = view.node("group:epoch-0:dag-task:train_batch_iteration");
        assertEquals(0xb3261e, failed.style().border(), "one failed batch makes its group red");
        assertNotEquals(0xb3261e, fine.style().border());
        assertTrue(failed.style().stacked());
    }

    @Test
    void aDiagramOpensOnTheNeighbourhoodOfAnElement() throws IOException {
        Workspace workspace = Data.load("flowcept/llm_finetune_sample.jsonl");
        Artifact manifest = workspace.getArtifacts().stream().filter(a -> a.getId().endsWith("manifest.json"))
                .findFirst().orElseThrow();
        DiagramView near = Data.diagram(workspace, "lineage", manifest.getId(), 1, null);
        Set<String> kinds = near.nodes().stream().map(ViewNode::kind).collect(Collectors.toSet());
        assertEquals(Set.of("artifact", "task", "workflow"), kinds, ids(near).toString());
        assertEquals(1 + 1 + 1 + 10, near.nodes().size(), "the manifest, build_manifest and its run, the ten model_train tasks");
        for (ViewEdge edge : near.edges()) {
            assertTrue(edge.source().equals(manifest.getId()) || edge.target().equals(manifest.getId()), edge.id());
        }
        DiagramView farther = Data.diagram(workspace, "lineage", manifest.getId(), 2, null);
        assertTrue(farther.nodes().size() > near.nodes().size());
        assertTrue(farther.nodes().stream().anyMatch(n -> n.label().startsWith("shard_")), "build_manifest's inputs");

        // A workflow run: what it holds, and the neighbourhood of that.
        Workflow prep = workspace.getCampaigns().get(0).getWorkflows().stream()
                .filter(w -> "data_prep".equals(w.getSubtype())).findFirst().orElseThrow();
        DiagramView dag = Data.diagram(workspace, "dag", prep.getId(), 0, null);
        assertNotNull(dag.node(prep.getId()));
        assertTrue(dag.nodes().stream().allMatch(n -> n.id().equals(prep.getId()) || prep.getId().equals(n.parent())
                || n.parent() != null && dag.node(n.parent()) != null), "only the run and what is inside it");

        ProviderResponse<DiagramView> missing = new DiagramProvider().fetch(
                DiagramQuery.of(workspace, DiagramDescriptions.get("lineage")).onRoot("no-such-id", 2), null);
        assertEquals(ProviderStatus.FAILED, missing.status());
        assertTrue(missing.message().contains("no-such-id"), missing.message());
    }

    @Test
    void anElementDeepInALargeWorkflowIsRevealed() {
        Workspace workspace = Synthetic.training(10, 9_999);
        DiagramView view = Data.diagram(workspace, "dag", "epoch-7/batch-7000", 1, null);
        ViewNode batch = view.node("epoch-7/batch-7000");
        assertNotNull(batch, "the element the diagram opens on is shown, expanded out of its groups and page");
        ViewNode group = view.node(batch.parent());
        assertEquals(ViewNode.Role.GROUP, group.role());
        assertEquals("epoch-7", group.parent());
        assertTrue(view.nodes().size() < 300, view.nodes().size() + " nodes");
    }

    @Test
    void atMostTheAllowedNodesAreLaidOut() throws IOException {
        Workspace workspace = Data.load("flowcept/llm_finetune_sample.jsonl");
        DiagramDescription small = EcoreUtil.copy(DiagramDescriptions.get("hierarchy"));
        small.setMaxVisibleElements(40);
        DiagramView everything = Data.diagram(workspace, "hierarchy", null, 12, null);
        assertTrue(everything.nodes().size() > 1000, "depth 12 opens every level of the sample");
        ProviderResponse<DiagramView> response = new DiagramProvider().fetch(
                DiagramQuery.of(workspace, small).onRoot(null, 12), null);
        DiagramView view = response.model();
        assertTrue(view.nodes().size() <= 40, view.nodes().size() + " nodes");
        assertFalse(view.note().isEmpty());
        assertTrue(view.nodes().stream().anyMatch(ViewNode::expandable), "what is not shown can be expanded");
    }

    @Test
    void artifactsJoinAcrossRunsAndSitesByContentHash() throws IOException {
        Workspace workspace = Data.load("cmf/export.json", "prov/site_b_retrain.json");
        List<Artifact> copies = workspace.getArtifacts().stream()
                .filter(a -> "32b715ef0d71ff4c9e61f55b09c15e75".equals(a.getContentHash())).toList();
        assertEquals(2, copies.size(), "CMF's train.tsv and site B's copy are two artifacts of the workspace");
        DiagramView view = Data.diagram(workspace, "lineage", null, -1, null);
        ViewNode joined = view.nodeShowing(copies.get(0));
        assertNotNull(joined);
        assertEquals(joined, view.nodeShowing(copies.get(1)), "one node for both");
        assertEquals(2, joined.elements().size());
        List<ViewEdge> used = view.edges().stream().filter(e -> e.kind().equals("used") && e.source().equals(joined.id()))
                .toList();
        assertEquals(3, used.size(), "both CMF training runs and site B's retraining used it: " + used);
        assertTrue(view.edges().stream().anyMatch(e -> e.kind().equals("generated") && e.target().equals(joined.id())));
    }
}
