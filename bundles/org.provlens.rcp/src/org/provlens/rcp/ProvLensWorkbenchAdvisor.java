package org.provlens.rcp;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.workspace.StartupFiles;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Opens the provenance workspace kept in the workbench's data folder ({@code -data}), imports the files named at start, and saves
 * the workspace when the workbench closes.
 */
public class ProvLensWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupFiles files;

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
        files.openWorkspace(workspaceFile());
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
