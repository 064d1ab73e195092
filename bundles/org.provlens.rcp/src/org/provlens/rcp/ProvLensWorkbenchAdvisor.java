package org.provlens.rcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.recent.RecentWorkspaces;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Opens the provenance workspace kept in the workbench's data folder, imports the files named at start, and saves
 * the workspace when the workbench closes.
 */
public class ProvLensWorkbenchAdvisor extends WorkbenchAdvisor {

    /** The file, inside the workbench data folder ({@code -data}), that holds the provenance workspace. */
    public static final String WORKSPACE_FILE = "workspace.provlens";

    private final ProvLensApplication.StartupFiles files;

    ProvLensWorkbenchAdvisor(ProvLensApplication.StartupFiles files) {
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
        Path file = workspaceFile();
        boolean isNew = !Files.exists(file);
        WorkspaceService service = WorkspaceService.getDefault();
        // Before the first open, so the start-up workspace is among the recent ones too.
        RecentWorkspaces.getDefault().install();
        // In a job: a large workspace opens behind a progress indicator while the window answers; imports wait for
        // it (they share the model rule).
        service.openInBackground(file);
        List<Path> imports = new ArrayList<>(files.open());
        if (isNew) {
            imports.addAll(files.samples());
        }
        List<Path> missing = imports.stream().filter(p -> !Files.isRegularFile(p)).toList();
        missing.forEach(p -> ILog.of(getClass()).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID,
                "Not imported: " + p + " does not exist")));
        imports.removeAll(missing);
        if (!imports.isEmpty()) {
            service.importFiles(imports);
        }
    }

    @Override
    public boolean preShutdown() {
        WorkspaceService.getDefault().saveOrLog();
        return true;
    }

    private static Path workspaceFile() {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve(WORKSPACE_FILE);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("user.home"), ".provlens", WORKSPACE_FILE);
        }
    }
}
