package org.provlens.ui.tests;

import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.sample;
import static org.provlens.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.navigator.RunsLabels;
import org.provlens.ui.navigator.RunsNavigatorView;
import org.provlens.ui.workspace.WorkspaceService;

/** Opens the bundled samples in the real workbench and checks what the navigator and the Properties view show. */
class RunsNavigatorTest {

    @TempDir
    Path dir;

    @Test
    void theSampleOpensInTheNavigatorAndTheSelectionShowsInProperties() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(ProvLensUi.PERSPECTIVE_ID, page.getPerspective().getId());
        RunsNavigatorView view = (RunsNavigatorView) page.showView(ProvLensUi.RUNS_VIEW_ID);
        WorkspaceService service = WorkspaceService.getDefault();
        Path workspaceFile = dir.resolve("test.provlens");
        service.open(workspaceFile);

        Job job = service.importFiles(List.of(sample("llm_finetune_sample.jsonl"),
                sample("flowcept_sample_data.json")));
        waitUntil(() -> job.getResult() != null, "the import job");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        Workspace workspace = service.getWorkspace();
        TreeViewer viewer = view.getViewer();
        Tree tree = viewer.getTree();
        waitUntil(() -> tree.getItemCount() == workspace.getCampaigns().size()
                && !tree.getItem(0).getText().isEmpty(), "the navigator to show the campaigns");

        // One row per campaign, in model order, labelled with its run count.
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            rows.add(item.getText(0));
        }
        List<String> expected = workspace.getCampaigns().stream().map(RunsLabels::name).toList();
        assertEquals(expected, rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("super_campaign")), rows::toString);

        // Expand down to the first task of the first workflow: lazily created rows carry the model's labels.
        Campaign campaign = workspace.getCampaigns().get(0);
        Workflow workflow = campaign.getWorkflows().get(0);
        Task task = workflow.getTasks().get(0);
        viewer.setExpandedState(campaign, true);
        viewer.setExpandedState(workflow, true);
        drain();
        TreeItem workflowItem = tree.getItem(0).getItem(0);
        assertEquals(RunsLabels.name(workflow), workflowItem.getText(0));
        assertEquals(workflow.getStatus().getLiteral(), workflowItem.getText(1));
        // Tasks are grouped by activity: one row per activity, labelled with its count, in order of appearance.
        List<String> activities = workflow.getTasks().stream().map(Task::getActivity).distinct().toList();
        assertEquals(activities.size(), workflowItem.getItemCount());
        TreeItem groupItem = workflowItem.getItem(0);
        long inGroup = workflow.getTasks().stream().filter(t -> t.getActivity().equals(task.getActivity())).count();
        assertEquals(task.getActivity() + " ×" + inGroup, groupItem.getText(0));
        viewer.setExpandedState(groupItem.getData(), true);
        drain();
        TreeItem taskItem = groupItem.getItem(0);
        assertEquals(RunsLabels.name(task), taskItem.getText(0));
        assertFalse(taskItem.getText(2).isEmpty(), "the duration column is filled");

        // Selecting the task shows it in the Properties view, through the workbench selection only.
        PropertySheet properties = (PropertySheet) page.showView(ProvLensUi.PROPERTIES_VIEW_ID);
        page.activate(view);
        viewer.setSelection(new StructuredSelection(task), true);
        drain();
        IPropertySource source = Adapters.adapt(task, IPropertySource.class);
        assertNotNull(source);
        List<String> labels = Stream.of(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
                .toList();
        task.getParameters().forEach(p -> assertTrue(labels.contains(p.getKey()), p.getKey() + " in " + labels));
        Tree propertyTree = (Tree) properties.getCurrentPage().getControl();
        waitUntil(() -> propertyTree.getItemCount() > 0, "the Properties view to fill");
        List<String> categories = Stream.of(propertyTree.getItems()).map(i -> i.getText(0)).toList();
        assertTrue(categories.contains("1 General"), categories::toString);
        if (!task.getParameters().isEmpty()) {
            assertTrue(categories.contains("2 Parameters"), categories::toString);
        }

        // The import was saved: the workspace file reloads with the same tasks.
        Workspace reloaded = WorkspaceStore.load(workspaceFile);
        assertEquals(workspace.getCampaigns().size(), reloaded.getCampaigns().size());
        assertEquals(count(workspace), count(reloaded));
    }

    @Test
    void runsShowBeforeTheirTasksAreReadAndASelectionSurvivesAnImport() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RunsNavigatorView view = (RunsNavigatorView) page.showView(ProvLensUi.RUNS_VIEW_ID);
        // The test drives the session's two open steps itself: an open, import or save of the service still
        // running from the start-up or an earlier test would replace the workspace or load its tasks in between.
        Workbench.waitForWorkspaceJobs();
        // A run of 800 tasks: saved as a fragment of its own, read after the main file.
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("large");
        Workflow large = builder.workflow(builder.campaign("c"), "large-run");
        large.setName("large run");
        builder.task("train", large, null).setActivity("model_train");
        for (int i = 0; i < 800; i++) {
            builder.task("batch-" + i, large, "train").setActivity("train_batch_iteration");
        }
        builder.finish(missing -> {
        });
        Path file = dir.resolve("large.provlens");
        WorkspaceStore.save(builder.workspace(), file);
        assertTrue(java.nio.file.Files.exists(WorkspaceFiles.folderOf(file).resolve("tasks-1.provlens")));

        WorkspaceService service = WorkspaceService.getDefault();
        service.session().openMain(file); // the first step of an open: campaigns and runs, no tasks yet
        TreeViewer viewer = view.getViewer();
        Workflow run = service.getWorkspace().getCampaigns().get(0).getWorkflows().get(0);
        assertFalse(WorkspaceFiles.isLoaded(run));
        waitUntil(() -> viewer.getInput() == service.getWorkspace(), "the navigator to show the runs");
        viewer.setExpandedState(run, true);
        drain();
        TreeItem runItem = viewer.getTree().getItem(0).getItem(0);
        assertTrue(runItem.getText(0).startsWith("large run"), runItem.getText(0));
        assertEquals("Loading tasks…", runItem.getItem(0).getText(0));
        service.session().loadFragments(null, Runnable::run); // the second step, as the open job does it
        waitUntil(() -> runItem.getItemCount() > 0 && !"Loading tasks…".equals(runItem.getItem(0).getText(0)),
                "the run's tasks to replace the placeholder");
        assertEquals(RunsLabels.name(run.getTasks().get(0)), runItem.getItem(0).getText(0));

        // A selection of many tasks made elsewhere reveals the first ones only, and says so.
        List<Task> batches = run.getTasks().get(0).getChildren();
        assertEquals(RunsNavigatorView.MAX_REVEALED, view.select(batches));
        assertTrue(view.getContentDescription().contains("500 of 800"), view.getContentDescription());

        // The selection before an import is selected again after it (the Properties view follows it).
        Task batch = batches.get(3);
        viewer.setSelection(new StructuredSelection(batch), true);
        drain();
        Job job = service.importFiles(List.of(sample("flowcept_sample_data.json")));
        waitUntil(() -> job.getResult() != null, "the import job");
        waitUntil(() -> viewer.getInput() == service.getWorkspace()
                && ((StructuredSelection) viewer.getSelection()).toList().contains(batch),
                "the selection to come back after the import");
    }

    private static long count(Workspace workspace) {
        long tasks = 0;
        for (var it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task) {
                tasks++;
            }
        }
        return tasks;
    }
}
