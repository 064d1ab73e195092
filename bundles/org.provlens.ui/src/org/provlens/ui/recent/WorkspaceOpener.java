package org.provlens.ui.recent;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.provlens.ui.ProvLensUi;
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
     * @param shell where to report a file that could not be read; {@code null} reports only in the log
     * @param file the {@code .provlens} or {@code .xmi} file
     * @return OK, a warning when the file could not be read (a new workspace then started, see
     *         {@link WorkspaceService#open}), or CANCEL when the user stopped waiting for an import
     */
    public static IStatus open(Shell shell, Path file) {
        WorkspaceService service = WorkspaceService.getDefault();
        Path target = file.toAbsolutePath().normalize();
        if (service.getFile() != null && target.equals(service.getFile().toAbsolutePath().normalize())) {
            RecentWorkspaces.getDefault().add(target);
            return Status.OK_STATUS;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        IStatus[] result = {Status.OK_STATUS};
        // Runs right here, in the display thread, once the model rule is free: opening replaces the model, which
        // must not happen while an import job builds into the old one.
        IRunnableContext inPlace = (fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor());
        try {
            workbench.getProgressService().runInUI(inPlace, monitor -> result[0] = service.open(target),
                    service.modelRule());
        } catch (InterruptedException e) {
            // Not a thread interrupt: the user cancelled the wait for the import; nothing was opened.
            return Status.CANCEL_STATUS;
        } catch (InvocationTargetException e) {
            IStatus failed = new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID,
                    "The workspace " + target + " could not be opened: " + e.getCause().getMessage(), e.getCause());
            ILog.of(WorkspaceOpener.class).log(failed);
            return failed;
        }
        // Undoing an edit of the previous workspace would change a model no longer shown.
        workbench.getOperationSupport().getOperationHistory()
                .dispose(workbench.getOperationSupport().getUndoContext(), true, true, false);
        RecentWorkspaces.getDefault().add(target);
        if (!result[0].isOK() && shell != null) {
            MessageDialog.openWarning(shell, "Open Workspace", result[0].getMessage());
        }
        return result[0];
    }
}
