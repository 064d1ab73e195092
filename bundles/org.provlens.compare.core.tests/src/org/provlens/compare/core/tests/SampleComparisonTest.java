package org.provlens.compare.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.Better;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.ConfigRow;
import org.provlens.compare.core.OutcomeRow;
import org.provlens.compare.core.SeriesInfo;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GroupBy;
import org.provlens.model.Task;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * Three runs of the bundled sweep compared: the configuration as the workflow records give it, the outcomes with
 * deltas and the best run, series of the epochs and of the telemetry, and the epochs aligned with the diverged
 * run's missing ones unmatched. Expectations are read from the JSONL file with jackson.
 */
class SampleComparisonTest {

    private static WorkspaceSession session;
    private static List<Map<String, Object>> records;
    private static Comparison comparison;

    @BeforeAll
    static void compare() throws IOException {
        session = Fixtures.imported(Fixtures.sample("llm_finetune_sample.jsonl"));
        records = RawRecords.read(Fixtures.sample("llm_finetune_sample.jsonl"));
        ProviderResponse<Comparison> response = new ComparisonProvider().fetch(
                ComparisonQuery.of(session.workspace(), Fixtures.THREE_RUNS).withDepth(2).withAtStep(2L), null);
        assertTrue(response.isCompleted(), response.message());
        comparison = response.model();
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    private static ConfigRow parameter(String key) {
        return Fixtures.row(comparison, key);
    }

    private static OutcomeRow outcome(String key) {
        OutcomeRow row = comparison.outcome(key);
        assertNotNull(row, "no outcome " + key + " among " + comparison.outcomes().stream().map(OutcomeRow::key).toList());
        return row;
    }

    @Test
    void runsAreTheNamedWorkflowsInOrderWithTheFirstAsBaseline() {
        assertEquals(Fixtures.THREE_RUNS, comparison.runs().stream().map(r -> r.name()).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(RawRecords.workflow(records, Fixtures.THREE_RUNS.get(i)).get("workflow_id"),
                    comparison.runs().get(i).id());
            assertEquals("workflow", comparison.runs().get(i).kind());
        }
        assertEquals(0, comparison.baseline());
        assertEquals("ERROR", comparison.runs().get(1).status(), "ft-003 diverges");
    }

    @Test
    void everyHyperparameterIsARowWithEachRunsValue() {
        for (String name : List.of("learning_rate", "batch_size", "dropout", "seq_len", "optimizer", "seed")) {
            ConfigRow row = parameter("used." + name);
            assertEquals("parameter", row.section());
            for (int i = 0; i < 3; i++) {
                Object raw = ((Map<?, ?>) RawRecords.workflow(records, Fixtures.THREE_RUNS.get(i)).get("used")).get(name);
                if (raw instanceof Double number) {
                    assertEquals(number, Double.parseDouble(row.values().get(i)), 1e-12, name);
                } else {
                    assertEquals(raw, row.values().get(i), name);
                }
            }
        }
        assertTrue(parameter("used.learning_rate").differs());
        assertFalse(parameter("used.seq_len").differs(), "2048 in every run");
        assertFalse(parameter("used.optimizer").differs());
    }

    @Test
    void aShardOnlyOneRunUsesIsMissingInTheOthers() {
        // ft-000 trains on all 15 shards, the other two on a half (8). A used path is compared as an artifact.
        ConfigRow shard = parameter("artifact.dataset.shard_14");
        assertEquals("data", shard.section());
        assertTrue(shard.values().get(0).endsWith("shard_14.parquet"));
        assertNull(shard.values().get(1));
        assertNull(shard.values().get(2));
        assertTrue(shard.differs());
        assertFalse(parameter("artifact.dataset.shard_00").differs());
        assertTrue(comparison.parameters().stream().noneMatch(r -> r.key().equals("used.dataset.shard_00")),
                "not twice: as the parameter and as the artifact");
    }

    @Test
    void artifactsCodeEnvironmentAndHostsHaveSectionsOfTheirOwn() {
        ConfigRow validation = parameter("artifact.validation_shard");
        assertEquals("data", validation.section());
        assertFalse(validation.differs());
        // The importer does not take ".safetensors" (11 letters) for a file extension: the base model stays a
        // parameter.
        ConfigRow base = parameter("used.base_model");
        assertTrue(base.differs(), "L32-H2048 against L48-H5120");
        assertEquals(base.values().get(1), base.values().get(2));
        ConfigRow sha = parameter("code.sha");
        assertEquals("code", sha.section());
        assertEquals("9c066668d8188ed3e10b274ab24613bf63e358eb", sha.values().get(0));
        assertFalse(sha.differs());
        ConfigRow cpu = parameter("environment.cpu.brand_raw");
        assertEquals("environment", cpu.section());
        assertEquals("AMD EPYC 7A53 64-Core Processor", cpu.values().get(2));
        assertFalse(cpu.differs(), "machine_info aligns without its host name");
        ConfigRow host = parameter("host");
        assertEquals("host", host.section());
        assertTrue(host.differs());
        assertTrue(comparison.parameters().indexOf(parameter("used.learning_rate"))
                < comparison.parameters().indexOf(validation), "parameters come first");
    }

    @Test
    void outputsAreOutcomesWithDeltasAgainstTheBaselineAndTheBestRun() {
        OutcomeRow loss = outcome("generated.final_val_loss");
        assertEquals(Better.LOWER, loss.better());
        for (int i = 0; i < 3; i++) {
            double raw = (Double) ((Map<?, ?>) RawRecords.workflow(records, Fixtures.THREE_RUNS.get(i)).get("generated"))
                    .get("final_val_loss");
            assertEquals(raw, loss.value(i), 1e-12);
        }
        assertEquals(0, loss.delta(0), 0);
        assertEquals(1.99521 - 2.1382, loss.delta(2), 1e-9);
        assertEquals((1.99521 - 2.1382) / 2.1382, loss.relative(2), 1e-9);
        assertEquals(2, loss.best(), "ft-006 has the lowest validation loss");
        assertEquals(2, outcome("generated.val_accuracy").best(), "and the highest accuracy");
        assertEquals(Better.HIGHER, outcome("generated.val_accuracy").better());
        OutcomeRow duration = outcome("duration");
        assertEquals("s", duration.unit());
        assertTrue(duration.value(1) < duration.value(0), "the diverged run stops early");
        assertEquals(0, duration.best(), "but a run that failed is nobody's best");
    }

    @Test
    void energyAndTelemetryOutcomesComeFromTheTasksMeasurements() {
        OutcomeRow counted = outcome("energy.gpu.measured");
        assertEquals("J", counted.unit());
        assertEquals(Better.LOWER, counted.better());
        OutcomeRow gpuJoules = outcome("energy.gpu");
        for (int i = 0; i < 3; i++) {
            // Each run trained in one model_train task, alone on its node: its GPUs' counters are the run's.
            Object id = comparison.runs().get(i).id();
            List<Map<String, Object>> train = RawRecords.tasks(records, id, "model_train");
            assertEquals(1, train.size());
            double joules = countedJoules(train.get(0));
            assertEquals(joules, counted.value(i), joules * 1e-12, "counted GPU joules of run " + i);
            assertEquals(joules, gpuJoules.value(i), joules * 1e-9, "nothing shared the node, so all of it is the run's");
        }
        assertEquals(28_367_107.44, counted.value(0), 0.01, "1,859,041,053,932 units of 15.259 µJ");
        // Total and carbon as the energy report by workflow gives them (each run's own energy and its tasks'),
        // and the carbon at the defaults of docs/energy.md: PUE 1.67, 475 gCO2e/kWh.
        EnergyReport report = new EnergyProvider().fetch(
                EnergyQuery.of(session.workspace(), GroupBy.WORKFLOW, Assumptions.defaults()), null).model();
        OutcomeRow total = outcome("energy.total");
        OutcomeRow facility = outcome("energy.facility");
        OutcomeRow carbon = outcome("energy.co2e_g");
        assertEquals("g", carbon.unit());
        for (int i = 0; i < 3; i++) {
            String id = comparison.runs().get(i).id();
            EnergyGroup group = report.groups().stream().filter(g -> id.equals(g.key())).findFirst().orElseThrow();
            assertEquals(group.joules(), total.value(i), group.joules() * 1e-9, "IT joules of run " + i);
            assertTrue(total.value(i) > gpuJoules.value(i), "the CPUs and RAM are modelled beside the GPUs");
            assertEquals(total.value(i) * 1.67, facility.value(i), total.value(i) * 1e-9);
            assertEquals(facility.value(i) / 3.6e6 * 475, carbon.value(i), carbon.value(i) * 1e-9);
            assertEquals(group.co2eGrams(), carbon.value(i), carbon.value(i) * 1e-9, "gCO2e of run " + i);
        }
        assertTrue(carbon.value(1) < carbon.value(0) && carbon.value(0) < carbon.value(2), "by the hours they ran");
        assertEquals(0, carbon.best(), "ft-003 emitted least, but a run that failed is nobody's best");
        OutcomeRow peak = outcome("telemetry:gpu.temperature.max");
        assertEquals("°C", peak.unit());
        assertEquals(Better.LOWER, peak.better());
        OutcomeRow utilisation = outcome("telemetry:gpu.utilisation.mean");
        for (int i = 0; i < 3; i++) {
            assertTrue(peak.value(i) > 28 && peak.value(i) < 120, "a plausible peak: " + peak.value(i));
            assertTrue(utilisation.value(i) > 0 && utilisation.value(i) <= 100, "a percentage: " + utilisation.value(i));
        }
        // The peak is the hottest sensor of any snapshot: compare with the raw end snapshots of the epochs.
        double hottest = 0;
        Object id = comparison.runs().get(0).id();
        for (Map<String, Object> epoch : RawRecords.tasks(records, id, "epochs_loop_iteration")) {
            Map<?, ?> gpus = (Map<?, ?>) ((Map<?, ?>) epoch.get("telemetry_at_end")).get("gpu");
            for (Object gpu : gpus.values()) {
                for (Object sensor : ((Map<?, ?>) ((Map<?, ?>) gpu).get("temperature")).values()) {
                    if (sensor instanceof Double t) {
                        hottest = Math.max(hottest, t);
                    }
                }
            }
        }
        assertTrue(peak.value(0) >= hottest, peak.value(0) + " < the epochs' hottest sensor " + hottest);
    }

    @Test
    void theEpochsMetricsAreASeriesByEpochWithLastMinMaxAndTheValueAtAStep() {
        SeriesInfo info = comparison.series().stream().filter(s -> s.key().equals("epochs_loop_iteration:val_loss"))
                .findFirst().orElseThrow();
        assertTrue(info.steps() && info.times());
        assertEquals(4, info.points()[0]);
        assertEquals(1, info.points()[1], "ft-003 validated once before it diverged");
        assertEquals(2.1382, outcome("epochs_loop_iteration:val_loss.last").value(0), 1e-12);
        assertEquals(1.987, outcome("epochs_loop_iteration:val_loss.min").value(2), 1e-12);
        assertEquals(2.37999, outcome("epochs_loop_iteration:val_loss.max").value(0), 1e-12);
        OutcomeRow atStep = outcome("epochs_loop_iteration:val_loss.at_step_2");
        assertEquals(2.15391, atStep.value(0), 1e-12, "epoch 2 of ft-000");
        assertEquals(2.21791, atStep.value(1), 1e-12, "ft-003's last validation, epoch 0");
        assertEquals(1.987, atStep.value(2), 1e-12);
        assertTrue(comparison.series().stream().anyMatch(s -> s.key().equals("train_batch_iteration:loss")));
        assertTrue(comparison.series().stream().noneMatch(s -> s.key().startsWith("model_train:")),
                "a single task's outputs are no series");
        assertTrue(comparison.series().stream().noneMatch(s -> s.key().equals("GPTForCausalLM:tensor.nbytes")),
                "nor a tensor size every forward of a run repeats");
        assertTrue(comparison.series().stream().noneMatch(s -> s.key().endsWith("tensor.id")), "nor object ids");
    }

    @Test
    void epochsAreAlignedByTheirIndexAndTheDivergedRunsMissingEpochsAreUnmatched() {
        assertEquals(1, comparison.levels().size());
        AlignedNode train = comparison.levels().get(0);
        assertEquals("model_train", train.activity());
        assertEquals(3, train.matched());
        List<AlignedNode> epochs = train.children().stream().filter(n -> n.activity().equals("epochs_loop_iteration"))
                .toList();
        assertEquals(4, epochs.size());
        assertEquals(List.of("0", "1", "2", "3"), epochs.stream().map(AlignedNode::position).toList());
        assertEquals("i", epochs.get(0).index());
        assertEquals("epochs_loop_iteration i=3", epochs.get(3).label());
        assertEquals(List.of(3, 3, 2, 2), epochs.stream().map(AlignedNode::matched).toList());
        assertNull(epochs.get(2).members().get(1), "ft-003 has no third epoch");
        for (AlignedNode epoch : epochs) {
            for (int r = 0; r < 3; r++) {
                Task task = (Task) epoch.members().get(r);
                if (task != null) {
                    assertEquals(epoch.position(), org.provlens.model.util.Tasks.parameter(task, "i").getValue());
                    assertEquals(comparison.runs().get(r).id(), org.provlens.model.util.Tasks.workflowOf(task).getId());
                }
            }
        }
        OutcomeRow loss = epochs.get(1).outcome("generated.val_loss");
        assertEquals(2.22989, loss.value(0), 1e-12);
        assertTrue(Double.isNaN(loss.value(1)), "the diverged epoch has no validation loss");
        assertEquals(2.00061 - 2.22989, loss.delta(2), 1e-9);
        assertNull(epochs.get(0).children(), "deeper levels are aligned on demand");
    }

    @Test
    void runsSortByAnOutcomeAndDeltasFollowANewBaseline() {
        int[] order = comparison.order("generated.final_val_loss", false);
        assertEquals(List.of(2, 0, 1), java.util.Arrays.stream(order).boxed().toList());
        Comparison sorted = comparison.reordered(order, 2);
        assertEquals(0, sorted.baseline());
        assertEquals("ft-006-L48-H5120-lr3e-5-bs32", sorted.runs().get(0).name());
        OutcomeRow loss = sorted.outcome("generated.final_val_loss");
        assertEquals(0, loss.delta(0), 0);
        assertEquals(2.1382 - 1.99521, loss.delta(1), 1e-9);
        assertEquals(0, loss.best());
        ConfigRow lr = sorted.parameters().stream().filter(r -> r.key().equals("used.learning_rate")).findFirst().orElseThrow();
        assertEquals(0.0003, Double.parseDouble(lr.values().get(2)), 1e-12);
        AlignedNode epoch = sorted.levels().get(0).children().stream()
                .filter(n -> n.label().equals("epochs_loop_iteration i=2")).findFirst().orElseThrow();
        assertNull(epoch.members().get(2), "the diverged run is last now");
        assertEquals(comparison.outcomes().stream().map(OutcomeRow::key).sorted(Comparator.naturalOrder()).toList(),
                sorted.outcomes().stream().map(OutcomeRow::key).sorted(Comparator.naturalOrder()).toList());
    }

    @Test
    void theFirstAnswerHasTheConfigurationOwnOutcomesAndChildrenButNoSeries() {
        ProviderResponse<Comparison> response = new ComparisonProvider().fetch(
                ComparisonQuery.of(session.workspace(), Fixtures.THREE_RUNS).withSeries(false), null);
        assertTrue(response.isCompleted(), response.message());
        Comparison quick = response.model();
        assertEquals(comparison.parameters(), quick.parameters(), "the hosts are there too");
        assertTrue(quick.series().isEmpty());
        assertNull(quick.outcome("epochs_loop_iteration:val_loss.last"));
        assertNull(quick.outcome("energy.total"), "energy comes with the series: the ledger takes seconds at scale");
        assertNull(quick.outcome("energy.gpu.measured"));
        for (String key : List.of("duration", "generated.final_val_loss")) {
            assertEquals(java.util.Arrays.toString(values(comparison.outcome(key))),
                    java.util.Arrays.toString(values(quick.outcome(key))), key);
        }
        assertEquals(comparison.levels().get(0).path(), quick.levels().get(0).path());
    }

    /** Joules of a task's energy_accumulator deltas summed over its GCDs, straight from the file. */
    private static double countedJoules(Map<String, Object> task) {
        Map<?, ?> start = (Map<?, ?>) ((Map<?, ?>) task.get("telemetry_at_start")).get("gpu");
        Map<?, ?> end = (Map<?, ?>) ((Map<?, ?>) task.get("telemetry_at_end")).get("gpu");
        double units = 0;
        for (Map.Entry<?, ?> gcd : start.entrySet()) {
            units += accumulator(end.get(gcd.getKey())) - accumulator(gcd.getValue());
        }
        return units * 15.259e-6; // amdsmi's unit
    }

    private static double accumulator(Object gpu) {
        return (Double) ((Map<?, ?>) ((Map<?, ?>) gpu).get("power")).get("energy_accumulator");
    }

    private static double[] values(OutcomeRow row) {
        double[] values = new double[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.value(i);
        }
        return values;
    }
}
