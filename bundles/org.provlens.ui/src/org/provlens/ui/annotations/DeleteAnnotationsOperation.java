package org.provlens.ui.annotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.EList;
import org.provlens.model.Annotation;
import org.provlens.model.Workspace;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Deletes annotations from the open workspace; undo puts them back at their former places, with their ids,
 * times and targets unchanged.
 */
public final class DeleteAnnotationsOperation extends AbstractOperation {

    /** An annotation and where it was in the workspace's list. */
    private record Removed(Annotation annotation, int index) {
    }

    private final List<Annotation> annotations;
    private final List<Removed> removed = new ArrayList<>();
    private Workspace workspace;

    /**
     * An operation for some annotations.
     *
     * @param annotations the annotations to delete, all of the open workspace
     */
    public DeleteAnnotationsOperation(List<Annotation> annotations) {
        super(annotations.size() == 1 ? "Delete Annotation" : "Delete " + annotations.size() + " Annotations");
        this.annotations = List.copyOf(annotations);
        addContext(Annotations.undoContext());
    }

    @Override
    public boolean canExecute() {
        return !annotations.isEmpty();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        WorkspaceService service = WorkspaceService.getDefault();
        workspace = service.getWorkspace();
        return service.modify(getLabel(), this::remove);
    }

    private void remove() {
        EList<Annotation> list = workspace.getAnnotations();
        removed.clear();
        for (Annotation annotation : annotations) {
            int index = list.indexOf(annotation);
            if (index >= 0) {
                removed.add(new Removed(annotation, index));
            }
        }
        // Indices are of the list before any removal; putting back in ascending order restores them exactly.
        removed.sort(Comparator.comparingInt(Removed::index));
        list.removeAll(annotations);
    }

    @Override
    public boolean canUndo() {
        return isOpen() && removed.stream().noneMatch(r -> workspace.getAnnotations().contains(r.annotation()));
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Undo " + getLabel(), () -> {
            EList<Annotation> list = workspace.getAnnotations();
            for (Removed r : removed) {
                list.add(Math.min(r.index(), list.size()), r.annotation());
            }
        });
    }

    @Override
    public boolean canRedo() {
        return isOpen() && removed.stream().allMatch(r -> workspace.getAnnotations().contains(r.annotation()));
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Redo " + getLabel(), this::remove);
    }

    private boolean isOpen() {
        return workspace != null && workspace == WorkspaceService.getDefault().getWorkspace();
    }
}
