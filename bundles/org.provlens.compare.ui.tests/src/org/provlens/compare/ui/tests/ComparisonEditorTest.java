package org.provlens.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.Levels;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.ui.CompareUi;
import org.provlens.compare.ui.ComparisonEditor;
import org.provlens.compare.ui.ComparisonEditorInput;
import org.provlens.compare.ui.ComparisonEditorInputFactory;
import org.provlens.compare.ui.view.ComparisonPanel;
import org.provlens.compare.ui.view.DiffGrid;
import org.provlens.compare.ui.view.Formats;
import org.provlens.compare.ui.view.Mode;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The comparison editor in the workbench, on three runs of the bundled sweep: opened by the Compare command with a
 * selection as the navigator or a chart gives it, its configuration diff, outcomes with the best run, sorting, the
 * baseline and deltas, the lockstep drill-down with unmatched epochs, the overlay and small multiples, the export,
 * and the selection it gives the workbench. Screenshots of each tab go to the folder of
 * {@code -Dprovlens.screenshots}.
 */
class ComparisonEditorTest {

    private static final List<String> THREE_RUNS = List.of("ft-000-L32-H2048-lr3e-5-bs64",
            "ft-003-L48-H5120-lr3e-4-bs128", "ft-006-L48-H5120-lr3e-5-bs32");

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ the workbench

    private static Path sample() {
        return Stream.of(Path.of("samples"), Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                .map(d -> d.resolve("flowcept").resolve("llm_finetune_sample.jsonl")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample is not found from "
                        + Path.of("").toAbsolutePath()));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until a condition holds: the editor's jobs answer through asyncExec. */
    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static void drain() {
        while (Display.getCurrent().readAndDispatch()) {
            // dispatch what is pending
        }
    }

    private Workspace importSample() throws InterruptedException {
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("compare.provlens"));
        Job job = service.importFiles(List.of(sample()));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        drain();
        return service.getWorkspace();
    }

    private static List<Workflow> runs(Workspace workspace, List<String> names) {
        List<Workflow> runs = new ArrayList<>();
        for (String name : names) {
            for (Campaign campaign : workspace.getCampaigns()) {
                campaign.getWorkflows().stream().filter(w -> name.equals(w.getName())).forEach(runs::add);
            }
        }
        assertEquals(names.size(), runs.size(), "runs of the sample named " + names);
        return runs;
    }

    /**
     * The Compare command as a part that selects these elements runs it, through its handler.
     *
     * @return whether a comparison editor opened
     */
    private static boolean compare(IStructuredSelection selection) throws Exception {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand(CompareUi.COMPARE_COMMAND_ID);
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        int before = page().getEditorReferences().length;
        try {
            handlers.executeCommandInContext(new ParameterizedCommand(command, null), null, context);
        } catch (NotEnabledException e) {
            return false; // the handler's enablement refused the selection
        }
        drain();
        return page().getEditorReferences().length > before
                && page().getActiveEditor() instanceof ComparisonEditor;
    }

    /** The handler's enabledWhen of plugin.xml, evaluated for a selection. */
    private static boolean enabledFor(IStructuredSelection selection) throws Exception {
        IConfigurationElement handler = java.util.Arrays.stream(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.handlers"))
                .filter(e -> CompareUi.COMPARE_COMMAND_ID.equals(e.getAttribute("commandId"))).findFirst()
                .orElseThrow();
        Expression when = ExpressionConverter.getDefault().perform(handler.getChildren("enabledWhen")[0].getChildren()[0]);
        EvaluationContext context = new EvaluationContext(null, selection);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        return when.evaluate(context) == EvaluationResult.TRUE;
    }

    private static ComparisonEditor openedAndComplete() {
        ComparisonEditor editor = assertInstanceOf(ComparisonEditor.class, page().getActiveEditor());
        waitUntil(() -> editor.getComparison() != null && !editor.getComparison().series().isEmpty(),
                "the comparison with its series");
        drain();
        return editor;
    }

    private static int row(DiffGrid grid, String labelStart) {
        DiffGrid.Model model = grid.model();
        for (int row = 0; row < model.rows(); row++) {
            if (model.rowLabel(row).strip().startsWith(labelStart)) {
                return row;
            }
        }
        throw new AssertionError("no row " + labelStart);
    }

    private static List<String> labels(DiffGrid grid, int row, int column) {
        List<String> labels = new ArrayList<>();
        grid.model().labels(row, column, labels);
        return labels;
    }

    /**
     * Saves the comparison editor, maximized, as a PNG when {@code -Dprovlens.screenshots} names a folder; the
     * editor is restored afterwards.
     */
    private static void screenshot(ComparisonEditor editor, String name) throws IOException {
        String folder = System.getProperty("provlens.screenshots");
        if (folder == null || folder.isBlank() || folder.startsWith("${")) {
            return;
        }
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        Shell shell = page.getWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        // GTK paints on its own clock: let it finish before the screen is read.
        long until = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < until) {
            while (display.readAndDispatch()) {
                // paint what is pending
            }
            shell.update();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        gc.copyArea(image, bounds.x, bounds.y);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        Files.createDirectories(Path.of(folder));
        loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
        image.dispose();
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        drain();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        drain();
    }

    // ------------------------------------------------------------------ tests

    @Test
    void threeRunsOfTheSampleSideBySide() throws Exception {
        Workspace workspace = importSample();
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1600, 960);
        List<Workflow> runs = runs(workspace, THREE_RUNS);
        assertTrue(compare(new StructuredSelection(runs)));
        ComparisonEditor editor = openedAndComplete();
        assertEquals("Compare 3 runs", editor.getPartName());
        ComparisonPanel panel = editor.getPanel();

        // Configuration: what differs, highlighted against the baseline; equal values on demand.
        DiffGrid configuration = panel.configurationGrid();
        int lr = row(configuration, "used.learning_rate");
        assertEquals(List.of("0.00003", "0.0003", "0.00003"),
                List.of(configuration.model().text(lr, 0), configuration.model().text(lr, 1), configuration.model().text(lr, 2)));
        assertTrue(configuration.model().emphasised(lr));
        assertTrue(labels(configuration, lr, 1).contains(DiffGrid.DIFFERS));
        assertFalse(labels(configuration, lr, 2).contains(DiffGrid.DIFFERS), "as the baseline's");
        int shards = configuration.model().rows();
        assertThrowsNoRow(configuration, "used.seq_len");
        panel.showEqualValues(true);
        assertTrue(configuration.model().rows() > shards);
        row(configuration, "used.seq_len");
        assertEquals(Formats.MISSING, configuration.model().text(row(configuration, "artifact.dataset.shard_14"), 1),
                "ft-003 uses half the shards");
        screenshot(editor, "compare-configuration.png");

        // Outcomes: values, the best run of each row, sorting and deltas against the baseline.
        panel.showTab(1);
        DiffGrid outcomes = panel.outcomesGrid();
        int loss = row(outcomes, "generated.final_val_loss");
        assertEquals("2.1382", outcomes.model().text(loss, 0));
        assertTrue(labels(outcomes, loss, 2).contains(DiffGrid.BEST), "ft-006 has the lowest loss");
        assertEquals("ERROR", outcomes.model().text(0, 1));
        panel.setMode(Mode.DELTA);
        assertEquals("−0.14299", outcomes.model().text(loss, 2));
        assertTrue(labels(outcomes, loss, 2).contains(DiffGrid.BETTER));
        assertTrue(labels(outcomes, loss, 1).contains(DiffGrid.WORSE));
        panel.sortBy("generated.final_val_loss", false);
        assertEquals("ft-006-L48-H5120-lr3e-5-bs32", panel.shown().runs().get(0).name());
        assertEquals("★ ft-000-L32-H2048-lr3e-5-bs64", outcomes.model().columnLabel(1), "the baseline stays");
        assertEquals("−0.14299", outcomes.model().text(row(outcomes, "generated.final_val_loss"), 0));
        screenshot(editor, "compare.png");
        panel.setBaseline(panel.shown().runs().get(0).id());
        assertEquals("+0.14299", outcomes.model().text(row(outcomes, "generated.final_val_loss"), 1));

        // The workbench selection follows the grid: the run of the selected cell.
        outcomes.selectCell(1, 0);
        drain();
        IStructuredSelection selected = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(panel.shown().runs().get(0).execution()), selected.toList());
        // A comparison of the same runs shown again (the full answer after the first, another step) keeps it: the
        // grids' structural refresh used to clear their selection and report it as an empty one.
        panel.setComparison(editor.getComparison(), "shown again");
        drain();
        assertEquals(selected.toList(),
                ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());

        // Hierarchy: model_train, then its epochs in lockstep; the diverged run's missing epochs unmatched.
        panel.setMode(Mode.VALUES);
        panel.sortBy(null, false);
        panel.showTab(2);
        assertEquals("model_train #0", panel.level().get(0).label());
        panel.drillDown(panel.level().get(0));
        waitUntil(() -> panel.level().size() > 1, "the epochs");
        drain();
        List<AlignedNode> epochs = panel.level();
        AlignedNode third = epochs.stream().filter(n -> n.label().equals("epochs_loop_iteration i=2")).findFirst()
                .orElseThrow();
        int thirdRow = epochs.indexOf(third);
        DiffGrid hierarchy = panel.hierarchyGrid();
        assertEquals("unmatched", hierarchy.model().text(thirdRow, 1));
        assertTrue(labels(hierarchy, thirdRow, 1).contains(DiffGrid.UNMATCHED));
        assertTrue(hierarchy.model().rowLabel(thirdRow).contains("(2 of 3)"));
        assertEquals("model_train", Levels.levelOf(((Task) third.members().get(0)).getParent()));
        screenshot(editor, "compare-hierarchy.png");
        panel.up();
        assertEquals(1, panel.level().size());

        // Charts: the epochs' validation loss of every run, and one small plot per run.
        panel.showTab(3);
        assertTrue(panel.chooseSeries("epochs_loop_iteration:val_loss"));
        waitUntil(() -> panel.overlay().lines().size() == 3, "the overlay of three runs");
        assertEquals(4, panel.overlay().lines().get(0).xs().length);
        assertEquals(1, panel.overlay().lines().get(1).xs().length, "ft-003 validated once");
        screenshot(editor, "compare-charts.png");

        // Export: the CSV of what is shown.
        Path csv = dir.resolve("comparison.csv");
        Job export = editor.export(csv, false);
        assertNotNull(export);
        waitUntil(() -> export.getResult() != null, "the export");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("section,key," + String.join(",", THREE_RUNS), lines.get(0));
        assertTrue(lines.contains("outcome,generated.final_val_loss,2.1382,2.21791,1.99521"), lines.toString());
    }

    private static void assertThrowsNoRow(DiffGrid grid, String label) {
        for (int row = 0; row < grid.model().rows(); row++) {
            assertFalse(grid.model().rowLabel(row).strip().equals(label), label + " is equal in every run: collapsed");
        }
    }

    @Test
    void theCommandTakesTwoOrMoreRunsOrTasksAndIsOnTheNavigatorAndLevelTableToolbars() throws Exception {
        Workspace workspace = importSample();
        List<Workflow> runs = runs(workspace, THREE_RUNS);
        assertFalse(enabledFor(new StructuredSelection(runs.get(0))), "one run is no comparison");
        assertFalse(enabledFor(new StructuredSelection(List.of(runs.get(0), "text"))), "only runs and tasks");
        assertTrue(enabledFor(new StructuredSelection(runs)));
        assertFalse(compare(new StructuredSelection(runs.get(0))), "one run is no comparison");
        assertFalse(compare(new StructuredSelection(List.of(runs.get(0), "text"))));
        assertTrue(page().getEditorReferences().length == 0, "no editor for a refused comparison");
        for (String[] contribution : new String[][] {{ProvLensUi.LEVEL_VIEW_ID, "org.provlens.compare.ui.toolbars.level"},
            {ProvLensUi.RUNS_VIEW_ID, "org.provlens.compare.ui.toolbars.runs"}}) {
            IViewPart part = page().showView(contribution[0]);
            drain();
            IContributionItem item = ((IViewSite) part.getSite()).getActionBars().getToolBarManager()
                    .find(contribution[1]);
            assertNotNull(item, "Compare on the toolbar of " + contribution[0]);
            assertTrue(item.isVisible());
        }
        // Two epochs of different runs, as the Level table selects them.
        List<Execution> epochs = new ArrayList<>();
        for (Workflow run : List.of(runs.get(0), runs.get(2))) {
            epochs.add(run.getTasks().get(0).getChildren().stream()
                    .filter(t -> "epochs_loop_iteration".equals(t.getActivity())).findFirst().orElseThrow());
        }
        assertTrue(compare(new StructuredSelection(epochs)));
        ComparisonEditor editor = openedAndComplete();
        assertEquals("Compare 2 tasks", editor.getPartName());
        Comparison comparison = editor.getComparison();
        assertEquals("task", comparison.runs().get(0).kind());
        assertTrue(comparison.levels().stream().anyMatch(n -> n.activity().equals("train_batch_iteration")),
                "an epoch's children are its batches");
    }

    @Test
    void theEditorComesBackFromItsMementoAndComparesAgainAfterAnImport() throws Exception {
        Workspace workspace = importSample();
        List<Workflow> runs = runs(workspace, THREE_RUNS.subList(0, 2));
        ComparisonEditor editor = assertInstanceOf(ComparisonEditor.class, ComparisonEditor.open(page(), runs));
        editor = openedAndComplete();
        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        editor.getEditorInput().saveState(memento);
        ComparisonEditorInput restored = (ComparisonEditorInput) new ComparisonEditorInputFactory().createElement(memento);
        assertEquals(editor.getEditorInput(), restored);
        assertEquals(runs.stream().map(Workflow::getId).toList(), restored.ids());

        Comparison before = editor.getComparison();
        Job again = WorkspaceService.getDefault().importFiles(List.of(sample()));
        again.join();
        ComparisonEditor shown = editor;
        waitUntil(() -> shown.getComparison() != null && shown.getComparison() != before
                && !shown.getComparison().series().isEmpty(), "the comparison after the import");
        assertEquals(runs.stream().map(Workflow::getId).toList(),
                shown.getComparison().runs().stream().map(r -> r.id()).toList());
    }
}
