package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.Levels;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GroupBy;
import org.provlens.energy.core.Method;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.workspace.core.WorkspaceSession;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/** The bundled Flowcept sample (Frontier, MI250X), against an independent reading of its JSON. */
class SampleTest {

    private static WorkspaceSession session;
    private static Workspace workspace;
    private static EnergyLedger ledger;
    /** Joules of the energy_accumulator deltas of each task, summed over GCDs, straight from the file. */
    private static final Map<String, Double> COUNTED = new HashMap<>();

    @BeforeAll
    static void importSample() throws IOException {
        var file = Files.sample("flowcept/llm_finetune_sample.jsonl");
        session = WorkspaceSession.inMemory("sample");
        session.importFiles(List.of(file), null, null);
        workspace = session.workspace();
        ledger = EnergyLedger.compute(workspace, Assumptions.defaults(), null);
        // Python's json writes NaN for the losses of diverged runs.
        JsonFactory json = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        try (BufferedReader lines = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Map<String, Double> start = new HashMap<>();
                Map<String, Double> end = new HashMap<>();
                String id = accumulators(json, line, start, end);
                double sum = Double.NaN;
                for (String gcd : start.keySet()) {
                    if (end.containsKey(gcd)) {
                        double delta = (end.get(gcd) - start.get(gcd)) * 15.259e-6; // amdsmi's unit
                        sum = Double.isNaN(sum) ? delta : sum + delta;
                    }
                }
                if (id != null && !Double.isNaN(sum)) {
                    COUNTED.put(id, sum);
                }
            }
        }
    }

    /** The task id and the energy_accumulator of each GCD at start and end, by walking the record's tokens. */
    private static String accumulators(JsonFactory json, String line, Map<String, Double> start,
            Map<String, Double> end) throws IOException {
        String id = null;
        String snapshot = null;
        String gcd = null;
        int depth = 0;
        try (JsonParser parser = json.createParser(line)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (depth == 1) {
                        snapshot = name.startsWith("telemetry_at_") ? name : null;
                        if (name.equals("task_id")) {
                            parser.nextToken();
                            id = parser.getText();
                        }
                    } else if (depth == 3 && snapshot != null && name.startsWith("gpu_")) {
                        gcd = name;
                    } else if (depth == 5 && snapshot != null && gcd != null && name.equals("energy_accumulator")) {
                        parser.nextToken();
                        (snapshot.endsWith("start") ? start : end).put(gcd, parser.getDoubleValue());
                    }
                }
            }
        }
        return id;
    }

    @Test
    void measuredGpuEnergyIsTheCountersOfTheFileExactly() {
        assertTrue(COUNTED.size() > 250, "tasks with both snapshots: " + COUNTED.size());
        Levels.forEachTask(workspace, task -> {
            Double expected = COUNTED.get(task.getId());
            int i = ledger.indexOf(task);
            if (expected != null) {
                // To the rounding of the stored readings: the importer keeps them in joules (about 10⁸ J, to 10⁻⁸ J).
                assertEquals(expected, ledger.joules(i, Component.GPU), 1e-6, task.getId());
                assertEquals(Method.MEASURED, ledger.method(i, Component.GPU), task.getId());
                assertEquals(1.0, ledger.share(i), "no two tasks of the sample overlap on a node");
            }
        });
        // And the level table's energy.gpu.measured column, for every task of the level.
        LevelTable table = LevelTable.of(workspace, "train_batch_iteration", List.of(EnergyColumns.of(
                Assumptions.defaults())));
        double[] column = table.column("energy.gpu.measured").numbers(table.rows());
        for (int k = 0; k < column.length; k++) {
            Task task = table.rows().get(k);
            assertEquals(COUNTED.get(task.getId()), column[k], 1e-6, task.getId());
            assertEquals(ledger.joules(ledger.indexOf(task), Component.GPU), column[k], 0.0, "unshared: the same");
            assertEquals(column[k], table.column("energy.gpu.measured").number().applyAsDouble(task), 0.0);
        }
    }

    @Test
    void everyJouleOnceThroughTheHierarchy() {
        EnergyProvider provider = new EnergyProvider();
        EnergyReport byActivity = provider.fetch(EnergyQuery.of(workspace, GroupBy.ACTIVITY, Assumptions.defaults())
                .reusing(ledger), null).model();
        EnergyReport byWorkflow = provider.fetch(EnergyQuery.of(workspace, GroupBy.WORKFLOW, Assumptions.defaults())
                .reusing(ledger), null).model();
        EnergyReport byHost = provider.fetch(EnergyQuery.of(workspace, GroupBy.HOST, Assumptions.defaults())
                .reusing(ledger), null).model();
        double total = byActivity.total().joules();
        assertEquals(total, byWorkflow.groups().stream().mapToDouble(EnergyGroup::joules).sum(), total * 1e-12,
                "the runs partition the campaign");
        assertEquals(total, byHost.groups().stream().mapToDouble(EnergyGroup::joules).sum(), total * 1e-12,
                "so do the nodes");
        assertEquals(total, byActivity.groups().stream().mapToDouble(EnergyGroup::exclusiveJoules).sum(),
                total * 1e-12, "and the activities' own energy");
        // The model_train tasks hold their epochs, which hold their batches: inclusive figures nest.
        Map<String, EnergyGroup> groups = new HashMap<>();
        byActivity.groups().forEach(g -> groups.put(g.key(), g));
        assertTrue(groups.get("model_train").joules() >= groups.get("epochs_loop_iteration").joules());
        assertTrue(groups.get("epochs_loop_iteration").joules() > groups.get("train_batch_iteration").joules());
        assertEquals(1687, byActivity.total().tasks());
        // CPU and memory were not measured: modelled from the EPYC 7A53 and the node's 503 GiB, never 0.
        assertEquals(Method.MODELLED, byActivity.total().component(Component.CPU).method());
        assertEquals(Method.MODELLED, byActivity.total().component(Component.RAM).method());
        assertEquals(Method.MEASURED, byActivity.total().component(Component.GPU).method());
        assertTrue(byActivity.total().lowerJoules() <= total && total <= byActivity.total().upperJoules());
        assertFalse(byActivity.warnings().stream().anyMatch(w -> w.contains("negative")), byActivity.warnings()
                ::toString);
        assertTrue(byActivity.warnings().stream().anyMatch(w -> w.contains("used.num_nodes")),
                "the multi-node runs recorded one node: " + byActivity.warnings());
        // Per token of training: the runs' tokens_seen.
        EnergyGroup training = provider.fetch(EnergyQuery.of(workspace, GroupBy.PHASE, Assumptions.defaults())
                .reusing(ledger), null).model().groups().stream().filter(g -> g.key().equals("training"))
                .findFirst().orElseThrow();
        assertTrue(training.perUnit().stream().anyMatch(u -> u.unit().equals("token") && u.count() > 1e9),
                training.perUnit()::toString);
    }

    @Test
    void layerForwardsWithoutTelemetryAreAShareOfTheirModelsForward() {
        Task forward = Levels.select(workspace, "GPTForCausalLM").get(0);
        Task layer = forward.getChildren().get(0);
        int f = ledger.indexOf(forward);
        int l = ledger.indexOf(layer);
        assertEquals(Method.INTEGRATED, ledger.method(f, Component.GPU), "one power snapshot at its end");
        assertEquals(Method.MODELLED, ledger.method(l, Component.GPU));
        double rate = ledger.joules(f, Component.GPU) / (forward.getEndedAt() - forward.getStartedAt());
        assertEquals(rate * (layer.getEndedAt() - layer.getStartedAt()), ledger.joules(l, Component.GPU),
                rate * 1e-9);
    }
}
