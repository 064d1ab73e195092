package org.provlens.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.recent.RecentWorkspaces;

/**
 * Files named on the command line of the ProvLens application or of an Eclipse IDE with ProvLens installed:
 * {@code --open <file>} (repeatable) imports a file at every start; {@code --sample <file>} imports a sample only
 * when the workspace is new, which is how the start script opens the bundled sample on the first start and not
 * again.
 *
 * @param open files to import at every start
 * @param samples files to import when the workspace is new
 */
public record StartupFiles(List<Path> open, List<Path> samples) {

    /** The name of the workspace file in the folder where a workbench keeps it. */
    public static final String WORKSPACE_FILE = "workspace.provlens";

    /**
     * Canonical constructor.
     *
     * @param open files to import at every start
     * @param samples files to import when the workspace is new
     */
    public StartupFiles {
        open = List.copyOf(open);
        samples = List.copyOf(samples);
    }

    /**
     * The files named by program arguments; other arguments are left to whoever else reads them.
     *
     * @param args the application's arguments
     * @return the files, possibly none
     */
    public static StartupFiles parse(String[] args) {
        List<Path> open = new ArrayList<>();
        List<Path> samples = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if ("--open".equals(args[i])) {
                open.add(Path.of(args[++i]));
            } else if ("--sample".equals(args[i])) {
                samples.add(Path.of(args[++i]));
            }
        }
        return new StartupFiles(open, samples);
    }

    /**
     * Opens the workspace kept in a file (a new one when it does not exist yet) in a job (a large workspace opens
     * behind a progress indicator while the window answers) and imports the files and folders into it in a job after
     * it; call it once, in the display thread, when the workbench has started. Paths that do not exist are logged
     * as warnings and skipped.
     *
     * @param workspaceFile the workspace file
     */
    public void openWorkspace(Path workspaceFile) {
        boolean isNew = !Files.exists(workspaceFile);
        WorkspaceService service = WorkspaceService.getDefault();
        // Before the first open, so the start-up workspace is among the recent ones too.
        RecentWorkspaces.getDefault().install();
        service.openInBackground(workspaceFile); // imports wait for it: they share the model rule
        List<Path> imports = new ArrayList<>(open);
        if (isNew) {
            imports.addAll(samples);
        }
        // Folders are imported too (they are searched, as by File > Open Provenance): only what is not there is
        // skipped.
        List<Path> missing = imports.stream().filter(p -> !Files.exists(p)).toList();
        missing.forEach(p -> ILog.of(StartupFiles.class).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID,
                "Not imported: " + p + " does not exist")));
        imports.removeAll(missing);
        if (!imports.isEmpty()) {
            service.importFiles(imports);
        }
    }
}
