package org.provlens.ui.tests;

import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.page;
import static org.provlens.ui.tests.Workbench.sample;
import static org.provlens.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.editor.ExecutionEditor;
import org.provlens.ui.editor.ExecutionEditorInput;
import org.provlens.ui.editor.ExecutionEditorInputFactory;
import org.provlens.ui.editor.ExecutionOutlinePage;
import org.provlens.ui.navigator.RunsLabels;
import org.provlens.ui.navigator.RunsNavigatorView;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The execution editor on the bundled sample: header, values and virtual child table, opening children, the
 * outline grouped by activity, opening from the Runs navigator, and finding the execution again by id after an
 * import or a change of workspace.
 */
class ExecutionEditorTest {

    @TempDir
    Path dir;

    private Workspace importSample(String workspaceName) throws InterruptedException {
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve(workspaceName));
        Job job = service.importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        // The open and the import told the parts in asyncExecs: run them now, or a part created later would
        // still receive the stale "about to change" and drop what the test set up.
        drain();
        return service.getWorkspace();
    }

    /** The first execution, in model order, that satisfies a condition. */
    private static <T extends Execution> T first(Workspace workspace, Class<T> type, java.util.function.Predicate<T> test) {
        for (var it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next) && test.test(type.cast(next))) {
                return type.cast(next);
            }
        }
        throw new AssertionError("the sample has no such " + type.getSimpleName());
    }

    /** Double-clicks an item the way SWT reports it: a default selection event naming the item. */
    private static void doubleClick(Widget control, Item item) {
        Event event = new Event();
        event.item = item;
        control.notifyListeners(SWT.DefaultSelection, event);
        drain();
    }

    private static ExecutionEditor activeExecutionEditor() {
        IEditorPart active = page().getActiveEditor();
        return assertInstanceOf(ExecutionEditor.class, active);
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "–" : text;
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        drain();
    }

    @Test
    void theEditorAreaShowsOnlyWhileAnEditorIsOpen() throws Exception {
        Workspace workspace = importSample("area.provlens");
        IWorkbenchPage page = page();
        page.closeAllEditors(false);
        drain();
        assertFalse(page.isEditorAreaVisible(), "no editor: the Level table and Annotations get the room");
        assertNotNull(ExecutionEditor.open(page, first(workspace, Task.class, t -> true)));
        drain();
        assertTrue(page.isEditorAreaVisible());
        page.closeAllEditors(false);
        drain();
        assertFalse(page.isEditorAreaVisible(), "hidden again after the last editor closed");
    }

    @Test
    void theEditorShowsHeaderValuesAndChildrenAndOpensAChild() throws Exception {
        Workspace workspace = importSample("editor.provlens");
        Task task = first(workspace, Task.class, t -> !t.getChildren().isEmpty());
        IWorkbenchPage page = page();
        ExecutionEditor editor = (ExecutionEditor) ExecutionEditor.open(page, task);
        assertNotNull(editor);
        drain();
        assertSame(task, editor.getExecution());
        assertEquals(ExecutionEditorInput.label(task), editor.getPartName());

        // Header.
        assertTrue(editor.getHeaderText(ExecutionEditor.TITLE).contains(ExecutionEditorInput.label(task)),
                editor.getHeaderText(ExecutionEditor.TITLE));
        assertEquals(task.getStatus().getLiteral(), editor.getHeaderText(ExecutionEditor.STATUS));
        assertEquals(orDash(RunsLabels.duration(task)), editor.getHeaderText(ExecutionEditor.DURATION));
        assertEquals(orDash(task.getHost() == null ? null : task.getHost().getName()),
                editor.getHeaderText(ExecutionEditor.HOST));
        assertEquals(orDash(RunsLabels.started(task)), editor.getHeaderText(ExecutionEditor.STARTED));
        assertEquals(task.getId(), editor.getHeaderText(ExecutionEditor.EXECUTION_ID));

        // Parameters and outputs: one row per value the Properties view shows in those categories.
        Table values = editor.getValuesViewer().getTable();
        assertEquals(ExecutionEditor.values(task).size(), values.getItemCount());
        List<String> parameterKeys = new ArrayList<>();
        for (TableItem item : values.getItems()) {
            if ("parameter".equals(item.getText(0))) {
                parameterKeys.add(item.getText(1));
            }
        }
        for (Parameter parameter : task.getParameters()) {
            assertTrue(parameterKeys.contains(parameter.getKey()), parameter.getKey() + " in " + parameterKeys);
        }

        // Children: a virtual table whose rows are filled when SWT asks for them.
        Table children = editor.getChildrenViewer().getTable();
        assertEquals(task.getChildren().size(), children.getItemCount());
        Task child = task.getChildren().get(0);
        TableItem firstRow = children.getItem(0);
        String expectedActivity = child.getActivity() == null ? child.getId() : child.getActivity();
        assertEquals(expectedActivity, firstRow.getText(0));
        assertEquals(child.getStatus().getLiteral(), firstRow.getText(1));
        assertEquals(RunsLabels.duration(child), firstRow.getText(2));
        assertEquals(RunsLabels.started(child), firstRow.getText(3));
        assertEquals(child.getId(), firstRow.getText(4));

        // Undo and Redo are wired into the editor's action bars.
        assertNotNull(editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()));

        // Double-clicking a child opens it in its own editor; opening the task again re-uses the first one.
        doubleClick(children, firstRow);
        ExecutionEditor childEditor = activeExecutionEditor();
        assertNotSame(editor, childEditor);
        assertSame(child, childEditor.getExecution());
        assertEquals(child.getId(), childEditor.getEditorInput().getExecutionId());
        assertSame(editor, ExecutionEditor.open(page, task));
        assertEquals(2, page.getEditorReferences().length);
    }

    @Test
    void theOutlineGroupsTheSubtreeByActivity() throws Exception {
        Workspace workspace = importSample("outline.provlens");
        // An execution with several children, so that the outline groups them.
        Execution execution = first(workspace, Execution.class,
                e -> e instanceof Workflow w ? w.getTasks().size() > 1 : e instanceof Task t && t.getChildren().size() > 1);
        List<Task> tasks = execution instanceof Workflow w ? w.getTasks() : ((Task) execution).getChildren();
        Map<String, List<Task>> byActivity = new LinkedHashMap<>();
        for (Task task : tasks) {
            byActivity.computeIfAbsent(task.getActivity() == null ? "" : task.getActivity(), a -> new ArrayList<>())
                    .add(task);
        }

        IWorkbenchPage page = page();
        ExecutionEditor editor = (ExecutionEditor) ExecutionEditor.open(page, execution);
        page.activate(editor);
        page.showView(IPageLayout.ID_OUTLINE);
        drain();
        ExecutionOutlinePage outline = editor.getOutlinePage();
        assertNotNull(outline, "the Outline view asked the editor for its page");
        TreeViewer viewer = outline.getViewer();
        Tree tree = viewer.getTree();
        waitUntil(() -> tree.getItemCount() == byActivity.size(), "the outline to show one row per activity");

        // One group per activity, in order of first appearance, with its task count.
        List<String> activities = new ArrayList<>(byActivity.keySet());
        for (int i = 0; i < activities.size(); i++) {
            String activity = activities.get(i);
            String name = activity.isEmpty() ? "(none)" : activity;
            String label = tree.getItem(i).getText();
            assertTrue(label.startsWith(name + " ×" + byActivity.get(activity).size()), label);
        }

        // A group expands lazily into its tasks.
        TreeItem groupItem = tree.getItem(0);
        viewer.setExpandedState(groupItem.getData(), true);
        drain();
        List<Task> firstGroup = byActivity.get(activities.get(0));
        assertEquals(firstGroup.size(), groupItem.getItemCount());
        TreeItem taskItem = groupItem.getItem(0);
        assertTrue(taskItem.getText().startsWith(RunsLabels.name(firstGroup.get(0))), taskItem.getText());

        // Selecting a task in the outline makes it the Outline view's selection (and so the workbench's).
        tree.setSelection(taskItem);
        Event select = new Event();
        select.item = taskItem;
        tree.notifyListeners(SWT.Selection, select);
        drain();
        assertEquals(List.of(firstGroup.get(0)), ((IStructuredSelection) outline.getSelection()).toList());
        assertEquals(List.of(firstGroup.get(0)),
                ((IStructuredSelection) page.getSelection(IPageLayout.ID_OUTLINE)).toList());

        // Double-clicking a task opens its editor.
        doubleClick(tree, taskItem);
        assertSame(firstGroup.get(0), activeExecutionEditor().getExecution());
    }

    @Test
    void doubleClickInTheNavigatorOpensWorkflowsAndTasksAndExpandsCampaigns() throws Exception {
        IWorkbenchPage page = page();
        RunsNavigatorView navigator = (RunsNavigatorView) page.showView(ProvLensUi.RUNS_VIEW_ID);
        Workspace workspace = importSample("navigator.provlens");
        TreeViewer viewer = navigator.getViewer();
        Tree tree = viewer.getTree();
        waitUntil(() -> tree.getItemCount() == workspace.getCampaigns().size()
                && !tree.getItem(0).getText().isEmpty(), "the navigator to show the campaigns");
        Campaign campaign = workspace.getCampaigns().get(0);
        Workflow workflow = campaign.getWorkflows().get(0);
        viewer.setExpandedState(campaign, true);
        drain();
        TreeItem campaignItem = tree.getItem(0);
        TreeItem workflowItem = campaignItem.getItem(0);
        assertEquals(RunsLabels.name(workflow), workflowItem.getText(0));

        // A workflow opens in the editor.
        doubleClick(tree, workflowItem);
        assertSame(workflow, activeExecutionEditor().getExecution());

        // So does a task, found below the workflow (through activity groups, which only expand).
        viewer.setExpandedState(workflow, true);
        drain();
        TreeItem item = workflowItem.getItem(0);
        item.getText(0);
        for (int depth = 0; !(item.getData() instanceof Task) && depth < 3; depth++) {
            viewer.setExpandedState(item.getData(), true);
            drain();
            item = item.getItem(0);
            item.getText(0);
        }
        Task task = assertInstanceOf(Task.class, item.getData());
        doubleClick(tree, item);
        assertSame(task, activeExecutionEditor().getExecution());
        int editors = page.getEditorReferences().length;

        // A campaign still toggles its expansion and opens nothing.
        page.activate(navigator);
        boolean expanded = viewer.getExpandedState(campaign);
        doubleClick(tree, campaignItem);
        assertEquals(!expanded, viewer.getExpandedState(campaign));
        assertEquals(editors, page.getEditorReferences().length);
    }

    @Test
    void theEditorFindsItsExecutionAgainByIdAfterImportsAndWorkspaceChanges() throws Exception {
        Workspace workspace = importSample("again.provlens");
        Path file = WorkspaceService.getDefault().getFile();
        Task task = first(workspace, Task.class, t -> !t.getChildren().isEmpty());
        ExecutionEditor editor = (ExecutionEditor) ExecutionEditor.open(page(), task);
        drain();
        assertSame(task, editor.getExecution());

        // A re-import merges into the same objects: the editor shows the same task again.
        Job job = WorkspaceService.getDefault().importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        job.join();
        waitUntil(() -> editor.getExecution() == task, "the editor to find its task after the import");
        assertEquals(task.getChildren().size(), editor.getChildrenViewer().getTable().getItemCount());

        // Another workspace has no such task: the editor lets go and says so.
        WorkspaceService.getDefault().open(dir.resolve("empty.provlens"));
        waitUntil(() -> editor.getHeaderText(ExecutionEditor.TITLE).contains("not in the open workspace"),
                "the editor to notice its task is gone");
        assertNull(editor.getExecution());
        assertEquals(0, editor.getChildrenViewer().getTable().getItemCount());

        // Back in the first workspace, loaded from its file: a new object of the same id.
        WorkspaceService.getDefault().open(file);
        waitUntil(() -> editor.getExecution() != null, "the editor to find its task in the reopened workspace");
        assertNotSame(task, editor.getExecution());
        assertEquals(task.getId(), editor.getExecution().getId());
        assertEquals(task.getChildren().size(), editor.getChildrenViewer().getTable().getItemCount());
        assertFalse(editor.getHeaderText(ExecutionEditor.TITLE).contains("not in the open workspace"));
    }

    @Test
    void inputsCompareAndPersistById() throws Exception {
        Workspace workspace = importSample("input.provlens");
        Task task = first(workspace, Task.class, t -> true);
        ExecutionEditorInput input = new ExecutionEditorInput(task);
        assertEquals(input, new ExecutionEditorInput(task.getId(), "another name"));
        assertEquals(input.hashCode(), new ExecutionEditorInput(task.getId(), null).hashCode());
        assertSame(task, input.resolve(workspace));
        assertNull(new ExecutionEditorInput("no such id", null).resolve(workspace));

        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        input.getPersistable().saveState(memento);
        assertEquals(ExecutionEditorInput.FACTORY_ID, input.getPersistable().getFactoryId());
        ExecutionEditorInput restored = (ExecutionEditorInput) new ExecutionEditorInputFactory().createElement(memento);
        assertEquals(input, restored);
        assertEquals(input.getName(), restored.getName());
        assertSame(task, restored.resolve(workspace));
    }
}
