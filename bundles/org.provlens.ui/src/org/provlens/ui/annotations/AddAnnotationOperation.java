package org.provlens.ui.annotations;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.provlens.model.Annotation;
import org.provlens.model.Workspace;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Adds an annotation to the open workspace; undo removes it again. The change goes through
 * {@link WorkspaceService#modify}, so it waits for a running import instead of racing it, and is saved at once.
 */
public final class AddAnnotationOperation extends AbstractOperation {

    private final Annotation annotation;
    /** The workspace the annotation went into: once another is open, undo and redo no longer apply. */
    private Workspace workspace;

    /**
     * An operation for one annotation.
     *
     * @param annotation the annotation, not yet in a workspace (see {@link Annotations#create})
     */
    public AddAnnotationOperation(Annotation annotation) {
        super("Add Annotation");
        this.annotation = annotation;
        addContext(Annotations.undoContext());
    }

    /**
     * The annotation this operation adds.
     *
     * @return the annotation
     */
    public Annotation getAnnotation() {
        return annotation;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        WorkspaceService service = WorkspaceService.getDefault();
        workspace = service.getWorkspace();
        return service.modify(getLabel(), () -> workspace.getAnnotations().add(annotation));
    }

    @Override
    public boolean canUndo() {
        return isOpen() && workspace.getAnnotations().contains(annotation);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Undo " + getLabel(),
                () -> workspace.getAnnotations().remove(annotation));
    }

    @Override
    public boolean canRedo() {
        return isOpen() && !workspace.getAnnotations().contains(annotation);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Redo " + getLabel(),
                () -> workspace.getAnnotations().add(annotation));
    }

    private boolean isOpen() {
        return workspace != null && workspace == WorkspaceService.getDefault().getWorkspace();
    }
}
