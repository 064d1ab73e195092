package org.provlens.ui.tests;

import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.sample;
import static org.provlens.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.Levels;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.navigator.RunsNavigatorView;
import org.provlens.ui.table.LevelTableModel;
import org.provlens.ui.table.LevelTableView;
import org.provlens.ui.workspace.WorkspaceService;

/** The Level table in the workbench: levels, sort, filter, drill down, roll up and selection linked with the navigator. */
class LevelTableViewTest {

    @TempDir
    Path dir;

    @Test
    void levelsSortFilterDrillDownRollUpAndLinkedSelection() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        LevelTableView view = (LevelTableView) page.showView(ProvLensUi.LEVEL_VIEW_ID);
        RunsNavigatorView navigator = (RunsNavigatorView) page.showView(ProvLensUi.RUNS_VIEW_ID);
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("level.provlens"));
        Job job = service.importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        job.join();
        drain(); // the views' queued "about to change" and "changed" of the open and the import
        Workspace workspace = service.getWorkspace();
        waitUntil(() -> view.getModel() != null && view.getModel().workspace() == workspace
                && view.getModel().rowCount() > 0, "the level table to load");
        LevelTableModel model = view.getModel();

        // The first level is model_train, one row per task, with parameter and output columns.
        List<Task> trains = Levels.select(workspace, "model_train");
        assertEquals(List.of("model_train"), model.path());
        assertEquals(trains.size(), model.rowCount());
        assertTrue(model.columnNames().containsAll(List.of("id", "status", "duration")), model.columnNames()::toString);
        assertTrue(model.columnNames().stream().anyMatch(c -> c.startsWith("used.")), model.columnNames()::toString);
        assertTrue(view.getTable().getRowCount() > trains.size(), "header row plus the body rows are rendered");

        // Horizontal: all epochs side by side, sorted by duration, largest first, in a job.
        view.openLevel("epochs_loop_iteration");
        model = settle(view);
        int epochs = Levels.select(workspace, "epochs_loop_iteration").size();
        assertEquals(epochs, model.rowCount());
        view.sortBy("duration", true);
        model = settle(view);
        assertEquals("duration", model.sortColumn());
        assertTrue(view.getStatus().startsWith("Sorted " + epochs + " rows by duration, largest first ("),
                view::getStatus);
        for (int row = 1; row < model.rowCount(); row++) {
            double previous = (Double) model.cell(model.columnNames().indexOf("duration"), row - 1);
            double current = (Double) model.cell(model.columnNames().indexOf("duration"), row);
            assertTrue(Double.isNaN(current) || previous >= current, "row " + row);
        }
        view.filter("status = FINISHED and duration > 0");
        model = settle(view);
        assertEquals("status = FINISHED and duration > 0", model.filter());
        assertTrue(model.rowCount() <= epochs);
        // A bad expression is reported at once and leaves the rows as they are.
        view.filter("duration >");
        assertTrue(view.getStatus().startsWith("Filter: "), view::getStatus);
        assertEquals(model, settle(view), "no job ran");
        view.filter("");
        model = settle(view);
        assertEquals(epochs, model.rowCount());

        // Operations queue in order: each starts from the model the previous one left.
        view.openLevel("model_train");
        view.sortBy("id", true);
        view.filter("status = FINISHED");
        model = settle(view);
        assertEquals(List.of("model_train"), model.path());
        assertEquals("id", model.sortColumn());
        LevelTableModel queued = model;
        List<String> ids = java.util.stream.IntStream.range(0, queued.rowCount()).mapToObj(queued::task)
                .map(Task::getId).toList();
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids);
        assertEquals(Levels.select(workspace, "model_train").stream()
                .filter(t -> t.getStatus() == org.provlens.model.Status.FINISHED).count(), model.rowCount());
        view.filter("");

        // Vertical: drill down from a model_train task to its children, and back up (the model's own API).
        model = settle(view);
        Task train = model.task(0);
        assertTrue(model.drillDown(train));
        assertEquals(train.getChildren().size(), model.rowCount());
        assertEquals(List.of("model_train", "children-of:" + train.getId()), model.path());
        assertTrue(model.up());
        assertEquals(List.of("model_train"), model.path());

        // Roll up: the epochs aggregated into their model_train parents.
        view.openLevel("epochs_loop_iteration");
        model = settle(view);
        model.group("parent", org.provlens.analysis.core.LevelTable.Aggregate.MEAN);
        long parents = Levels.select(workspace, "epochs_loop_iteration").stream().map(Task::getParent).distinct()
                .count();
        assertEquals(parents, model.rowCount());
        model.group(null, org.provlens.analysis.core.LevelTable.Aggregate.MEAN);

        // The navigator reveals a deep task (campaign > run > model_train > epoch group > epoch) by its tree path.
        Task epoch = Levels.select(workspace, "epochs_loop_iteration").get(0);
        page.activate(navigator);
        org.eclipse.jface.viewers.TreePath path = navigator.selectionOf(List.of(epoch)).getPaths()[0];
        assertTrue(path.getSegmentCount() >= 4, "campaign, run, model_train, epoch group, epoch");
        for (int i = 0; i < path.getSegmentCount() - 1; i++) {
            navigator.getViewer().setExpandedState(path.getSegment(i), true);
            drain();
        }
        view.openLevel("epochs_loop_iteration");
        settle(view);
        navigator.getViewer().setSelection(new StructuredSelection(epoch), true);
        drain();
        assertEquals(epoch, ((IStructuredSelection) navigator.getViewer().getSelection()).getFirstElement());

        // Linked selection through the selection service: the table selects the navigator's task...
        waitUntil(() -> ((IStructuredSelection) view.getSelection()).getFirstElement() == epoch,
                "the table to follow the navigator");
        // ...and the navigator reveals and selects the table's.
        page.activate(view);
        Task other = view.getModel().task(view.getModel().rowCount() - 1);
        view.getSite().getSelectionProvider().setSelection(new StructuredSelection(other));
        waitUntil(() -> ((IStructuredSelection) navigator.getViewer().getSelection()).getFirstElement() == other,
                "the navigator to follow the table");
        assertFalse(model.path().isEmpty());
    }

    /** Waits for the view's queued operations and shows their result, as the display thread does. */
    private static LevelTableModel settle(LevelTableView view) throws InterruptedException {
        Job.getJobManager().join(view, null);
        drain();
        return view.getModel();
    }
}
