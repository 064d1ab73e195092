package org.provlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.importer.core.ImportInputs;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceStore;

/**
 * Turns the inputs of a command into a workspace: ProvLens workspace files are loaded, provenance files and
 * directories are imported (directories that are not a format of their own are searched for files).
 */
final class Inputs {

    /**
     * A workspace and what importing into it gave.
     *
     * @param workspace the workspace
     * @param results one result per imported file
     */
    record Loaded(Workspace workspace, List<ImportResult> results) {
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
            return new Loaded(WorkspaceStore.load(Path.of(inputs.get(0))), List.of());
        }
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("provlens");
        return new Loaded(builder.workspace(), importAll(builder, inputs, format, monitor));
    }

    static List<ImportResult> importAll(WorkspaceBuilder builder, List<String> inputs, String format,
            IProgressMonitor monitor) throws IOException {
        ProvenanceImporter forced = null;
        if (format != null) {
            forced = Importers.forFormat(format).orElseThrow(() -> new UsageException("unknown format '" + format
                    + "': use one of " + Importers.all().stream().map(ProvenanceImporter::format).toList()));
        }
        List<ImportResult> results = new ArrayList<>();
        for (Path file : expand(inputs, monitor)) {
            if (forced != null) {
                results.add(forced.importFile(file, builder, monitor));
            } else {
                results.add(Importers.importFile(file, builder, monitor));
            }
        }
        return results;
    }

    /** Files and format directories named by the inputs, see {@link ImportInputs}. */
    private static List<Path> expand(List<String> inputs, IProgressMonitor monitor) throws IOException {
        try {
            ImportInputs.Expansion expansion = ImportInputs.expand(inputs.stream().map(Path::of).toList());
            if (monitor instanceof ConsoleProgress console) {
                expansion.ignored().forEach(p -> console.detail("ignored (not data): " + p));
            }
            return expansion.inputs();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
