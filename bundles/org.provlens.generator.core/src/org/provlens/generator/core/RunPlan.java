package org.provlens.generator.core;

/**
 * One fine-tuning run of the sweep, decided before anything is written: hyperparameters, derived performance
 * (step time, utilisation, power), loss curves and whether and where the run diverges. Planning draws from its
 * own random stream, so the task count of a campaign is known without simulating telemetry.
 */
final class RunPlan {

    static final double[] LEARNING_RATES = {1e-5, 3e-5, 1e-4, 3e-4, 1e-3};
    static final int[] BATCH_SIZES = {32, 64, 128, 256};
    static final double[] DROPOUTS = {0.0, 0.05, 0.1, 0.2};
    static final int[] LAYERS = {12, 24, 32, 48};
    static final int[] HIDDEN_SIZES = {1024, 2048, 4096, 5120};
    static final double[] FRACTIONS = {0.1, 0.25, 0.5, 1.0};

    static final int VOCABULARY = 32_000;
    static final int SEQUENCE_LENGTH = 2048;
    /** Tokens of the training split (all shards but the last). */
    static final double TRAIN_TOKENS = 400e6;
    /** Dense BF16 peak of one MI250X GCD, FLOP/s. */
    static final double PEAK_FLOPS_PER_GCD = 191.5e12;
    /** Per-socket (per card, two GCDs) power limit of the MI250X, W. */
    static final double MAX_SOCKET_WATTS = 560;
    static final double IDLE_SOCKET_WATTS = 92;
    static final long GCD_MEMORY = 68_702_699_520L;

    final int index;
    final double learningRate;
    final int batchSize;
    final double dropout;
    final int layers;
    final int hidden;
    final double fraction;
    final int heads;
    final long parameters;
    final int nodes;
    final int gcds;
    final long stepsPerEpoch;
    final int recordedBatches;
    final int epochs;
    final int recordedLayers;
    final int warmupSteps;

    /** GFX activity while training, %. */
    final double utilisation;
    final double modelFlopsUtilisation;
    final double stepSeconds;
    /** Average power of one MI250X socket while training, W. */
    final double socketWatts;
    final long vramBytes;

    /** The learning rate relative to the stability limit of this width, depth and batch size. */
    final double instability;
    final int divergedEpoch;
    final int divergedBatch;
    final double[] trainLoss;
    final double[] valLoss;
    final double[] valAccuracy;
    private final double floor;
    private final double initial;
    private final double rate;
    private final double overfit;
    private final double unstable;

    RunPlan(long seed, int index, CampaignSettings settings) {
        this.index = index;
        Rng rng = Rng.of(seed, 1, index);
        learningRate = rng.pick(LEARNING_RATES);
        batchSize = rng.pick(BATCH_SIZES);
        dropout = rng.pick(DROPOUTS);
        layers = rng.pick(LAYERS);
        hidden = rng.pick(HIDDEN_SIZES);
        fraction = rng.pick(FRACTIONS);
        heads = hidden / 128;
        epochs = settings.epochs();
        parameters = 12L * layers * hidden * hidden + (long) VOCABULARY * hidden + 2L * layers * hidden;
        nodes = parameters < 1.5e9 ? 1 : parameters < 5e9 ? 2 : 4;
        gcds = 8 * nodes;
        double tokensPerStep = (double) batchSize * SEQUENCE_LENGTH;
        stepsPerEpoch = Math.max(1, (long) Math.ceil(TRAIN_TOKENS * fraction / tokensPerStep));
        recordedBatches = (int) Math.min(settings.batchesPerEpoch(), stepsPerEpoch);
        recordedLayers = Math.min(settings.layersPerBatch(), layers);
        warmupSteps = (int) Math.min(2000, Math.max(10, stepsPerEpoch / 20));

        double sequencesPerGcd = Math.max(1.0, (double) batchSize / gcds);
        // Small micro-batches of narrow models leave the GCD launch- and memory-bound.
        double work = sequencesPerGcd * StrictMath.pow(hidden / 1024.0, 1.5) / 4;
        utilisation = 99 - 62 * StrictMath.exp(-work / 2);
        modelFlopsUtilisation = 0.10 + 0.32 * (utilisation / 100) * (utilisation / 100);
        stepSeconds = 6.0 * parameters * tokensPerStep / (gcds * PEAK_FLOPS_PER_GCD * modelFlopsUtilisation) + 0.035
                + (nodes > 1 ? 0.02 * nodes : 0);
        double widthFactor = 0.82 + 0.18 * Math.min(1.0, hidden / 4096.0);
        socketWatts = Math.min(MAX_SOCKET_WATTS - 12, IDLE_SOCKET_WATTS
                + 453 * StrictMath.pow(utilisation / 100, 1.6) * widthFactor);
        double activations = sequencesPerGcd * SEQUENCE_LENGTH * (double) hidden * layers * 2 * 6 * (1 + dropout);
        vramBytes = (long) Math.min(0.96 * GCD_MEMORY, 1.25e9 + 16.0 * parameters / gcds + activations);

        // Stability: the critical learning rate falls with width and depth, rises a little with batch size.
        double critical = 1.2e-3 * (1024.0 / hidden) * StrictMath.pow(batchSize / 64.0, 0.25)
                * StrictMath.pow(24.0 / layers, 0.3);
        instability = learningRate / critical * StrictMath.exp(0.15 * rng.gauss());
        if (instability > 1.0) {
            double when = 2.5 / StrictMath.pow(instability, 1.5) * rng.uniform(0.6, 1.4);
            divergedEpoch = (int) Math.min(epochs - 1, Math.max(0, Math.floor(when)));
            divergedBatch = rng.nextInt(recordedBatches);
        } else {
            divergedEpoch = -1;
            divergedBatch = -1;
        }

        // Loss: a pretrained base fine-tuned on a domain; floor from capacity and data, penalties for a bad
        // learning rate and heavy dropout, overfitting on little data without dropout.
        double billions = parameters / 1e9;
        double optimalRate = 1e-4 * Math.sqrt(2048.0 / hidden);
        double lrOff = StrictMath.log10(learningRate / optimalRate);
        floor = 1.30 + 0.85 * StrictMath.pow(billions, -0.16) + 0.22 * (StrictMath.pow(1 / fraction, 0.35) - 1)
                + 0.10 * lrOff * lrOff + 0.30 * dropout * dropout - 0.15 * dropout * (1 - fraction);
        initial = floor + 0.55 + 0.25 * StrictMath.pow(billions, -0.1);
        rate = 2.2 * StrictMath.pow(Math.min(1.0, learningRate / optimalRate), 0.6);
        overfit = 0.02 * StrictMath.pow(1 / fraction, 0.5) * StrictMath.pow(billions, 0.2)
                * Math.max(0, 1 - 3 * dropout) * Math.sqrt(Math.min(1.0, learningRate / optimalRate));
        unstable = instability > 0.55 ? 0.2 * (instability - 0.55) : 0;

        int completed = completedEpochs();
        trainLoss = new double[epochs];
        valLoss = new double[epochs];
        valAccuracy = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            if (e < completed) {
                double x = e + 1;
                trainLoss[e] = round(trainCurve(x) + 0.006 * rng.gauss(), 5);
                valLoss[e] = round(smooth(x) + overfit * Math.max(0, x - 1) + growth(x) + 0.008 * rng.gauss(), 5);
                valAccuracy[e] = round(Math.min(0.9, 0.74 * StrictMath.exp(-0.42 * (valLoss[e] - 1.0))), 5);
            } else {
                trainLoss[e] = Double.NaN;
                valLoss[e] = Double.NaN;
                valAccuracy[e] = Double.NaN;
            }
        }
    }

    private double smooth(double x) {
        return floor + (initial - floor) * StrictMath.exp(-rate * x);
    }

    private double growth(double x) {
        return unstable * StrictMath.pow(x, 1.5);
    }

    /**
     * The smoothed training loss after {@code x} epochs.
     *
     * @param x epochs done, fractional
     * @return the loss
     */
    double trainCurve(double x) {
        return smooth(x) - 0.8 * overfit * x + growth(x);
    }

    boolean diverges() {
        return divergedEpoch >= 0;
    }

    /** @return the epochs that ended normally */
    int completedEpochs() {
        return diverges() ? divergedEpoch : epochs;
    }

    /** @return the epochs that have records (a diverged epoch has one, with status ERROR) */
    int recordedEpochs() {
        return diverges() ? divergedEpoch + 1 : epochs;
    }

    int batchesIn(int epoch) {
        return epoch == divergedEpoch ? divergedBatch + 1 : recordedBatches;
    }

    /** @return forward tasks per batch: the model's and its children's (embedding, blocks, norm, head) */
    int forwardsPerBatch() {
        return 1 + 3 + recordedLayers;
    }

    /** @return the task records this run writes */
    long taskCount() {
        long tasks = 1;
        for (int e = 0; e < recordedEpochs(); e++) {
            tasks += 1 + (long) batchesIn(e) * (1 + forwardsPerBatch());
        }
        return tasks;
    }

    /** @return the index of the best validation loss, -1 when no epoch completed */
    int bestEpoch() {
        int best = -1;
        for (int e = 0; e < completedEpochs(); e++) {
            if (best < 0 || valLoss[e] < valLoss[best]) {
                best = e;
            }
        }
        return best;
    }

    String name() {
        int exponent = (int) Math.floor(StrictMath.log10(learningRate) + 1e-9);
        long mantissa = Math.round(learningRate / Math.pow(10, exponent));
        return String.format(java.util.Locale.ROOT, "ft-%03d-L%d-H%d-lr%de%d-bs%d", index, layers, hidden, mantissa,
                exponent, batchSize);
    }

    String modelClass() {
        return "GPTLM" + (parameters >= 1e9 ? String.format(java.util.Locale.ROOT, "%.1fB", parameters / 1e9)
                : (parameters / 1_000_000) + "M");
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
