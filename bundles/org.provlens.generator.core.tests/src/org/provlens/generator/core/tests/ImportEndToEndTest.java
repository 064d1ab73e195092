package org.provlens.generator.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.generator.core.CampaignGenerator;
import org.provlens.generator.core.CampaignSettings;
import org.provlens.generator.core.GenerationResult;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.Metric;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** The sample, imported by ProvLens' own Flowcept importer. */
class ImportEndToEndTest {

    @TempDir
    static Path dir;

    private static GenerationResult generated;
    private static ImportResult imported;
    private static Workspace workspace;

    @BeforeAll
    static void importTheSample() throws IOException {
        Path file = dir.resolve("llm_finetune_sample.jsonl");
        generated = new CampaignGenerator(CampaignSettings.sample()).write(file);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("t");
        imported = new FlowceptImporter().importFile(file, builder, null);
        workspace = builder.workspace();
    }

    @Test
    void everyRecordImportsWithoutProblems() {
        assertEquals(0, imported.skipped(), imported.summary());
        assertFalse(imported.hasErrors(), imported.problems().toString());
        assertEquals(List.of(), imported.problems().stream().map(ImportProblem::toString).toList(),
                "not even warnings (no clock offset, no missing parent)");
        assertEquals(generated.lines(), imported.records());
        assertEquals(generated.tasks(), imported.tasks());
        assertEquals(generated.workflows(), imported.workflows());
        assertEquals(1, workspace.getCampaigns().size());
        Campaign campaign = workspace.getCampaigns().get(0);
        assertEquals(CampaignSettings.DEFAULT_CAMPAIGN_ID, campaign.getId());
        assertEquals(generated.workflows(), campaign.getWorkflows().size());
        assertEquals(generated.tasks(), allTasks().size());
    }

    @Test
    void theTaskTreeIsModelTrainEpochsBatchesForwards() {
        int trainingWorkflows = 0;
        for (Workflow workflow : workspace.getCampaigns().get(0).getWorkflows()) {
            if (!"training".equals(workflow.getSubtype())) {
                continue;
            }
            trainingWorkflows++;
            assertEquals(1, workflow.getTasks().size(), workflow.getName());
            Task train = workflow.getTasks().get(0);
            assertEquals("model_train", train.getActivity());
            assertFalse(train.getChildren().isEmpty());
            double previousStart = 0;
            for (Task epoch : train.getChildren()) {
                assertEquals("epochs_loop_iteration", epoch.getActivity());
                assertTrue(epoch.getStartedAt() > previousStart, "epochs in order");
                previousStart = epoch.getStartedAt();
                assertFalse(epoch.getChildren().isEmpty());
                for (Task batch : epoch.getChildren()) {
                    assertEquals("train_batch_iteration", batch.getActivity());
                    assertEquals(1, batch.getChildren().size());
                    Task forward = batch.getChildren().get(0);
                    assertEquals("parent_forward", forward.getSubtype());
                    List<String> layers = forward.getChildren().stream().map(Task::getActivity).toList();
                    assertEquals(List.of("Embedding", "TransformerBlock", "TransformerBlock", "TransformerBlock",
                            "RMSNorm", "LMHead"), layers);
                    forward.getChildren().forEach(c -> assertEquals("child_forward", c.getSubtype()));
                    assertNotNull(batch.getTelemetry());
                    assertNotNull(forward.getTelemetry(), "the model's forward has telemetry_at_end");
                }
            }
            assertEquals(train.getStatus(), workflow.getStatus(), "the workflow's status rolls up from its tasks");
            assertTrue(train.getStatus() == Status.FINISHED || train.getStatus() == Status.ERROR);
        }
        assertEquals(10, trainingWorkflows);
    }

    @Test
    void shardsAndCheckpointsBecomeLinkedArtifacts() {
        Set<Artifact> shards = new HashSet<>();
        for (Artifact artifact : workspace.getArtifacts()) {
            if (artifact.getId().endsWith(".parquet")) {
                assertEquals(ArtifactKind.DATASET, artifact.getKind());
                shards.add(artifact);
            }
        }
        assertEquals(16, shards.size());
        Set<Artifact> generatedByTokenize = new HashSet<>();
        Set<Artifact> usedByTraining = new HashSet<>();
        int checkpoints = 0;
        for (Task task : allTasks()) {
            if ("tokenize_shard".equals(task.getActivity())) {
                task.getGenerated().forEach(l -> generatedByTokenize.add(l.getArtifact()));
            }
            if ("model_train".equals(task.getActivity()) && task.getStatus() == Status.FINISHED) {
                List<ArtifactLink> models = task.getGenerated().stream()
                        .filter(l -> l.getArtifact().getKind() == ArtifactKind.MODEL).toList();
                assertEquals(1, models.size());
                assertTrue(models.get(0).getArtifact().getId().endsWith("/final.pt"));
                checkpoints++;
            }
        }
        for (Workflow workflow : workspace.getCampaigns().get(0).getWorkflows()) {
            if ("training".equals(workflow.getSubtype())) {
                workflow.getUsed().stream().map(ArtifactLink::getArtifact)
                        .filter(a -> a.getId().endsWith(".parquet")).forEach(usedByTraining::add);
            }
        }
        assertEquals(shards, generatedByTokenize);
        assertTrue(shards.containsAll(usedByTraining) && usedByTraining.size() >= 2);
        assertTrue(checkpoints >= 5);
    }

    @Test
    void gpuEnergyIsCountedOnTheFirstGcdOfACardOnly() {
        int batches = 0;
        for (Task task : allTasks()) {
            if (!"train_batch_iteration".equals(task.getActivity())) {
                continue;
            }
            Telemetry telemetry = task.getTelemetry();
            List<String> channels = telemetry.getSchema().getChannels();
            double seconds = task.getEndedAt() - task.getStartedAt();
            for (int card = 0; card < 4; card++) {
                int first = channels.indexOf("gpu.gpu_" + (2 * card) + ".power.energy_accumulator");
                int second = channels.indexOf("gpu.gpu_" + (2 * card + 1) + ".power.energy_accumulator");
                double joules = telemetry.getAtEnd()[first] - telemetry.getAtStart()[first];
                assertEquals(0.0, telemetry.getAtEnd()[second] - telemetry.getAtStart()[second]);
                double watts = joules / seconds;
                assertTrue(watts > 80 && watts < 560, "average socket power from energy: " + watts);
            }
            assertEquals("J", telemetry.getSchema().getUnits().get(channels.indexOf("gpu.gpu_0.power.energy_accumulator")));
            batches++;
        }
        assertTrue(batches > 100);
    }

    @Test
    void metricsArriveAsNumbers() {
        int epochs = 0;
        for (Task task : allTasks()) {
            if ("epochs_loop_iteration".equals(task.getActivity()) && task.getStatus() == Status.FINISHED) {
                List<String> keys = task.getMetrics().stream().map(Metric::getKey).toList();
                assertTrue(keys.containsAll(List.of("train_loss", "val_loss", "val_accuracy")), keys.toString());
                epochs++;
            }
        }
        assertTrue(epochs >= 20);
    }

    private static List<Task> allTasks() {
        List<Task> tasks = new ArrayList<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task task) {
                tasks.add(task);
            }
        }
        return tasks;
    }
}
