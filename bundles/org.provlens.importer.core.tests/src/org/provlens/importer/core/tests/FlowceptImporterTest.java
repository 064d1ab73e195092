package org.provlens.importer.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

class FlowceptImporterTest {

    @TempDir
    Path dir;

    private static ImportResult importInto(WorkspaceBuilder builder, String file) throws IOException {
        return new FlowceptImporter().importFile(TestFiles.get(file), builder, new NullProgressMonitor());
    }

    static Map<String, Task> tasksById(Workspace workspace) {
        Map<String, Task> tasks = new java.util.HashMap<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task task) {
                tasks.put(task.getId(), task);
            }
        }
        return tasks;
    }

    private static double channel(Telemetry telemetry, String name, boolean atEnd) {
        int index = telemetry.getSchema().getChannels().indexOf(name);
        assertTrue(index >= 0, "no channel " + name + " in " + telemetry.getSchema().getChannels());
        return (atEnd ? telemetry.getAtEnd() : telemetry.getAtStart())[index];
    }

    private static Parameter parameter(Execution execution, String key) {
        return execution.getParameters().stream().filter(p -> key.equals(p.getKey())).findFirst().orElse(null);
    }

    @Test
    void aLaterMessageMergesItsTelemetryByChannel() throws IOException {
        // Same channels twice (the common RUNNING/FINISHED pair), then a message adding a channel and missing one.
        Path file = dir.resolve("merge.jsonl");
        String head = "{\"type\":\"task\",\"task_id\":\"t\",\"workflow_id\":\"w\",\"activity_id\":\"a\",";
        Files.writeString(file, String.join("\n",
                head + "\"status\":\"RUNNING\",\"telemetry_at_start\":{\"cpu\":{\"percent_all\":10.0},"
                        + "\"memory\":{\"virtual\":{\"used\":100}}}}",
                head + "\"status\":\"RUNNING\",\"telemetry_at_start\":{\"cpu\":{\"percent_all\":11.0},"
                        + "\"memory\":{\"virtual\":{\"used\":101}}}}",
                head + "\"status\":\"FINISHED\",\"telemetry_at_end\":{\"cpu\":{\"percent_all\":30.0},"
                        + "\"disk\":{\"io_sum\":{\"read_bytes\":5}}}}"));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new FlowceptImporter().importFile(file, builder, new NullProgressMonitor());
        assertEquals(0, result.skipped(), result::summary);
        Telemetry telemetry = tasksById(builder.workspace()).get("t").getTelemetry();
        assertEquals(List.of("cpu.percent_all", "memory.virtual.used", "disk.io_sum.read_bytes"),
                telemetry.getSchema().getChannels());
        assertEquals(11.0, channel(telemetry, "cpu.percent_all", false), "the later start replaces the earlier");
        assertEquals(101.0, channel(telemetry, "memory.virtual.used", false));
        assertTrue(Double.isNaN(channel(telemetry, "disk.io_sum.read_bytes", false)), "never read at start");
        assertEquals(30.0, channel(telemetry, "cpu.percent_all", true));
        assertEquals(5.0, channel(telemetry, "disk.io_sum.read_bytes", true));
        assertTrue(Double.isNaN(channel(telemetry, "memory.virtual.used", true)), "never read at end");
        // Importing the file again changes nothing.
        new FlowceptImporter().importFile(file, builder, new NullProgressMonitor());
        Telemetry again = tasksById(builder.workspace()).get("t").getTelemetry();
        assertEquals(telemetry.getSchema().getChannels(), again.getSchema().getChannels());
        assertEquals(11.0, channel(again, "cpu.percent_all", false));
        assertEquals(5.0, channel(again, "disk.io_sum.read_bytes", true));
    }

    @Test
    void mongoExportOfFlowceptsOwnSampleMergesMessagesIntoTasks() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "flowcept/sample_data.json");
        assertEquals(265, result.records());
        assertEquals(0, result.skipped());
        Map<String, Task> tasks = tasksById(builder.workspace());
        assertEquals(207, tasks.size(), "265 messages of 207 distinct task ids");
        // {"$numberLong": "1674603140215"} is milliseconds: read as epoch seconds.
        Task first = tasks.get("a9a08ba1f7f1412ba9a1dd9ecab7478b");
        assertEquals(1674603140.215, first.getStartedAt(), 1e-6);
        assertEquals(1674603140.228, first.getEndedAt(), 1e-6);
        assertEquals(Status.FINISHED, first.getStatus());
        assertEquals("MAC132633", first.getHost().getName());
        assertEquals("64", parameter(first, "batch_size").getValue());
        assertEquals(ValueType.INTEGER, parameter(first, "batch_size").getType());
        assertEquals(0.04, first.getMetrics().get(0).getValue(), 1e-12);
        List<String> campaigns = builder.workspace().getCampaigns().stream().map(c -> c.getId()).sorted().toList();
        assertEquals(List.of("campaign-uuid", "default", "super_campaign"), campaigns);
        // utc_timestamp in that export is 5 h ahead of the task clock: reported, not silently mixed.
        assertTrue(result.problems().stream().anyMatch(p -> p.severity() == ImportProblem.Severity.WARNING
                && p.message().startsWith("clock offset: utc_timestamp is +18000 s (+5.00 h)")), result.problems()::toString);
        assertFalse(result.hasErrors(), result.problems()::toString);
    }

    @Test
    void jsonlBufferBuildsTheTaskHierarchyWhateverTheMessageOrder() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "flowcept/train_nvidia.jsonl");
        assertEquals(9, result.records());
        assertEquals(0, result.skipped());
        Workflow workflow = builder.workspace().getCampaigns().get(0).getWorkflows().get(0);
        assertEquals("llama-ft lr=3e-4", workflow.getName());
        assertEquals("llm_finetune_campaign", workflow.getCampaign().getId());
        assertEquals(1, workflow.getTasks().size(), "only model_train at the top");
        Task train = workflow.getTasks().get(0);
        assertEquals("model_train", train.getActivity());
        assertEquals(List.of("epoch-0", "epoch-1"), train.getChildren().stream().map(Task::getId).toList());
        Task epoch0 = train.getChildren().get(0);
        assertEquals(List.of("batch-0-1", "batch-0-0"), epoch0.getChildren().stream().map(Task::getId).toList(),
                "the batch that arrived before its epoch is still placed under it");
        Task epoch1 = train.getChildren().get(1);
        assertEquals(List.of("batch-1-0"), epoch1.getChildren().get(1).getDependencies().stream().map(Task::getId)
                .toList(), "batch-1-1 depends on batch-1-0");
        // RUNNING then FINISHED: one task with the start of the first and the end of the second message.
        assertEquals(Status.FINISHED, train.getStatus());
        assertEquals(1707422729.0, train.getStartedAt());
        assertEquals(1707422778.0, train.getEndedAt());
        assertEquals(1707422729.0, workflow.getStartedAt(), "workflow span rolled up from its tasks");
        assertEquals(Status.FINISHED, workflow.getStatus());
        assertEquals(List.of("sweep", "baseline"), train.getTags());
        assertEquals("flowcept-agent-1", train.getAgent().getId());
        // Typed parameters, nested inputs flattened.
        assertEquals(ValueType.REAL, parameter(train, "lr").getType());
        assertEquals(ValueType.INTEGER, parameter(train, "epochs").getType());
        assertEquals("adamw", parameter(train, "opt.name").getValue());
        assertEquals(ValueType.JSON, parameter(train, "opt.betas").getType());
        assertEquals("[0.9,0.95]", parameter(train, "opt.betas").getValue());
        // Telemetry: start from the RUNNING message, end from the FINISHED one; NVML milliwatts become watts.
        Telemetry telemetry = train.getTelemetry();
        assertEquals(60.0, channel(telemetry, "gpu.gpu_0.power", false));
        assertEquals(90.0, channel(telemetry, "gpu.gpu_0.power", true));
        assertEquals(50.0, channel(telemetry, "gpu.gpu_0.temperature", true));
        int power = telemetry.getSchema().getChannels().indexOf("gpu.gpu_0.power");
        assertEquals("W", telemetry.getSchema().getUnits().get(power));
        assertFalse(telemetry.getSchema().getChannels().stream().anyMatch(c -> c.contains("per_interface")
                || c.contains("per_disk") || c.endsWith(".pid")), "per-device breakdowns and ids are not channels");
        // Every epoch shares one schema object.
        assertSame(epoch0.getTelemetry().getSchema(), train.getChildren().get(1).getTelemetry().getSchema());
        // Lineage: the dataset path used by the workflow and by model_train is one artifact.
        ArtifactLink trainData = train.getUsed().get(0);
        assertEquals("train_data", trainData.getRole());
        assertEquals(ArtifactKind.DATASET, trainData.getArtifact().getKind());
        assertSame(trainData.getArtifact(), workflow.getUsed().get(0).getArtifact());
        assertEquals(ArtifactKind.MODEL, train.getGenerated().get(0).getArtifact().getKind());
        assertEquals("llama-ft-0001.pt", train.getGenerated().get(0).getArtifact().getName());
    }

    @Test
    void amdTelemetryIsConvertedAndTheClockOffsetReported() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "flowcept/amd_frontier.jsonl");
        Task task = tasksById(builder.workspace()).get("frontier-0");
        Telemetry telemetry = task.getTelemetry();
        assertEquals(480.0, channel(telemetry, "gpu.gpu_0.power.average_socket_power", true));
        assertEquals(78.0, channel(telemetry, "gpu.gpu_0.temperature.edge", true));
        assertEquals(97.0, channel(telemetry, "gpu.gpu_1.activity.gfx", true));
        double joules = channel(telemetry, "gpu.gpu_0.power.energy_accumulator", true)
                - channel(telemetry, "gpu.gpu_0.power.energy_accumulator", false);
        assertEquals(18000.0, joules, 0.01, "energy_accumulator counts 15.259 µJ units");
        int energy = telemetry.getSchema().getChannels().indexOf("gpu.gpu_0.power.energy_accumulator");
        assertEquals("J", telemetry.getSchema().getUnits().get(energy));
        // submitted_at was on the utc_timestamp clock, 18,000 s ahead: moved onto the task clock.
        assertEquals(task.getStartedAt() - 5.0, task.getSubmittedAt(), 1e-6);
        ImportProblem offset = result.problems().stream().filter(p -> p.message().startsWith("clock offset"))
                .findFirst().orElseThrow();
        assertTrue(offset.message().contains("+18000 s") && offset.message().contains("in 3 records")
                && offset.message().contains("3 submitted_at values were moved"), offset.message());
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndEveryGoodRecordIsKept() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        Path file = TestFiles.get("flowcept/broken.jsonl");
        ImportResult result = importInto(builder, "flowcept/broken.jsonl");
        assertEquals(6, result.records(), "blank lines are not records");
        assertEquals(4, result.skipped());
        assertEquals(List.of("ok-1", "ok-2"), tasksById(builder.workspace()).keySet().stream().sorted().toList());
        List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(problems.get(0).startsWith(file + ":2: not a JSON record"), problems::toString);
        assertEquals(file + ":3: record without task_id", problems.get(1));
        assertEquals(file + ":5: expected a JSON object (a Flowcept record), found an array", problems.get(2));
        assertTrue(problems.get(3).startsWith(file + ":7: not a JSON record"), problems::toString);
        assertEquals(file + ": 6 records, 2 imported, 4 skipped", result.summary());
    }

    @Test
    void aTruncatedArrayKeepsTheRecordsBeforeTheCut() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "flowcept/truncated_array.json");
        assertEquals(List.of("arr-0", "arr-1"), tasksById(builder.workspace()).keySet().stream().sorted().toList());
        assertTrue(result.hasErrors());
        ImportProblem problem = result.problems().get(0);
        assertTrue(problem.line() > 0, "names the line");
        assertTrue(problem.message().startsWith("the file ends in the middle of a record"), problem.message());
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, "flowcept/train_nvidia.jsonl");
        importInto(builder, "flowcept/amd_frontier.jsonl");
        String before = describe(builder.workspace());
        // A new builder over the same workspace, as when a saved workspace is reopened and the files re-imported.
        WorkspaceBuilder again = new WorkspaceBuilder(builder.workspace());
        importInto(again, "flowcept/amd_frontier.jsonl");
        importInto(again, "flowcept/train_nvidia.jsonl");
        assertEquals(before, describe(builder.workspace()));
    }

    /** Every task with its place, times, parameters, metrics, links and telemetry, as text. */
    private static String describe(Workspace workspace) {
        return tasksById(workspace).values().stream().sorted((a, b) -> a.getId().compareTo(b.getId()))
                .map(t -> t.getId() + " in " + (t.getParent() != null ? t.getParent().getId() : t.getWorkflow().getId())
                        + " " + t.getStatus() + " " + t.getStartedAt() + "-" + t.getEndedAt()
                        + " p" + t.getParameters().stream().map(p -> p.getKey() + "=" + p.getValue()).toList()
                        + " m" + t.getMetrics().stream().map(m -> m.getKey() + "=" + m.getValue()).toList()
                        + " u" + t.getUsed().size() + " g" + t.getGenerated().size() + " d" + t.getDependencies().size()
                        + " t" + (t.getTelemetry() == null ? "-" : java.util.Arrays.toString(t.getTelemetry().getAtEnd())))
                .collect(Collectors.joining("\n"))
                + "\nartifacts " + workspace.getArtifacts().size() + ", schemas " + workspace.getTelemetrySchemas().size()
                + ", hosts " + workspace.getSites().get(0).getHosts().size();
    }

    @Test
    void cancellingKeepsWhatWasReadAndSaysSo() throws IOException {
        Path file = dir.resolve("many.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("{\"task_id\": \"t").append(i).append("\", \"activity_id\": \"a\"}\n");
        }
        Files.writeString(file, text);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new FlowceptImporter().importFile(file, builder, monitor);
        assertTrue(result.cancelled());
        int kept = tasksById(builder.workspace()).size();
        assertTrue(kept > 0 && kept < 3000, "kept " + kept);
        assertEquals(kept, result.records());
    }

    @Test
    void formatIsRecognisedByContentAndUnknownFilesGiveAnError() throws IOException {
        Path renamed = dir.resolve("provenance.dat");
        Files.copy(TestFiles.get("flowcept/train_nvidia.jsonl"), renamed);
        assertEquals("Flowcept", Importers.detectFormat(renamed).orElseThrow());
        Path other = dir.resolve("notes.jsonl");
        Files.writeString(other, "{\"hello\": 1}\n");
        assertTrue(Importers.detectFormat(other).isEmpty());
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = Importers.importFile(other, builder, null);
        assertTrue(result.hasErrors());
        assertTrue(result.problems().get(0).toString().startsWith(other + ": not a provenance format"));
        assertEquals(1, builder.workspace().getImports().size(), "failed imports are recorded too");
        ImportResult good = Importers.importFile(renamed, builder, null);
        assertFalse(good.hasErrors());
        assertNotNull(builder.workspace().getImports().get(1));
        assertEquals(9, builder.workspace().getImports().get(1).getRecords());
    }
}
