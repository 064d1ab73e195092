package org.provlens.importer.core.tests.cmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.cmf.CmfModels.artifact;
import static org.provlens.importer.core.tests.cmf.CmfModels.metric;
import static org.provlens.importer.core.tests.cmf.CmfModels.parameter;
import static org.provlens.importer.core.tests.cmf.CmfModels.property;
import static org.provlens.importer.core.tests.cmf.CmfModels.tasksById;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.DATA_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.ENV_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.EVALUATE;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.METRICS_UUID;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.MODEL_1_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.PREPARE;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TEST_TSV_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TRAIN_1;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TRAIN_2;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TRAIN_TSV_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.testFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.cmf.CmfImporter;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;

class CmfExportImportTest {

    private static ImportResult importInto(WorkspaceBuilder builder, String file) throws IOException {
        return new CmfImporter().importFile(testFile(file), builder, new NullProgressMonitor());
    }

    private static List<String> artifactIds(List<ArtifactLink> links) {
        return links.stream().map(l -> l.getArtifact().getId()).toList();
    }

    @Test
    void exportBecomesCampaignWorkflowStagesAndExecutions() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "cmf/export.json");
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertEquals(CmfImporter.FORMAT, result.format());
        assertEquals(4, result.records(), "one record per execution");
        assertEquals(0, result.skipped());
        assertEquals(1, result.workflows());
        assertEquals(7, result.tasks(), "3 stages and 4 executions");

        Workspace workspace = builder.workspace();
        assertEquals(1, workspace.getCampaigns().size());
        assertEquals("cmf:example-pipeline", workspace.getCampaigns().get(0).getId());
        assertEquals("example-pipeline", workspace.getCampaigns().get(0).getName());
        Workflow workflow = workspace.getCampaigns().get(0).getWorkflows().get(0);
        assertEquals("cmf-pipeline:example-pipeline", workflow.getId());
        assertEquals("example-pipeline", workflow.getName());
        // Stages in pipeline order, each a task whose children are its executions.
        assertEquals(List.of("cmf-stage:example-pipeline/Prepare", "cmf-stage:example-pipeline/Train",
                "cmf-stage:example-pipeline/Evaluate"), workflow.getTasks().stream().map(Task::getId).toList());
        assertEquals(List.of("Prepare", "Train", "Evaluate"),
                workflow.getTasks().stream().map(Task::getActivity).toList());
        Task trainStage = workflow.getTasks().get(1);
        assertEquals("example-pipeline/Train", trainStage.getName());
        assertEquals(List.of(TRAIN_1, TRAIN_2), trainStage.getChildren().stream().map(Task::getId).toList(),
                "executions are identified by their Execution_uuid");
        assertEquals("metadata_value", property(workflow.getTasks().get(0), "user-metadata1"),
                "stage custom properties");

        Map<String, Task> tasks = tasksById(workspace);
        Task train = tasks.get(TRAIN_1);
        assertEquals("Train", train.getActivity());
        // CMF times are milliseconds.
        assertEquals(1698651049.311, train.getStartedAt(), 1e-9);
        assertEquals(1698651049.320, train.getEndedAt(), 1e-9);
        // Custom properties are typed hyperparameters.
        assertEquals("100", parameter(train, "n_est").getValue());
        assertEquals(ValueType.INTEGER, parameter(train, "n_est").getType());
        assertEquals("0.2", parameter(tasks.get(PREPARE), "split").getValue());
        assertEquals(ValueType.REAL, parameter(tasks.get(PREPARE), "split").getType());
        assertEquals(3, train.getParameters().size());
        // CMF properties are kept as properties.
        assertEquals(CmfTestStores.REPO, property(train, "Git_Repo"));
        assertEquals(CmfTestStores.COMMIT, property(train, "Git_Start_Commit"));
        assertEquals("['src/train.py', 'artifacts/parsed', 'artifacts/model']", property(train, "Execution"));
        assertNull(property(train, "Git_End_Commit"), "empty strings are no value");

        // Stage and workflow spans cover their executions; the workflow starts with the pipeline context.
        assertEquals(1698651049.300, trainStage.getStartedAt(), 1e-9);
        assertEquals(1698651100.012, trainStage.getEndedAt(), 1e-9);
        assertEquals(1698650980.0, workflow.getStartedAt(), 1e-9);
        assertEquals(1698651164.830, workflow.getEndedAt(), 1e-9);
    }

    @Test
    void artifactsAreIdentifiedByTheirUriSoLineageConnectsTheStages() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, "cmf/export.json");
        Workspace workspace = builder.workspace();
        Map<String, Task> tasks = tasksById(workspace);
        assertEquals(8, workspace.getArtifacts().size(), "16 events name 8 distinct artifacts");

        // Input events (3) are used links, output events (4) generated links.
        Task prepare = tasks.get(PREPARE);
        assertEquals(List.of(ENV_MD5, DATA_MD5), artifactIds(prepare.getUsed()));
        assertEquals(List.of(TRAIN_TSV_MD5, TEST_TSV_MD5), artifactIds(prepare.getGenerated()));
        // The same train.tsv object is generated by Prepare and used by both Train executions.
        Artifact trainTsv = artifact(workspace, TRAIN_TSV_MD5);
        assertSame(trainTsv, prepare.getGenerated().get(0).getArtifact());
        assertSame(trainTsv, tasks.get(TRAIN_1).getUsed().get(1).getArtifact());
        assertSame(trainTsv, tasks.get(TRAIN_2).getUsed().get(1).getArtifact());
        // Evaluate uses the model of the first Train run and the test split of Prepare.
        Task evaluate = tasks.get(EVALUATE);
        assertEquals(List.of(ENV_MD5, MODEL_1_MD5, TEST_TSV_MD5), artifactIds(evaluate.getUsed()));
        assertSame(tasks.get(TRAIN_1).getGenerated().get(0).getArtifact(), evaluate.getUsed().get(1).getArtifact());
        assertEquals("Model", evaluate.getUsed().get(1).getRole());
        // One Environment artifact used by all four executions.
        assertEquals(4, tasks.values().stream().filter(t -> !t.getUsed().isEmpty()
                && t.getUsed().get(0).getArtifact().getId().equals(ENV_MD5)).count());

        // "path:md5" gives name and path; the md5 is the content hash; properties and renamed custom properties.
        Artifact data = artifact(workspace, DATA_MD5);
        assertEquals(ArtifactKind.DATASET, data.getKind());
        assertEquals("artifacts/data.xml.gz", data.getName());
        assertEquals("artifacts/data.xml.gz", data.getUri());
        assertEquals(DATA_MD5, data.getContentHash());
        assertEquals(CmfTestStores.REPO, property(data, "git_repo"));
        assertEquals("raw", property(data, "user_type"), "CMF renames a custom property 'type' to user_type");
        assertEquals("metadata_value", property(data, "user-metadata1"));
        Artifact model = artifact(workspace, MODEL_1_MD5);
        assertEquals(ArtifactKind.MODEL, model.getKind());
        assertEquals("artifacts/model/model.pkl", model.getName(), "path:md5:execution");
        assertEquals("RandomForestClassifier", property(model, "model_type"));
        assertEquals(ArtifactKind.ENVIRONMENT, artifact(workspace, ENV_MD5).getKind());

        // Metrics artifacts: a uuid, not a content hash, no file; their custom properties are metrics of the
        // execution that generated them.
        Artifact metrics = artifact(workspace, METRICS_UUID);
        assertEquals(ArtifactKind.METRICS, metrics.getKind());
        assertEquals("metrics", metrics.getName());
        assertNull(metrics.getUri());
        assertNull(metrics.getContentHash());
        assertEquals(0.7123, metric(evaluate, "avg_prec"), 1e-12);
        assertEquals(0.9411, metric(evaluate, "roc_auc"), 1e-12);
        assertEquals(10, metric(tasks.get(TRAIN_1), "epochs"), 0);
        assertEquals(0.231, metric(tasks.get(TRAIN_1), "train_loss"), 1e-12);
        assertTrue(tasks.get(TRAIN_2).getMetrics().isEmpty());
        assertTrue(tasks.get(PREPARE).getMetrics().isEmpty(), "metrics only on the generating execution");
    }

    @Test
    void importingTheExportAgainChangesNothing() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, "cmf/export.json");
        Workspace before = EcoreUtil.copy(builder.workspace());
        // A new builder over the same workspace, as when a saved workspace is reopened and the file re-imported.
        ImportResult again = importInto(new WorkspaceBuilder(builder.workspace()), "cmf/export.json");
        assertEquals(4, again.records());
        assertTrue(ModelEquality.equal(before, builder.workspace()),
                () -> CmfModels.describe(before, true) + "\n--- became ---\n"
                        + CmfModels.describe(builder.workspace(), true));
        // And with the same builder.
        importInto(builder, "cmf/export.json");
        assertTrue(ModelEquality.equal(before, builder.workspace()));
    }

    @Test
    void truncatedExportKeepsTheCompleteExecutionsAndSaysWhere() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "cmf/export_truncated.json");
        assertEquals(4, result.records());
        assertEquals(1, result.skipped(), "the execution cut in the middle");
        assertEquals(1, result.problems().size(), result.problems()::toString);
        ImportProblem problem = result.problems().get(0);
        assertEquals(ImportProblem.Severity.ERROR, problem.severity());
        assertEquals(testFile("cmf/export_truncated.json").toString(), problem.source());
        assertEquals(394, problem.line(), "the last line of the file");
        assertEquals(4, problem.record(), "the fourth execution");
        assertTrue(problem.message().startsWith(
                "the file ends inside Pipeline[0].stages[2].executions[0] (truncated?)"), problem.message());
        // dumptojson writes the pipeline's name after its stages: it is recovered from the executions.
        Map<String, Task> tasks = tasksById(builder.workspace());
        assertEquals("cmf-pipeline:example-pipeline", tasks.get(PREPARE).getParent().getWorkflow().getId());
        assertNotNull(tasks.get(TRAIN_2));
        assertNull(tasks.get(EVALUATE), "the cut execution is not imported half");
        assertEquals(2, tasks.get(TRAIN_1).getGenerated().size());
        assertEquals(0.231, metric(tasks.get(TRAIN_1), "train_loss"), 1e-12);
        // The Evaluate stage was cut before its name: it has nothing to keep, and no second problem is reported.
        assertNull(tasks.get("cmf-stage:example-pipeline/Evaluate"));
        assertEquals(5, tasks.size(), "2 stages and 3 executions");
    }

    @Test
    void eventWithoutUriIsReportedWithItsLineAndTheRestIsImported() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        Path file = testFile("cmf/export_missing_uri.json");
        ImportResult result = new CmfImporter().importFile(file, builder, null);
        assertEquals(4, result.records());
        assertEquals(0, result.skipped(), "the execution itself is imported");
        assertTrue(result.hasErrors());
        assertEquals(1, result.problems().size(), result.problems()::toString);
        ImportProblem problem = result.problems().get(0);
        assertEquals(file.toString(), problem.source());
        assertEquals(365, problem.line(), "the line of the event");
        assertEquals(4, problem.record());
        assertTrue(problem.message().startsWith("Pipeline[0].stages[2].executions[0].events[2]: the artifact"
                + " 'artifacts/parsed/test.tsv:" + TEST_TSV_MD5 + "' (id 4) of this input event has no uri"),
                problem.message());
        assertTrue(problem.toString().startsWith(file + ":365: "), problem.toString());
        Task evaluate = tasksById(builder.workspace()).get(EVALUATE);
        assertEquals(List.of(ENV_MD5, MODEL_1_MD5), artifactIds(evaluate.getUsed()), "the other links are kept");
        assertEquals(List.of(METRICS_UUID), artifactIds(evaluate.getGenerated()));
        assertEquals(8, builder.workspace().getArtifacts().size(), "test.tsv is still generated by Prepare");
    }

    @Test
    void formatIsRecognisedByContent() throws IOException {
        CmfImporter cmf = new CmfImporter();
        for (String file : List.of("cmf/export.json", "cmf/export_truncated.json", "cmf/server_artifacts.json",
                "cmf/server_executions.json", "cmf/server_executions_by_stage.json")) {
            assertTrue(cmf.canRead(testFile(file), head(testFile(file))), file);
            assertFalse(FlowceptImporter.canRead(head(testFile(file))), "Flowcept must not claim " + file);
        }
        for (String file : List.of("flowcept/train_nvidia.jsonl", "flowcept/sample_data.json")) {
            assertFalse(cmf.canRead(testFile(file), head(testFile(file))), file);
        }
    }

    @Test
    void cancellingStopsAndSaysSo() throws IOException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new CmfImporter().importFile(testFile("cmf/export.json"), builder, monitor);
        assertTrue(result.cancelled());
        assertEquals(0, result.records());
        assertTrue(tasksById(builder.workspace()).isEmpty());
        assertTrue(result.problems().get(0).message().startsWith("import cancelled"), result.problems()::toString);
    }

    @Test
    void notCmfGivesAnErrorNotAnException() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        Path flowcept = testFile("flowcept/train_nvidia.jsonl");
        ImportResult result = new CmfImporter().importFile(flowcept, builder, null);
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().startsWith("not CMF provenance"), result.problems()::toString);
        assertTrue(builder.workspace().getCampaigns().isEmpty());
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Importers.SNIFF_BYTES);
        }
    }
}
