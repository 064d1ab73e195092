package org.provlens.generator.core;

import java.time.Instant;

/**
 * What a {@link CampaignGenerator} writes: an immutable description of the synthetic campaign.
 *
 * @param seed the seed of every random choice; the same settings always give byte-identical output
 * @param campaignId the Flowcept {@code campaign_id} of every record
 * @param trainingWorkflows the number of fine-tuning runs (one workflow each) in the hyperparameter sweep
 * @param epochs the epochs of each run (a diverging run stops early)
 * @param batchesPerEpoch the batches recorded per epoch, evenly spaced over the epoch's steps; an epoch with
 *            fewer steps records all of them
 * @param layersPerBatch the transformer blocks whose forward pass is recorded per batch (the embedding, final
 *            norm and LM head are recorded too)
 * @param gcdsPerNode the GPUs (MI250X graphics compute dies, two per card) in each telemetry snapshot, 1 to 8
 * @param shards the tokenized dataset shards written by the data-preparation workflow (the last one is the
 *            validation split), at least 2
 * @param nodePool the compute nodes the sweep's jobs are scheduled on, at least 1
 * @param startEpochSeconds when the campaign starts, UTC epoch seconds
 * @param telemetryEverywhere whether every task down to the layers' forwards carries telemetry at start and end
 *            (per-layer instrumentation, as campaigns that profile every layer record it), instead of Flowcept's
 *            default shape in which the model's forward has an end snapshot and the layers none
 */
public record CampaignSettings(long seed, String campaignId, int trainingWorkflows, int epochs, int batchesPerEpoch,
        int layersPerBatch, int gcdsPerNode, int shards, int nodePool, double startEpochSeconds,
        boolean telemetryEverywhere) {

    /** The campaign id of the presets. */
    public static final String DEFAULT_CAMPAIGN_ID = "frontier-llm-ft-2026";

    /**
     * The seed of the presets: the sample's, chosen among the first seeds for a sweep that shows every outcome
     * (healthy runs, an unstable one whose loss climbs, two divergences) on one, two and four nodes.
     */
    public static final long DEFAULT_SEED = 41L;

    /** 2026-03-02T13:00:00Z, the start of the preset campaigns. */
    public static final double DEFAULT_START = Instant.parse("2026-03-02T13:00:00Z").getEpochSecond();

    /**
     * Settings in Flowcept's default telemetry shape.
     *
     * @param seed see the record
     * @param campaignId see the record
     * @param trainingWorkflows see the record
     * @param epochs see the record
     * @param batchesPerEpoch see the record
     * @param layersPerBatch see the record
     * @param gcdsPerNode see the record
     * @param shards see the record
     * @param nodePool see the record
     * @param startEpochSeconds see the record
     */
    public CampaignSettings(long seed, String campaignId, int trainingWorkflows, int epochs, int batchesPerEpoch,
            int layersPerBatch, int gcdsPerNode, int shards, int nodePool, double startEpochSeconds) {
        this(seed, campaignId, trainingWorkflows, epochs, batchesPerEpoch, layersPerBatch, gcdsPerNode, shards,
                nodePool, startEpochSeconds, false);
    }

    /** Checks the ranges. */
    public CampaignSettings {
        if (campaignId == null || campaignId.isBlank()) {
            throw new IllegalArgumentException("campaignId must not be blank");
        }
        require(trainingWorkflows >= 0, "trainingWorkflows >= 0");
        require(epochs >= 1 && epochs <= 1000, "epochs in 1..1000");
        require(batchesPerEpoch >= 1, "batchesPerEpoch >= 1");
        require(layersPerBatch >= 0, "layersPerBatch >= 0");
        require(gcdsPerNode >= 1 && gcdsPerNode <= 8, "gcdsPerNode in 1..8");
        require(shards >= 2 && shards <= 9999, "shards in 2..9999");
        require(nodePool >= 1 && nodePool <= 9408, "nodePool in 1..9408");
        require(startEpochSeconds > 0 && startEpochSeconds < 4e9, "startEpochSeconds is epoch seconds");
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("invalid campaign settings: " + what);
        }
    }

    /**
     * The small sample campaign shipped in {@code samples/flowcept/llm_finetune_sample.jsonl}: a data-preparation
     * workflow and 10 fine-tuning runs of 4 epochs, 6 recorded batches per epoch, 3 recorded transformer blocks,
     * all 8 GCDs of a Frontier node in the telemetry (about 1,700 records, 5 MB).
     *
     * @return the settings
     */
    public static CampaignSettings sample() {
        return new CampaignSettings(DEFAULT_SEED, DEFAULT_CAMPAIGN_ID, 10, 4, 6, 3, 8, 16, 6, DEFAULT_START);
    }

    /**
     * Settings whose campaign has about {@code tasks} task records (within about 3 % from 2,000 tasks up),
     * every batch of an epoch recorded as the run is scaled up. Planning is cheap: no telemetry is simulated.
     *
     * @param tasks the wanted number of task records, at least 1
     * @param seed the seed
     * @return the settings
     */
    public static CampaignSettings forTaskCount(long tasks, long seed) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be at least 1");
        }
        return CampaignGenerator.scaledTo(tasks, seed);
    }

    /**
     * The same campaign with another seed.
     *
     * @param newSeed the seed
     * @return new settings
     */
    public CampaignSettings withSeed(long newSeed) {
        return new CampaignSettings(newSeed, campaignId, trainingWorkflows, epochs, batchesPerEpoch, layersPerBatch,
                gcdsPerNode, shards, nodePool, startEpochSeconds, telemetryEverywhere);
    }

    /**
     * The same campaign with another number of GPUs per telemetry snapshot (fewer make smaller files).
     *
     * @param gcds 1 to 8
     * @return new settings
     */
    public CampaignSettings withGcdsPerNode(int gcds) {
        return new CampaignSettings(seed, campaignId, trainingWorkflows, epochs, batchesPerEpoch, layersPerBatch,
                gcds, shards, nodePool, startEpochSeconds, telemetryEverywhere);
    }

    /**
     * The same campaign with another number of training workflows.
     *
     * @param workflows at least 0
     * @return new settings
     */
    public CampaignSettings withTrainingWorkflows(int workflows) {
        return new CampaignSettings(seed, campaignId, workflows, epochs, batchesPerEpoch, layersPerBatch,
                gcdsPerNode, shards, nodePool, startEpochSeconds, telemetryEverywhere);
    }

    /**
     * The same campaign with telemetry at start and end of every task, the layers' forwards included.
     *
     * @param everywhere whether every task carries telemetry
     * @return new settings
     */
    public CampaignSettings withTelemetryEverywhere(boolean everywhere) {
        return new CampaignSettings(seed, campaignId, trainingWorkflows, epochs, batchesPerEpoch, layersPerBatch,
                gcdsPerNode, shards, nodePool, startEpochSeconds, everywhere);
    }
}
