package org.provlens.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.ViewEdge;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.ViewFactory;
import org.provlens.model.Workspace;

/** The ELK layout: no overlapping nodes, content inside its containers, edges from border to border, reuse. */
class LayoutTest {

    /** Siblings do not overlap, children lie inside their container, edges start and end on their nodes. */
    static void assertLaidOut(DiagramView view) {
        for (ViewNode node : view.nodes()) {
            List<ViewNode> siblings = view.children(node.parent());
            for (ViewNode other : siblings) {
                if (other != node) {
                    boolean apart = node.x() + node.width() <= other.x() + 0.5 || other.x() + other.width() <= node.x() + 0.5
                            || node.y() + node.height() <= other.y() + 0.5 || other.y() + other.height() <= node.y() + 0.5;
                    assertTrue(apart, view.description() + ": " + node.id() + " overlaps " + other.id());
                }
            }
            if (node.parent() != null) {
                ViewNode parent = view.node(node.parent());
                assertTrue(node.x() >= parent.x() && node.y() >= parent.y() + 20
                        && node.x() + node.width() <= parent.x() + parent.width() + 0.5
                        && node.y() + node.height() <= parent.y() + parent.height() + 0.5,
                        node.id() + " lies inside " + parent.id() + ", below its header");
            }
        }
        for (ViewEdge edge : view.edges()) {
            assertOnBorder(view.node(edge.source()), edge.x(0), edge.y(0), edge.id() + " starts on its source");
            int last = edge.pointCount() - 1;
            assertOnBorder(view.node(edge.target()), edge.x(last), edge.y(last), edge.id() + " ends on its target");
        }
    }

    private static void assertOnBorder(ViewNode node, double x, double y, String what) {
        double tolerance = 2.5;
        boolean inside = x >= node.x() - tolerance && x <= node.x() + node.width() + tolerance
                && y >= node.y() - tolerance && y <= node.y() + node.height() + tolerance;
        boolean near = Math.min(Math.min(Math.abs(x - node.x()), Math.abs(x - node.x() - node.width())),
                Math.min(Math.abs(y - node.y()), Math.abs(y - node.y() - node.height()))) <= tolerance;
        assertTrue(inside && near, what + ": (" + x + ", " + y + ") and " + node.id() + " at " + node.x() + ","
                + node.y() + " " + node.width() + "x" + node.height());
    }

    @Test
    void everyShippedDiagramOfTheSampleIsLaidOutWithoutOverlaps() throws IOException {
        Workspace workspace = Data.load("flowcept/llm_finetune_sample.jsonl", "flowcept/flowcept_sample_data.json");
        for (String name : DiagramDescriptions.SHIPPED) {
            DiagramView view = Data.diagram(workspace, name, null, -1, null);
            assertTrue(view.laidOut());
            assertFalse(view.nodes().isEmpty(), name);
            assertLaidOut(view);
        }
        assertLaidOut(Data.diagram(workspace, "hierarchy", null, 6, null));
    }

    @Test
    void aCmfPipelineIsLaidOutWithoutOverlaps() throws IOException {
        Workspace workspace = Data.load("cmf/export.json");
        for (String name : DiagramDescriptions.SHIPPED) {
            assertLaidOut(Data.diagram(workspace, name, null, 6, null));
        }
    }

    @Test
    void nestedContainersAndHundredsOfNodesAreLaidOutWithoutOverlaps() {
        Workspace workspace = Synthetic.training(6, 60);
        DiagramState state = Synthetic.allExpanded(6, 60);
        DiagramView view = Data.diagram(workspace, "dag", null, -1, state);
        assertTrue(view.nodes().size() > 300, view.nodes().size() + " nodes");
        assertTrue(view.edges().size() > 300, "the batches' dependencies inside their groups");
        assertLaidOut(view);
    }

    @Test
    void aPipelineOfAThousandNodesIsLaidOutWithoutOverlaps() {
        DiagramView view = Data.diagram(Synthetic.pipeline(500, 21), "lineage", null, -1, null);
        assertEquals(500 + 500, view.nodes().size(), "the tasks and their artifacts");
        assertLaidOut(view);
    }

    @Test
    void anUnchangedStructureReusesTheLayoutAndMovedNodesStayWhereTheUserPutThem() throws IOException {
        Workspace workspace = Data.load("cmf/export.json");
        DiagramProvider provider = new DiagramProvider();
        DiagramQuery query = DiagramQuery.of(workspace, DiagramDescriptions.get("lineage"));
        DiagramView first = provider.fetch(query, null).model();
        DiagramView again = provider.fetch(query.after(first), null).model();
        assertSame(first.layoutBase(), again.layoutBase(), "nothing laid out changed: no new layout");
        for (ViewNode node : first.nodes()) {
            assertEquals(node.x(), again.node(node.id()).x());
            assertEquals(node.y(), again.node(node.id()).y());
        }

        ViewNode artifact = first.nodes().stream().filter(n -> n.kind().equals("artifact")).findFirst().orElseThrow();
        DiagramState state = ViewFactory.eINSTANCE.createDiagramState();
        NodeState moved = DiagramStates.node(state, artifact.id());
        moved.setX(artifact.x() + 300);
        moved.setY(artifact.y() - 40);
        DiagramView after = provider.fetch(query.withState(UserState.of(state)).after(first), null).model();
        assertSame(first.layoutBase(), after.layoutBase(), "a move needs no new layout");
        assertEquals(artifact.x() + 300, after.node(artifact.id()).x(), 1e-9);
        for (ViewEdge edge : after.edges()) {
            if (edge.source().equals(artifact.id()) || edge.target().equals(artifact.id())) {
                assertEquals(2, edge.pointCount(), "the moved node's edges are drawn straight");
            }
        }
        assertLaidOut(after.with(after.nodes().stream().filter(n -> !n.moved()).toList(),
                after.edges().stream().filter(e -> !e.source().equals(artifact.id()) && !e.target().equals(artifact.id()))
                        .toList()));

        DiagramStates.node(state, first.nodes().get(0).id()).setHidden(true);
        DiagramView changed = provider.fetch(query.withState(UserState.of(state)).after(after), null).model();
        assertFalse(first.layoutBase() == changed.layoutBase(), "a hidden node changes the layout");
        assertEquals(artifact.x() + 300, changed.node(artifact.id()).x(), 1e-9, "and the move is kept");
    }
}
