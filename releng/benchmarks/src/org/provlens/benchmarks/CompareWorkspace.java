package org.provlens.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Site;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;

/**
 * The workspace of the comparison benchmark, built in code: a sweep of many runs of exactly 10,000 tasks each
 * (a {@code model_train} task, 9 {@code epochs_loop_iteration} children with {@code i}/{@code epoch}, 111
 * {@code train_batch_iteration} per epoch with {@code i}/{@code global_step} and a loss, 9 layer forwards per batch
 * with {@code layer_idx}), every task with a telemetry snapshot at start and end (GPU energy counter, temperature
 * and activity, CPU percent) in a temporary bulk store, every run with 12 hyperparameters, 4 final metrics and a
 * code version. Lean on purpose (about 400 bytes a task) so that 10 million tasks fit a 2-core, shared machine.
 */
final class CompareWorkspace {

    static final int EPOCHS = 9;
    static final int BATCHES = 111;
    static final int LAYERS = 9;
    /** Tasks per run: 1 + 9 + 9·111 + 9·111·9 = 10,000. */
    static final int TASKS_PER_RUN = 1 + EPOCHS + EPOCHS * BATCHES + EPOCHS * BATCHES * LAYERS;

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;
    private static final String[] LAYER_NAMES = {"Embedding", "TransformerBlock", "TransformerBlock",
        "TransformerBlock", "TransformerBlock", "TransformerBlock", "TransformerBlock", "RMSNorm", "LMHead"};

    private final Workspace workspace;
    private final BulkStore store;
    private final List<String> runIds = new ArrayList<>();

    private CompareWorkspace(Workspace workspace, BulkStore store) {
        this.workspace = workspace;
        this.store = store;
    }

    Workspace workspace() {
        return workspace;
    }

    BulkStore store() {
        return store;
    }

    List<String> runIds() {
        return runIds;
    }

    /**
     * Builds the sweep and says so: its size, the time it took, the JVM's processors and heap.
     *
     * @param runs the number of runs
     * @return the workspace
     * @throws IOException when the temporary store cannot be created
     */
    static CompareWorkspace announce(int runs) throws IOException {
        long start = System.nanoTime();
        CompareWorkspace built = build(runs, 20);
        System.out.printf(java.util.Locale.ROOT, "built %,d runs of %,d tasks (%,d tasks) in %.1f s; %d processors,"
                + " max heap %,d MB%n", runs, TASKS_PER_RUN, (long) runs * TASKS_PER_RUN,
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        return built;
    }

    /**
     * Builds the sweep.
     *
     * @param runs the number of runs
     * @param seed the random seed
     * @return the workspace, its store attached (close the store at the end)
     * @throws IOException when the temporary store cannot be created
     */
    static CompareWorkspace build(int runs, long seed) throws IOException {
        Workspace workspace = F.createWorkspace();
        workspace.setName("compare-benchmark");
        BulkStore store = BulkStore.temporary();
        store.attach(workspace);
        CompareWorkspace built = new CompareWorkspace(workspace, store);
        Random random = new Random(seed);
        Campaign campaign = F.createCampaign();
        campaign.setId("sweep");
        workspace.getCampaigns().add(campaign);
        Site site = F.createSite();
        site.setId("site:frontier");
        site.setName("Frontier");
        workspace.getSites().add(site);
        Host[] hosts = new Host[16];
        for (int h = 0; h < hosts.length; h++) {
            hosts[h] = F.createHost();
            hosts[h].setId(String.format("frontier%05d", 1000 + h));
            hosts[h].setName(hosts[h].getId());
            site.getHosts().add(hosts[h]);
        }
        TelemetrySchema schema = F.createTelemetrySchema();
        schema.setId("schema-1");
        schema.getChannels().addAll(List.of("gpu.gpu_0.power.energy_accumulator", "gpu.gpu_0.temperature.edge",
                "gpu.gpu_0.activity.gfx_activity", "cpu.percent_all"));
        schema.getUnits().addAll(List.of("J", "°C", "%", "%"));
        workspace.getTelemetrySchemas().add(schema);
        Map<String, String> texts = new HashMap<>();
        double start = 1_772_456_400.0;
        for (int r = 0; r < runs; r++) {
            Workflow run = F.createWorkflow();
            run.setId(String.format("run-%04d", r));
            run.setName(String.format("sweep-%04d", r));
            run.setSubtype("training");
            campaign.getWorkflows().add(run);
            built.runIds.add(run.getId());
            double lr = new double[] {1e-5, 3e-5, 1e-4, 3e-4, 1e-3}[random.nextInt(5)];
            parameter(run, "learning_rate", Double.toString(lr), ValueType.REAL);
            parameter(run, "batch_size", Integer.toString(32 << random.nextInt(4)), ValueType.INTEGER);
            parameter(run, "dropout", Double.toString(0.05 * random.nextInt(5)), ValueType.REAL);
            parameter(run, "n_layers", Integer.toString(12 + 12 * random.nextInt(4)), ValueType.INTEGER);
            parameter(run, "hidden_size", Integer.toString(1024 * (1 + random.nextInt(5))), ValueType.INTEGER);
            parameter(run, "seq_len", "2048", ValueType.INTEGER);
            parameter(run, "epochs", Integer.toString(EPOCHS), ValueType.INTEGER);
            parameter(run, "optimizer", "{\"name\": \"adamw\", \"betas\": [0.9, " + (random.nextBoolean() ? "0.95" : "0.999")
                    + "], \"weight_decay\": 0.1}", ValueType.JSON);
            parameter(run, "lr_schedule", "cosine", ValueType.STRING);
            parameter(run, "precision", "bf16", ValueType.STRING);
            parameter(run, "seed", Integer.toString(r), ValueType.INTEGER);
            parameter(run, "num_nodes", Integer.toString(1 << random.nextInt(3)), ValueType.INTEGER);
            property(run, "code_repository.sha", "9c066668d8188ed3e10b274ab24613bf63e358eb");
            property(run, "code_repository.branch", "main");
            double quality = random.nextDouble();
            double runStart = start + r * 3600.0;
            run.setStartedAt(runStart);
            run.setStatus(Status.FINISHED);
            Host host = hosts[r % hosts.length];
            double[] clock = {runStart, 1.0e7 * r};
            Task train = task(built, run.getId() + "-train", "model_train", host, clock, schema, texts);
            run.getTasks().add(train);
            for (int e = 0; e < EPOCHS; e++) {
                Task epoch = task(built, train.getId() + "-e" + e, "epochs_loop_iteration", host, clock, schema, texts);
                train.getChildren().add(epoch);
                parameter(epoch, "i", text(texts, e), ValueType.INTEGER);
                parameter(epoch, "epoch", text(texts, e), ValueType.INTEGER);
                double loss = 2.4 - 0.3 * quality - 0.05 * e + 0.02 * random.nextGaussian();
                metric(epoch, "val_loss", loss);
                metric(epoch, "train_loss", loss - 0.03);
                for (int b = 0; b < BATCHES; b++) {
                    Task batch = task(built, epoch.getId() + "-b" + b, "train_batch_iteration", host, clock, schema,
                            texts);
                    epoch.getChildren().add(batch);
                    parameter(batch, "i", text(texts, b), ValueType.INTEGER);
                    parameter(batch, "global_step", text(texts, e * BATCHES + b), ValueType.INTEGER);
                    metric(batch, "loss", loss + 0.3 * Math.exp(-b / 30.0) + 0.05 * random.nextGaussian());
                    for (int l = 0; l < LAYERS; l++) {
                        Task layer = task(built, batch.getId() + "-l" + l, LAYER_NAMES[l], host, clock, schema, texts);
                        batch.getChildren().add(layer);
                        parameter(layer, "layer_idx", text(texts, l), ValueType.INTEGER);
                        finish(built, layer, clock, schema, random, 0.01);
                    }
                    finish(built, batch, clock, schema, random, 0.2);
                }
                finish(built, epoch, clock, schema, random, 5);
            }
            finish(built, train, clock, schema, random, 10);
            run.setEndedAt(train.getEndedAt());
            metric(run, "final_val_loss", 2.4 - 0.3 * quality - 0.05 * (EPOCHS - 1));
            metric(run, "val_accuracy", 0.4 + 0.1 * quality);
            metric(run, "perplexity", Math.exp(2.4 - 0.3 * quality));
            metric(run, "epochs_completed", EPOCHS);
        }
        return built;
    }

    /** A task started at the clock; its telemetry at start is read now, at end by {@link #finish}. */
    private static Task task(CompareWorkspace built, String id, String activity, Host host, double[] clock,
            TelemetrySchema schema, Map<String, String> texts) {
        Task task = F.createTask();
        task.setId(id);
        task.setActivity(texts.computeIfAbsent(activity, a -> a));
        task.setHost(host);
        task.setStatus(Status.FINISHED);
        task.setStartedAt(clock[0]);
        Telemetry telemetry = F.createTelemetry();
        telemetry.setSchema(schema);
        task.setTelemetry(telemetry);
        // The start values wait in the heap until the end is known, then both go to the store.
        telemetry.setAtStart(new double[] {clock[1], 40, 50, 20});
        return task;
    }

    private static void finish(CompareWorkspace built, Task task, double[] clock, TelemetrySchema schema,
            Random random, double seconds) {
        clock[0] += seconds;
        clock[1] += 450 * seconds;
        task.setEndedAt(clock[0]);
        Telemetry telemetry = task.getTelemetry();
        double[] start = telemetry.getAtStart();
        double[] end = {clock[1], 45 + 30 * random.nextDouble(), 60 + 40 * random.nextDouble(), 20 + 10 * random.nextDouble()};
        Bulk.setTelemetry(telemetry, built.store, start, end);
    }

    private static String text(Map<String, String> texts, int value) {
        return texts.computeIfAbsent(Integer.toString(value), v -> v);
    }

    private static void parameter(Execution execution, String key, String value, ValueType type) {
        Parameter parameter = F.createParameter();
        parameter.setKey(key);
        parameter.setValue(value);
        parameter.setType(type);
        execution.getParameters().add(parameter);
    }

    private static void metric(Execution execution, String key, double value) {
        Metric metric = F.createMetric();
        metric.setKey(key);
        metric.setValue(value);
        execution.getMetrics().add(metric);
    }

    private static void property(Execution execution, String key, String value) {
        StringProperty property = F.createStringProperty();
        property.setKey(key);
        property.setValue(value);
        execution.getProperties().add(property);
    }
}
