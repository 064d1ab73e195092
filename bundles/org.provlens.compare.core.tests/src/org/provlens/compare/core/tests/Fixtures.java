package org.provlens.compare.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.provlens.importer.core.ImportResult;
import org.provlens.model.Campaign;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.workspace.core.WorkspaceSession;

/** Real data for the tests: the bundled sample campaign and the importers' test files, imported into a session. */
final class Fixtures {

    /** Three runs of the bundled sweep: a healthy one, one that diverges in epoch 2, the best one. */
    static final List<String> THREE_RUNS = List.of("ft-000-L32-H2048-lr3e-5-bs64", "ft-003-L48-H5120-lr3e-4-bs128",
            "ft-006-L48-H5120-lr3e-5-bs32");

    private Fixtures() {
    }

    /**
     * A file of the repository's samples.
     *
     * @param name the file name under {@code samples/flowcept}
     * @return its path
     */
    static Path sample(String name) {
        return find(Path.of("samples", "flowcept", name));
    }

    /**
     * A test file of the importers.
     *
     * @param name the path under the importer tests' {@code testfiles}
     * @return its path
     */
    static Path testFile(String name) {
        return find(Path.of("bundles", "org.provlens.importer.core.tests", "testfiles").resolve(name));
    }

    private static Path find(Path relative) {
        return Stream.of(Path.of(".."), Path.of("..", ".."), Path.of("..", "..", ".."), Path.of("..", "..", "..", ".."))
                .map(d -> d.resolve(relative)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath()));
    }

    /**
     * Imports files into a new session (its bulk values in a temporary store), failing on import errors.
     *
     * @param files the files
     * @return the session; close it
     * @throws IOException when the store cannot be created
     */
    static WorkspaceSession imported(Path... files) throws IOException {
        WorkspaceSession session = WorkspaceSession.inMemory("compare-tests");
        for (ImportResult result : session.importFiles(List.of(files), null, null)) {
            if (result.hasErrors()) {
                throw new AssertionError("importing " + result + " failed");
            }
        }
        return session;
    }

    /**
     * A workflow by name.
     *
     * @param workspace the workspace
     * @param name its name
     * @return the workflow
     */
    static Workflow workflow(Workspace workspace, String name) {
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                if (name.equals(workflow.getName())) {
                    return workflow;
                }
            }
        }
        throw new AssertionError("no workflow " + name);
    }

    /**
     * A configuration row by key.
     *
     * @param comparison the comparison
     * @param key the key
     * @return the row
     */
    static org.provlens.compare.core.ConfigRow row(org.provlens.compare.core.Comparison comparison, String key) {
        return comparison.parameters().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in "
                        + comparison.parameters().stream().map(org.provlens.compare.core.ConfigRow::key).toList()));
    }
}
