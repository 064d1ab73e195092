package org.provlens.generator.core;

/**
 * What a {@link HistoryGenerator} writes: a history of hyperparameter searches (pipelines) on tasks drawn from the
 * {@link HpoCatalogue#FAMILIES}, deterministic for the same settings.
 *
 * @param seed the seed of every random choice, the response surfaces included
 * @param tasksPerFamily the tasks (datasets) drawn from each family
 * @param minPipelines the fewest searches run on a task
 * @param maxPipelines the most searches run on a task
 * @param minTrials the fewest trials of a search
 * @param maxTrials the most trials of a search
 * @param startEpochSeconds when the first search starts, UTC epoch seconds
 */
public record HistorySettings(long seed, int tasksPerFamily, int minPipelines, int maxPipelines, int minTrials,
        int maxTrials, double startEpochSeconds) {

    /** Checks the ranges. */
    public HistorySettings {
        if (tasksPerFamily < 1 || minPipelines < 1 || maxPipelines < minPipelines || minTrials < 1
                || maxTrials < minTrials || !(startEpochSeconds > 0)) {
            throw new IllegalArgumentException("invalid history settings: at least one task per family, one search"
                    + " per task and one trial per search, minima not above maxima, a start time in epoch seconds");
        }
    }

    /**
     * The history of the benchmark: 3 tasks of each of the 30 families, 2 to 5 searches each (about 300
     * pipelines), 8 to 20 trials per search (about 4,500 trials).
     *
     * @param seed the seed
     * @return the settings
     */
    public static HistorySettings standard(long seed) {
        return new HistorySettings(seed, 3, 2, 5, 8, 20, CampaignSettings.DEFAULT_START);
    }

    /**
     * A small history for tests: one task per family, one or two searches of 4 to 6 trials.
     *
     * @param seed the seed
     * @return the settings
     */
    public static HistorySettings small(long seed) {
        return new HistorySettings(seed, 1, 1, 2, 4, 6, CampaignSettings.DEFAULT_START);
    }
}
