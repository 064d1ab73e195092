package org.provlens.rcp;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.workspace.StartupFiles;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Opens the provenance workspace kept in the workbench's data folder ({@code -data}), imports the files named at
 * start, saves the workspace when the workbench closes, and tells the user when the data no longer fits the heap.
 */
public class ProvLensWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupFiles files;
    private LowMemoryWatcher memoryWatcher;

    ProvLensWorkbenchAdvisor(StartupFiles files) {
        this.files = files;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ProvLensUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ProvLensWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        memoryWatcher = LowMemoryWatcher.start(LowMemoryWatcher.DEFAULT_FRACTION, this::lowMemory);
        files.openWorkspace(workspaceFile());
    }

    @Override
    public void postShutdown() {
        if (memoryWatcher != null) {
            memoryWatcher.stop();
        }
    }

    /** Tells the user, once, in a dialog over the workbench and in the log, instead of letting the collector thrash. */
    private void lowMemory(String message) {
        ILog.of(getClass()).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID, message));
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
            MessageDialog.openWarning(window == null ? null : window.getShell(), "Low Memory", message);
        });
    }

    @Override
    public boolean preShutdown() {
        WorkspaceService.getDefault().saveOrLog();
        return true;
    }

    private static Path workspaceFile() {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(StartupFiles.WORKSPACE_FILE);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("user.home"), ".provlens", StartupFiles.WORKSPACE_FILE);
        }
    }
}
