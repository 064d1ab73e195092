package org.provlens.ui.tests;

import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.page;
import static org.provlens.ui.tests.Workbench.sample;
import static org.provlens.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Annotation;
import org.provlens.model.Campaign;
import org.provlens.model.ProvElement;
import org.provlens.model.Severity;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.ui.annotations.AddAnnotationOperation;
import org.provlens.ui.annotations.AnnotationDialog;
import org.provlens.ui.annotations.AnnotationLabels;
import org.provlens.ui.annotations.Annotations;
import org.provlens.ui.annotations.AnnotationsView;
import org.provlens.ui.editor.ExecutionEditor;
import org.provlens.ui.editor.ExecutionEditorInput;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Annotations in the real workbench: the Annotate command and dialog on the selection, the Annotations view
 * (columns, order, filter, selection of targets, delete), undo and redo through the workbench history, saving,
 * and survival of a re-import of the annotated data.
 */
class AnnotationsTest {

    @TempDir
    Path dir;

    private static Workspace importSample(Path workspaceFile) throws InterruptedException {
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(workspaceFile);
        Job job = service.importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        // The open and the import told the parts in asyncExecs: run them now, or a part created later would
        // still receive the stale "about to change" and drop what the test set up.
        drain();
        return service.getWorkspace();
    }

    /** The first task, in model order, that has child tasks: it exists in every version of the sample. */
    private static Task firstTaskWithChildren(Workspace workspace) {
        for (var it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Task task && !task.getChildren().isEmpty()) {
                return task;
            }
        }
        throw new AssertionError("the sample has no task with children");
    }

    private static List<String> row(TableItem item, int columns) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            texts.add(item.getText(i));
        }
        return texts;
    }

    @AfterEach
    void closeEditors() throws InterruptedException {
        page().closeAllEditors(false);
        drain();
        // An edit or undo at the end of a test schedules a background save into the test's folder: let it finish
        // before JUnit deletes the folder (else "Failed to delete temp directory ... DirectoryNotEmpty").
        Job.getJobManager().join(WorkspaceService.getDefault(), null);
    }

    @Test
    void annotateIsUndoableSavedAndSurvivesReimport() throws Exception {
        Path workspaceFile = dir.resolve("annotations.provlens");
        Workspace workspace = importSample(workspaceFile);
        Task task = firstTaskWithChildren(workspace);
        IWorkbenchPage page = page();
        AnnotationsView view = (AnnotationsView) page.showView(AnnotationsView.ID);
        drain();
        assertEquals(0, view.getViewer().getTable().getItemCount());

        // The execution editor of a task with no child selected offers the task itself as the selection.
        ExecutionEditor editor = (ExecutionEditor) ExecutionEditor.open(page, task);
        assertNotNull(editor);
        page.activate(editor);
        drain();
        assertEquals(List.of(task), ((IStructuredSelection) page.getSelection()).toList());

        // Annotate… (Ctrl+Shift+A) opens the dialog; fill it as a user would and press OK.
        TriggerSequence[] bindings = PlatformUI.getWorkbench().getService(IBindingService.class)
                .getActiveBindingsFor(Annotations.ANNOTATE_COMMAND_ID);
        KeySequence ctrlShiftA = KeySequence.getInstance("M1+M2+A");
        assertTrue(Stream.of(bindings).anyMatch(ctrlShiftA::equals), () -> "bound to Ctrl+Shift+A: " + List.of(bindings));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> okEnabledWhenBlank = new AtomicReference<>();
        Display display = Display.getCurrent();
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                // Found by its shell's data (JFace windows set it) rather than as the active shell, which needs
                // a window manager that Xvfb may not have.
                AnnotationDialog dialog = Stream.of(display.getShells()).filter(Shell::isVisible)
                        .map(Shell::getData).filter(AnnotationDialog.class::isInstance)
                        .map(AnnotationDialog.class::cast).findFirst().orElse(null);
                if (dialog == null) {
                    display.timerExec(100, this); // not open yet
                    return;
                }
                try {
                    okEnabledWhenBlank.set(dialog.getOkButton().isEnabled());
                    dialog.getTextField().setText("Loss diverges after epoch 3\nlearning rate too high");
                    dialog.getTagsField().setText("slow, lr ,, slow");
                    dialog.getSeverityCombo().select(Severity.WARNING_VALUE);
                    dialog.getOkButton().notifyListeners(SWT.Selection, new Event());
                } catch (Throwable t) {
                    failure.set(t);
                    dialog.close();
                }
            }
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(Annotations.ANNOTATE_COMMAND_ID,
                null);
        if (failure.get() != null) {
            throw new AssertionError("filling the dialog failed", failure.get());
        }
        assertEquals(Boolean.FALSE, okEnabledWhenBlank.get(), "OK is disabled while the text is blank");

        assertEquals(1, workspace.getAnnotations().size());
        Annotation annotation = workspace.getAnnotations().get(0);
        assertTrue(annotation.getId().startsWith("annotation:"), annotation.getId());
        assertEquals("Loss diverges after epoch 3\nlearning rate too high", annotation.getText());
        assertEquals(List.of("slow", "lr"), annotation.getTags());
        assertEquals(Severity.WARNING, annotation.getSeverity());
        assertEquals(System.getProperty("user.name"), annotation.getAuthor());
        assertTrue(Math.abs(System.currentTimeMillis() / 1000.0 - annotation.getTime()) < 600, "time is now");
        assertEquals(List.of(task), annotation.getTargets());

        // The view lists it with every column filled.
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == 1, "the Annotations view to list the annotation");
        List<String> columns = row(table.getItem(0), 6);
        assertEquals("WARNING", columns.get(0));
        assertEquals("Loss diverges after epoch 3 learning rate too high", columns.get(1));
        assertEquals("slow, lr", columns.get(2));
        assertEquals(System.getProperty("user.name"), columns.get(3));
        assertEquals(AnnotationLabels.time(annotation), columns.get(4));
        assertFalse(columns.get(4).isEmpty());
        assertTrue(columns.get(5).contains(task.getId()), columns::toString);
        assertEquals(AnnotationLabels.target(task), columns.get(5));

        // It was saved with the workspace (in the background), targets by id.
        Job.getJobManager().join(WorkspaceService.getDefault(), null);
        Workspace saved = WorkspaceStore.load(workspaceFile);
        assertEquals(1, saved.getAnnotations().size());
        assertEquals(annotation.getId(), saved.getAnnotations().get(0).getId());
        assertEquals(List.of(task.getId()),
                saved.getAnnotations().get(0).getTargets().stream().map(ProvElement::getId).toList());

        // Edit > Undo (Ctrl+Z) in the view: the view's global undo handler undoes it; Redo brings it back.
        page.activate(view);
        drain();
        IAction undo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        IAction redo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
        assertNotNull(undo);
        // The handlers relabel themselves asynchronously after each history event.
        waitUntil(() -> undo.isEnabled() && undo.getText().contains("Add Annotation"),
                "Undo Add Annotation to be offered");
        undo.run();
        assertTrue(workspace.getAnnotations().isEmpty());
        waitUntil(() -> table.getItemCount() == 0, "the view to drop the undone annotation");
        Job.getJobManager().join(WorkspaceService.getDefault(), null);
        assertTrue(WorkspaceStore.load(workspaceFile).getAnnotations().isEmpty(), "the undo was saved");
        waitUntil(redo::isEnabled, "Redo to be offered");
        redo.run();
        assertEquals(List.of(annotation), workspace.getAnnotations());
        waitUntil(() -> table.getItemCount() == 1, "the view to list the redone annotation");

        // Importing the same file again merges into the same objects: the annotation still targets the task.
        Job again = WorkspaceService.getDefault().importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        again.join();
        assertTrue(again.getResult().isOK(), again.getResult().toString());
        assertSame(workspace, WorkspaceService.getDefault().getWorkspace());
        assertEquals(List.of(annotation), workspace.getAnnotations());
        assertSame(task, annotation.getTargets().get(0));
        assertTrue(EcoreUtil.isAncestor(workspace, task), "the annotated task is still in the workspace");
        assertSame(task, ExecutionEditorInput.find(workspace, task.getId()), "no second task of that id");
        waitUntil(() -> table.getItemCount() == 1 && table.getItem(0).getText(5).contains(task.getId()),
                "the view to list the annotation after the re-import");
        Workspace reloaded = WorkspaceStore.load(workspaceFile);
        assertEquals(List.of(task.getId()),
                reloaded.getAnnotations().get(0).getTargets().stream().map(ProvElement::getId).toList());
    }

    @Test
    void theViewSortsFiltersSelectsTargetsAndDeletesUndoably() throws Exception {
        Workspace workspace = importSample(dir.resolve("view.provlens"));
        Campaign campaign = workspace.getCampaigns().get(0);
        Workflow workflow = campaign.getWorkflows().get(0);
        Task task = firstTaskWithChildren(workspace);
        Task child = task.getChildren().get(0);

        Annotation old = Annotations.create(new Annotations.Input("baseline run, nothing special", List.of("baseline"),
                Severity.INFO), List.of(campaign));
        old.setTime(1_700_000_000.0);
        Annotation critical = Annotations.create(new Annotations.Input("GPU memory exhausted", List.of("oom", "gpu"),
                Severity.CRITICAL), List.of(task, child));
        critical.setTime(1_700_000_200.0);
        Annotation warning = Annotations.create(new Annotations.Input("Slow data loader", List.of("input-pipeline"),
                Severity.WARNING), List.of(workflow));
        warning.setTime(1_700_000_100.0);
        for (Annotation annotation : List.of(old, critical, warning)) {
            assertTrue(Annotations.execute(new AddAnnotationOperation(annotation), null).isOK());
        }
        assertEquals(List.of(old, critical, warning), workspace.getAnnotations());

        IWorkbenchPage page = page();
        AnnotationsView view = (AnnotationsView) page.showView(AnnotationsView.ID);
        Table table = view.getViewer().getTable();
        waitUntil(() -> table.getItemCount() == 3, "the view to list three annotations");
        assertEquals("3 annotations", view.getContentDescription());

        // Newest first.
        assertEquals(List.of("GPU memory exhausted", "Slow data loader", "baseline run, nothing special"),
                Stream.of(table.getItems()).map(i -> i.getText(1)).toList());
        assertEquals(AnnotationLabels.target(task) + ", " + AnnotationLabels.target(child), table.getItem(0).getText(5));

        // The filter matches severity, tags, text and author, every word; case does not matter.
        view.getFilterText().setText("critical");
        assertEquals(List.of("GPU memory exhausted"), Stream.of(table.getItems()).map(i -> i.getText(1)).toList());
        assertEquals("1 of 3 annotations match", view.getContentDescription());
        view.getFilterText().setText("PIPELINE");
        assertEquals(List.of("Slow data loader"), Stream.of(table.getItems()).map(i -> i.getText(1)).toList());
        view.getFilterText().setText("baseline special");
        assertEquals(List.of("baseline run, nothing special"),
                Stream.of(table.getItems()).map(i -> i.getText(1)).toList());
        view.getFilterText().setText(System.getProperty("user.name").toUpperCase(Locale.ROOT));
        assertEquals(3, table.getItemCount());
        view.getFilterText().setText("gpu slow");
        assertEquals(0, table.getItemCount());
        view.getFilterText().setText("");
        assertEquals(3, table.getItemCount());
        assertEquals("3 annotations", view.getContentDescription());

        // Selecting an annotation makes its targets the workbench selection.
        page.activate(view);
        view.getViewer().setSelection(new StructuredSelection(critical), true);
        drain();
        assertEquals(List.of(task, child), ((IStructuredSelection) page.getSelection()).toList());
        assertEquals(List.of(task, child),
                ((IStructuredSelection) page.getSelection(AnnotationsView.ID)).toList());

        // Delete from the context menu (or the Delete key), then Undo puts it back where it was.
        IAction delete = view.getDeleteAction();
        assertTrue(delete.isEnabled());
        delete.run();
        assertEquals(List.of(old, warning), workspace.getAnnotations());
        waitUntil(() -> table.getItemCount() == 2, "the view to drop the deleted annotation");
        IAction undo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        waitUntil(() -> undo.isEnabled() && undo.getText().contains("Delete Annotation"),
                "Undo Delete Annotation to be offered");
        undo.run();
        assertEquals(List.of(old, critical, warning), workspace.getAnnotations());
        waitUntil(() -> table.getItemCount() == 3, "the view to list the restored annotation");
        assertSame(task, critical.getTargets().get(0), "the restored annotation keeps its targets");
    }

    @Test
    void anEditIsSavedInTheBackgroundAndBeforeAnotherWorkspaceOpens() throws Exception {
        Path first = dir.resolve("first.provlens");
        Workspace workspace = importSample(first);
        WorkspaceService service = WorkspaceService.getDefault();
        org.provlens.model.Annotation annotation = org.provlens.model.ProvlensFactory.eINSTANCE.createAnnotation();
        annotation.setId("switch-" + System.nanoTime());
        annotation.setText("saved before the switch");
        // The edit returns before the save; opening another workspace right away still saves it first.
        assertTrue(service.modify("Add", () -> workspace.getAnnotations().add(annotation)).isOK());
        service.open(dir.resolve("second.provlens"));
        assertEquals(List.of(annotation.getId()),
                WorkspaceStore.load(first).getAnnotations().stream().map(a -> a.getId()).toList());
        Job.getJobManager().join(service, null);
        assertTrue(service.getWorkspace().getAnnotations().isEmpty(), "the second workspace is new");
    }

    @Test
    void tagsAreTrimmedAndDeduplicated() {
        assertEquals(List.of("a", "b c", "d"), Annotations.parseTags(" a, b c,,a , d ,"));
        assertEquals(List.of(), Annotations.parseTags("  "));
        assertEquals(List.of(), Annotations.parseTags(null));
    }
}
