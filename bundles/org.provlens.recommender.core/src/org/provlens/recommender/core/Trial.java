package org.provlens.recommender.core;

import java.util.Map;

import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.util.Tasks;

/**
 * One past trial: an execution that tried a model and a configuration on a task and recorded outcomes.
 *
 * @param execution the run (an MLflow run, a Flowcept or CMF task)
 * @param model the model tried, {@code (unspecified)} when no model parameter was recorded
 * @param modelKey the parameter key that named the model, {@code null} when none did
 * @param configuration the hyperparameters, typed (Long, Double, Boolean, String), in recorded order
 * @param task the characteristics of the task it worked on
 * @param energyJoules its energy ({@link RunEnergy}), NaN when unknown
 */
public record Trial(Execution execution, String model, String modelKey, Map<String, Object> configuration,
        TaskCharacteristics task, double energyJoules) {

    /** Keeps the configuration unmodifiable. */
    public Trial {
        configuration = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(configuration));
    }

    /**
     * The trial's value of a metric.
     *
     * @param key the metric key
     * @return the value, NaN when not recorded
     */
    public double outcome(String key) {
        for (Metric metric : Tasks.metrics(execution)) {
            if (key.equals(metric.getKey())) {
                return metric.getValue();
            }
        }
        return Double.NaN;
    }
}
