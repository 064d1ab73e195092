package org.provlens.recommender.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.generator.core.HistoryGenerator;
import org.provlens.generator.core.HistorySettings;
import org.provlens.generator.core.HpoTask;
import org.provlens.model.StringProperty;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.Characterisation;
import org.provlens.recommender.core.History;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.TaskNode;
import org.provlens.recommender.core.Trial;

/** Task traits from MLflow experiment tags and dataset profiles, Flowcept used, CMF artifact properties, users. */
class CharacterisationTest {

    @TempDir
    Path dir;

    @Test
    void everyTaskOfTheGeneratedHistoryIsOneNodeWithTheTraitsItWasGeneratedWith() throws IOException {
        Workspace workspace = GeneratedHistory.workspace();
        History history = History.of(workspace, null);
        List<HpoTask> tasks = new HistoryGenerator(HistorySettings.small(GeneratedHistory.SEED)).tasks();
        assertEquals(tasks.size(), history.nodes().size(), "MLflow and Flowcept searches of a task are one node");
        for (HpoTask task : tasks) {
            TaskNode node = history.nodes().stream().filter(n -> n.key().equals(task.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no node " + task.name()));
            assertEquals(new TaskCharacteristics(task.traits()).traits(), Map.copyOf(node.characteristics().traits()),
                    task.name());
            for (Trial trial : node.trials()) {
                assertEquals(new TaskCharacteristics(task.traits()).traits(), Map.copyOf(trial.task().traits()),
                        "every trial of " + task.name() + ", whichever format: " + trial.execution().getId());
                assertTrue(Double.isFinite(trial.energyJoules()), "CodeCarbon's energy of " + trial.execution().getId());
                assertTrue(trial.configuration().keySet().stream().noneMatch(k -> k.startsWith("task.")));
            }
        }
    }

    @Test
    void cmfDatasetArtifactPropertiesGiveTheTraits() throws IOException {
        Path export = dir.resolve("cmf.json");
        // A cmf metadata export (cmfquery.dumptojson): the training execution reads a Dataset whose custom
        // properties a team filled; its Metrics output holds the accuracy.
        Files.writeString(export, """
                {"Pipeline": [{"id": 1, "name": "fraud", "type": "Parent_Context", "properties": {},
                  "custom_properties": {}, "create_time_since_epoch": 1700000000000,
                  "last_update_time_since_epoch": 1700000000000, "stages": [{"id": 2, "name": "fraud/train",
                  "type": "Pipeline_Stage", "properties": {}, "custom_properties": {},
                  "create_time_since_epoch": 1700000000000, "last_update_time_since_epoch": 1700000060000,
                  "executions": [{"id": 3, "name": "", "type": "fraud/train",
                    "properties": {"Execution_uuid": "e-1", "Context_Type": "fraud/train", "Pipeline_Type": "fraud"},
                    "custom_properties": {"model": "svm", "C": 1.5},
                    "create_time_since_epoch": 1700000000000, "last_update_time_since_epoch": 1700000060000,
                    "events": [
                      {"type": 3, "artifact": {"id": 10, "type": "Dataset", "name": "data/tx.csv:0123456789abcdef0123456789abcdef",
                        "uri": "0123456789abcdef0123456789abcdef", "properties": {},
                        "custom_properties": {"num_rows": 120000, "num_features": 31, "task_type": "Fraud_Detection",
                          "task.modality": "tabular"}}},
                      {"type": 4, "artifact": {"id": 11, "type": "Metrics", "name": "metrics:uuid-1:e-1",
                        "uri": "uuid-1", "properties": {}, "custom_properties": {"val_auc": 0.97}}}]}]}]}]}
                """);
        Workspace workspace = GeneratedHistory.importFolder(dir);
        Trial trial = History.of(workspace, null).trials().get(0);
        assertEquals("svm", trial.model());
        assertEquals(Map.of("C", 1.5), trial.configuration());
        assertEquals(0.97, trial.outcome("val_auc"), 1e-12);
        assertEquals(TaskCharacteristics.parse("modality=tabular, rows=120000, features=31,"
                + " category=fraud_detection").traits(), Map.copyOf(trial.task().traits()));
    }

    @Test
    void traitsAUserEntersAreStoredAsTaskPropertiesAndWinOverDerivedOnes() throws IOException {
        Workspace workspace = GeneratedHistory.importFolder(Files.createDirectories(dir.resolve("empty")));
        Workflow run = org.provlens.model.ProvlensFactory.eINSTANCE.createWorkflow();
        run.setId("r");
        var p = org.provlens.model.ProvlensFactory.eINSTANCE.createParameter();
        p.setKey("dataset.num_rows");
        p.setValue("500");
        run.getParameters().add(p);
        assertEquals(500.0, Characterisation.of(run).number("rows"));
        List<StringProperty> before = Characterisation.store(run, TaskCharacteristics.parse("rows=2000, domain=bank"));
        assertEquals(List.of("task.rows", "task.domain"), run.getProperties().stream().map(StringProperty::getKey)
                .toList());
        assertEquals(TaskCharacteristics.parse("rows=2000, domain=bank"), Characterisation.of(run));
        Characterisation.restore(run, before);
        assertEquals(500.0, Characterisation.of(run).number("rows"));
        assertTrue(workspace.getCampaigns().isEmpty());
        assertEquals("category", Characterisation.traitOf("mlflow.experiment.task.category"));
        assertEquals("rows", Characterisation.traitOf("task.n_samples"));
        assertEquals(null, Characterisation.traitOf("taskforce"));
    }
}
