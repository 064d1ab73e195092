package org.provlens.model.tests;

import java.nio.file.Path;

import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceFiles;

/**
 * Run in a child JVM by {@link WorkspaceFilesTest}: opens a workspace, changes it (renames it, adds a task with
 * telemetry to its large workflow) and saves, the process dying at a named point of the save.
 */
public final class CrashingSave {

    private CrashingSave() {
    }

    /**
     * Entry point.
     *
     * @param args the workspace file and the point at which the process halts
     * @throws Exception when the save fails otherwise
     */
    public static void main(String[] args) throws Exception {
        WorkspaceFiles files = WorkspaceFiles.open(Path.of(args[0]));
        files.loadFragments(null);
        Workspace workspace = files.workspace();
        workspace.setName("after");
        Workflow large = workspace.getCampaigns().get(0).getWorkflows().get(1);
        Task added = WorkspaceFilesTest.task("added", large.getTasks().get(0), workspace, 4242);
        Task top = large.getTasks().get(0);
        top.getChildren().add(added);
        WorkspaceFilesTest.setTelemetry(added, files, 4242);
        files.markDirty(large);
        WorkspaceFiles.SaveHook.set(point -> {
            if (point.equals(args[1])) {
                Runtime.getRuntime().halt(77);
            }
        });
        files.save();
        Runtime.getRuntime().halt(0);
    }
}
