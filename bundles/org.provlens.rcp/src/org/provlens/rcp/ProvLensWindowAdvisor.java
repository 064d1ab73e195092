package org.provlens.rcp;

import java.util.stream.Collectors;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.provlens.importer.core.ImportResult;
import org.provlens.model.Workspace;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Sizes the window, shows the status line with job progress, reports each import's outcome there, and hides the
 * editor area again when its last editor closes (the views below it get the room back).
 */
public class ProvLensWindowAdvisor extends WorkbenchWindowAdvisor {

    private final WorkspaceService.Listener statusReporter = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            status("Updating the workspace…", false); // an import, or the open of a workspace
        }

        @Override
        public void changed(Workspace workspace) {
            var results = WorkspaceService.getDefault().getLastResults();
            if (results.isEmpty()) {
                status(workspace.getCampaigns().size() + " campaigns", false);
            } else {
                boolean errors = results.stream().anyMatch(ImportResult::hasErrors);
                status(results.stream().map(ImportResult::summary).collect(Collectors.joining("; "))
                        + (errors ? " — see the Error Log" : ""), errors);
            }
        }
    };

    ProvLensWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ProvLensActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1400, 900));
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowCoolBar(false);
        configurer.setTitle("ProvLens");
    }

    private final IPartListener2 editorAreaHider = new IPartListener2() {
        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (!(reference instanceof IEditorReference)) {
                return;
            }
            IWorkbenchPage page = reference.getPage();
            Shell shell = page.getWorkbenchWindow().getShell();
            if (shell == null || shell.isDisposed()) {
                return; // the window closes
            }
            // After the close has finished: the closing editor is still referenced now.
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed() && page.getEditorReferences().length == 0) {
                    page.setEditorAreaVisible(false);
                }
            });
        }
    };

    @Override
    public void postWindowOpen() {
        WorkspaceService.getDefault().addListener(statusReporter);
        getWindowConfigurer().getWindow().getPartService().addPartListener(editorAreaHider);
    }

    @Override
    public boolean preWindowShellClose() {
        WorkspaceService.getDefault().removeListener(statusReporter);
        return true;
    }

    private void status(String message, boolean error) {
        var shell = getWindowConfigurer().getWindow().getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            IStatusLineManager line = getWindowConfigurer().getActionBarConfigurer().getStatusLineManager();
            if (error) {
                line.setErrorMessage(message);
            } else {
                line.setErrorMessage(null);
                line.setMessage(message);
            }
        });
    }
}
