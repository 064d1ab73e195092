package org.provlens.generator.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.generator.core.tests.Jsonl.at;
import static org.provlens.generator.core.tests.Jsonl.map;
import static org.provlens.generator.core.tests.Jsonl.number;
import static org.provlens.generator.core.tests.Jsonl.string;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provlens.generator.core.CampaignGenerator;
import org.provlens.generator.core.CampaignSettings;
import org.provlens.generator.core.GenerationResult;

/** The sample campaign, read back as JSON: Flowcept's shape, a consistent hierarchy and plausible physics. */
class CampaignStructureTest {

    private static byte[] bytes;
    private static List<Map<String, Object>> records;
    private static Map<String, Map<String, Object>> tasks;
    private static List<Map<String, Object>> workflows;

    @BeforeAll
    static void generate() {
        bytes = Jsonl.sample();
        records = Jsonl.records(bytes);
        tasks = new LinkedHashMap<>();
        workflows = new ArrayList<>();
        for (Map<String, Object> record : records) {
            if ("task".equals(record.get("type"))) {
                assertNull(tasks.put(string(record, "task_id"), record), "task ids are unique");
            } else {
                assertEquals("workflow", record.get("type"));
                workflows.add(record);
            }
        }
    }

    private static List<Map<String, Object>> tasksOf(String activity) {
        return tasks.values().stream().filter(t -> activity.equals(t.get("activity_id"))).toList();
    }

    @Test
    void theResultCountsWhatIsInTheFile() throws IOException {
        GenerationResult result = new CampaignGenerator(CampaignSettings.sample()).write(OutputStream.nullOutputStream());
        assertEquals(records.size(), result.lines());
        assertEquals(tasks.size(), result.tasks());
        assertEquals(workflows.size(), result.workflows());
        assertEquals(bytes.length, result.bytes());
        assertEquals(new CampaignGenerator(CampaignSettings.sample()).plannedTasks(), result.tasks());
        long failed = tasks.values().stream().filter(t -> "ERROR".equals(t.get("status"))).count();
        assertEquals(failed, result.failedTasks());
        assertTrue(records.size() >= 1500 && records.size() <= 4000, "sample lines: " + records.size());
        assertTrue(bytes.length < 6_000_000, "sample bytes: " + bytes.length);
    }

    @Test
    void recordsHaveFlowceptsFields() {
        Set<String> campaigns = new HashSet<>();
        for (Map<String, Object> workflow : workflows) {
            for (String key : List.of("workflow_id", "campaign_id", "name", "subtype", "used", "generated",
                    "machine_info", "code_repository", "flowcept_version", "utc_timestamp", "user", "sys_name")) {
                assertNotNull(workflow.get(key), key + " of workflow " + workflow.get("name"));
            }
            campaigns.add(string(workflow, "campaign_id"));
        }
        for (Map<String, Object> task : tasks.values()) {
            for (String key : List.of("task_id", "workflow_id", "campaign_id", "activity_id", "subtype", "status",
                    "submitted_at", "started_at", "ended_at", "utc_timestamp", "hostname", "node_name")) {
                assertNotNull(task.get(key), key + " of task " + task.get("task_id"));
            }
            assertTrue(Set.of("FINISHED", "ERROR").contains(task.get("status")));
            assertTrue(string(task, "hostname").matches("frontier\\d{5}"), string(task, "hostname"));
            campaigns.add(string(task, "campaign_id"));
        }
        assertEquals(Set.of(CampaignSettings.DEFAULT_CAMPAIGN_ID), campaigns);
        Set<String> workflowIds = new HashSet<>();
        workflows.forEach(w -> workflowIds.add(string(w, "workflow_id")));
        tasks.values().forEach(t -> assertTrue(workflowIds.contains(string(t, "workflow_id"))));
        assertEquals(11, workflows.size(), "one data preparation and ten training workflows");
    }

    @Test
    void theTaskTreeFollowsFlowceptsPytorchInstrumentation() {
        Map<String, String> expectedParent = Map.of("epochs_loop_iteration", "model_train", "train_batch_iteration",
                "epochs_loop_iteration", "GPTForCausalLM", "train_batch_iteration");
        Map<String, Integer> children = new HashMap<>();
        for (Map<String, Object> task : tasks.values()) {
            String parentId = string(task, "parent_task_id");
            String activity = string(task, "activity_id");
            String subtype = string(task, "subtype");
            if (parentId == null) {
                assertTrue(Set.of("model_train", "fetch_raw_corpus", "tokenize_shard", "build_manifest")
                        .contains(activity), activity + " at the top");
                continue;
            }
            Map<String, Object> parent = tasks.get(parentId);
            assertNotNull(parent, "the parent " + parentId + " of " + activity + " is in the file");
            assertEquals(task.get("workflow_id"), parent.get("workflow_id"));
            if ("child_forward".equals(subtype)) {
                assertEquals("parent_forward", parent.get("subtype"), "layers run inside the model's forward");
                assertTrue(Set.of("Embedding", "TransformerBlock", "RMSNorm", "LMHead").contains(activity), activity);
            } else {
                assertEquals(expectedParent.get(activity), parent.get("activity_id"), "parent of " + activity);
            }
            children.merge(parentId, 1, Integer::sum);
            // Children run within their parents, and are written before them, as Flowcept emits a task at its end.
            assertTrue(number(task, "started_at") >= number(parent, "started_at"), activity + " starts in its parent");
            assertTrue(number(task, "ended_at") <= number(parent, "ended_at"), activity + " ends in its parent");
        }
        for (Map<String, Object> forward : tasksOf("GPTForCausalLM")) {
            assertEquals("parent_forward", forward.get("subtype"));
            // Embedding, 3 transformer blocks, norm, head.
            assertEquals(6, children.get(string(forward, "task_id")));
        }
        for (Map<String, Object> batch : tasksOf("train_batch_iteration")) {
            assertEquals(1, children.get(string(batch, "task_id")), "one model forward per batch");
        }
        List<String> order = new ArrayList<>(tasks.keySet());
        for (Map<String, Object> task : tasks.values()) {
            String parent = string(task, "parent_task_id");
            if (parent != null) {
                assertTrue(order.indexOf(string(task, "task_id")) < order.indexOf(parent), "children come first");
            }
        }
    }

    @Test
    void timesAreEpochSecondsInUtcAndConsistent() {
        double start = CampaignSettings.DEFAULT_START;
        for (Map<String, Object> task : tasks.values()) {
            double submitted = number(task, "submitted_at");
            double started = number(task, "started_at");
            double ended = number(task, "ended_at");
            double utc = number(task, "utc_timestamp");
            assertTrue(submitted <= started && started <= ended, "submitted <= started <= ended");
            assertTrue(utc >= ended && utc - ended < 1, "utc_timestamp is when the end was recorded, in UTC");
            assertTrue(started >= start && started < start + 30 * 86_400);
        }
        assertEquals("2026-03-02T13:00:00Z", Instant.ofEpochSecond((long) start).toString());
    }

    @Test
    void cumulativeCountersNeverGoBackOnANode() {
        // Every snapshot of a node, in time order: CPU times, disk and network IO and GPU energy only grow.
        Map<String, TreeMap<Double, Map<String, Double>>> byHost = new HashMap<>();
        int checkedTasks = 0;
        for (Map<String, Object> task : tasks.values()) {
            Map<String, Double> start = snapshot(task, "telemetry_at_start");
            Map<String, Double> end = snapshot(task, "telemetry_at_end");
            TreeMap<Double, Map<String, Double>> host = byHost.computeIfAbsent(string(task, "hostname"),
                    h -> new TreeMap<>());
            if (start != null) {
                host.put(number(task, "started_at"), start);
            }
            if (end != null) {
                host.put(number(task, "ended_at"), end);
            }
            if (start != null && end != null) {
                checkedTasks++;
                for (Map.Entry<String, Double> channel : start.entrySet()) {
                    if (isCumulative(channel.getKey())) {
                        assertTrue(end.get(channel.getKey()) >= channel.getValue(), channel.getKey() + " end >= start");
                    }
                }
            }
        }
        assertTrue(checkedTasks > 200);
        int pairs = 0;
        for (Map.Entry<String, TreeMap<Double, Map<String, Double>>> host : byHost.entrySet()) {
            Map<String, Double> previous = null;
            for (Map<String, Double> snapshot : host.getValue().values()) {
                if (previous != null) {
                    for (Map.Entry<String, Double> channel : snapshot.entrySet()) {
                        Double before = previous.get(channel.getKey());
                        if (before != null && isCumulative(channel.getKey())) {
                            pairs++;
                            assertTrue(channel.getValue() >= before, host.getKey() + " " + channel.getKey()
                                    + " went from " + before + " to " + channel.getValue());
                        }
                    }
                }
                previous = snapshot;
            }
        }
        assertTrue(pairs > 10_000, "pairs checked: " + pairs);
    }

    private static boolean isCumulative(String channel) {
        return channel.startsWith("cpu.times_avg.") || channel.startsWith("disk.io_sum.")
                || channel.startsWith("network.netio_sum.") || channel.endsWith(".energy_accumulator");
    }

    private static Map<String, Double> snapshot(Map<String, Object> task, String key) {
        Object block = task.get(key);
        if (block == null) {
            return null;
        }
        Map<String, Double> flat = new LinkedHashMap<>();
        Jsonl.flatten("", map(block), flat);
        return flat;
    }

    @Test
    void onlyTheFirstGcdOfEachMi250xCardReportsSocketPower() {
        int snapshots = 0;
        for (Map<String, Object> task : tasks.values()) {
            for (String key : List.of("telemetry_at_start", "telemetry_at_end")) {
                Object block = task.get(key);
                if (block == null) {
                    continue;
                }
                snapshots++;
                Map<String, Object> gpus = map(map(block).get("gpu"));
                assertEquals(8, gpus.size(), "all 8 GCDs of a Frontier node");
                for (int g = 0; g < 8; g++) {
                    Map<String, Object> gpu = map(gpus.get("gpu_" + g));
                    assertEquals((long) g, gpu.get("gpu_ix"));
                    double watts = number(gpu, "power.average_socket_power");
                    if (g % 2 == 1) {
                        assertEquals(0.0, watts, "the second GCD of a card reports 0 W");
                        assertEquals(0.0, number(gpu, "power.energy_accumulator"));
                    } else {
                        assertTrue(watts >= 80 && watts <= 560, "socket power " + watts);
                        assertTrue(number(gpu, "power.energy_accumulator") > 1e9);
                    }
                    double edge = number(gpu, "temperature.edge");
                    assertTrue(edge >= 25 && edge <= 95, "edge " + edge);
                    assertTrue(number(gpu, "temperature.hotspot") > edge);
                    double gfx = number(gpu, "activity.gfx_activity");
                    assertTrue(gfx >= 0 && gfx <= 100);
                    assertTrue(number(gpu, "used") <= 68_702_699_520L, "at most 64 GiB per GCD");
                }
            }
        }
        assertTrue(snapshots > 500);
    }

    @Test
    void divergedRunsStopEarlyWithErrors() {
        int diverged = 0;
        int finished = 0;
        for (Map<String, Object> train : tasksOf("model_train")) {
            String id = string(train, "task_id");
            long plannedEpochs = (long) number(train, "used.epochs");
            List<Map<String, Object>> epochs = tasks.values().stream()
                    .filter(t -> id.equals(t.get("parent_task_id"))).toList();
            if ("ERROR".equals(train.get("status"))) {
                diverged++;
                assertTrue(epochs.size() < plannedEpochs || "ERROR".equals(epochs.getLast().get("status")));
                assertEquals(Boolean.TRUE, at(train, "generated.diverged"));
                assertTrue(string(train, "stderr").contains("FloatingPointError"));
                Map<String, Object> lastEpoch = epochs.stream()
                        .max(Comparator.comparingDouble(e -> number(e, "started_at"))).orElseThrow();
                assertEquals("ERROR", lastEpoch.get("status"));
                boolean nanBatch = tasks.values().stream()
                        .filter(t -> string(lastEpoch, "task_id").equals(t.get("parent_task_id")))
                        .anyMatch(t -> "ERROR".equals(t.get("status"))
                                && Double.isNaN(number(t, "generated.loss")));
                assertTrue(nanBatch, "the failing batch has a NaN loss");
            } else {
                finished++;
                assertEquals(plannedEpochs, epochs.size());
                epochs.forEach(e -> assertEquals("FINISHED", e.get("status")));
                String checkpoint = (String) at(train, "generated.checkpoint");
                assertTrue(checkpoint.startsWith("/lustre/orion/") && checkpoint.endsWith(".pt"), checkpoint);
                double valLoss = number(train, "generated.best_val_loss");
                assertTrue(valLoss > 1 && valLoss < 4, "val loss " + valLoss);
            }
        }
        assertTrue(diverged >= 1, "the sample shows a diverging run");
        assertTrue(finished >= 5);
    }

    @Test
    void theTrainingRunsUseTheShardsTheDataPreparationWrote() {
        Set<String> shards = new HashSet<>();
        for (Map<String, Object> tokenize : tasksOf("tokenize_shard")) {
            String path = (String) at(tokenize, "generated.shard_path");
            assertTrue(path.matches("/lustre/orion/.*/shard_\\d{2}\\.parquet"), path);
            shards.add(path);
        }
        assertEquals(16, shards.size());
        int training = 0;
        for (Map<String, Object> workflow : workflows) {
            if (!"training".equals(workflow.get("subtype"))) {
                continue;
            }
            training++;
            Map<String, Object> dataset = map(at(workflow, "used.dataset"));
            double fraction = number(workflow, "used.dataset_fraction");
            assertEquals((int) Math.ceil(fraction * 15), dataset.size(), "a fraction of the 15 training shards");
            dataset.values().forEach(path -> assertTrue(shards.contains(path), path + " was written"));
            for (String key : List.of("learning_rate", "batch_size", "dropout", "n_layers", "hidden_size",
                    "dataset_fraction")) {
                assertNotNull(at(workflow, "used." + key), key);
            }
        }
        assertEquals(10, training);
    }

    @Test
    void biggerModelsAreSlowerPerGpuAndBusierGpusDrawMorePower() {
        // Tokens per second per GPU fall with the parameter count (6 N FLOP per token).
        List<double[]> runs = new ArrayList<>(); // params, tokens/s/GPU, mean gfx, mean socket power
        for (Map<String, Object> train : tasksOf("model_train")) {
            String trainId = string(train, "task_id");
            double gpus = number(train, "used.num_gpus");
            double tokensPerSecond = 0;
            double gfx = 0;
            double watts = 0;
            int batches = 0;
            for (Map<String, Object> batch : tasksOf("train_batch_iteration")) {
                Map<String, Object> epoch = tasks.get(string(batch, "parent_task_id"));
                if (!trainId.equals(epoch.get("parent_task_id")) || "ERROR".equals(batch.get("status"))) {
                    continue;
                }
                batches++;
                tokensPerSecond += number(batch, "generated.tokens_per_second");
                gfx += number(batch, "telemetry_at_end.gpu.gpu_0.activity.gfx_activity");
                watts += number(batch, "telemetry_at_end.gpu.gpu_0.power.average_socket_power");
            }
            if (batches > 0) {
                runs.add(new double[] {number(train, "used.n_params"), tokensPerSecond / batches / gpus,
                        gfx / batches, watts / batches});
            }
        }
        runs.sort(Comparator.comparingDouble(r -> r[0]));
        double[] smallest = runs.getFirst();
        double[] largest = runs.getLast();
        assertTrue(largest[0] > 10 * smallest[0]);
        assertTrue(largest[1] < smallest[1] / 5, "tokens/s/GPU: " + largest[1] + " vs " + smallest[1]);
        runs.sort(Comparator.comparingDouble(r -> r[2]));
        assertTrue(runs.getLast()[3] > runs.getFirst()[3] + 50, "the busiest GPUs draw more power");
        assertTrue(runs.getLast()[3] <= 560);
    }

    @Test
    void firstEpochForwardsCarryTensorInspectionLaterOnesAreLightweight() {
        int inspected = 0;
        int lightweight = 0;
        for (Map<String, Object> forward : tasks.values()) {
            if (!"child_forward".equals(forward.get("subtype"))) {
                continue;
            }
            Map<String, Object> parent = tasks.get(string(forward, "parent_task_id"));
            Map<String, Object> batch = tasks.get(string(parent, "parent_task_id"));
            Map<String, Object> epoch = tasks.get(string(batch, "parent_task_id"));
            if (number(epoch, "used.epoch") == 0) {
                inspected++;
                assertNotNull(at(forward, "used.tensor.shape"));
                assertNotNull(at(forward, "generated.tensor.nbytes"));
            } else {
                lightweight++;
                assertFalse(forward.containsKey("used"));
                assertFalse(forward.containsKey("telemetry_at_end"));
            }
        }
        assertTrue(inspected > 100 && lightweight > 100, inspected + " / " + lightweight);
    }
}
