package org.provlens.recommender.ui;

import java.util.List;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.provlens.model.Execution;
import org.provlens.model.StringProperty;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.Characterisation;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.ui.annotations.Annotations;
import org.provlens.ui.workspace.WorkspaceService;

/** Stores the traits a user entered for a run's task as its {@code task.*} properties; undo puts back the old ones. */
public final class StoreTraitsOperation extends AbstractOperation {

    private final Execution run;
    private final TaskCharacteristics traits;
    private List<StringProperty> before;
    private Workspace workspace;

    /**
     * An operation for one run.
     *
     * @param run the run or task
     * @param traits the traits entered
     */
    public StoreTraitsOperation(Execution run, TaskCharacteristics traits) {
        super("Store Task Traits");
        this.run = run;
        this.traits = traits;
        addContext(Annotations.undoContext());
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        WorkspaceService service = WorkspaceService.getDefault();
        workspace = service.getWorkspace();
        return service.modify(getLabel(), () -> before = Characterisation.store(run, traits));
    }

    @Override
    public boolean canUndo() {
        return before != null && workspace == WorkspaceService.getDefault().getWorkspace();
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Undo " + getLabel(), () -> Characterisation.restore(run, before));
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }
}
