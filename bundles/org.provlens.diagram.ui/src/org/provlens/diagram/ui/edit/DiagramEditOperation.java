package org.provlens.diagram.ui.edit;

import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.PlatformUI;
import org.provlens.diagram.core.view.DiagramState;

/**
 * An undoable edit of a diagram's state (move, pin, hide, group, rename, expand, layers, filters): it keeps the
 * state before and after, so undo and redo put one or the other back, whatever the edit was. It is in the
 * workbench's undo context, the one of every ProvLens edit, so Edit > Undo reverts edits in the order made.
 */
public final class DiagramEditOperation extends AbstractOperation {

    private final DiagramSession session;
    private final DiagramState state;
    private final Consumer<DiagramState> change;
    private DiagramState before;
    private DiagramState after;

    /**
     * An edit.
     *
     * @param label what it does, for Edit > Undo
     * @param session the session of the state
     * @param state the state to change
     * @param change the change, run in the display thread
     */
    public DiagramEditOperation(String label, DiagramSession session, DiagramState state,
            Consumer<DiagramState> change) {
        super(label);
        this.session = session;
        this.state = state;
        this.change = change;
        addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
    }

    /**
     * Runs the edit through the workbench's operation history.
     *
     * @return the status of the edit
     */
    public IStatus run() {
        try {
            return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(this, null, null);
        } catch (org.eclipse.core.commands.ExecutionException e) {
            return Status.error(getLabel() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        before = EcoreUtil.copy(state);
        change.accept(state);
        after = EcoreUtil.copy(state);
        session.changed(state);
        return Status.OK_STATUS;
    }

    @Override
    public boolean canUndo() {
        return before != null && session == DiagramSession.get() && session.holds(state);
    }

    @Override
    public boolean canRedo() {
        return after != null && session == DiagramSession.get() && session.holds(state);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        restore(before);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        restore(after);
        return Status.OK_STATUS;
    }

    private void restore(DiagramState saved) {
        DiagramState copy = EcoreUtil.copy(saved);
        state.setDepth(copy.getDepth());
        state.setLayersChosen(copy.isLayersChosen());
        state.getActiveLayers().clear();
        state.getActiveLayers().addAll(copy.getActiveLayers());
        state.setFiltersChosen(copy.isFiltersChosen());
        state.getActiveFilters().clear();
        state.getActiveFilters().addAll(copy.getActiveFilters());
        state.getNodes().clear();
        state.getNodes().addAll(copy.getNodes());
        state.getGroups().clear();
        state.getGroups().addAll(copy.getGroups());
        session.changed(state);
    }
}
