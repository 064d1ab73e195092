package org.provlens.recommender.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.generator.core.HistoryGenerator;
import org.provlens.generator.core.HistorySettings;
import org.provlens.importer.core.ImportInputs;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Workspace;

/** A small generated history imported through the real importers (MLflow file store, Flowcept JSONL, CodeCarbon). */
final class GeneratedHistory {

    /** The seed of the tests' history. */
    static final long SEED = 7;

    private static Workspace cached;

    private GeneratedHistory() {
    }

    /**
     * The workspace of the small history, generated and imported once per test run.
     *
     * @return the workspace (tests must not change it)
     * @throws IOException when the history cannot be written
     */
    static synchronized Workspace workspace() throws IOException {
        if (cached == null) {
            Path folder = Files.createTempDirectory("provlens-history");
            new HistoryGenerator(HistorySettings.small(SEED)).write(folder);
            cached = importFolder(folder);
        }
        return cached;
    }

    /**
     * Imports a folder as the workbench and the headless command do.
     *
     * @param folder the folder
     * @return the workspace
     * @throws IOException when it cannot be listed
     */
    static Workspace importFolder(Path folder) throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("history");
        List<Path> inputs = ImportInputs.expand(List.of(folder)).inputs();
        for (Path input : inputs) {
            ImportResult result = Importers.importFile(input, builder, new NullProgressMonitor());
            if (result.hasErrors()) {
                throw new AssertionError(input + ": " + result.problems());
            }
        }
        return builder.workspace();
    }
}
