package org.provlens.ui.recent;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Opens a workspace file in the workbench for File > Open Workspace… and the Recent Workspaces menu: after any
 * running import (never under it), forgetting the undo history of the previous workspace, and remembering the
 * file among the recent ones.
 */
public final class WorkspaceOpener {

    private WorkspaceOpener() {
    }

    /**
     * Opens a workspace file; must be called in the display thread. Opening the file already open does nothing.
     *
     * @param shell where to report a file that could not be read (a new workspace then started, see
     *            {@link WorkspaceService#open}); {@code null} reports only in the log
     * @param file the {@code .provlens} or {@code .xmi} file
     * @return the job that opens it (of the workspace service's family), {@code null} when it is open already
     */
    public static Job open(Shell shell, Path file) {
        WorkspaceService service = WorkspaceService.getDefault();
        Path target = file.toAbsolutePath().normalize();
        if (service.getFile() != null && target.equals(service.getFile().toAbsolutePath().normalize())) {
            RecentWorkspaces.getDefault().add(target);
            return null;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        // Undoing an edit of the previous workspace would change a model no longer shown.
        workbench.getOperationSupport().getOperationHistory()
                .dispose(workbench.getOperationSupport().getUndoContext(), true, true, false);
        RecentWorkspaces.getDefault().add(target);
        // In a job: a workspace of a million tasks opens behind a progress indicator, the window responsive; the
        // job waits for an import that is still building into the old workspace (they share the model rule).
        Job job = service.openInBackground(target);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus result = event.getResult();
                if (shell != null && result.matches(IStatus.WARNING | IStatus.ERROR) && !shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openWarning(shell, "Open Workspace", result.getMessage());
                        }
                    });
                }
            }
        });
        return job;
    }
}
