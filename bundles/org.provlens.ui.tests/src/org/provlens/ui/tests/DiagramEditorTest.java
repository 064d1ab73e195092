package org.provlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.page;
import static org.provlens.ui.tests.Workbench.sample;
import static org.provlens.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.view.DiagramSet;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.ui.canvas.DiagramCanvas;
import org.provlens.diagram.ui.canvas.DiagramExport;
import org.provlens.diagram.ui.editor.DiagramEditor;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.navigator.RunsNavigatorView;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The diagram editors in the real workbench on the bundled sample: opened from the Runs navigator's context menu,
 * selection linked both ways, expand and collapse, hide, group and rename undone and saved beside the workspace,
 * a refresh after an import keeping what the user moved, zoom, find, keyboard, tooltips and export.
 */
class DiagramEditorTest {

    @TempDir
    Path dir;

    private Workspace importSample() throws InterruptedException {
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("diagrams.provlens"));
        Job job = service.importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        drain();
        return service.getWorkspace();
    }

    private static Workflow prep(Workspace workspace) {
        return workspace.getCampaigns().get(0).getWorkflows().stream().filter(w -> "data_prep".equals(w.getSubtype()))
                .findFirst().orElseThrow();
    }

    private static DiagramView laidOut(DiagramEditor editor) {
        waitUntil(() -> editor.isIdle() && editor.getCanvas().getView() != null, "the diagram's layout");
        drain();
        return editor.getCanvas().getView();
    }

    /** The node labelled so, or whose label starts so and goes on with its run's name (top-level tasks in the lineage). */
    private static ViewNode node(DiagramView view, String label) {
        return view.nodes().stream().filter(n -> n.label().equals(label) || n.label().startsWith(label + " · "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node '" + label + "'"));
    }

    private static void click(DiagramCanvas canvas, ViewNode node, int stateMask) {
        Point p = canvas.toScreen(node.x() + 8, node.y() + node.height() / 2);
        mouse(canvas, SWT.MouseDown, p.x, p.y, 1, stateMask);
        mouse(canvas, SWT.MouseUp, p.x, p.y, 1, stateMask);
    }

    private static void mouse(DiagramCanvas canvas, int type, int x, int y, int button, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        event.count = type == SWT.MouseDoubleClick ? 2 : 1;
        canvas.notifyListeners(type, event);
    }

    private static void key(DiagramCanvas canvas, int keyCode, char character) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        canvas.notifyListeners(SWT.KeyDown, event);
    }

    private static List<String> show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    private static MenuItem item(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().startsWith(text)) {
                return item;
            }
        }
        throw new AssertionError("no menu item '" + text + "'");
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        drain();
    }

    @Test
    void theNavigatorsContextMenuOpensEachDiagramOnTheSelectedRun() throws Exception {
        Workspace workspace = importSample();
        RunsNavigatorView navigator = (RunsNavigatorView) page().showView(ProvLensUi.RUNS_VIEW_ID);
        Workflow prep = prep(workspace);
        waitUntil(() -> navigator.select(List.of(prep)) == 1, "the run selected in the navigator");
        drain();
        Menu menu = navigator.getViewer().getControl().getMenu();
        List<String> items = show(menu);
        assertTrue(items.containsAll(List.of("Open Lineage Diagram", "Open Workflow DAG", "Open Task Hierarchy")),
                items.toString());
        item(menu, "Open Workflow DAG").notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        waitUntil(() -> page().getActiveEditor() instanceof DiagramEditor, "the DAG editor");
        DiagramEditor dag = (DiagramEditor) page().getActiveEditor();
        assertEquals("Workflow DAG: " + prep.getName(), dag.getPartName());
        DiagramView view = laidOut(dag);
        assertNotNull(view.node(prep.getId()));
        ViewNode shards = node(view, "tokenize_shard ×16");
        assertEquals(ViewNode.Role.GROUP, shards.role());
        assertTrue(view.edges().stream().anyMatch(e -> e.kind().equals("dependency") && e.source().equals(shards.id())));

        for (String open : List.of("Open Lineage Diagram", "Open Task Hierarchy")) {
            navigator.setFocus();
            navigator.select(List.of(prep));
            show(menu);
            item(menu, open).notifyListeners(SWT.Selection, new Event());
            menu.notifyListeners(SWT.Hide, new Event());
            waitUntil(() -> page().getActiveEditor() instanceof DiagramEditor d && d != dag
                    && d.getPartName().endsWith(prep.getName()) && !d.getPartName().startsWith("Workflow"), open);
            DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
            DiagramView opened = laidOut(editor);
            assertFalse(opened.nodes().isEmpty(), open + ": " + editor.getStatusText());
        }
        assertEquals(3, page().getEditorReferences().length);
    }

    @Test
    void theDiagramsSelectionIsTheWorkbenchSelectionBothWays() throws Exception {
        Workspace workspace = importSample();
        RunsNavigatorView navigator = (RunsNavigatorView) page().showView(ProvLensUi.RUNS_VIEW_ID);
        DiagramEditor editor = DiagramEditor.open(page(), "lineage", null, null);
        DiagramView view = laidOut(editor);
        DiagramCanvas canvas = editor.getCanvas();
        canvas.fit();
        ViewNode manifestTask = node(view, "build_manifest");
        click(canvas, manifestTask, 0);
        drain();
        assertEquals(List.of(manifestTask.element()), ((IStructuredSelection) page().getSelection()).toList());
        waitUntil(() -> ((IStructuredSelection) navigator.getViewer().getSelection()).toList()
                .contains(manifestTask.element()), "the navigator to follow the diagram");

        Task fetch = (Task) node(view, "fetch_raw_corpus").element();
        page().activate(navigator);
        navigator.select(List.of(fetch));
        drain();
        waitUntil(() -> canvas.getSelection().size() == 1 && canvas.getSelection().get(0).element() == fetch,
                "the diagram to follow the navigator");

        // Annotate… is contributed to the diagram's context menu for provenance elements.
        page().activate(editor);
        click(canvas, manifestTask, 0);
        List<String> items = show(canvas.getMenu());
        assertTrue(items.stream().anyMatch(t -> t.replace("&", "").startsWith("Annotate")), items.toString());
        assertTrue(items.contains("Hide") && items.contains("Arrange All"), items.toString());
        canvas.getMenu().notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void expandingHidingGroupingAndRenamingAreUndoableAndSavedBesideTheWorkspace() throws Exception {
        Workspace workspace = importSample();
        Workflow prep = prep(workspace);
        DiagramEditor editor = DiagramEditor.open(page(), "dag", prep.getId(), prep.getName());
        DiagramView view = laidOut(editor);
        DiagramCanvas canvas = editor.getCanvas();
        IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        var undo = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();

        ViewNode group = node(view, "tokenize_shard ×16");
        Point p = canvas.toScreen(group.x() + 10, group.y() + group.height() / 2);
        mouse(canvas, SWT.MouseDoubleClick, p.x, p.y, 1, 0);
        view = laidOut(editor);
        assertTrue(view.node(group.id()).container());
        assertEquals(16, view.children(group.id()).size(), "the sixteen shards");
        assertLaidOutInside(view, group.id());
        history.undo(undo, null, null);
        view = laidOut(editor);
        assertFalse(view.node(group.id()).container(), "undone");
        history.redo(undo, null, null);
        assertTrue(laidOut(editor).node(group.id()).container(), "redone");
        history.undo(undo, null, null);
        view = laidOut(editor);

        ViewNode manifest = node(view, "build_manifest");
        click(canvas, manifest, 0);
        key(canvas, SWT.DEL, (char) 0x7f);
        view = laidOut(editor);
        assertNull(view.node(manifest.id()), "hidden with the Delete key");
        assertTrue(editor.getStatusText().contains("1 hidden"), editor.getStatusText());
        history.undo(undo, null, null);
        view = laidOut(editor);
        assertNotNull(view.node(manifest.id()));

        editor.getEdits().rename(view.node(group.id()), "the shards");
        view = laidOut(editor);
        assertEquals("the shards", view.node(group.id()).label());
        ViewNode fetch = node(view, "fetch_raw_corpus");
        editor.getEdits().group(List.of(fetch, view.node(manifest.id())), "ends");
        view = laidOut(editor);
        ViewNode ends = node(view, "ends");
        assertEquals(ViewNode.Role.USER_GROUP, ends.role());
        assertEquals(ends.id(), view.node(fetch.id()).parent());

        Path diagrams = DiagramStates.fileOf(WorkspaceService.getDefault().getFile());
        waitUntil(() -> {
            try {
                DiagramSet saved = Files.exists(diagrams) ? DiagramStates.load(diagrams) : null;
                return saved != null && DiagramStates.state(saved, "dag", prep.getId()).getGroups().size() == 1;
            } catch (java.io.IOException e) {
                return false;
            }
        }, "the diagrams file beside the workspace");
        DiagramState saved = DiagramStates.state(DiagramStates.load(diagrams), "dag", prep.getId());
        assertEquals("the shards", saved.getNodes().stream().filter(n -> n.getId().equals(group.id())).findFirst()
                .orElseThrow().getLabel());

        // Closed and opened again: the same diagram.
        page().closeEditor(editor, false);
        drain();
        DiagramEditor again = DiagramEditor.open(page(), "dag", prep.getId(), prep.getName());
        DiagramView reopened = laidOut(again);
        assertEquals("the shards", reopened.node(group.id()).label());
        assertEquals(ViewNode.Role.USER_GROUP, node(reopened, "ends").role());
    }

    private static void assertLaidOutInside(DiagramView view, String container) {
        ViewNode parent = view.node(container);
        for (ViewNode child : view.children(container)) {
            assertTrue(child.x() >= parent.x() && child.x() + child.width() <= parent.x() + parent.width() + 0.5
                    && child.y() >= parent.y() && child.y() + child.height() <= parent.y() + parent.height() + 0.5,
                    child.id() + " inside " + container);
        }
    }

    @Test
    void aRefreshAfterAnImportKeepsTheNodesTheUserMoved() throws Exception {
        importSample();
        DiagramEditor editor = DiagramEditor.open(page(), "lineage", null, null);
        DiagramView view = laidOut(editor);
        DiagramCanvas canvas = editor.getCanvas();
        canvas.actualSize();
        ViewNode manifest = node(view, "build_manifest");
        canvas.reveal(manifest);
        Point from = canvas.toScreen(manifest.x() + 10, manifest.y() + manifest.height() / 2);
        mouse(canvas, SWT.MouseDown, from.x, from.y, 1, 0);
        mouse(canvas, SWT.MouseMove, from.x + 40, from.y + 30, 1, 0);
        mouse(canvas, SWT.MouseMove, from.x + 80, from.y + 60, 1, 0);
        mouse(canvas, SWT.MouseUp, from.x + 80, from.y + 60, 1, 0);
        view = laidOut(editor);
        ViewNode moved = view.node(manifest.id());
        assertEquals(manifest.x() + 80, moved.x(), 1.5);
        assertEquals(manifest.y() + 60, moved.y(), 1.5);
        assertTrue(moved.moved());

        int before = editor.getGeneration();
        Job job = WorkspaceService.getDefault().importFiles(List.of(sample("flowcept_sample_data.json")));
        job.join();
        waitUntil(() -> editor.getGeneration() > before && editor.isIdle(), "the refresh after the import");
        DiagramView refreshed = editor.getCanvas().getView();
        assertEquals(moved.x(), refreshed.node(manifest.id()).x(), 1e-6, "the move survives the import");
        assertEquals(moved.y(), refreshed.node(manifest.id()).y(), 1e-6);
        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
                .undo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
        DiagramView undone = laidOut(editor);
        assertFalse(undone.node(manifest.id()).moved(), "the move is undoable");
    }

    @Test
    void zoomFindKeyboardBandTooltipsAndExport() throws Exception {
        importSample();
        DiagramEditor editor = DiagramEditor.open(page(), "lineage", null, null);
        DiagramView view = laidOut(editor);
        DiagramCanvas canvas = editor.getCanvas();
        Rectangle area = canvas.getClientArea();
        canvas.fit();
        double[] b = view.bounds();
        Point topLeft = canvas.toScreen(b[0], b[1]);
        Point bottomRight = canvas.toScreen(b[2], b[3]);
        assertTrue(topLeft.x >= 0 && topLeft.y >= 0 && bottomRight.x <= area.width && bottomRight.y <= area.height,
                "fit shows the whole diagram");
        canvas.actualSize();
        assertEquals(1, canvas.getViewport().zoom(), 1e-9);
        Event wheel = new Event();
        wheel.x = area.width / 2;
        wheel.y = area.height / 2;
        wheel.count = 3;
        double vx = canvas.getViewport().viewX(wheel.x);
        canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertTrue(canvas.getViewport().zoom() > 1, "the wheel zooms in");
        assertEquals(vx, canvas.getViewport().viewX(wheel.x), 1e-6, "around the pointer");
        canvas.fit();

        ViewNode manifest = node(view, "manifest.json");
        click(canvas, manifest, 0);
        key(canvas, SWT.ARROW_RIGHT, (char) 0);
        assertEquals(1, canvas.getSelection().size());
        ViewNode next = canvas.getSelection().get(0);
        assertNotEquals(manifest.id(), next.id());
        assertTrue(next.x() + next.width() / 2 > manifest.x() + manifest.width() / 2, "to the right");

        Point over = canvas.toScreen(manifest.x() + 5, manifest.y() + 5);
        mouse(canvas, SWT.MouseMove, over.x, over.y, 0, 0);
        assertEquals(manifest.tooltip(), canvas.getToolTipText());
        assertTrue(manifest.tooltip().contains("used by 10"), manifest.tooltip());

        // Rubber band from the top-left corner over everything.
        mouse(canvas, SWT.MouseDown, 1, 1, 1, 0);
        mouse(canvas, SWT.MouseMove, area.width - 2, area.height - 2, 1, 0);
        mouse(canvas, SWT.MouseUp, area.width - 2, area.height - 2, 1, 0);
        assertEquals(view.nodes().size(), canvas.getSelection().size(), "the band selects every node inside it");

        Path png = dir.resolve("lineage.png");
        int[] size = DiagramExport.png(canvas, view, png);
        assertEquals(size[0], new ImageLoader().load(png.toString())[0].width);
        Path svg = dir.resolve("lineage.svg");
        DiagramExport.svg(view, svg);
        assertTrue(Files.readString(svg).contains("data-id=\"" + manifest.id() + "\""));
        assertInstanceOf(DiagramEditor.class, page().getActiveEditor());
    }
}
