package org.provlens.importer.core.tests.cmf;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.sqlite.SQLiteDataSource;

/**
 * Builds SQLite files at test time, so that no binary store is committed: an MLMD store with the schema of
 * google/ml-metadata ({@code ml_metadata/util/metadata_source_query_config.cc}, schema version 10, the SQLite
 * flavour with its secondary indices) holding the pipeline of {@code testfiles/cmf/export.json} row for row, and an
 * SQLite file that is not an MLMD store.
 */
final class CmfTestStores {

    /** MLMD's SQLite DDL, schema version 10. */
    static final List<String> MLMD_DDL = List.of(
            "CREATE TABLE IF NOT EXISTS `Type` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL,"
                    + " `version` VARCHAR(255), `type_kind` TINYINT(1) NOT NULL, `description` TEXT,"
                    + " `input_type` TEXT, `output_type` TEXT, `external_id` VARCHAR(255) UNIQUE );",
            "CREATE TABLE IF NOT EXISTS `ParentType` ( `type_id` INT NOT NULL, `parent_type_id` INT NOT NULL,"
                    + " PRIMARY KEY (`type_id`, `parent_type_id`));",
            "CREATE TABLE IF NOT EXISTS `TypeProperty` ( `type_id` INT NOT NULL, `name` VARCHAR(255) NOT NULL,"
                    + " `data_type` INT NULL, PRIMARY KEY (`type_id`, `name`));",
            "CREATE TABLE IF NOT EXISTS `Artifact` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT, `type_id` INT NOT NULL,"
                    + " `uri` TEXT, `state` INT, `name` VARCHAR(255), `external_id` VARCHAR(255) UNIQUE,"
                    + " `create_time_since_epoch` INT NOT NULL DEFAULT 0,"
                    + " `last_update_time_since_epoch` INT NOT NULL DEFAULT 0, UNIQUE(`type_id`, `name`) );",
            "CREATE TABLE IF NOT EXISTS `ArtifactProperty` ( `artifact_id` INT NOT NULL, `name` VARCHAR(255) NOT NULL,"
                    + " `is_custom_property` TINYINT(1) NOT NULL, `int_value` INT, `double_value` DOUBLE,"
                    + " `string_value` TEXT, `byte_value` BLOB, `proto_value` BLOB, `bool_value` BOOLEAN,"
                    + " PRIMARY KEY (`artifact_id`, `name`, `is_custom_property`));",
            "CREATE TABLE IF NOT EXISTS `Execution` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT, `type_id` INT NOT NULL,"
                    + " `last_known_state` INT, `name` VARCHAR(255), `external_id` VARCHAR(255) UNIQUE,"
                    + " `create_time_since_epoch` INT NOT NULL DEFAULT 0,"
                    + " `last_update_time_since_epoch` INT NOT NULL DEFAULT 0, UNIQUE(`type_id`, `name`) );",
            "CREATE TABLE IF NOT EXISTS `ExecutionProperty` ( `execution_id` INT NOT NULL,"
                    + " `name` VARCHAR(255) NOT NULL, `is_custom_property` TINYINT(1) NOT NULL, `int_value` INT,"
                    + " `double_value` DOUBLE, `string_value` TEXT, `byte_value` BLOB, `proto_value` BLOB,"
                    + " `bool_value` BOOLEAN, PRIMARY KEY (`execution_id`, `name`, `is_custom_property`));",
            "CREATE TABLE IF NOT EXISTS `Context` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT, `type_id` INT NOT NULL,"
                    + " `name` VARCHAR(255) NOT NULL, `external_id` VARCHAR(255) UNIQUE,"
                    + " `create_time_since_epoch` INT NOT NULL DEFAULT 0,"
                    + " `last_update_time_since_epoch` INT NOT NULL DEFAULT 0, UNIQUE(`type_id`, `name`) );",
            "CREATE TABLE IF NOT EXISTS `ContextProperty` ( `context_id` INT NOT NULL, `name` VARCHAR(255) NOT NULL,"
                    + " `is_custom_property` TINYINT(1) NOT NULL, `int_value` INT, `double_value` DOUBLE,"
                    + " `string_value` TEXT, `byte_value` BLOB, `proto_value` BLOB, `bool_value` BOOLEAN,"
                    + " PRIMARY KEY (`context_id`, `name`, `is_custom_property`));",
            "CREATE TABLE IF NOT EXISTS `ParentContext` ( `context_id` INT NOT NULL, `parent_context_id` INT NOT NULL,"
                    + " PRIMARY KEY (`context_id`, `parent_context_id`));",
            "CREATE TABLE IF NOT EXISTS `Event` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT, `artifact_id` INT NOT NULL,"
                    + " `execution_id` INT NOT NULL, `type` INT NOT NULL, `milliseconds_since_epoch` INT,"
                    + " UNIQUE(`artifact_id`, `execution_id`, `type`) );",
            "CREATE TABLE IF NOT EXISTS `EventPath` ( `event_id` INT NOT NULL, `is_index_step` TINYINT(1) NOT NULL,"
                    + " `step_index` INT, `step_key` TEXT );",
            "CREATE TABLE IF NOT EXISTS `Association` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " `context_id` INT NOT NULL, `execution_id` INT NOT NULL,"
                    + " UNIQUE(`context_id`, `execution_id`) );",
            "CREATE TABLE IF NOT EXISTS `Attribution` ( `id` INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " `context_id` INT NOT NULL, `artifact_id` INT NOT NULL, UNIQUE(`context_id`, `artifact_id`) );",
            "CREATE TABLE IF NOT EXISTS `MLMDEnv` ( `schema_version` INTEGER PRIMARY KEY );",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_uri` ON `Artifact`(`uri`);",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_create_time_since_epoch`"
                    + " ON `Artifact`(`create_time_since_epoch`);",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_last_update_time_since_epoch`"
                    + " ON `Artifact`(`last_update_time_since_epoch`);",
            "CREATE INDEX IF NOT EXISTS `idx_event_execution_id` ON `Event`(`execution_id`);",
            "CREATE INDEX IF NOT EXISTS `idx_parentcontext_parent_context_id` ON `ParentContext`(`parent_context_id`);",
            "CREATE INDEX IF NOT EXISTS `idx_type_name` ON `Type`(`name`);",
            "CREATE INDEX IF NOT EXISTS `idx_execution_create_time_since_epoch`"
                    + " ON `Execution`(`create_time_since_epoch`);",
            "CREATE INDEX IF NOT EXISTS `idx_execution_last_update_time_since_epoch`"
                    + " ON `Execution`(`last_update_time_since_epoch`);",
            "CREATE INDEX IF NOT EXISTS `idx_context_create_time_since_epoch` ON `Context`(`create_time_since_epoch`);",
            "CREATE INDEX IF NOT EXISTS `idx_context_last_update_time_since_epoch`"
                    + " ON `Context`(`last_update_time_since_epoch`);",
            "CREATE INDEX IF NOT EXISTS `idx_eventpath_event_id` ON `EventPath`(`event_id`);",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_property_int` ON `ArtifactProperty`(`name`, `is_custom_property`,"
                    + " `int_value`) WHERE `int_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_property_double` ON `ArtifactProperty`(`name`,"
                    + " `is_custom_property`, `double_value`) WHERE `double_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_property_string` ON `ArtifactProperty`(`name`,"
                    + " `is_custom_property`, `string_value`) WHERE `string_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_execution_property_int` ON `ExecutionProperty`(`name`,"
                    + " `is_custom_property`, `int_value`) WHERE `int_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_execution_property_double` ON `ExecutionProperty`(`name`,"
                    + " `is_custom_property`, `double_value`) WHERE `double_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_execution_property_string` ON `ExecutionProperty`(`name`,"
                    + " `is_custom_property`, `string_value`) WHERE `string_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_context_property_int` ON `ContextProperty`(`name`, `is_custom_property`,"
                    + " `int_value`) WHERE `int_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_context_property_double` ON `ContextProperty`(`name`,"
                    + " `is_custom_property`, `double_value`) WHERE `double_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_context_property_string` ON `ContextProperty`(`name`,"
                    + " `is_custom_property`, `string_value`) WHERE `string_value` IS NOT NULL;",
            "CREATE INDEX IF NOT EXISTS `idx_type_external_id` ON `Type`(`external_id`);",
            "CREATE INDEX IF NOT EXISTS `idx_artifact_external_id` ON `Artifact`(`external_id`);",
            "CREATE INDEX IF NOT EXISTS `idx_execution_external_id` ON `Execution`(`external_id`);",
            "CREATE INDEX IF NOT EXISTS `idx_context_external_id` ON `Context`(`external_id`);",
            "INSERT INTO `MLMDEnv`(`schema_version`) VALUES(10);");

    static final String PIPELINE = "example-pipeline";
    static final String REPO = "https://github.com/example-user/example-get-started.git";
    static final String COMMIT = "44bf2ad09d89e24693c8e98b8da8fcecb248fb77";
    static final String PREPARE = "1f0e3c4a-8a7b-11ee-a1b2-0242ac120002";
    static final String TRAIN_1 = "2a9d5e6c-8a7b-11ee-a1b2-0242ac120002";
    static final String TRAIN_2 = "6d1e8f90-8a7b-11ee-a1b2-0242ac120002";
    static final String EVALUATE = "3c4f7a8e-8a7b-11ee-a1b2-0242ac120002";
    static final String ENV_MD5 = "0c6f2e8a9b3d4e5f6a7b8c9d0e1f2a3b";
    static final String DATA_MD5 = "236d9502e0283d91f689d7038b8508a2";
    static final String TRAIN_TSV_MD5 = "32b715ef0d71ff4c9e61f55b09c15e75";
    static final String TEST_TSV_MD5 = "6f597d341ceb7d8fbbe88859a892ef81";
    static final String MODEL_1_MD5 = "5f0c7a7b1c9e4d0f8a2b3c4d5e6f7a8b";
    static final String MODEL_2_MD5 = "7e1d9b2c3a4f5e6d7c8b9a0f1e2d3c4b";
    static final String TRAINING_METRICS_UUID = "5b7e1c3d-8a7b-11ee-a1b2-0242ac120002";
    static final String METRICS_UUID = "4a6f0b2e-8a7c-11ee-a1b2-0242ac120002";

    /** Ids of the rows the broken store adds. */
    static final long ORPHAN_EXECUTION = 5;
    static final long EVENT_OF_MISSING_ARTIFACT = 100;
    static final long EVENT_OF_ARTIFACT_WITHOUT_URI = 101;

    private CmfTestStores() {
    }

    private static Connection create(Path file) throws SQLException {
        // Through the data source, as the importer does: DriverManager does not find drivers under OSGi.
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource.getConnection();
    }

    /**
     * Writes the MLMD store CMF would have written for the pipeline of {@code export.json}.
     *
     * @param dir where to write it
     * @param broken whether to add bad rows: an event naming a missing artifact, an execution in no stage, an
     *            input artifact without uri, and an execution state (CMF leaves it unset, other writers do not)
     * @return the store, named {@code mlmd} as CMF names it
     * @throws SQLException when SQLite fails
     */
    static Path examplePipeline(Path dir, boolean broken) throws SQLException {
        Path file = dir.resolve("mlmd");
        try (Connection c = create(file); Statement statement = c.createStatement()) {
            c.setAutoCommit(false);
            for (String ddl : MLMD_DDL) {
                statement.execute(ddl);
            }
            // Types in the order CMF creates them: contexts, then execution and artifact types as logged.
            type(c, 1, "Parent_Context", 2);
            type(c, 2, "Pipeline_Stage", 2);
            type(c, 3, "Prepare", 0);
            type(c, 4, "Environment", 1);
            type(c, 5, "Dataset", 1);
            type(c, 6, "Train", 0);
            type(c, 7, "Model", 1);
            type(c, 8, "Metrics", 1);
            type(c, 9, "Evaluate", 0);

            context(c, 1, 1, PIPELINE, 1698650980000L);
            property(c, "Context", 1, "Pipeline", false, PIPELINE);
            String[] stages = {"Prepare", "Train", "Evaluate"};
            long[] stageTimes = {1698650988100L, 1698651049300L, 1698651164800L};
            for (int i = 0; i < stages.length; i++) {
                context(c, i + 2, 2, PIPELINE + "/" + stages[i], stageTimes[i]);
                property(c, "Context", i + 2, "Pipeline_Stage", false, PIPELINE + "/" + stages[i]);
                insert(c, "INSERT INTO ParentContext(context_id, parent_context_id) VALUES(?, ?)", i + 2, 1);
            }
            property(c, "Context", 2, "user-metadata1", true, "metadata_value");

            execution(c, 1, 3, 2, "Prepare", PREPARE, "['src/parse.py', 'artifacts/data.xml.gz', 'artifacts/parsed']",
                    1698650988149L, 1698650988160L);
            property(c, "Execution", 1, "seed", true, 20170428L);
            property(c, "Execution", 1, "split", true, 0.2);
            execution(c, 2, 6, 3, "Train", TRAIN_1, "['src/train.py', 'artifacts/parsed', 'artifacts/model']",
                    1698651049311L, 1698651049320L);
            property(c, "Execution", 2, "min_split", true, 64L);
            property(c, "Execution", 2, "n_est", true, 100L);
            property(c, "Execution", 2, "seed", true, 20170428L);
            execution(c, 3, 6, 3, "Train", TRAIN_2, "['src/train.py', 'artifacts/parsed', 'artifacts/model']",
                    1698651100000L, 1698651100012L);
            property(c, "Execution", 3, "min_split", true, 32L);
            property(c, "Execution", 3, "n_est", true, 200L);
            property(c, "Execution", 3, "seed", true, 20170428L);
            execution(c, 4, 9, 4, "Evaluate", EVALUATE,
                    "['src/test.py', 'artifacts/model', 'artifacts/parsed', 'artifacts/test_results']", 1698651164817L,
                    1698651164830L);

            dataset(c, 1, 4, "cmf_artifacts/python_env.txt", ENV_MD5, 1698650988150L, 2);
            dataset(c, 2, 5, "artifacts/data.xml.gz", DATA_MD5, 1698650988152L, 2);
            property(c, "Artifact", 2, "user-metadata1", true, "metadata_value");
            // CMF stores the user's "type"; dumptojson renames it user_type.
            property(c, "Artifact", 2, "type", true, "raw");
            dataset(c, 3, 5, "artifacts/parsed/train.tsv", TRAIN_TSV_MD5, 1698650988155L, 2);
            dataset(c, 4, 5, "artifacts/parsed/test.tsv", TEST_TSV_MD5, 1698650988158L, 2);
            model(c, 5, MODEL_1_MD5, 2, 1698651049316L);
            metrics(c, 6, "training_metrics", TRAINING_METRICS_UUID, 2, 1698651049318L, 3);
            property(c, "Artifact", 6, "epochs", true, 10L);
            property(c, "Artifact", 6, "train_loss", true, 0.231);
            model(c, 7, MODEL_2_MD5, 3, 1698651100010L);
            metrics(c, 8, "metrics", METRICS_UUID, 4, 1698651164828L, 4);
            property(c, "Artifact", 8, "avg_prec", true, 0.7123);
            property(c, "Artifact", 8, "roc_auc", true, 0.9411);

            // Events in the order CMF logs them; outputs are logged while the stage runs, after the execution row
            // was last updated.
            event(c, 1, 1, 1, 3, 1698650988150L, "cmf_artifacts/python_env.txt:" + ENV_MD5);
            event(c, 2, 2, 1, 3, 1698650988152L, "artifacts/data.xml.gz:" + DATA_MD5);
            event(c, 3, 3, 1, 4, 1698650995155L, "artifacts/parsed/train.tsv:" + TRAIN_TSV_MD5);
            event(c, 4, 4, 1, 4, 1698650995158L, "artifacts/parsed/test.tsv:" + TEST_TSV_MD5);
            event(c, 5, 1, 2, 3, 1698651049312L, "cmf_artifacts/python_env.txt:" + ENV_MD5);
            event(c, 6, 3, 2, 3, 1698651049313L, "artifacts/parsed/train.tsv:" + TRAIN_TSV_MD5);
            event(c, 7, 5, 2, 4, 1698651094316L, "artifacts/model/model.pkl:" + MODEL_1_MD5);
            event(c, 8, 6, 2, 4, 1698651094318L, null);
            event(c, 9, 1, 3, 3, 1698651100001L, "cmf_artifacts/python_env.txt:" + ENV_MD5);
            event(c, 10, 3, 3, 3, 1698651100002L, "artifacts/parsed/train.tsv:" + TRAIN_TSV_MD5);
            event(c, 11, 7, 3, 4, 1698651145010L, "artifacts/model/model.pkl:" + MODEL_2_MD5);
            event(c, 12, 1, 4, 3, 1698651164818L, "cmf_artifacts/python_env.txt:" + ENV_MD5);
            event(c, 13, 5, 4, 3, 1698651164819L, "artifacts/model/model.pkl:" + MODEL_1_MD5);
            event(c, 14, 4, 4, 3, 1698651164820L, "artifacts/parsed/test.tsv:" + TEST_TSV_MD5);
            event(c, 15, 8, 4, 4, 1698651170828L, null);

            if (broken) {
                insert(c, "INSERT INTO Execution(id, type_id, create_time_since_epoch, last_update_time_since_epoch)"
                        + " VALUES(?, ?, ?, ?)", ORPHAN_EXECUTION, 9, 1698651200000L, 1698651200000L);
                insert(c, "INSERT INTO Artifact(id, type_id, uri, name, create_time_since_epoch,"
                        + " last_update_time_since_epoch) VALUES(9, 5, NULL, 'artifacts/extra.csv', 0, 0)");
                event(c, EVENT_OF_MISSING_ARTIFACT, 99, 4, 3, 1698651164821L, null);
                event(c, EVENT_OF_ARTIFACT_WITHOUT_URI, 9, 4, 3, 1698651164822L, null);
                insert(c, "UPDATE Execution SET last_known_state = 3 WHERE id = 4");
            }
            c.commit();
        }
        return file;
    }

    /**
     * Writes an SQLite file that is not an MLMD store (an MLflow-like tracking database).
     *
     * @param dir where to write it
     * @return the file
     * @throws SQLException when SQLite fails
     */
    static Path notMlmd(Path dir) throws SQLException {
        Path file = dir.resolve("mlflow.db");
        try (Connection c = create(file); Statement statement = c.createStatement()) {
            statement.execute("CREATE TABLE runs (run_uuid VARCHAR(32) PRIMARY KEY, name VARCHAR(250),"
                    + " status VARCHAR(9), start_time BIGINT, end_time BIGINT)");
            statement.execute("INSERT INTO runs VALUES ('a1', 'run', 'FINISHED', 1698650988149, 1698650998149)");
        }
        return file;
    }

    private static void type(Connection c, long id, String name, int kind) throws SQLException {
        insert(c, "INSERT INTO Type(id, name, type_kind) VALUES(?, ?, ?)", id, name, kind);
    }

    private static void context(Connection c, long id, long type, String name, long time) throws SQLException {
        insert(c, "INSERT INTO Context(id, type_id, name, create_time_since_epoch, last_update_time_since_epoch)"
                + " VALUES(?, ?, ?, ?, ?)", id, type, name, time, time);
    }

    private static void execution(Connection c, long id, long type, long stage, String stageName, String uuid,
            String command, long created, long updated) throws SQLException {
        insert(c, "INSERT INTO Execution(id, type_id, create_time_since_epoch, last_update_time_since_epoch)"
                + " VALUES(?, ?, ?, ?)", id, type, created, updated);
        insert(c, "INSERT INTO Association(context_id, execution_id) VALUES(?, ?)", stage, id);
        property(c, "Execution", id, "Context_ID", false, stage);
        property(c, "Execution", id, "Context_Type", false, PIPELINE + "/" + stageName);
        property(c, "Execution", id, "Execution", false, command);
        property(c, "Execution", id, "Execution_type_name", false, PIPELINE + "/" + stageName);
        property(c, "Execution", id, "Execution_uuid", false, uuid);
        property(c, "Execution", id, "Git_End_Commit", false, "");
        property(c, "Execution", id, "Git_Repo", false, REPO);
        property(c, "Execution", id, "Git_Start_Commit", false, COMMIT);
        property(c, "Execution", id, "Pipeline_Type", false, PIPELINE);
        property(c, "Execution", id, "Pipeline_id", false, 1L);
    }

    private static void dataset(Connection c, long id, long type, String path, String md5, long time, long context)
            throws SQLException {
        artifact(c, id, type, md5, path + ":" + md5, time, context);
        property(c, "Artifact", id, "Commit", false, md5);
        property(c, "Artifact", id, "git_repo", false, REPO);
        property(c, "Artifact", id, "url", false, url(md5));
    }

    private static void model(Connection c, long id, String md5, long execution, long time) throws SQLException {
        artifact(c, id, 7, md5, "artifacts/model/model.pkl:" + md5 + ":" + execution, time, 3);
        property(c, "Artifact", id, "Commit", false, md5);
        property(c, "Artifact", id, "model_framework", false, "SKlearn");
        property(c, "Artifact", id, "model_name", false, "RandomForestClassifier:default");
        property(c, "Artifact", id, "model_type", false, "RandomForestClassifier");
        property(c, "Artifact", id, "url", false, url(md5));
    }

    private static void metrics(Connection c, long id, String name, String uuid, long execution, long time,
            long context) throws SQLException {
        String full = name + ":" + uuid + ":" + execution;
        artifact(c, id, 8, uuid, full, time, context);
        property(c, "Artifact", id, "metrics_name", false, full);
    }

    private static void artifact(Connection c, long id, long type, String uri, String name, long time, long context)
            throws SQLException {
        insert(c, "INSERT INTO Artifact(id, type_id, uri, name, create_time_since_epoch, last_update_time_since_epoch)"
                + " VALUES(?, ?, ?, ?, ?, ?)", id, type, uri, name, time, time);
        insert(c, "INSERT INTO Attribution(context_id, artifact_id) VALUES(?, ?)", context, id);
    }

    private static String url(String md5) {
        return PIPELINE + ":/home/user/local-storage/" + md5.substring(0, 2) + "/" + md5.substring(2);
    }

    private static void event(Connection c, long id, long artifact, long execution, int type, long time, String key)
            throws SQLException {
        insert(c, "INSERT INTO Event(id, artifact_id, execution_id, type, milliseconds_since_epoch)"
                + " VALUES(?, ?, ?, ?, ?)", id, artifact, execution, type, time);
        if (key != null) {
            insert(c, "INSERT INTO EventPath(event_id, is_index_step, step_key) VALUES(?, 0, ?)", id, key);
        }
    }

    /** A property row; the value goes to the column of its type, as MLMD stores a Value proto. */
    private static void property(Connection c, String owner, long id, String name, boolean custom, Object value)
            throws SQLException {
        String column = switch (value) {
            case String s -> "string_value";
            case Long l -> "int_value";
            case Double d -> "double_value";
            default -> throw new IllegalArgumentException(String.valueOf(value));
        };
        insert(c, "INSERT INTO " + owner + "Property(" + owner.toLowerCase(java.util.Locale.ROOT)
                + "_id, name, is_custom_property, " + column + ") VALUES(?, ?, ?, ?)", id, name, custom ? 1 : 0, value);
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * Finds a file under this bundle's {@code testfiles/} (see {@code TestFiles}).
     *
     * @param relative the path below {@code testfiles/}
     * @return the file
     */
    static Path testFile(String relative) {
        return org.provlens.importer.core.tests.TestFiles.get(relative);
    }
}
