package org.provlens.generator.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a synthetic but realistic Flowcept JSONL campaign: fine-tuning a family of GPT-style language models on
 * a Frontier-class supercomputer (AMD MI250X GPUs), deterministic for a given {@link CampaignSettings}.
 *
 * <p>The campaign is a data-preparation workflow (download, tokenize into Parquet shards, build a manifest)
 * followed by a hyperparameter sweep of training workflows (learning rate, batch size, dropout, depth, width,
 * dataset fraction). Each training workflow's tasks follow Flowcept's PyTorch instrumentation:
 * {@code model_train} &rarr; {@code epochs_loop_iteration} &rarr; {@code train_batch_iteration} &rarr; the
 * model's forward ({@code parent_forward}) &rarr; its layers' forwards ({@code child_forward}). Records come in
 * the order Flowcept emits them: a task when it ends, so children before their parents.</p>
 *
 * <p>Step time, GPU utilisation, power and memory follow from the model size and batch size; temperatures follow
 * power with a lag; CPU, disk, network and GPU energy counters are cumulative per node; a too high learning rate
 * for the width and depth diverges (NaN loss, status {@code ERROR}, the run ends early). As on real MI250X cards,
 * only the first GCD of each card reports {@code average_socket_power} (for the whole socket); the second
 * reports 0 W and an energy accumulator that does not advance.</p>
 *
 * <p>Writing streams in constant memory: only the nodes' states, one run's plan and three telemetry snapshots
 * are held.</p>
 */
public final class CampaignGenerator {

    static final String ROOT = "/lustre/orion/csc000/proj-shared/provlens-llm-ft";
    static final String SOURCE_URL = "https://data.example.org/openweb-2026/openweb-2026.jsonl.zst";
    static final String RAW_DATASET = ROOT + "/raw/openweb-2026.jsonl";
    static final String TOKENIZER = ROOT + "/tokenizer/tokenizer.json";
    static final String DATA_DIR = ROOT + "/data/openweb-2026";
    static final String MANIFEST = DATA_DIR + "/manifest.json";
    static final String FLOWCEPT_VERSION = "0.9.3";
    static final String USER = "jdoe";
    static final String MODEL_CLASS = "GPTForCausalLM";

    private static final int FLUSH_BYTES = 1 << 19;

    private final CampaignSettings settings;

    /**
     * A generator of one campaign.
     *
     * @param settings what to write
     */
    public CampaignGenerator(CampaignSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public CampaignSettings settings() {
        return settings;
    }

    /**
     * The exact number of task records {@link #write} will write, from the plans of the runs (cheap).
     *
     * @return the task count
     */
    public long plannedTasks() {
        long tasks = dataPrepTasks(settings);
        for (int i = 0; i < settings.trainingWorkflows(); i++) {
            tasks += new RunPlan(settings.seed(), i, settings).taskCount();
        }
        return tasks;
    }

    private static long dataPrepTasks(CampaignSettings settings) {
        return settings.shards() + 2L;
    }

    /**
     * Writes the campaign to a file, replacing it.
     *
     * @param file the JSONL file
     * @return what was written
     * @throws IOException when the file cannot be written
     */
    public GenerationResult write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out);
        }
    }

    /**
     * Writes the campaign as JSON lines (UTF-8) to a stream, which is flushed, not closed.
     *
     * @param out where to write
     * @return what was written
     * @throws IOException when writing fails
     */
    public GenerationResult write(OutputStream out) throws IOException {
        Writer writer = new Writer(settings, out);
        writer.run();
        out.flush();
        return new GenerationResult(writer.tasks, writer.workflows, writer.failed, writer.lines, writer.bytes);
    }

    /**
     * Settings for about {@code tasks} task records: 4 epochs, 4 recorded transformer blocks, every batch
     * recorded (up to a per-run budget) and as many sweep runs as needed, chosen from the exact plans.
     */
    static CampaignSettings scaledTo(long tasks, long seed) {
        int epochs = 4;
        int layers = 4;
        int shards = tasks < 400 ? 2 : 16;
        long remaining = Math.max(1, tasks - (shards + 2));
        long wanted = Math.max(1, Math.min(1_000_000, Math.max(40, remaining / 20_000)));
        long perRun = Math.max(1, remaining / wanted);
        int perBatch = 2 + 3 + layers;
        int batches = (int) Math.max(1, Math.min(1_000_000, (perRun - 1 - epochs) / ((long) epochs * perBatch)));
        CampaignSettings probe = new CampaignSettings(seed, CampaignSettings.DEFAULT_CAMPAIGN_ID, 0, epochs, batches,
                layers, 8, shards, 16, CampaignSettings.DEFAULT_START);
        long total = 0;
        int runs = 0;
        long previous = 0;
        while (total < remaining && runs < Integer.MAX_VALUE - 1) {
            previous = total;
            total += new RunPlan(seed, runs, probe).taskCount();
            runs++;
        }
        if (runs > 1 && remaining - previous < total - remaining) {
            runs--;
        }
        int pool = Math.max(4, Math.min(64, runs / 4));
        return new CampaignSettings(seed, CampaignSettings.DEFAULT_CAMPAIGN_ID, runs, epochs, batches, layers, 8, shards,
                pool, CampaignSettings.DEFAULT_START);
    }

    /**
     * Command line: {@code --out FILE [--seed N] [--tasks N | --sample] [--gcds N] [--plan]}.
     *
     * @param args the arguments
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        PrintStream console = System.out;
        Path out = null;
        long seed = CampaignSettings.DEFAULT_SEED;
        long tasks = -1;
        int gcds = -1;
        boolean plan = false;
        boolean everywhere = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--tasks" -> tasks = Long.parseLong(value(args, ++i, arg).replace("_", ""));
                case "--sample" -> tasks = -1;
                case "--gcds" -> gcds = Integer.parseInt(value(args, ++i, arg));
                case "--plan" -> plan = true;
                case "--telemetry-everywhere" -> everywhere = true;
                case "--help", "-h" -> {
                    usage(console);
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + arg);
                    usage(System.err);
                    System.exit(2);
                    return;
                }
            }
        }
        if (plan) {
            CampaignSettings planned = tasks > 0 ? CampaignSettings.forTaskCount(tasks, seed)
                    : CampaignSettings.sample().withSeed(seed);
            describe(planned).forEach(console::println);
            console.println(new CampaignGenerator(planned).plannedTasks() + " tasks planned");
            if (out == null) {
                return;
            }
        }
        if (out == null) {
            usage(System.err);
            System.exit(2);
            return;
        }
        CampaignSettings settings = tasks > 0 ? CampaignSettings.forTaskCount(tasks, seed)
                : CampaignSettings.sample().withSeed(seed);
        if (gcds > 0) {
            settings = settings.withGcdsPerNode(gcds);
        }
        settings = settings.withTelemetryEverywhere(everywhere);
        long start = System.nanoTime();
        GenerationResult result = new CampaignGenerator(settings).write(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        console.printf(Locale.ROOT, "wrote %s to %s in %.2f s (%.1f MB/s)%n", result.summary(), out, seconds,
                result.bytes() / 1e6 / seconds);
        console.printf(Locale.ROOT, "seed %d, %d training workflows, %d epochs, %d batches/epoch recorded, "
                + "%d blocks/batch, %d GCDs/node%n", settings.seed(), settings.trainingWorkflows(), settings.epochs(),
                settings.batchesPerEpoch(), settings.layersPerBatch(), settings.gcdsPerNode());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(PrintStream out) {
        out.println("usage: CampaignGenerator --out FILE [--seed N] [--tasks N | --sample] [--gcds 1..8] [--plan]"
                + " [--telemetry-everywhere]");
        out.println("  --sample     the small sample campaign (default)");
        out.println("  --tasks N    about N task records (every batch recorded, more sweep runs)");
        out.println("  --gcds N     GPUs per telemetry snapshot (default 8, all GCDs of a node)");
        out.println("  --plan       print the sweep's runs (hyperparameters, physics, outcome)");
        out.println("  --telemetry-everywhere  telemetry at start and end of every task, layers included");
    }

    /** One writing of the campaign. */
    private static final class Writer {
        private final CampaignSettings settings;
        private final OutputStream out;
        private final JsonBuffer line = new JsonBuffer(FLUSH_BYTES + (1 << 16));
        private final JsonBuffer[] snapshots = {new JsonBuffer(8192), new JsonBuffer(8192), new JsonBuffer(8192),
            new JsonBuffer(8192), new JsonBuffer(8192)};
        private final JsonBuffer scratch = new JsonBuffer(4096);
        private final Rng rng;
        private final Node[] nodes;
        private final String commit;
        private final String[] shardPaths;
        long tasks;
        long workflows;
        long failed;
        long lines;
        long bytes;

        Writer(CampaignSettings settings, OutputStream out) {
            this.settings = settings;
            this.out = out;
            this.rng = Rng.of(settings.seed(), 2);
            Rng names = Rng.of(settings.seed(), 4);
            this.commit = names.hex(40);
            int pool = settings.nodePool();
            nodes = new Node[pool];
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < pool; i++) {
                int number;
                do {
                    number = 1 + names.nextInt(9408);
                } while (!used.add(number));
                nodes[i] = new Node(String.format(Locale.ROOT, "frontier%05d", number), settings.gcdsPerNode(),
                        settings.seed(), i, settings.startEpochSeconds() - 3600);
            }
            String format = settings.shards() <= 100 ? "%s/shard_%02d.parquet" : "%s/shard_%04d.parquet";
            shardPaths = new String[settings.shards()];
            for (int i = 0; i < shardPaths.length; i++) {
                shardPaths[i] = String.format(Locale.ROOT, format, DATA_DIR, i);
            }
        }

        void run() throws IOException {
            double prepEnd = dataPreparation();
            double submitted = prepEnd + 95 + rng.uniform(0, 60);
            for (int i = 0; i < settings.trainingWorkflows(); i++) {
                RunPlan plan = new RunPlan(settings.seed(), i, settings);
                Node node = nodes[0];
                for (Node candidate : nodes) {
                    if (candidate.freeAt < node.freeAt) {
                        node = candidate;
                    }
                }
                double start = Math.max(node.freeAt, submitted + i * 2.0) + rng.uniform(20, 600);
                training(plan, node, start);
            }
            flush();
        }

        // ------------------------------------------------------------------ records

        private void endRecord() throws IOException {
            line.end().newline();
            lines++;
            if (line.size() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void flush() throws IOException {
            line.writeTo(out);
            bytes += line.size();
            line.reset();
        }

        private void taskHead(String id, String workflowId, String activity, String parent, String subtype,
                boolean error, double submittedAt, double startedAt, double endedAt, Node node) {
            tasks++;
            if (error) {
                failed++;
            }
            line.obj().kv("type", "task").kv("task_id", id).kv("workflow_id", workflowId)
                    .kv("campaign_id", settings.campaignId()).kv("activity_id", activity);
            if (parent != null) {
                line.kv("parent_task_id", parent);
            }
            line.kv("subtype", subtype).kv("status", error ? "ERROR" : "FINISHED");
            line.kvf("submitted_at", submittedAt, 6).kvf("started_at", startedAt, 6).kvf("ended_at", endedAt, 6);
            line.kvf("utc_timestamp", endedAt + 0.0004 + 0.02 * rng.nextDouble(), 6);
            line.kv("hostname", node.hostname).kv("node_name", node.hostname).kv("user", USER);
        }

        private void snapshot(Node node, int level) {
            JsonBuffer buffer = snapshots[level];
            buffer.reset();
            node.telemetry(buffer);
        }

        private void workflowHead(String id, String name, String subtype) {
            workflows++;
            line.obj().kv("type", "workflow").kv("workflow_id", id).kv("campaign_id", settings.campaignId())
                    .kv("name", name).kv("subtype", subtype);
        }

        private void workflowTail(Node node, double utc) {
            line.key("machine_info").obj().key(node.hostname);
            scratch.reset();
            node.machineInfo(scratch);
            line.raw(scratch).end();
            line.key("code_repository").obj().kv("sha", commit).kv("short_sha", commit.substring(0, 7))
                    .kv("branch", "main").kv("root", "/ccs/home/" + USER + "/llm-finetune")
                    .kv("remote", "https://github.com/example-org/llm-finetune.git").end();
            line.kv("flowcept_version", FLOWCEPT_VERSION).kvf("utc_timestamp", utc, 6).kv("user", USER)
                    .kv("sys_name", "Linux");
        }

        // ------------------------------------------------------------------ data preparation

        private double dataPreparation() throws IOException {
            Node node = nodes[0];
            int shards = settings.shards();
            double t = settings.startEpochSeconds() + rng.uniform(0, 300);
            node.advanceTo(t);
            String workflowId = rng.uuid();
            long documents = 0;
            long[] shardTokens = new long[shards];
            long[] shardDocuments = new long[shards];
            double tokensPerShard = RunPlan.TRAIN_TOKENS / (shards - 1);
            long totalTokens = 0;
            Rng sizes = Rng.of(settings.seed(), 5);
            for (int i = 0; i < shards; i++) {
                double scale = i == shards - 1 ? 0.25 : 1;
                shardTokens[i] = (long) (tokensPerShard * scale * sizes.uniform(0.97, 1.03));
                shardDocuments[i] = shardTokens[i] / (610 + sizes.nextInt(40));
                totalTokens += shardTokens[i];
                documents += shardDocuments[i];
            }
            long rawBytes = (long) (totalTokens * 4.3);

            workflowHead(workflowId, "openweb-2026 tokenize and shard", "data_prep");
            line.key("used").obj().kv("source_url", SOURCE_URL).kv("raw_dataset", RAW_DATASET)
                    .kv("tokenizer", TOKENIZER).kv("num_shards", shards).kv("seq_len", RunPlan.SEQUENCE_LENGTH)
                    .kv("validation_shards", 1).end();
            line.key("generated").obj().kv("manifest", MANIFEST).kv("total_tokens", totalTokens)
                    .kv("total_documents", documents).kv("raw_bytes", rawBytes).end();
            workflowTail(node, t);
            endRecord();

            Node.Proc proc = new Node.Proc(200_000 + rng.nextInt(400_000), 3_100_000_000L, 41_000_000_000L, 18);
            node.setProcess(proc);
            node.setLoad(new Node.Load(0.004, 0, 2e3, 3e4, 4e4, 6e4, 0, 0, RunPlan.IDLE_SOCKET_WATTS, 11_534_336L,
                    4_000_000_000L, 0.3, 0));
            t += 6 + rng.uniform(0, 4);
            node.advanceTo(t);

            // Download the raw corpus.
            double start = t;
            snapshot(node, 0);
            node.setLoad(new Node.Load(0.03, 0.004, 2e3, 5e5, 1.05e9, 1.1e9, 0, 0, RunPlan.IDLE_SOCKET_WATTS,
                    11_534_336L, 9_000_000_000L, 0.7, 0));
            t += rawBytes / 1.05e9 * rng.uniform(0.95, 1.1) + 3;
            node.advanceTo(t);
            String fetchId = rng.hexId();
            taskHead(fetchId, workflowId, "fetch_raw_corpus", null, "data_prep", false, start - 0.001, start, t,
                    node);
            line.key("used").obj().kv("source_url", SOURCE_URL).kv("destination", RAW_DATASET).end();
            line.key("generated").obj().kv("raw_dataset", RAW_DATASET).kv("nbytes", rawBytes)
                    .kv("sha256", Rng.of(settings.seed(), 6).hex(64)).end();
            telemetryPair(node, 0);
            endRecord();

            // Tokenize into shards, one task per shard, on a pool of worker processes.
            long offset = 0;
            for (int i = 0; i < shards; i++) {
                t += 0.05 + rng.uniform(0, 0.3);
                node.setLoad(new Node.Load(0.02, 0, 2e3, 3e4, 5e4, 8e4, 0, 0, RunPlan.IDLE_SOCKET_WATTS, 11_534_336L,
                        9_000_000_000L, 0.3, 0));
                node.advanceTo(t);
                start = t;
                snapshot(node, 0);
                long shardRaw = (long) (shardTokens[i] * 4.3);
                long shardBytes = (long) (shardTokens[i] * 2.2);
                double seconds = shardTokens[i] / 3.6e5 * rng.uniform(0.9, 1.15);
                node.setLoad(new Node.Load(0.84, 0.006, 1e5, 4e6, shardBytes / seconds, shardRaw / seconds, 0, 0,
                        RunPlan.IDLE_SOCKET_WATTS, 11_534_336L, 160_000_000_000L, 0.35, 107));
                t += seconds;
                node.advanceTo(t);
                taskHead(rng.hexId(), workflowId, "tokenize_shard", null, "data_prep", false, start - 0.002, start,
                        t, node);
                line.key("used").obj().kv("raw_dataset", RAW_DATASET).kv("tokenizer", TOKENIZER)
                        .kv("shard_index", i).kv("num_shards", shards).kv("byte_offset", offset)
                        .kv("byte_length", shardRaw).kv("split", i == shards - 1 ? "validation" : "train").end();
                line.key("generated").obj().kv("shard_path", shardPaths[i]).kv("num_tokens", shardTokens[i])
                        .kv("num_documents", shardDocuments[i]).kv("nbytes", shardBytes).end();
                telemetryPair(node, 0);
                endRecord();
                offset += shardRaw;
            }

            // Validate the shards and write the manifest.
            t += 0.4;
            node.setLoad(new Node.Load(0.05, 0.002, 2e4, 1e5, 2e5, 6e8, 0, 0, RunPlan.IDLE_SOCKET_WATTS, 11_534_336L,
                    12_000_000_000L, 1.0, 0));
            node.advanceTo(t);
            start = t;
            snapshot(node, 0);
            t += 4 + shards * 0.6 * rng.uniform(0.9, 1.1);
            node.advanceTo(t);
            taskHead(rng.hexId(), workflowId, "build_manifest", null, "data_prep", false, start - 0.001, start, t,
                    node);
            line.key("used").obj().key("shards").obj();
            for (int i = 0; i < shards; i++) {
                line.kv(shardKey(i), shardPaths[i]);
            }
            line.end().end();
            line.key("generated").obj().kv("manifest", MANIFEST).kv("total_tokens", totalTokens)
                    .kv("train_shards", shards - 1).kv("validation_shard", shardPaths[shards - 1]).end();
            telemetryPair(node, 0);
            endRecord();

            node.setProcess(null);
            node.setLoad(Node.Load.IDLE);
            t += 2;
            node.advanceTo(t);
            node.freeAt = t + 30;
            return t;
        }

        private String shardKey(int i) {
            return settings.shards() <= 100 ? String.format(Locale.ROOT, "shard_%02d", i)
                    : String.format(Locale.ROOT, "shard_%04d", i);
        }

        /** Writes telemetry_at_start from a snapshot level and telemetry_at_end from the node now. */
        private void telemetryPair(Node node, int level) {
            line.key("telemetry_at_start").raw(snapshots[level]);
            line.key("telemetry_at_end");
            node.telemetry(line);
        }

        // ------------------------------------------------------------------ training

        private void training(RunPlan plan, Node node, double jobStart) throws IOException {
            Rng sim = Rng.of(settings.seed(), 7, plan.index);
            node.advanceTo(jobStart);
            String workflowId = sim.uuid();
            String runDir = ROOT + "/runs/" + plan.name();
            String baseModel = String.format(Locale.ROOT, "%s/base/gpt-L%d-H%d.safetensors", ROOT, plan.layers,
                    plan.hidden);
            int trainShards = (int) Math.max(1, Math.ceil(plan.fraction * (settings.shards() - 1)));
            String finalCheckpoint = finalCheckpoint(plan, runDir);
            int best = plan.bestEpoch();
            int completed = plan.completedEpochs();

            workflowHead(workflowId, plan.name(), "training");
            line.key("used").obj();
            hyperparameters(plan);
            line.key("dataset").obj();
            for (int i = 0; i < trainShards; i++) {
                line.kv(shardKey(i), shardPaths[i]);
            }
            line.end();
            line.kv("validation_shard", shardPaths[settings.shards() - 1]).kv("base_model", baseModel);
            line.end();
            line.key("generated").obj();
            finalMetrics(plan, best, completed);
            if (finalCheckpoint != null) {
                line.kv("checkpoint", finalCheckpoint);
            }
            line.end();
            workflowTail(node, jobStart + 0.2);
            endRecord();

            // Startup: imports, then model_train loads the base model and stages the shards on the node.
            Node.Proc proc = new Node.Proc(100_000 + sim.nextInt(800_000),
                    (long) (5.5e9 + 2.0 * plan.parameters / plan.nodes / 4), 480_000_000_000L + sim.nextInt(1 << 30),
                    56 + sim.nextInt(24));
            node.setProcess(proc);
            node.setLoad(new Node.Load(0.06, 0.001, 1e4, 2e5, 1e5, 4e7, 0, 0, RunPlan.IDLE_SOCKET_WATTS + 6,
                    11_534_336L, 20_000_000_000L, 1.0, 0));
            double submittedAt = jobStart + 0.5;
            double t = jobStart + 9 + sim.uniform(0, 12);
            node.advanceTo(t);
            double trainStart = t;
            snapshot(node, 0);
            double modelBytes = 2.0 * plan.parameters;
            double stagedBytes = plan.fraction * RunPlan.TRAIN_TOKENS * 2.2;
            double loadSeconds = 6 + modelBytes / 2.5e9 + stagedBytes / 1.6e9;
            node.setLoad(new Node.Load(0.07, 0.004, 2e5, stagedBytes / loadSeconds, 1e5,
                    (modelBytes + stagedBytes) / loadSeconds, 4, 2, RunPlan.IDLE_SOCKET_WATTS + 24,
                    (long) (plan.vramBytes * 0.45), 40_000_000_000L, 1.0, 0.5));
            t += loadSeconds;
            node.advanceTo(t);

            String trainId = sim.hexId();
            double tokensPerStep = (double) plan.batchSize * RunPlan.SEQUENCE_LENGTH;
            Node.Load train = trainingLoad(plan, tokensPerStep);
            Node.Load eval = new Node.Load(train.cpuBusy(), 0.002, train.diskReadBps() * 0.3, 2e5, 2e5, 2e5,
                    plan.utilisation * 0.72, plan.utilisation * 0.3, RunPlan.IDLE_SOCKET_WATTS
                            + (plan.socketWatts - RunPlan.IDLE_SOCKET_WATTS) * 0.68,
                    plan.vramBytes, train.memUsedBytes(), 1.0, 0.6);
            double checkpointBytes = 14.0 * plan.parameters / plan.nodes;
            Node.Load save = new Node.Load(0.03, 0.012, 1e5, 1e6, 2.2e9, 1e6, 3, 1, RunPlan.IDLE_SOCKET_WATTS + 18,
                    plan.vramBytes, train.memUsedBytes(), 0.9, 0);
            long totalSteps = plan.stepsPerEpoch * plan.epochs;
            String lastCheckpoint = null;
            boolean diverged = false;
            String stderr = null;
            long stepsDone = 0;

            for (int e = 0; e < plan.recordedEpochs(); e++) {
                boolean divergesHere = e == plan.divergedEpoch;
                double epochStart = t;
                snapshot(node, 1);
                node.setLoad(train);
                String epochId = sim.hexId();
                double drift = 1 + 0.01 * sim.gauss();
                int batches = plan.batchesIn(e);
                long failedStep = -1;
                for (int j = 0; j < batches; j++) {
                    long step = (long) j * plan.stepsPerEpoch / plan.recordedBatches;
                    double batchStart = Math.max(t + 0.0005, epochStart + step * plan.stepSeconds * drift);
                    node.advanceTo(batchStart);
                    snapshot(node, 2);
                    double stepSeconds = plan.stepSeconds * Math.max(0.6, 1 + 0.03 * sim.gauss());
                    boolean fails = divergesHere && j == batches - 1;
                    String batchId = sim.hexId();
                    double forwardEnd = forwards(plan, sim, node, workflowId, batchId, e, batchStart, stepSeconds);
                    double batchEnd = Math.max(forwardEnd + 0.001, batchStart + stepSeconds);
                    node.advanceTo(batchEnd);
                    long globalStep = e * plan.stepsPerEpoch + step;
                    double progress = e + (step + 0.5) / plan.stepsPerEpoch;
                    taskHead(batchId, workflowId, "train_batch_iteration", epochId, "iteration", fails,
                            batchStart - 0.0003, batchStart, batchEnd, node);
                    line.key("used").obj().kv("i", j).kv("batch", step).kv("global_step", globalStep)
                            .kv("tokens", (long) tokensPerStep).end();
                    line.key("generated").obj();
                    if (fails) {
                        line.key("loss").fixed(Double.NaN, 0).key("grad_norm").raw("Infinity");
                        failedStep = globalStep;
                    } else {
                        double loss = batchLoss(plan, sim, progress, divergesHere, j, batches);
                        line.kvf("loss", loss, 5).kvf("grad_norm", gradNorm(plan, sim, divergesHere, j, batches), 4);
                    }
                    line.kvp("lr", RunPlan.round(learningRate(plan, globalStep, totalSteps), 10))
                            .kvf("tokens_per_second", tokensPerStep / stepSeconds, 1)
                            .kvf("step_time", stepSeconds, 6).end();
                    if (fails) {
                        stderr = String.format(Locale.ROOT, "Traceback (most recent call last):\n"
                                + "  File \"train.py\", line 214, in train_epoch\n"
                                + "    raise FloatingPointError(msg)\n"
                                + "FloatingPointError: non-finite loss (nan) at global step %d, epoch %d; "
                                + "grad_norm=inf, lr=%s. Stopping the run.", globalStep, e,
                                JsonBuffer.pythonRepr(plan.learningRate));
                        line.kv("stderr", stderr);
                    }
                    line.key("telemetry_at_start").raw(snapshots[2]).key("telemetry_at_end");
                    node.telemetry(line);
                    endRecord();
                    t = batchEnd;
                }
                String epochCheckpoint = null;
                if (divergesHere) {
                    diverged = true;
                    t += 0.4 + sim.uniform(0, 0.5);
                    node.setLoad(save);
                    node.advanceTo(t);
                } else {
                    // The rest of the epoch's steps, validation, checkpoint.
                    t = Math.max(t, epochStart + plan.stepsPerEpoch * plan.stepSeconds * drift);
                    node.advanceTo(t);
                    node.setLoad(eval);
                    t += Math.max(2, plan.stepsPerEpoch * plan.stepSeconds * 0.04) * sim.uniform(0.95, 1.05);
                    node.advanceTo(t);
                    node.setLoad(save);
                    t += 3 + checkpointBytes / 2.2e9 * sim.uniform(0.9, 1.3);
                    node.advanceTo(t);
                    epochCheckpoint = String.format(Locale.ROOT, "%s/epoch_%02d.pt", runDir, e + 1);
                    lastCheckpoint = epochCheckpoint;
                }
                taskHead(epochId, workflowId, "epochs_loop_iteration", trainId, "iteration", divergesHere,
                        epochStart - 0.0002, epochStart, t, node);
                line.key("used").obj().kv("i", e).kv("epoch", e).end();
                line.key("generated").obj();
                if (divergesHere) {
                    stepsDone += failedStep - e * plan.stepsPerEpoch + 1;
                    line.key("train_loss").fixed(Double.NaN, 0).kv("steps_completed",
                            failedStep - e * plan.stepsPerEpoch + 1);
                } else {
                    line.kvp("train_loss", plan.trainLoss[e]).kvp("val_loss", plan.valLoss[e])
                            .kvp("val_accuracy", plan.valAccuracy[e])
                            .kvp("val_perplexity", RunPlan.round(StrictMath.exp(plan.valLoss[e]), 4))
                            .kv("steps", plan.stepsPerEpoch).kv("checkpoint", epochCheckpoint);
                    stepsDone += plan.stepsPerEpoch;
                }
                line.end();
                if (divergesHere) {
                    line.kv("stderr", stderr);
                }
                line.key("telemetry_at_start").raw(snapshots[1]).key("telemetry_at_end");
                node.telemetry(line);
                endRecord();
                if (divergesHere) {
                    break;
                }
            }

            if (!diverged) {
                node.setLoad(save);
                t += 2 + 2.0 * plan.parameters / plan.nodes / 2.2e9;
                node.advanceTo(t);
            }
            t += 0.3 + sim.uniform(0, 1);
            node.advanceTo(t);
            taskHead(trainId, workflowId, "model_train", null, "training", diverged, submittedAt, trainStart, t, node);
            line.key("used").obj();
            hyperparameters(plan);
            line.kv("base_model", baseModel).kv("train_manifest", MANIFEST)
                    .kv("validation_shard", shardPaths[settings.shards() - 1]).end();
            line.key("generated").obj();
            finalMetrics(plan, best, completed);
            line.kv("steps_completed", stepsDone).kv("tokens_seen", (long) (tokensPerStep * stepsDone));
            String producedCheckpoint = diverged ? lastCheckpoint : finalCheckpoint;
            if (producedCheckpoint != null) {
                line.kv("checkpoint", producedCheckpoint);
            }
            line.end();
            if (diverged) {
                line.kv("stderr", stderr);
            }
            telemetryPair(node, 0);
            endRecord();

            node.setProcess(null);
            node.setLoad(Node.Load.IDLE);
            t += 3 + sim.uniform(0, 10);
            node.advanceTo(t);
            node.freeAt = t + 20 + sim.uniform(0, 90);
        }

        private static String finalCheckpoint(RunPlan plan, String runDir) {
            if (!plan.diverges()) {
                return runDir + "/final.pt";
            }
            return plan.completedEpochs() > 0
                    ? String.format(Locale.ROOT, "%s/epoch_%02d.pt", runDir, plan.completedEpochs())
                    : null;
        }

        private void hyperparameters(RunPlan plan) {
            line.kvp("learning_rate", plan.learningRate).kv("batch_size", plan.batchSize)
                    .kvp("dropout", plan.dropout).kv("n_layers", plan.layers).kv("hidden_size", plan.hidden)
                    .kv("n_heads", plan.heads).kv("seq_len", RunPlan.SEQUENCE_LENGTH)
                    .kvp("dataset_fraction", plan.fraction).kv("epochs", plan.epochs).kv("optimizer", "adamw")
                    .kvp("weight_decay", 0.1).kv("warmup_steps", plan.warmupSteps).kv("lr_schedule", "cosine")
                    .kv("precision", "bf16").kv("parallelism", plan.nodes > 1 ? "fsdp" : "ddp")
                    .kv("num_nodes", plan.nodes).kv("num_gpus", plan.gcds).kv("n_params", plan.parameters)
                    .kv("seed", plan.index);
        }

        private void finalMetrics(RunPlan plan, int best, int completed) {
            if (completed > 0) {
                line.kvp("final_train_loss", plan.trainLoss[completed - 1])
                        .kvp("final_val_loss", plan.valLoss[completed - 1]);
            }
            if (plan.diverges()) {
                line.key("loss_at_stop").fixed(Double.NaN, 0);
            }
            if (best >= 0) {
                line.kvp("best_val_loss", plan.valLoss[best]).kv("best_epoch", best + 1)
                        .kvp("val_accuracy", plan.valAccuracy[best])
                        .kvp("perplexity", RunPlan.round(StrictMath.exp(plan.valLoss[best]), 4));
            }
            line.kv("epochs_completed", completed).kv("diverged", plan.diverges());
        }

        private Node.Load trainingLoad(RunPlan plan, double tokensPerStep) {
            double tokensPerSecond = tokensPerStep / plan.stepSeconds;
            // Collectives between nodes go over RDMA (libfabric), invisible to the kernel's interface counters:
            // the node's network counters see Flowcept's messages and logging only.
            double collective = 1.5e5;
            return new Node.Load(0.085 + 0.02 * plan.batchSize / 64.0, 0.001,
                    tokensPerSecond * 2.2 / plan.nodes, 2.5e5, collective, collective + 5e4,
                    plan.utilisation, 0.32 * plan.utilisation + 6, plan.socketWatts, plan.vramBytes,
                    48_000_000_000L + 8L * 750_000_000L, 1.02, 0.8);
        }

        /** Writes the forward tasks of one batch, children first; returns when the model's forward ended. */
        private double forwards(RunPlan plan, Rng sim, Node node, String workflowId, String batchId, int epoch,
                double batchStart, double stepSeconds) throws IOException {
            boolean inspect = epoch == 0;
            double forward = stepSeconds * 0.31;
            double parentStart = batchStart + 0.003 + 0.012 * sim.nextDouble();
            String parentId = sim.hexId();
            if (settings.telemetryEverywhere()) {
                node.advanceTo(parentStart);
                snapshot(node, 3);
            }
            int sequences = Math.max(1, plan.batchSize / plan.gcds);
            long tokens = (long) sequences * RunPlan.SEQUENCE_LENGTH;
            long hiddenBytes = tokens * plan.hidden * 2;

            double blocks = forward * 0.92;
            double perLayer = blocks / plan.layers;
            double t = parentStart + 0.0002;
            double embedding = forward * 0.015;
            child(sim, node, workflowId, parentId, "Embedding", t, t + embedding, inspect, plan, tokens, 0, -1);
            double blocksStart = t + embedding;
            for (int k = 0; k < plan.recordedLayers; k++) {
                int layer = (int) ((long) k * plan.layers / plan.recordedLayers);
                double start = blocksStart + layer * perLayer;
                double duration = perLayer * Math.max(0.5, 1 + 0.02 * sim.gauss());
                child(sim, node, workflowId, parentId, "TransformerBlock", start, start + duration, inspect, plan,
                        tokens, hiddenBytes, layer);
            }
            double normStart = blocksStart + blocks + 0.00005;
            double normEnd = normStart + forward * 0.004;
            child(sim, node, workflowId, parentId, "RMSNorm", normStart, normEnd, inspect, plan, tokens, hiddenBytes,
                    -2);
            double headStart = normEnd + 0.00003;
            double headEnd = headStart + forward * 0.05;
            child(sim, node, workflowId, parentId, "LMHead", headStart, headEnd, inspect, plan, tokens, hiddenBytes,
                    -3);
            double parentEnd = Math.max(parentStart + forward, headEnd + 0.0002);

            node.advanceTo(parentEnd);
            taskHead(parentId, workflowId, MODEL_CLASS, batchId, "parent_forward", false, parentStart, parentStart,
                    parentEnd, node);
            if (inspect) {
                line.key("used").obj().key("tensor");
                tensor(sim, new long[] {sequences, RunPlan.SEQUENCE_LENGTH}, tokens * 8, 1.0, "torch.int64");
                line.end();
                line.key("generated").obj().key("tensor");
                tensor(sim, new long[] {sequences, RunPlan.SEQUENCE_LENGTH, RunPlan.VOCABULARY},
                        tokens * RunPlan.VOCABULARY * 2, 1.0, "torch.bfloat16");
                line.end();
            }
            line.key("custom_metadata").obj().kv("is_training", true);
            if (inspect) {
                line.kv("is_first_epoch", true);
            }
            line.end();
            if (settings.telemetryEverywhere()) {
                line.key("telemetry_at_start").raw(snapshots[3]);
            }
            line.key("telemetry_at_end");
            node.telemetry(line);
            endRecord();
            return parentEnd;
        }

        /** A child forward: lightweight, with tensor inspection in the first epoch only. */
        private void child(Rng sim, Node node, String workflowId, String parentId, String activity, double start,
                double end, boolean inspect, RunPlan plan, long tokens, long hiddenBytes, int layer)
                throws IOException {
            if (settings.telemetryEverywhere()) {
                node.advanceTo(start);
                snapshot(node, 4);
                node.advanceTo(end);
            }
            taskHead(sim.hexId(), workflowId, activity, parentId, "child_forward", false, start, start, end, node);
            if (inspect) {
                int sequences = (int) (tokens / RunPlan.SEQUENCE_LENGTH);
                long[] hiddenShape = {sequences, RunPlan.SEQUENCE_LENGTH, plan.hidden};
                line.key("used").obj().key("tensor");
                if (layer == -1) {
                    tensor(sim, new long[] {sequences, RunPlan.SEQUENCE_LENGTH}, tokens * 8, 1.0, "torch.int64");
                    line.kv("num_embeddings", RunPlan.VOCABULARY).kv("embedding_dim", plan.hidden);
                } else {
                    tensor(sim, hiddenShape, hiddenBytes, 1.0, "torch.bfloat16");
                    if (layer >= 0) {
                        line.kv("layer_idx", layer).kv("n_heads", plan.heads).kvp("dropout_p", plan.dropout);
                    } else if (layer == -2) {
                        line.kvp("eps", 1e-5);
                    } else {
                        line.kv("in_features", plan.hidden).kv("out_features", RunPlan.VOCABULARY);
                    }
                }
                line.kv("training", true).end();
                line.key("generated").obj().key("tensor");
                if (layer == -3) {
                    tensor(sim, new long[] {sequences, RunPlan.SEQUENCE_LENGTH, RunPlan.VOCABULARY},
                            tokens * RunPlan.VOCABULARY * 2, 1.0, "torch.bfloat16");
                } else {
                    double density = layer >= 0 && plan.dropout > 0 ? RunPlan.round(1 - plan.dropout * 0.02, 6) : 1.0;
                    tensor(sim, hiddenShape, hiddenBytes == 0 ? tokens * plan.hidden * 2 : hiddenBytes, density,
                            "torch.bfloat16");
                }
                line.end();
            }
            if (settings.telemetryEverywhere()) {
                line.key("telemetry_at_start").raw(snapshots[4]).key("telemetry_at_end");
                node.telemetry(line);
            }
            endRecord();
        }

        private void tensor(Rng sim, long[] shape, long nbytes, double density, String dtype) {
            long numel = 1;
            line.obj().kv("id", 140_000_000_000_000L + (sim.nextLong() >>> 20) % 900_000_000_000L)
                    .kv("is_sparse", false).key("shape").arr();
            for (long dimension : shape) {
                line.item().num(dimension);
                numel *= dimension;
            }
            line.endArr().kv("device", "cuda:0").kv("dtype", dtype).kv("nbytes", nbytes).kv("numel", numel)
                    .kvp("density", density).end();
        }

        private static double learningRate(RunPlan plan, long step, long total) {
            double warm = Math.min(1.0, (step + 1.0) / plan.warmupSteps);
            double cosine = 0.5 * (1 + StrictMath.cos(Math.PI * Math.min(1.0, (double) step / total)));
            return plan.learningRate * warm * (0.1 + 0.9 * cosine);
        }

        private static double batchLoss(RunPlan plan, Rng sim, double progress, boolean divergesHere, int j,
                int batches) {
            double noise = 0.045 * Math.sqrt(64.0 / plan.batchSize) * sim.gauss();
            double loss = plan.trainCurve(progress) + noise;
            if (progress < 0.05) {
                loss += 0.4 * (1 - progress / 0.05);
            }
            if (divergesHere && batches > 1) {
                double x = (double) j / (batches - 1);
                loss *= 1 + 2.5 * x * x * x;
            } else if (plan.instability > 0.55 && sim.chance(0.06)) {
                loss *= 1.15 + 0.3 * sim.nextDouble();
            }
            return Math.max(0.05, loss);
        }

        private static double gradNorm(RunPlan plan, Rng sim, boolean divergesHere, int j, int batches) {
            double norm = 0.35 + 0.25 * Math.min(2, plan.instability) + 0.05 * Math.abs(sim.gauss());
            if (divergesHere && batches > 1) {
                double x = (double) j / (batches - 1);
                norm *= 1 + 400 * x * x * x * x;
            }
            return norm;
        }
    }

    /**
     * One line per training run of a campaign: hyperparameters and the planned physics and outcome.
     *
     * @param settings the campaign
     * @return the lines
     */
    public static List<String> describe(CampaignSettings settings) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < settings.trainingWorkflows(); i++) {
            RunPlan plan = new RunPlan(settings.seed(), i, settings);
            lines.add(String.format(Locale.ROOT,
                    "%s params=%.2fB nodes=%d steps/epoch=%d step=%.3fs util=%.0f%% socket=%.0fW instab=%.2f %s "
                            + "val=%s",
                    plan.name(), plan.parameters / 1e9, plan.nodes, plan.stepsPerEpoch, plan.stepSeconds,
                    plan.utilisation, plan.socketWatts, plan.instability,
                    plan.diverges() ? "DIVERGES@" + plan.divergedEpoch + "/" + plan.divergedBatch : "ok",
                    java.util.Arrays.toString(plan.valLoss)));
        }
        return lines;
    }
}
