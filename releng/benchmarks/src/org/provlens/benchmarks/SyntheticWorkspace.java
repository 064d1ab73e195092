package org.provlens.benchmarks;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Site;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * A deterministic, realistically shaped workspace for benchmarks: what a Flowcept capture of a PyTorch
 * hyperparameter sweep looks like once imported.
 *
 * <p>One campaign of {@value #WORKFLOWS} workflow runs; each run is a {@code model_train} task with
 * {@value #EPOCHS} {@code epochs_loop_iteration} children, each epoch has {@code batch_iteration} children and each
 * batch up to {@value #LAYERS_PER_BATCH} {@code forward} layer tasks. The number of batches is chosen so that the
 * workspace holds exactly the requested number of tasks. Every task has 3 to 5 parameters, 1 or 2 metrics and a
 * telemetry snapshot at start and end over one shared {@link TelemetrySchema}; every epoch has a {@code loss}
 * series of {@value #LOSS_STEPS} steps; runs, epochs and batches use and generate a few hundred shared artifacts.
 * The same task count and seed always give the same workspace, so a benchmark can rebuild it to compare with what
 * it loaded instead of keeping it in the heap it measures.</p>
 */
public final class SyntheticWorkspace {

    /** Workflow runs in the campaign. */
    public static final int WORKFLOWS = 20;

    /** Epoch tasks under each {@code model_train} task. */
    public static final int EPOCHS = 10;

    /** Forward layer tasks under each full batch task. */
    public static final int LAYERS_PER_BATCH = 4;

    /** Steps of the per-epoch loss series. */
    public static final int LOSS_STEPS = 100;

    /** Data slices the batches read, round robin. */
    private static final int DATA_SLICES = 100;

    private static final int HOSTS = 4;

    private static final String[] LAYERS = {"Conv2d", "ReLU", "MaxPool2d", "Linear"};

    private static final double[] LEARNING_RATES = {1e-4, 3e-4, 1e-3, 3e-3};

    private static final int[] BATCH_SIZES = {32, 64, 128};

    /** Start of the capture, epoch seconds (2025-01-01T00:00:00Z). */
    private static final double EPOCH_SECONDS_BASE = 1_735_689_600.0;

    /** Whether a channel is a level sampled anew or a counter that only grows, as psutil and amd-smi report them. */
    private enum ChannelKind {
        GAUGE, COUNTER
    }

    /**
     * One telemetry channel: a gauge is drawn in {@code [0, scale)}, a counter grows by up to {@code scale} per
     * reading. Byte channels are whole numbers, as reported.
     */
    private record Channel(String name, String unit, ChannelKind kind, double scale) {
        double next(double previous, Random random) {
            double value = kind == ChannelKind.GAUGE ? scale * random.nextDouble()
                    : previous + scale * random.nextDouble();
            return "B".equals(unit) ? Math.rint(value) : value;
        }
    }

    /** The flattened Flowcept telemetry keys a ProvLens import produces, 16 channels. */
    private static final List<Channel> CHANNELS = List.of(
            new Channel("cpu.percent_all", "%", ChannelKind.GAUGE, 100),
            new Channel("cpu.times_avg.user", "s", ChannelKind.COUNTER, 2),
            new Channel("cpu.times_avg.system", "s", ChannelKind.COUNTER, 0.5),
            new Channel("cpu.times_avg.idle", "s", ChannelKind.COUNTER, 1),
            new Channel("memory.virtual.used", "B", ChannelKind.GAUGE, 512e9),
            new Channel("memory.virtual.percent", "%", ChannelKind.GAUGE, 100),
            new Channel("memory.swap.used", "B", ChannelKind.GAUGE, 1e9),
            new Channel("disk.io_sum.read_bytes", "B", ChannelKind.COUNTER, 64e6),
            new Channel("disk.io_sum.write_bytes", "B", ChannelKind.COUNTER, 8e6),
            new Channel("network.netio_sum.bytes_sent", "B", ChannelKind.COUNTER, 4e6),
            new Channel("network.netio_sum.bytes_recv", "B", ChannelKind.COUNTER, 16e6),
            new Channel("gpu_0.power", "W", ChannelKind.GAUGE, 560),
            new Channel("gpu_0.temperature.edge", "C", ChannelKind.GAUGE, 90),
            new Channel("gpu_0.temperature.hotspot", "C", ChannelKind.GAUGE, 105),
            new Channel("gpu_0.used", "B", ChannelKind.GAUGE, 64e9),
            new Channel("gpu_0.activity", "%", ChannelKind.GAUGE, 100));

    private final ProvlensFactory factory = ProvlensFactory.eINSTANCE;
    private final Random random;
    private final Workspace workspace;
    private final TelemetrySchema schema;
    private final List<Host> hosts = new ArrayList<>();
    private final List<Artifact> dataSlices = new ArrayList<>();
    /** What every run reads, by the role it plays. */
    private final Map<String, Artifact> runInputs = new LinkedHashMap<>();

    /** The current time of the simulated run; tasks start and end at it, so children nest in their parent. */
    private double clock = EPOCH_SECONDS_BASE;

    /** The last reading of every channel on the current run's node, so counters keep growing across tasks. */
    private double[] readings;

    /** The current run's node and hyperparameters. */
    private Host host;
    private String learningRate;
    private String batchSize;

    private SyntheticWorkspace(long seed) {
        random = new Random(seed);
        workspace = factory.createWorkspace();
        workspace.setName("benchmark");
        schema = createSchema();
        workspace.getTelemetrySchemas().add(schema);
        workspace.getSites().add(createSite());
        createSharedArtifacts();
    }

    /**
     * Builds a workspace.
     *
     * @param tasks the exact number of tasks, at least {@value #WORKFLOWS} (one {@code model_train} per run)
     * @param seed the seed of every random choice: same arguments, same workspace
     * @return a new workspace, not in any resource
     * @throws IllegalArgumentException when {@code tasks} is too small
     */
    public static Workspace build(int tasks, long seed) {
        if (tasks < WORKFLOWS) {
            throw new IllegalArgumentException("Need at least " + WORKFLOWS + " tasks, one per workflow run");
        }
        SyntheticWorkspace builder = new SyntheticWorkspace(seed);
        Campaign campaign = builder.factory.createCampaign();
        campaign.setId(builder.newId());
        campaign.setName("resnet-sweep");
        campaign.setDescription("Learning rate and batch size sweep");
        builder.workspace.getCampaigns().add(campaign);
        for (int run = 0; run < WORKFLOWS; run++) {
            // Spread the remainder over the first runs so that the total is exact.
            int quota = tasks / WORKFLOWS + (run < tasks % WORKFLOWS ? 1 : 0);
            campaign.getWorkflows().add(builder.createWorkflow(run, quota));
        }
        return builder.workspace;
    }

    /**
     * Counts the tasks of a workspace, at every depth.
     *
     * @param workspace the workspace
     * @return how many tasks it holds
     */
    public static int countTasks(Workspace workspace) {
        int count = 0;
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                for (Task task : workflow.getTasks()) {
                    count += countTasks(task);
                }
            }
        }
        return count;
    }

    private static int countTasks(Task task) {
        int count = 1;
        for (Task child : task.getChildren()) {
            count += countTasks(child);
        }
        return count;
    }

    private TelemetrySchema createSchema() {
        TelemetrySchema result = factory.createTelemetrySchema();
        result.setId("schema-flowcept-psutil-amdsmi");
        for (Channel channel : CHANNELS) {
            result.getChannels().add(channel.name());
            result.getUnits().add(channel.unit());
        }
        return result;
    }

    private Site createSite() {
        Site site = factory.createSite();
        site.setId("site-olcf");
        site.setName("OLCF Frontier");
        site.setFacility("OLCF");
        site.setRegion("US-TN");
        site.setPue(1.03);
        site.setCarbonIntensity(370);
        for (int i = 0; i < HOSTS; i++) {
            Host node = factory.createHost();
            node.setId("frontier%05d".formatted(i + 1));
            node.setName(node.getId());
            node.setCpuModel("AMD EPYC 7A53");
            node.setCpuCount(64);
            node.setMemoryBytes(512L << 30);
            site.getHosts().add(node);
            hosts.add(node);
        }
        return site;
    }

    /** The artifacts every run shares: code, environment, dataset and its slices; checkpoints come per epoch. */
    private void createSharedArtifacts() {
        runInputs.put("code", createArtifact(ArtifactKind.CODE, "git+https://example.org/resnet.git@v1.4"));
        runInputs.put("environment", createArtifact(ArtifactKind.ENVIRONMENT, "file:///envs/torch-2.5-rocm6.2.yaml"));
        runInputs.put("training_data", createArtifact(ArtifactKind.DATASET, "file:///data/cifar10/train"));
        for (int i = 0; i < DATA_SLICES; i++) {
            String uri = "file:///data/cifar10/train/shard-%03d".formatted(i);
            dataSlices.add(createArtifact(ArtifactKind.DATASLICE, uri));
        }
    }

    private Artifact createArtifact(ArtifactKind kind, String uri) {
        Artifact artifact = factory.createArtifact();
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        // Content hashes are the identity, colon included: the XMI resource must cope with it.
        artifact.setId("sha256:" + HexFormat.of().formatHex(hash));
        artifact.setKind(kind);
        artifact.setUri(uri);
        artifact.setContentHash(artifact.getId());
        artifact.setSize(1L + random.nextInt(Integer.MAX_VALUE));
        workspace.getArtifacts().add(artifact);
        return artifact;
    }

    private Workflow createWorkflow(int run, int quota) {
        host = hosts.get(run % hosts.size());
        learningRate = Double.toString(LEARNING_RATES[run % LEARNING_RATES.length]);
        batchSize = Integer.toString(BATCH_SIZES[run % BATCH_SIZES.length]);
        readings = new double[CHANNELS.size()];
        Workflow workflow = factory.createWorkflow();
        workflow.setId(newId());
        workflow.setName("train_resnet_%02d".formatted(run));
        workflow.setStatus(Status.FINISHED);
        workflow.setHost(host);
        workflow.setStartedAt(clock);
        addParameter(workflow, "lr", learningRate, ValueType.REAL);
        addParameter(workflow, "batch_size", batchSize, ValueType.INTEGER);

        Task train = beginTask("model_train", "model_train");
        workflow.getTasks().add(train);
        addParameter(train, "epochs", Integer.toString(EPOCHS), ValueType.INTEGER);
        addParameter(train, "optimizer", "adam", ValueType.STRING);
        addParameter(train, "seed", Integer.toString(run), ValueType.INTEGER);
        runInputs.forEach((role, input) -> link(train.getUsed(), input, role));
        int epochs = Math.min(EPOCHS, quota - 1);
        int remaining = quota - 1 - epochs;
        for (int epoch = 0; epoch < epochs; epoch++) {
            // An even share of what is left keeps epochs the same size within one task.
            int budget = remaining / (epochs - epoch);
            remaining -= budget;
            train.getChildren().add(createEpoch(epoch, budget));
        }
        endTask(train, "loss", "accuracy");
        workflow.setEndedAt(clock);
        return workflow;
    }

    /** An epoch with exactly {@code budget} batch and layer tasks below it. */
    private Task createEpoch(int epoch, int budget) {
        Task task = beginTask("epochs_loop_iteration", "epoch_" + epoch);
        addParameter(task, "epoch", Integer.toString(epoch), ValueType.INTEGER);
        int batch = 0;
        while (budget > 0) {
            int layers = Math.min(LAYERS_PER_BATCH, budget - 1);
            task.getChildren().add(createBatch(batch++, layers));
            budget -= 1 + layers;
        }
        task.getSeries().add(createLossSeries(epoch));
        Artifact checkpoint = createArtifact(ArtifactKind.MODEL, "file:///checkpoints/" + task.getId() + ".pt");
        link(task.getGenerated(), checkpoint, "checkpoint");
        endTask(task, "loss", "accuracy");
        return task;
    }

    private Task createBatch(int batch, int layers) {
        Task task = beginTask("batch_iteration", "batch_" + batch);
        addParameter(task, "batch", Integer.toString(batch), ValueType.INTEGER);
        link(task.getUsed(), dataSlices.get(batch % dataSlices.size()), "training_data");
        for (int layer = 0; layer < layers; layer++) {
            Task forward = beginTask("forward", LAYERS[layer]);
            addParameter(forward, "layer", LAYERS[layer], ValueType.STRING);
            addParameter(forward, "training", "true", ValueType.BOOLEAN);
            endTask(forward, "output_norm");
            task.getChildren().add(forward);
        }
        endTask(task, "loss");
        return task;
    }

    /**
     * Starts a task at the current clock, with its start telemetry and the run's hyperparameters; callers add the
     * parameters of the level, for 3 to 5 in all.
     */
    private Task beginTask(String activity, String name) {
        Task task = factory.createTask();
        task.setId(newId());
        task.setActivity(activity);
        task.setName(name);
        task.setHost(host);
        task.setStartedAt(clock);
        addParameter(task, "lr", learningRate, ValueType.REAL);
        addParameter(task, "batch_size", batchSize, ValueType.INTEGER);
        Telemetry telemetry = factory.createTelemetry();
        telemetry.setSchema(schema);
        telemetry.setAtStart(read());
        task.setTelemetry(telemetry);
        return task;
    }

    /** Ends a task a few milliseconds after its last child, with its end telemetry and its scalar metrics. */
    private void endTask(Task task, String... metricKeys) {
        clock += 0.001 + 0.01 * random.nextDouble();
        task.setEndedAt(clock);
        task.setStatus(Status.FINISHED);
        task.getTelemetry().setAtEnd(read());
        for (String key : metricKeys) {
            addMetric(task, key, random.nextDouble());
        }
    }

    private double[] read() {
        for (int i = 0; i < readings.length; i++) {
            readings[i] = CHANNELS.get(i).next(readings[i], random);
        }
        return readings.clone();
    }

    private Series createLossSeries(int epoch) {
        double[] xs = new double[LOSS_STEPS];
        double[] ys = new double[LOSS_STEPS];
        for (int step = 0; step < LOSS_STEPS; step++) {
            xs[step] = (double) epoch * LOSS_STEPS + step;
            // A decaying loss with noise: full mantissas, as real losses have, not short decimals that favour XMI.
            ys[step] = 2.5 * Math.exp(-xs[step] / 300) + 0.05 * random.nextGaussian();
        }
        Series series = factory.createSeries();
        series.setKey("loss");
        series.setKind(SeriesKind.METRIC);
        series.setAxis(SeriesAxis.STEP);
        series.setSource("flowcept");
        series.setXs(xs);
        series.setYs(ys);
        return series;
    }

    private void addParameter(Execution execution, String key, String value, ValueType type) {
        Parameter parameter = factory.createParameter();
        parameter.setKey(key);
        parameter.setValue(value);
        parameter.setType(type);
        execution.getParameters().add(parameter);
    }

    private void addMetric(Execution execution, String key, double value) {
        Metric metric = factory.createMetric();
        metric.setKey(key);
        metric.setValue(value);
        execution.getMetrics().add(metric);
    }

    private void link(List<ArtifactLink> links, Artifact artifact, String role) {
        ArtifactLink link = factory.createArtifactLink();
        link.setArtifact(artifact);
        link.setRole(role);
        link.setTime(clock);
        links.add(link);
    }

    /** A UUID-shaped id from the seeded generator ({@link UUID#randomUUID()} would not be reproducible). */
    private String newId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
