package org.provlens.importer.core.tests.cmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.cmf.CmfModels.artifact;
import static org.provlens.importer.core.tests.cmf.CmfModels.describe;
import static org.provlens.importer.core.tests.cmf.CmfModels.metric;
import static org.provlens.importer.core.tests.cmf.CmfModels.property;
import static org.provlens.importer.core.tests.cmf.CmfModels.tasksById;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.DATA_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.ENV_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.EVALUATE;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.MODEL_1_MD5;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.PREPARE;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TRAIN_1;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.testFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.cmf.CmfImporter;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;

class CmfStoreImportTest {

    @TempDir
    Path dir;

    private static ImportResult importInto(WorkspaceBuilder builder, Path file) throws IOException {
        return new CmfImporter().importFile(file, builder, new NullProgressMonitor());
    }

    @Test
    void storeIsRecognisedAndReadReadOnly() throws IOException, SQLException {
        Path store = CmfTestStores.examplePipeline(dir, false);
        assertTrue(new CmfImporter().canRead(store, CmfExportImportTest.head(store)));
        byte[] bytes = Files.readAllBytes(store);
        FileTime modified = Files.getLastModifiedTime(store);
        ImportResult result = importInto(WorkspaceBuilder.forNewWorkspace("test"), store);
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertEquals(4, result.records());
        assertEquals(7, result.tasks());
        assertArrayEquals(bytes, Files.readAllBytes(store), "the store is opened read-only");
        assertEquals(modified, Files.getLastModifiedTime(store));
        assertFalse(Files.exists(dir.resolve("mlmd-journal")) || Files.exists(dir.resolve("mlmd-wal")));
    }

    @Test
    void storeAndExportOfTheSamePipelineGiveTheSameElements() throws IOException, SQLException {
        Path store = CmfTestStores.examplePipeline(dir, false);
        WorkspaceBuilder fromStore = WorkspaceBuilder.forNewWorkspace("store");
        importInto(fromStore, store);
        WorkspaceBuilder fromExport = WorkspaceBuilder.forNewWorkspace("export");
        importInto(fromExport, testFile("cmf/export.json"));
        // Same ids, places, activities, parameters (typed), properties, metrics, links and artifacts; only the
        // times differ, as the export has no event times.
        assertEquals(describe(fromExport.workspace(), false), describe(fromStore.workspace(), false));

        // Importing both into one workspace duplicates nothing.
        ImportResult both = importInto(fromExport, store);
        assertTrue(both.problems().isEmpty(), both.problems()::toString);
        assertEquals(describe(fromStore.workspace(), true), describe(fromExport.workspace(), true),
                "store after export: the later ends and event times of the store win");
        Workspace workspace = fromExport.workspace();
        assertEquals(1, workspace.getCampaigns().size());
        assertEquals(1, workspace.getCampaigns().get(0).getWorkflows().size());
        assertEquals(7, tasksById(workspace).size());
        assertEquals(8, workspace.getArtifacts().size());
        // The export again: its earlier last-update times do not move the ends back.
        Workspace before = EcoreUtil.copy(workspace);
        importInto(fromExport, testFile("cmf/export.json"));
        assertTrue(ModelEquality.equal(before, workspace));
    }

    @Test
    void eventTimesGiveLinkTimesAndExecutionEnds() throws IOException, SQLException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, CmfTestStores.examplePipeline(dir, false));
        Map<String, Task> tasks = tasksById(builder.workspace());
        Task train = tasks.get(TRAIN_1);
        assertEquals(1698651049.311, train.getStartedAt(), 1e-9);
        assertEquals(1698651094.318, train.getEndedAt(), 1e-9, "the last output, after the row's last update");
        assertEquals(MODEL_1_MD5, train.getGenerated().get(0).getArtifact().getId());
        assertEquals(1698651094.316, train.getGenerated().get(0).getTime(), 1e-9);
        assertEquals(1698651049.313, train.getUsed().get(1).getTime(), 1e-9);
        assertEquals(List.of(ENV_MD5, DATA_MD5),
                tasks.get(PREPARE).getUsed().stream().map(l -> l.getArtifact().getId()).toList());
        assertEquals("raw", property(artifact(builder.workspace(), DATA_MD5), "user_type"),
                "the stored custom property 'type' is renamed as dumptojson renames it");
        assertEquals(0.9411, metric(tasks.get(EVALUATE), "roc_auc"), 1e-12);
        assertEquals(Status.UNKNOWN, tasks.get(EVALUATE).getStatus(), "CMF records no execution state");
    }

    @Test
    void importingTheStoreAgainChangesNothing() throws IOException, SQLException {
        Path store = CmfTestStores.examplePipeline(dir, false);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, store);
        Workspace before = EcoreUtil.copy(builder.workspace());
        importInto(new WorkspaceBuilder(builder.workspace()), store);
        assertTrue(ModelEquality.equal(before, builder.workspace()));
    }

    @Test
    void badRowsAreReportedWithTableAndRowAndTheRestIsImported() throws IOException, SQLException {
        Path store = CmfTestStores.examplePipeline(dir, true);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, store);
        assertEquals(5, result.records(), "five executions in the store");
        assertEquals(1, result.skipped(), "the one in no stage");
        assertEquals(3, result.problems().size(), result.problems()::toString);

        ImportProblem orphan = problem(result, store + " table Execution");
        assertEquals(CmfTestStores.ORPHAN_EXECUTION, orphan.record());
        assertTrue(orphan.message().startsWith("1 execution(s) with id [5] belong to no CMF pipeline stage"),
                orphan.message());
        assertTrue(orphan.toString().startsWith(store + " table Execution record 5: "), orphan.toString());

        List<ImportProblem> events = result.problems().stream()
                .filter(p -> p.source().equals(store + " table Event")).toList();
        assertEquals(2, events.size());
        assertEquals(CmfTestStores.EVENT_OF_MISSING_ARTIFACT, events.get(0).record());
        assertTrue(events.get(0).message().contains("artifact_id 99, which is not in table Artifact"),
                events.get(0).message());
        assertEquals(CmfTestStores.EVENT_OF_ARTIFACT_WITHOUT_URI, events.get(1).record());
        assertTrue(events.get(1).message().startsWith("the artifact 'artifacts/extra.csv' (id 9) of this input event"
                + " has no uri"), events.get(1).message());
        assertTrue(result.problems().stream().allMatch(p -> p.severity() == Severity.ERROR));

        // Everything else is imported, and MLMD's execution state is read where a writer set it.
        Map<String, Task> tasks = tasksById(builder.workspace());
        assertEquals(7, tasks.size());
        assertEquals(3, tasks.get(EVALUATE).getUsed().size());
        assertEquals(Status.FINISHED, tasks.get(EVALUATE).getStatus(), "last_known_state 3 is COMPLETE");
        assertEquals(8, builder.workspace().getArtifacts().size());
    }

    @Test
    void sqliteFileThatIsNotAnMlmdStoreGivesAClearError() throws IOException, SQLException {
        Path notMlmd = CmfTestStores.notMlmd(dir);
        CmfImporter importer = new CmfImporter();
        assertFalse(importer.canRead(notMlmd, CmfExportImportTest.head(notMlmd)),
                "left to other importers of SQLite files");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importer.importFile(notMlmd, builder, null);
        assertEquals(1, result.problems().size());
        ImportProblem problem = result.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(notMlmd.toString(), problem.source());
        assertEquals("not an MLMD store (no Execution/Artifact tables); nothing imported", problem.message());
        assertEquals(0, result.records());
        assertTrue(builder.workspace().getCampaigns().isEmpty());
    }

    private static ImportProblem problem(ImportResult result, String source) {
        return result.problems().stream().filter(p -> p.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem in " + source + ": " + result.problems()));
    }
}
