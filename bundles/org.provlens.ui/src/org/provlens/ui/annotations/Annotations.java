package org.provlens.ui.annotations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.provlens.model.Annotation;
import org.provlens.model.ProvElement;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Severity;
import org.provlens.ui.ProvLensUi;

/**
 * Creating annotations and running their edits through the workbench's operation history, so that Edit > Undo
 * (Ctrl+Z) reverts them from whichever ProvLens part is active.
 */
public final class Annotations {

    /** Prefix of the ids of annotations made in the workbench; the rest is a random UUID. */
    public static final String ID_PREFIX = "annotation:";

    /** The Annotate command (Ctrl+Shift+A). */
    public static final String ANNOTATE_COMMAND_ID = "org.provlens.ui.commands.annotate";

    private Annotations() {
    }

    /**
     * What the user entered in the Annotate dialog.
     *
     * @param text the finding, not blank
     * @param tags the tags, trimmed, without empty or repeated ones
     * @param severity how important it is
     */
    public record Input(String text, List<String> tags, Severity severity) {
        /** Copies the tags so the record stays immutable. */
        public Input {
            tags = List.copyOf(tags);
        }
    }

    /**
     * The workbench's undo context. One context for every ProvLens edit: the edits change one shared workspace,
     * so undo must follow their order whichever part made them.
     *
     * @return the workbench undo context
     */
    public static IUndoContext undoContext() {
        return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
    }

    /**
     * The workbench's operation history.
     *
     * @return the history that Edit > Undo and Redo act on
     */
    public static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    /**
     * The provenance elements of a selection, each once, in selection order.
     *
     * @param selection any selection, may be {@code null}
     * @return its {@link ProvElement}s; other elements are left out
     */
    public static List<ProvElement> elements(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return List.of();
        }
        LinkedHashSet<ProvElement> elements = new LinkedHashSet<>();
        for (Object element : structured) {
            if (element instanceof ProvElement provElement) {
                elements.add(provElement);
            }
        }
        return List.copyOf(elements);
    }

    /**
     * A new annotation by the current user, now, on the given targets. It is not yet in any workspace: adding it
     * is the job of {@link AddAnnotationOperation}, so that it can be undone.
     *
     * @param input what the user entered
     * @param targets the annotated elements, at least one
     * @return the annotation
     */
    public static Annotation create(Input input, List<? extends ProvElement> targets) {
        Annotation annotation = ProvlensFactory.eINSTANCE.createAnnotation();
        annotation.setId(ID_PREFIX + UUID.randomUUID());
        annotation.setText(input.text());
        annotation.getTags().addAll(input.tags());
        annotation.setSeverity(input.severity());
        annotation.setAuthor(System.getProperty("user.name"));
        annotation.setTime(System.currentTimeMillis() / 1000.0);
        annotation.getTargets().addAll(targets);
        return annotation;
    }

    /**
     * Splits the tags field of the dialog.
     *
     * @param text comma separated tags, may be {@code null}
     * @return the trimmed, non-empty tags, each once, in the order typed
     */
    public static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : text.split(",")) {
            String trimmed = tag.strip();
            if (!trimmed.isEmpty()) {
                tags.add(trimmed);
            }
        }
        return new ArrayList<>(tags);
    }

    /**
     * Executes an operation on the workbench history with the workbench undo context, so that it can be undone.
     *
     * @param operation the operation; it must carry {@link #undoContext()}
     * @param shell the shell for any prompt of the history's approvers, may be {@code null}
     * @return the operation's status; a failure is also logged
     */
    public static IStatus execute(IUndoableOperation operation, Shell shell) {
        try {
            return history().execute(operation, null, uiInfo(shell));
        } catch (ExecutionException e) {
            IStatus status = new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID,
                    operation.getLabel() + " failed: " + e.getMessage(), e);
            ILog.of(Annotations.class).log(status);
            return status;
        }
    }

    /**
     * The "UI info" the operation history passes to approvers: it adapts to the shell to prompt in.
     *
     * @param shell the shell, may be {@code null}
     * @return an adaptable that yields the shell
     */
    static IAdaptable uiInfo(Shell shell) {
        return new IAdaptable() {
            @Override
            public <T> T getAdapter(Class<T> adapter) {
                return adapter == Shell.class && shell != null ? adapter.cast(shell) : null;
            }
        };
    }
}
