package org.provlens.charts.core;

import java.util.List;

import org.provlens.model.Task;

/**
 * What the hyperparameter-effects charts ask: the runs (one task per run, such as the {@code model_train} tasks of
 * a sweep), the parameters and outcomes to relate, and the two outcomes of the Pareto front.
 *
 * @param runs the run tasks
 * @param parameters level columns to use as parameters ({@code used.learning_rate}, ...), {@code null} or empty for
 *            every numeric {@code used.*} column that varies, and text ones with few values
 * @param outcomes level or run columns to use as outcomes ({@code generated.val_accuracy}, {@code duration},
 *            {@code energy.gpu.measured}, {@code run.mean_gpu_power}, {@code run.peak_gpu_temperature},
 *            {@code run.min.generated.loss}, ...), {@code null} or empty for the usual ones that exist
 * @param paretoX the first outcome of the Pareto front, {@code null} for none
 * @param maximizeX whether more of it is better
 * @param paretoY the second outcome
 * @param maximizeY whether more of it is better
 * @param seed the seed of the permutation importance's shuffles
 */
public record EffectsQuery(List<Task> runs, List<String> parameters, List<String> outcomes, String paretoX,
        boolean maximizeX, String paretoY, boolean maximizeY, long seed) {

    /** Copies the lists. */
    public EffectsQuery {
        runs = List.copyOf(runs);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /**
     * The default question about some runs: every varying parameter against the usual outcomes, accuracy (or the
     * lowest loss) against GPU energy.
     *
     * @param runs the run tasks
     * @return the query
     */
    public static EffectsQuery of(List<Task> runs) {
        return new EffectsQuery(runs, null, null, null, false, null, false, 1);
    }
}
