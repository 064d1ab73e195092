package org.provlens.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramRegistry;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.model.Workspace;

/** Diagram descriptions are models: the shipped files, a new diagram without code, and the errors of a bad one. */
class DescriptionsTest {

    @Test
    void theShippedDescriptionsLoadAndAreValid() {
        for (String name : DiagramDescriptions.SHIPPED) {
            DiagramDescription description = DiagramDescriptions.get(name);
            assertEquals(name, description.getName());
            assertEquals(List.of(), DiagramDescriptions.validate(description, DiagramRegistry.standard()), name);
            assertTrue(description.getDomainClass().getName().equals("Workspace"));
        }
        assertThrows(IllegalArgumentException.class, () -> DiagramDescriptions.get("no-such-diagram"));
    }

    @Test
    void aNewDiagramIsADescriptionFile() throws IOException {
        DiagramDescription runs = DiagramDescriptions.load(Data.file("descriptions/runs.xmi"), DiagramRegistry.standard());
        Workspace workspace = Data.load("flowcept/llm_finetune_sample.jsonl");
        DiagramView view = new DiagramProvider().fetch(DiagramQuery.of(workspace, runs), null).model();
        assertEquals(11, view.nodes().stream().filter(n -> n.kind().equals("workflow")).count());
        assertTrue(view.edges().stream().allMatch(e -> e.kind().equals("used")));
        ViewNode manifestUser = view.nodes().stream().filter(n -> n.kind().equals("workflow")
                && view.edges().stream().anyMatch(e -> e.source().equals(n.id()))).findFirst().orElseThrow();
        assertTrue(manifestUser.label().length() > 0);
        LayoutTest.assertLaidOut(view);
    }

    @Test
    void aBrokenDescriptionNamesTheFileAndEveryProblem() {
        IOException e = assertThrows(IOException.class, () -> DiagramDescriptions.load(
                Data.file("descriptions/broken.xmi"), DiagramRegistry.standard()));
        String message = e.getMessage();
        assertTrue(message.contains("broken.xmi"), message);
        assertTrue(message.contains("broken-node: domainClass"), message);
        assertTrue(message.contains("no finder 'no.such.finder' is registered"), message);
        assertTrue(message.contains("colour 'red' is not of the form #rrggbb"), message);
    }
}
