package org.provlens.recommender.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recommended starting point: a model and a configuration that did well on similar tasks, with its evidence.
 *
 * @param rank 1 for the best seed; 0 for a seed of the Pareto set that is not among the top seeds
 * @param model the model
 * @param modelKey the parameter that names the model in the trials ({@code model} when none did)
 * @param parameters the hyperparameters, typed, in recorded order
 * @param score the best support of its evidence ({@link Evidence#support}): similarity times value
 * @param quality the best similarity times quality of its evidence (the score without energy)
 * @param energyJoules the mean energy of its evidence, NaN when none is known
 * @param expectedOutcome the similarity-weighted mean outcome of its evidence
 * @param pareto whether no other candidate has a quality at least as high at no more energy (one strictly better)
 * @param evidence the trials that tried exactly this configuration on the similar tasks, best support first
 */
public record Seed(int rank, String model, String modelKey, Map<String, Object> parameters, double score,
        double quality, double energyJoules, double expectedOutcome, boolean pareto, List<Evidence> evidence) {

    /** Copies the collections. */
    public Seed {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        evidence = List.copyOf(evidence);
    }

    /**
     * The seed as one trial of an HPO tool: the model under its key, then the hyperparameters, as Optuna's
     * {@code study.enqueue_trial(params)} and Ray Tune's {@code points_to_evaluate} entries take them.
     *
     * @return the parameters, typed
     */
    public Map<String, Object> trialParameters() {
        Map<String, Object> all = new LinkedHashMap<>();
        if (!History.UNSPECIFIED.equals(model)) {
            all.put(modelKey, model);
        }
        all.putAll(parameters);
        return all;
    }

    /**
     * The same seed with another rank and Pareto flag.
     *
     * @param newRank the rank
     * @param onFront whether it is on the Pareto front
     * @return the seed
     */
    Seed with(int newRank, boolean onFront) {
        return new Seed(newRank, model, modelKey, parameters, score, quality, energyJoules, expectedOutcome, onFront,
                evidence);
    }
}
