package org.provlens.ui.recent;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.ui.workspace.WorkspaceService;

/** File > Open Workspace…: picks a workspace file (binary {@code .provlens} or {@code .xmi}) and opens it. */
public class OpenWorkspaceHandler extends AbstractHandler {

    /** The command's id. */
    public static final String COMMAND_ID = "org.provlens.ui.commands.openWorkspace";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Workspace");
        dialog.setFilterNames(new String[] {"ProvLens workspaces (*." + WorkspaceStore.BINARY_EXTENSION + ", *."
                + WorkspaceStore.XMI_EXTENSION + ")", "All files"});
        dialog.setFilterExtensions(new String[] {
                "*." + WorkspaceStore.BINARY_EXTENSION + ";*." + WorkspaceStore.XMI_EXTENSION, "*"});
        Path current = WorkspaceService.getDefault().getFile();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            dialog.setFilterPath(current.toAbsolutePath().getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            WorkspaceOpener.open(shell, Path.of(chosen));
        }
        return null;
    }
}
