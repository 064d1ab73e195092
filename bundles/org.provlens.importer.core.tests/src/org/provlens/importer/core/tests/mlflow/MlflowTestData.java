package org.provlens.importer.core.tests.mlflow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.StringProperty;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.sqlite.SQLiteDataSource;

/**
 * Test data of the MLflow (and CodeCarbon) importer tests: files under {@code testfiles/}, a tracking database
 * built with MLflow's schema, and look-ups into imported workspaces.
 */
public final class MlflowTestData {

    /** The experiment of {@code testfiles/mlflow/mlruns}. */
    public static final String EXPERIMENT_DIR = "mlflow/mlruns/748213905526167392";
    /** The sweep run, parent of the two others. */
    public static final String PARENT = "3f1c2a9be4d84b7c9a6e1d2f0b5c7a81";
    /** The nested run with lr 0.001, which CodeCarbon also measured. */
    public static final String CHILD_A = "8b2e4f6a1c3d4e5f9a7b6c5d4e3f2a10";
    /** The nested run with lr 0.1, which diverged. */
    public static final String CHILD_B = "c4d5e6f7a8b94c0d8e1f2a3b4c5d6e7f";

    /**
     * The tables of MLflow's {@code tests/db/schemas/sqlite.sql} that the importer reads, verbatim, plus
     * {@code alembic_version} as every MLflow database has it.
     */
    private static final List<String> SCHEMA = List.of("""
            CREATE TABLE alembic_version (
            	version_num VARCHAR(32) NOT NULL,
            	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
            )""", """
            CREATE TABLE experiments (
            	experiment_id INTEGER NOT NULL,
            	name VARCHAR(256) NOT NULL,
            	artifact_location VARCHAR(256),
            	lifecycle_stage VARCHAR(32),
            	creation_time BIGINT,
            	last_update_time BIGINT,
            	CONSTRAINT experiment_pk PRIMARY KEY (experiment_id),
            	UNIQUE (name),
            	CONSTRAINT experiments_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted'))
            )""", """
            CREATE TABLE experiment_tags (
            	key VARCHAR(250) NOT NULL,
            	value VARCHAR(5000),
            	experiment_id INTEGER NOT NULL,
            	CONSTRAINT experiment_tag_pk PRIMARY KEY (key, experiment_id),
            	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
            )""", """
            CREATE TABLE runs (
            	run_uuid VARCHAR(32) NOT NULL,
            	name VARCHAR(250),
            	source_type VARCHAR(20),
            	source_name VARCHAR(500),
            	entry_point_name VARCHAR(50),
            	user_id VARCHAR(256),
            	status VARCHAR(9),
            	start_time BIGINT,
            	end_time BIGINT,
            	source_version VARCHAR(50),
            	lifecycle_stage VARCHAR(20),
            	artifact_uri VARCHAR(200),
            	experiment_id INTEGER,
            	deleted_time BIGINT,
            	CONSTRAINT run_pk PRIMARY KEY (run_uuid),
            	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id),
            	CONSTRAINT runs_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')),
            	CONSTRAINT source_type CHECK (source_type IN ('NOTEBOOK', 'JOB', 'LOCAL', 'UNKNOWN', 'PROJECT')),
            	CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED'))
            )""", """
            CREATE TABLE latest_metrics (
            	key VARCHAR(250) NOT NULL,
            	value FLOAT NOT NULL,
            	timestamp BIGINT,
            	step BIGINT NOT NULL,
            	is_nan BOOLEAN NOT NULL,
            	run_uuid VARCHAR(32) NOT NULL,
            	CONSTRAINT latest_metric_pk PRIMARY KEY (key, run_uuid),
            	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid),
            	CHECK (is_nan IN (0, 1))
            )""", """
            CREATE TABLE metrics (
            	key VARCHAR(250) NOT NULL,
            	value FLOAT NOT NULL,
            	timestamp BIGINT NOT NULL,
            	run_uuid VARCHAR(32) NOT NULL,
            	step BIGINT DEFAULT '0' NOT NULL,
            	is_nan BOOLEAN DEFAULT '0' NOT NULL,
            	CONSTRAINT metric_pk PRIMARY KEY (key, timestamp, step, run_uuid, value, is_nan),
            	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid),
            	CHECK (is_nan IN (0, 1))
            )""", """
            CREATE TABLE params (
            	key VARCHAR(250) NOT NULL,
            	value VARCHAR(8000) NOT NULL,
            	run_uuid VARCHAR(32) NOT NULL,
            	CONSTRAINT param_pk PRIMARY KEY (key, run_uuid),
            	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
            )""", """
            CREATE TABLE tags (
            	key VARCHAR(250) NOT NULL,
            	value VARCHAR(8000),
            	run_uuid VARCHAR(32) NOT NULL,
            	CONSTRAINT tag_pk PRIMARY KEY (key, run_uuid),
            	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
            )""");

    /**
     * The same experiment, sweep run and first nested run as {@code testfiles/mlflow/mlruns}, as a tracking server
     * stores them (experiment id 1 this time, statuses as names), with rows out of order and three bad rows: a
     * metric value 'n/a', a metric and a param of a run that is not in table runs.
     */
    private static final List<String> DATA = List.of(
            "INSERT INTO alembic_version VALUES ('1b5f0d9ad7c1')",
            "INSERT INTO experiments VALUES (0, 'Default', 'mlflow-artifacts:/0', 'active', 1718002790000,"
                    + " 1718002790000)",
            "INSERT INTO experiments VALUES (1, 'cifar10-resnet18', 'mlflow-artifacts:/1', 'active', 1718002800000,"
                    + " 1718002800000)",
            "INSERT INTO experiment_tags VALUES ('mlflow.note.content',"
                    + " 'ResNet-18 on CIFAR-10: learning-rate sweep with nested trial runs', 1)",
            "INSERT INTO runs VALUES ('" + PARENT + "', 'resnet18-lr-sweep', 'LOCAL', 'sweep.py', '', 'alice',"
                    + " 'FINISHED', 1718003000000, 1718004262000, '', 'active', 'mlflow-artifacts:/1/" + PARENT
                    + "/artifacts', 1, NULL)",
            "INSERT INTO runs VALUES ('" + CHILD_A + "', 'lr-0.001', 'LOCAL', 'train.py', '', 'alice', 'FINISHED',"
                    + " 1718003010000, 1718003620000, '', 'active', 'mlflow-artifacts:/1/" + CHILD_A
                    + "/artifacts', 1, NULL)",
            "INSERT INTO params VALUES ('n_trials', '2', '" + PARENT + "')",
            "INSERT INTO params VALUES ('lr', '0.001', '" + CHILD_A + "')",
            "INSERT INTO params VALUES ('batch_size', '128', '" + CHILD_A + "')",
            "INSERT INTO params VALUES ('use_amp', 'True', '" + CHILD_A + "')",
            "INSERT INTO params VALUES ('lr', '0.5', '99999999999999999999999999999999')",
            "INSERT INTO tags VALUES ('mlflow.runName', 'resnet18-lr-sweep', '" + PARENT + "')",
            "INSERT INTO tags VALUES ('mlflow.user', 'alice', '" + PARENT + "')",
            "INSERT INTO tags VALUES ('mlflow.runName', 'lr-0.001', '" + CHILD_A + "')",
            "INSERT INTO tags VALUES ('mlflow.user', 'alice', '" + CHILD_A + "')",
            "INSERT INTO tags VALUES ('mlflow.parentRunId', '" + PARENT + "', '" + CHILD_A + "')",
            "INSERT INTO tags VALUES ('mlflow.source.name', 'train.py', '" + CHILD_A + "')",
            "INSERT INTO metrics VALUES ('best_val_accuracy', 0.7034, 1718004250000, '" + PARENT + "', 0, 0)",
            // Out of order: the importer sorts by step.
            "INSERT INTO metrics VALUES ('train/loss', 1.0502, 1718003320000, '" + CHILD_A + "', 3, 0)",
            "INSERT INTO metrics VALUES ('train/loss', 2.3026, 1718003020000, '" + CHILD_A + "', 0, 0)",
            "INSERT INTO metrics VALUES ('train/loss', 1.6408, 1718003120000, '" + CHILD_A + "', 1, 0)",
            "INSERT INTO metrics VALUES ('train/loss', 1.2871, 1718003220000, '" + CHILD_A + "', 2, 0)",
            "INSERT INTO metrics VALUES ('grad_norm', 0, 1718003120000, '" + CHILD_A + "', 1, 1)",
            "INSERT INTO metrics VALUES ('grad_norm', 3.75, 1718003020000, '" + CHILD_A + "', 0, 0)",
            "INSERT INTO metrics VALUES ('val_accuracy', 'n/a', 1718003120000, '" + CHILD_A + "', 0, 0)",
            "INSERT INTO metrics VALUES ('val_accuracy', 0.6187, 1718003320000, '" + CHILD_A + "', 1, 0)",
            "INSERT INTO metrics VALUES ('system/gpu_0_power_usage_watts', 287.9, 1718003125000, '" + CHILD_A
                    + "', 1, 0)",
            "INSERT INTO metrics VALUES ('system/gpu_0_power_usage_watts', 212.4, 1718003025000, '" + CHILD_A
                    + "', 0, 0)",
            "INSERT INTO metrics VALUES ('loss', 0.5, 1718003025000, '99999999999999999999999999999999', 0, 0)",
            "INSERT INTO latest_metrics VALUES ('train/loss', 1.0502, 1718003320000, 3, 0, '" + CHILD_A + "')");

    private MlflowTestData() {
    }

    /**
     * A file under this bundle's {@code testfiles/}, whether tests run from the bundle folder or Tycho's work folder.
     *
     * @param relative the path below testfiles
     * @return the path
     */
    public static Path testfile(String relative) {
        return org.provlens.importer.core.tests.TestFiles.get(relative);
    }

    /**
     * Builds a tracking database with MLflow's schema and the rows of {@link #DATA}.
     *
     * @param file where to create it
     * @return the file
     * @throws SQLException when SQLite fails
     */
    public static Path createTrackingDatabase(Path file) throws SQLException {
        return createDatabase(file, SCHEMA, DATA);
    }

    /**
     * Builds a SQLite database from statements.
     *
     * @param file where to create it
     * @param schema CREATE statements
     * @param data INSERT statements
     * @return the file
     * @throws SQLException when SQLite fails
     */
    public static Path createDatabase(Path file, List<String> schema, List<String> data) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : schema) {
                statement.executeUpdate(sql);
            }
            for (String sql : data) {
                statement.executeUpdate(sql);
            }
        }
        return file;
    }

    /**
     * Every workflow of a workspace.
     *
     * @param workspace the workspace
     * @return its workflows
     */
    public static List<Workflow> workflows(Workspace workspace) {
        return workspace.getCampaigns().stream().flatMap(c -> c.getWorkflows().stream()).toList();
    }

    /**
     * The workflow of an id.
     *
     * @param workspace the workspace
     * @param id the id
     * @return the workflow, failing the test when absent
     */
    public static Workflow workflow(Workspace workspace, String id) {
        return workflows(workspace).stream().filter(w -> id.equals(w.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no workflow " + id + " in "
                        + workflows(workspace).stream().map(Workflow::getId).toList()));
    }

    static Optional<Campaign> campaign(Workspace workspace, String id) {
        return workspace.getCampaigns().stream().filter(c -> id.equals(c.getId())).findFirst();
    }

    static Parameter parameter(Execution execution, String key) {
        return execution.getParameters().stream().filter(p -> key.equals(p.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + key));
    }

    static Metric metric(Execution execution, String key) {
        return execution.getMetrics().stream().filter(m -> key.equals(m.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + key));
    }

    static String property(Execution execution, String key) {
        return execution.getProperties().stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue)
                .findFirst().orElse(null);
    }

    static Series series(Execution execution, String key, SeriesAxis axis) {
        return execution.getSeries().stream().filter(s -> key.equals(s.getKey()) && s.getAxis() == axis)
                .findFirst().orElseThrow(() -> new AssertionError("no " + axis + " series " + key));
    }
}
