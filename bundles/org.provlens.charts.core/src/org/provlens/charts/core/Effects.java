package org.provlens.charts.core;

import java.util.List;

import org.provlens.charts.core.stats.Correlation;
import org.provlens.charts.core.stats.Importance;
import org.provlens.model.Task;

/**
 * The hyperparameter-effects data of some runs: a value per run and axis (parameters then outcomes), the
 * correlation of every pair of axes, the importance of each parameter for each outcome and the Pareto front of two
 * outcomes.
 *
 * @param runs the run tasks, in the order of the values
 * @param axes the parameters, then the outcomes
 * @param correlations {@code correlations.get(i).get(j)} correlates axis i with axis j
 * @param importance one entry per outcome (in the order of the outcome axes), over the parameters
 * @param paretoX the index of the Pareto front's first axis, -1 when there is no front
 * @param paretoY the index of its second axis
 * @param maximizeX whether more x is better
 * @param maximizeY whether more y is better
 * @param front the indexes of the efficient runs, in ascending x
 */
public record Effects(List<Task> runs, List<Axis> axes, List<List<Correlation>> correlations,
        List<Importance> importance, int paretoX, int paretoY, boolean maximizeX, boolean maximizeY, int[] front) {

    /** Copies the lists. */
    public Effects {
        runs = List.copyOf(runs);
        axes = List.copyOf(axes);
        correlations = correlations.stream().map(List::copyOf).toList();
        importance = List.copyOf(importance);
    }

    /**
     * One axis: a column's value for every run. A text parameter's values are the indexes of its categories.
     *
     * @param name the column name
     * @param unit its unit, empty when unknown
     * @param outcome whether it is an outcome (else a parameter)
     * @param values one value per run, NaN where absent (not to be modified)
     * @param categories for a text column, its values by index; empty for numbers
     */
    public record Axis(String name, String unit, boolean outcome, double[] values, List<String> categories) {

        /**
         * A label with the unit.
         *
         * @return e.g. {@code energy.gpu.measured [J]}
         */
        public String label() {
            return unit.isEmpty() ? name : name + " [" + unit + "]";
        }
    }

    /**
     * The parameter axes.
     *
     * @return them, in order
     */
    public List<Axis> parameters() {
        return axes.stream().filter(a -> !a.outcome()).toList();
    }

    /**
     * The outcome axes.
     *
     * @return them, in order
     */
    public List<Axis> outcomes() {
        return axes.stream().filter(Axis::outcome).toList();
    }

    /**
     * An axis by name.
     *
     * @param name the column name
     * @return its index, -1 when absent
     */
    public int indexOf(String name) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
