package org.provlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.importer.core.ImportInputs;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * Turns the inputs of a command into a workspace session: a ProvLens workspace file is opened, provenance files
 * and folders are imported into a workspace in memory whose bulk values go to a temporary store (deleted when the
 * command ends), so that a capture of millions of tasks does not need its telemetry on the heap.
 */
final class Inputs {

    /**
     * A workspace and what importing into it gave.
     *
     * @param session the session holding the workspace
     * @param results one result per imported file
     */
    record Loaded(WorkspaceSession session, List<ImportResult> results) {
        Workspace workspace() {
            return session.workspace();
        }

        boolean hasErrors() {
            return results.stream().anyMatch(ImportResult::hasErrors);
        }
    }

    private Inputs() {
    }

    static boolean isWorkspaceFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path)
                && (name.endsWith("." + WorkspaceStore.BINARY_EXTENSION) || name.endsWith("." + WorkspaceStore.XMI_EXTENSION));
    }

    static Loaded load(List<String> inputs, String format, IProgressMonitor monitor) throws IOException {
        if (inputs.isEmpty()) {
            throw new UsageException("no input given");
        }
        if (inputs.size() == 1 && isWorkspaceFile(Path.of(inputs.get(0)))) {
            return new Loaded(closedAtExit(WorkspaceSession.open(Path.of(inputs.get(0)), monitor)), List.of());
        }
        WorkspaceSession session = closedAtExit(WorkspaceSession.inMemory("provlens"));
        return new Loaded(session, importInto(session, inputs, format, monitor));
    }

    /** The command ends with the process: its session's temporary store goes with it. */
    private static WorkspaceSession closedAtExit(WorkspaceSession session) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.close();
            } catch (IOException e) {
                // The process is ending; a temporary folder left behind is all that is lost.
            }
        }, "provlens: close the workspace"));
        return session;
    }

    /**
     * Imports files and folders into a session; a folder's files that are not data are listed with
     * {@code --verbose} (see {@link ImportInputs}).
     */
    static List<ImportResult> importInto(WorkspaceSession session, List<String> inputs, String format,
            IProgressMonitor monitor) throws IOException {
        if (format != null && Importers.forFormat(format).isEmpty()) {
            throw new UsageException("unknown format '" + format + "': use one of "
                    + Importers.all().stream().map(ProvenanceImporter::format).toList());
        }
        ImportInputs.Expansion expansion;
        try {
            expansion = ImportInputs.expand(inputs.stream().map(Path::of).toList());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (monitor instanceof ConsoleProgress console) {
            expansion.ignored().forEach(p -> console.detail("ignored (not data): " + p));
        }
        return session.importFiles(expansion.inputs(), format, monitor);
    }
}
