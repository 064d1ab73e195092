package org.provlens.importer.core.tests.cmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.cmf.CmfModels.artifact;
import static org.provlens.importer.core.tests.cmf.CmfModels.describe;
import static org.provlens.importer.core.tests.cmf.CmfModels.parameter;
import static org.provlens.importer.core.tests.cmf.CmfModels.property;
import static org.provlens.importer.core.tests.cmf.CmfModels.tasksById;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.testFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.cmf.CmfImporter;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;

/** The CMF server's listings, as in its own test data (test/test-data/executions.json and artifacts.json). */
class CmfServerListingTest {

    private static final String PREPARE = "1afa7676-76f6-11ee-9600-5b8c6d427e3f";
    private static final String FEATURIZE = "25c66fa6-76f6-11ee-9600-5b8c6d427e3f";

    @TempDir
    Path dir;

    private static ImportResult importInto(WorkspaceBuilder builder, Path file) throws IOException {
        return new CmfImporter().importFile(file, builder, new NullProgressMonitor());
    }

    @Test
    void executionsListingGivesStagesAndTypedParameters() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, testFile("cmf/server_executions.json"));
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertEquals(4, result.records());
        assertEquals(8, result.tasks(), "4 stages with one execution each");
        Workspace workspace = builder.workspace();
        assertEquals("cmf:Test-env", workspace.getCampaigns().get(0).getId());
        Workflow workflow = workspace.getCampaigns().get(0).getWorkflows().get(0);
        assertEquals("cmf-pipeline:Test-env", workflow.getId());
        assertEquals(List.of("Prepare", "Featurize", "Train", "Evaluate"),
                workflow.getTasks().stream().map(Task::getActivity).toList());
        assertTrue(workflow.getTasks().stream().allMatch(stage -> stage.getChildren().size() == 1));

        Map<String, Task> tasks = tasksById(workspace);
        Task prepare = tasks.get(PREPARE);
        assertEquals("cmf-stage:Test-env/Prepare", prepare.getParent().getId());
        assertEquals("Prepare", prepare.getActivity());
        assertEquals(1698650988.149, prepare.getStartedAt(), 1e-9, "original_create_time_since_epoch, ms");
        assertEquals("44bf2ad09d89e24693c8e98b8da8fcecb248fb77", property(prepare, "Git_Start_Commit"));
        assertEquals("1", property(prepare, "Pipeline_id"));
        // pandas made integer columns with gaps float: 20170428.0 was the integer seed.
        assertEquals("20170428", parameter(prepare, "seed").getValue());
        assertEquals(ValueType.INTEGER, parameter(prepare, "seed").getType());
        assertEquals("0.2", parameter(prepare, "split").getValue());
        assertEquals(ValueType.REAL, parameter(prepare, "split").getType());
        assertNull(parameter(prepare, "max_features"), "null: a parameter of another stage");
        assertEquals(2, prepare.getParameters().size());
        assertEquals("3000", parameter(tasks.get(FEATURIZE), "max_features").getValue());
        // The workflow spans its executions.
        assertEquals(1698650988.149, workflow.getStartedAt(), 1e-9);
    }

    @Test
    void artifactsListingCompletesArtifactsWithoutInventingLineage() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, testFile("cmf/server_artifacts.json"));
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertEquals(5, result.records());
        assertEquals(0, result.tasks());
        Workspace workspace = builder.workspace();
        assertEquals(5, workspace.getArtifacts().size());
        assertTrue(workspace.getCampaigns().isEmpty(), "the listing says which stages touched an artifact, not how");
        Artifact data = artifact(workspace, "236d9502e0283d91f689d7038b8508a2");
        assertEquals(ArtifactKind.DATASET, data.getKind());
        assertEquals("artifacts/data.xml.gz", data.getName());
        assertEquals("236d9502e0283d91f689d7038b8508a2", data.getContentHash());
        assertEquals("Test-env:/home/hpe-user/local-storage/23/6d9502e0283d91f689d7038b8508a2", property(data, "url"));
        assertEquals("metadata_value", property(data, "user-metadata1"));
        assertEquals("Test-env/Prepare", property(data, "execution_type_name"));
        Artifact train = artifact(workspace, "32b715ef0d71ff4c9e61f55b09c15e75");
        assertNull(property(train, "user-metadata1"), "null is no value");
        assertEquals("Test-env/Prepare, Test-env/Featurize", property(train, "execution_type_name"));
    }

    @Test
    void listingsAgainAndTheNewerListingShapeChangeNothing() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testFile("cmf/server_executions.json"));
        importInto(builder, testFile("cmf/server_artifacts.json"));
        Workspace before = EcoreUtil.copy(builder.workspace());
        WorkspaceBuilder again = new WorkspaceBuilder(builder.workspace());
        importInto(again, testFile("cmf/server_artifacts.json"));
        importInto(again, testFile("cmf/server_executions.json"));
        assertTrue(ModelEquality.equal(before, builder.workspace()));
        // The /executions-by-stage shape (properties as a list of name/value texts) of the same execution.
        ImportResult newer = importInto(again, testFile("cmf/server_executions_by_stage.json"));
        assertTrue(newer.problems().isEmpty(), newer.problems()::toString);
        assertEquals(1, newer.records());
        assertEquals(describe(before, true), describe(builder.workspace(), true));
    }

    @Test
    void badItemsAreReportedWithTheirLine() throws IOException {
        Path file = dir.resolve("listing.json");
        Files.writeString(file, """
                {
                  "total_items": 3,
                  "items": [
                    {"Execution_uuid": "u-1", "Context_Type": "p/Train", "Pipeline_Type": "p", "lr": 0.01},
                    {"Execution_uuid": "u-2"},
                    {"Execution_uuid": "u-3", "Context_Type": "p/Train", "Pipeline_Type": "p", "lr": 0.1},
                    {"Execution_uuid": "u-4", "Context_Type": "p/Tr""");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(4, result.records(), "three items and the truncated one");
        assertEquals(2, result.skipped(), "the item without pipeline and stage, and the truncated one");
        assertEquals(2, result.problems().size(), result.problems()::toString);
        ImportProblem missing = result.problems().get(0);
        assertEquals(5, missing.line());
        assertEquals(2, missing.record());
        assertTrue(missing.message().startsWith("items[1]: execution without Pipeline_Type and Context_Type"),
                missing.message());
        ImportProblem truncated = result.problems().get(1);
        assertTrue(truncated.message().startsWith("the file ends inside items[3] (truncated?)"), truncated.message());
        assertEquals(4, truncated.record());
        assertEquals(List.of("u-1", "u-3"), tasksById(builder.workspace()).get("cmf-stage:p/Train").getChildren()
                .stream().map(Task::getId).toList());
    }
}
