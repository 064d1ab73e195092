package org.provlens.importer.core.tests.mlflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.CHILD_A;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.property;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.mlflow.MlflowImporter;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.StringProperty;
import org.provlens.model.Workflow;

/**
 * What teams record about the learning task in MLflow reaches the runs: experiment tags (file store
 * {@code mlruns/<exp>/tags/}, the {@code experiment_tags} table) as {@code mlflow.experiment.<key>} properties of
 * every run, and logged dataset inputs with their profiles ({@code datasets/} and {@code inputs/} folders, the
 * {@code datasets}, {@code inputs} and {@code input_tags} tables) as DATASET artifacts the runs used.
 */
class MlflowTaskTraitsTest {

    private static final String RUN = "0f1e2d3c4b5a49687766554433221100";
    private static final String DATASET_ID = "9b2c4d6e8f0a1b2c3d4e5f6a7b8c9d0e";
    private static final String PROFILE = "{\"num_rows\": 7043, \"num_elements\": 147903}";

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A file store in the layout of MLflow's {@code file_store.py} (log_inputs, set_experiment_tag). */
    private Path fileStore() throws IOException {
        Path experiment = dir.resolve("mlruns/412");
        write(experiment.resolve("meta.yaml"), """
                artifact_location: file:///tmp/mlruns/412
                creation_time: 1718002800000
                experiment_id: '412'
                last_update_time: 1718002800000
                lifecycle_stage: active
                name: telco-churn
                """);
        write(experiment.resolve("tags/task.category"), "churn_prediction");
        write(experiment.resolve("tags/task.modality"), "tabular");
        write(experiment.resolve("tags/mlflow.note.content"), "Churn of a telco's customers");
        write(experiment.resolve("datasets/" + DATASET_ID + "/meta.yaml"), """
                digest: 4f2a9c1e
                name: telco_customers_train
                profile: '%s'
                schema: '{"mlflow_colspec": [{"type": "double", "name": "tenure", "required": true}, {"type":
                  "string", "name": "contract", "required": true}]}'
                source: '{"uri": "s3://bucket/telco/train.parquet"}'
                source_type: s3
                """.formatted(PROFILE));
        Path run = experiment.resolve(RUN);
        write(run.resolve("meta.yaml"), """
                artifact_uri: file:///tmp/mlruns/412/%s/artifacts
                end_time: 1718003620000
                entry_point_name: ''
                experiment_id: '412'
                lifecycle_stage: active
                run_id: %s
                run_name: xgb-trial-3
                run_uuid: %s
                source_name: ''
                source_type: 4
                source_version: ''
                start_time: 1718003010000
                status: 3
                tags: []
                user_id: alice
                """.formatted(RUN, RUN, RUN));
        write(run.resolve("params/model"), "xgboost");
        write(run.resolve("params/learning_rate"), "0.05");
        write(run.resolve("tags/task.rows"), "7043");
        write(run.resolve("metrics/val_auc"), "1718003600000 0.846 0\n");
        write(run.resolve("inputs/e1d2c3b4a5968778695a4b3c2d1e0f1a/meta.yaml"), """
                destination_id: %s
                destination_type: RUN
                source_id: %s
                source_type: DATASET
                tags:
                  mlflow.data.context: training
                """.formatted(DATASET_ID, DATASET_ID));
        return dir.resolve("mlruns");
    }

    private static ImportResult importInto(WorkspaceBuilder builder, Path path) throws IOException {
        return new MlflowImporter().importFile(path, builder, new NullProgressMonitor());
    }

    private static String artifactProperty(Artifact artifact, String key) {
        return artifact.getProperties().stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue)
                .findFirst().orElse(null);
    }

    @Test
    void fileStoreExperimentTagsAndDatasetInputsReachTheRun() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, fileStore());
        assertEquals(List.of(), result.problems());
        Workflow run = workflow(builder.workspace(), RUN);
        assertEquals("churn_prediction", property(run, "mlflow.experiment.task.category"));
        assertEquals("tabular", property(run, "mlflow.experiment.task.modality"));
        assertNull(property(run, "mlflow.experiment.mlflow.note.content"), "the note is the campaign's description");
        assertEquals("Churn of a telco's customers", run.getCampaign().getDescription());
        assertEquals("7043", property(run, "task.rows"), "run tags stay under their own keys");

        assertEquals(1, run.getUsed().size());
        ArtifactLink link = run.getUsed().get(0);
        assertEquals("training", link.getRole());
        Artifact dataset = link.getArtifact();
        assertEquals(ArtifactKind.DATASET, dataset.getKind());
        assertEquals("mlflow:dataset:telco_customers_train@4f2a9c1e", dataset.getId());
        assertEquals("telco_customers_train", dataset.getName());
        assertEquals("s3://bucket/telco/train.parquet", dataset.getUri());
        assertEquals(PROFILE, artifactProperty(dataset, "mlflow.profile"));
        assertEquals("7043", artifactProperty(dataset, "profile.num_rows"));
        assertEquals("147903", artifactProperty(dataset, "profile.num_elements"));
        assertTrue(artifactProperty(dataset, "mlflow.schema").contains("\"name\": \"contract\""),
                "the folded schema line is joined again: " + artifactProperty(dataset, "mlflow.schema"));

        // Importing again changes nothing: one link, one artifact.
        importInto(builder, dir.resolve("mlruns"));
        assertEquals(1, run.getUsed().size());
        assertEquals(1, builder.workspace().getArtifacts().size());
    }

    @Test
    void anInputNamingAnUnknownDatasetIsAWarningAndTheRunImports() throws IOException {
        Path store = fileStore();
        Files.delete(dir.resolve("mlruns/412/datasets/" + DATASET_ID + "/meta.yaml"));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, store);
        ImportProblem problem = result.problems().stream().filter(p -> p.message().contains(DATASET_ID)).findFirst()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertEquals(ImportProblem.Severity.WARNING, problem.severity());
        assertTrue(problem.source().endsWith("inputs/e1d2c3b4a5968778695a4b3c2d1e0f1a/meta.yaml"), problem.source());
        assertEquals(3, problem.line(), "the source_id line");
        Workflow run = workflow(builder.workspace(), RUN);
        assertEquals(0, run.getUsed().size());
        assertEquals("churn_prediction", property(run, "mlflow.experiment.task.category"));
    }

    @Test
    void trackingDatabaseExperimentTagsAndDatasetInputsReachTheRun() throws IOException, SQLException {
        Path database = MlflowTestData.createTrackingDatabase(dir.resolve("mlflow.db"));
        // The tables MLflow 2.4 added for log_input, as in its tests/db/schemas/sqlite.sql.
        MlflowTestData.createDatabase(database, List.of("""
                CREATE TABLE datasets (
                	dataset_uuid VARCHAR(36) NOT NULL,
                	experiment_id INTEGER NOT NULL,
                	name VARCHAR(500) NOT NULL,
                	digest VARCHAR(36) NOT NULL,
                	dataset_source_type VARCHAR(36) NOT NULL,
                	dataset_source TEXT NOT NULL,
                	dataset_schema TEXT,
                	dataset_profile TEXT,
                	CONSTRAINT dataset_pk PRIMARY KEY (experiment_id, name, digest),
                	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
                )""", """
                CREATE TABLE inputs (
                	input_uuid VARCHAR(36) NOT NULL,
                	source_type VARCHAR(36) NOT NULL,
                	source_id VARCHAR(36) NOT NULL,
                	destination_type VARCHAR(36) NOT NULL,
                	destination_id VARCHAR(36) NOT NULL,
                	CONSTRAINT inputs_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id)
                )""", """
                CREATE TABLE input_tags (
                	input_uuid VARCHAR(36) NOT NULL,
                	name VARCHAR(255) NOT NULL,
                	value VARCHAR(500) NOT NULL,
                	CONSTRAINT input_tags_pk PRIMARY KEY (input_uuid, name)
                )"""), List.of(
                "INSERT INTO experiment_tags VALUES ('task.category', 'image_classification', 1)",
                "INSERT INTO experiment_tags VALUES ('task.classes', '10', 1)",
                "INSERT INTO datasets VALUES ('d-1', 1, 'cifar10_train', 'a1b2c3d4', 'local',"
                        + " '{\"uri\": \"/data/cifar10\"}', NULL, '{\"num_rows\": 50000}')",
                "INSERT INTO inputs VALUES ('i-1', 'DATASET', 'd-1', 'RUN', '" + CHILD_A + "')",
                "INSERT INTO input_tags VALUES ('i-1', 'mlflow.data.context', 'training')",
                "INSERT INTO inputs VALUES ('i-2', 'DATASET', 'd-missing', 'RUN', '" + CHILD_A + "')"));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, database);
        Workflow run = workflow(builder.workspace(), CHILD_A);
        assertEquals("image_classification", property(run, "mlflow.experiment.task.category"));
        assertEquals("10", property(run, "mlflow.experiment.task.classes"));
        assertEquals("ResNet-18 on CIFAR-10: learning-rate sweep with nested trial runs",
                run.getCampaign().getDescription());
        assertEquals(1, run.getUsed().size());
        Artifact dataset = run.getUsed().get(0).getArtifact();
        assertEquals("training", run.getUsed().get(0).getRole());
        assertEquals("50000", artifactProperty(dataset, "profile.num_rows"));
        assertEquals("/data/cifar10", dataset.getUri());
        assertTrue(result.problems().stream().anyMatch(p -> p.source().endsWith("table inputs") && p.record() == 2
                && p.message().contains("d-missing")), result.problems().toString());
    }
}
