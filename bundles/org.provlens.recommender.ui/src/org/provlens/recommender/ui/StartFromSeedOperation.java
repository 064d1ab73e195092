package org.provlens.recommender.ui;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.provlens.model.Annotation;
import org.provlens.model.Recommendation;
import org.provlens.model.Workspace;
import org.provlens.ui.annotations.Annotations;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Records that a run started from a seed: adds the seed's recommendation to the workspace (unless it is there
 * already) and the {@code seeded} annotation that links the run to it; undo removes what it added. Runs through
 * {@link WorkspaceService#modify}, like every edit of the workspace.
 */
public final class StartFromSeedOperation extends AbstractOperation {

    private final Recommendation recommendation;
    private final Annotation mark;
    private Workspace workspace;
    private boolean addedRecommendation;

    /**
     * An operation for one run and seed.
     *
     * @param recommendation the seed's recommendation (new, or one of the workspace)
     * @param mark the seeded annotation ({@link org.provlens.recommender.core.SeedRecords#seeded})
     */
    public StartFromSeedOperation(Recommendation recommendation, Annotation mark) {
        super("Start from Seed");
        this.recommendation = recommendation;
        this.mark = mark;
        addContext(Annotations.undoContext());
    }

    /**
     * The annotation this operation adds.
     *
     * @return the seeded annotation
     */
    public Annotation getMark() {
        return mark;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        WorkspaceService service = WorkspaceService.getDefault();
        workspace = service.getWorkspace();
        return service.modify(getLabel(), this::add);
    }

    private void add() {
        addedRecommendation = !workspace.getRecommendations().contains(recommendation);
        if (addedRecommendation) {
            workspace.getRecommendations().add(recommendation);
        }
        workspace.getAnnotations().add(mark);
    }

    @Override
    public boolean canUndo() {
        return isOpen() && workspace.getAnnotations().contains(mark);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Undo " + getLabel(), () -> {
            workspace.getAnnotations().remove(mark);
            if (addedRecommendation) {
                workspace.getRecommendations().remove(recommendation);
            }
        });
    }

    @Override
    public boolean canRedo() {
        return isOpen() && !workspace.getAnnotations().contains(mark);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return WorkspaceService.getDefault().modify("Redo " + getLabel(), this::add);
    }

    private boolean isOpen() {
        return workspace != null && workspace == WorkspaceService.getDefault().getWorkspace();
    }
}
