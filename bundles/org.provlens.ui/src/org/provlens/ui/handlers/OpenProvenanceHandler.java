package org.provlens.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * File > Open Provenance…: picks one or more provenance files and imports them into the open workspace as a
 * background job. The format is recognised from the content, so the filter only orders the choices.
 */
public class OpenProvenanceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Provenance");
        dialog.setFilterNames(new String[] {"Flowcept records (*.json, *.jsonl)", "All files"});
        dialog.setFilterExtensions(new String[] {"*.json;*.jsonl", "*"});
        if (dialog.open() == null) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        WorkspaceService.getDefault().importFiles(files);
        return null;
    }
}
