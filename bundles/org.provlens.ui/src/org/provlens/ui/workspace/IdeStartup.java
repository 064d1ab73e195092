package org.provlens.ui.workspace;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Opens the provenance workspace when ProvLens runs as plug-ins in an Eclipse IDE, where no ProvLens application
 * does: the workspace is kept in the IDE workspace's state folder of {@code org.provlens.ui}
 * ({@code .metadata/.plugins/org.provlens.ui/workspace.provlens}), the IDE's command line may name files to import
 * as the ProvLens application's does ({@link StartupFiles}), and the workspace is saved when the IDE closes. In the
 * ProvLens application, which has opened its workspace before early start-up runs, it does nothing.
 */
public class IdeStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        // Early start-up runs in a job; opening and the views' refresh belong to the display thread, as in the
        // application's postStartup.
        workbench.getDisplay().asyncExec(() -> {
            WorkspaceService service = WorkspaceService.getDefault();
            if (service.getFile() != null || workbench.isClosing()) {
                return;
            }
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(IdeStartup.class)).toFile().toPath();
            StartupFiles.parse(Platform.getApplicationArgs())
                    .openWorkspace(state.resolve(StartupFiles.WORKSPACE_FILE));
            workbench.addWorkbenchListener(new IWorkbenchListener() {
                @Override
                public boolean preShutdown(IWorkbench closing, boolean forced) {
                    service.saveOrLog();
                    return true;
                }

                @Override
                public void postShutdown(IWorkbench closed) {
                    // Saved before the shutdown.
                }
            });
        });
    }
}
