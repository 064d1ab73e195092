package org.provlens.diagram.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Workspace;

/** The inputs of the diagram tests: this bundle's files, the importer tests' files and the samples, not copied. */
final class Data {

    private Data() {
    }

    /**
     * A file of this bundle's {@code testfiles/}, of the importer tests' {@code testfiles/}, or of {@code samples/}.
     *
     * @param relative e.g. {@code cmf/export.json}
     * @return the file
     */
    static Path file(String relative) {
        String base = System.getProperty("basedir", ".");
        return Stream.of(Path.of("testfiles"), Path.of(base, "testfiles"),
                Path.of("..", "org.provlens.importer.core.tests", "testfiles"),
                Path.of(base, "..", "org.provlens.importer.core.tests", "testfiles"), Path.of("..", "..", "samples"),
                Path.of(base, "..", "..", "samples"))
                .map(d -> d.resolve(relative)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath()));
    }

    /**
     * Imports files into a new workspace; every file must import without errors.
     *
     * @param files paths for {@link #file}
     * @return the workspace
     * @throws IOException when a file cannot be read
     */
    static Workspace load(String... files) throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("diagram tests");
        add(builder, files);
        return builder.workspace();
    }

    /**
     * Imports more files into a workspace, as an import in the workbench does.
     *
     * @param builder the workspace's builder
     * @param files paths for {@link #file}
     * @throws IOException when a file cannot be read
     */
    static void add(WorkspaceBuilder builder, String... files) throws IOException {
        for (String name : files) {
            ImportResult result = Importers.importFile(file(name), builder, null);
            if (result.hasErrors()) {
                throw new IllegalStateException(name + ": " + result.problems());
            }
        }
    }

    /**
     * A diagram of a shipped description, laid out.
     *
     * @param workspace the workspace
     * @param name the description
     * @param root the root id, {@code null} for none
     * @param depth the depth, -1 for the default
     * @param state the user's state, {@code null} for none
     * @return the view model
     */
    static DiagramView diagram(Workspace workspace, String name, String root, int depth, DiagramState state) {
        ProviderResponse<DiagramView> response = new DiagramProvider().fetch(
                DiagramQuery.of(workspace, DiagramDescriptions.get(name)).onRoot(root, depth)
                        .withState(UserState.of(state)), null);
        if (!response.isCompleted()) {
            throw new AssertionError(name + ": " + response.status() + " " + response.message());
        }
        return response.model();
    }
}
