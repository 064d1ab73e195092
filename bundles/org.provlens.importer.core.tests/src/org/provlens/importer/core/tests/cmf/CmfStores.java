package org.provlens.importer.core.tests.cmf;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** The example MLMD store of {@link CmfTestStores} for tests outside this package (the fuzzing harness). */
public final class CmfStores {

    /** The Execution_uuid of each execution of the store, by its row id (1 to 4). */
    public static final List<String> EXECUTIONS = List.of(CmfTestStores.PREPARE, CmfTestStores.TRAIN_1,
            CmfTestStores.TRAIN_2, CmfTestStores.EVALUATE);

    private CmfStores() {
    }

    /**
     * Builds the example pipeline's store, without the deliberately broken rows.
     *
     * @param dir the folder to create {@code mlmd} in
     * @return the store
     * @throws SQLException when SQLite fails
     */
    public static Path examplePipeline(Path dir) throws SQLException {
        return CmfTestStores.examplePipeline(dir, false);
    }
}
