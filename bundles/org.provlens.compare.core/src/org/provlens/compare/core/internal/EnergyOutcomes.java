package org.provlens.compare.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;

/**
 * The energy and carbon outcomes of compared executions. For now they are what the level table shows: the joules
 * the GPUs' energy counters counted over a task ({@code energy.gpu.measured}) and the estimates recorded on it
 * ({@code energy.total}, {@code .cpu}, {@code .gpu}, {@code .ram}, {@code .other}, {@code energy.co2e_g}); a
 * workflow run has its own recorded estimates (CodeCarbon's) or else the sum over its top-level tasks. Summing
 * top-level tasks counts a GPU twice when two of them ran on the same node at the same time: this is the one place
 * to ask the energy accounting of {@code org.provlens.energy.core} instead once it exists.
 */
public final class EnergyOutcomes {

    private EnergyOutcomes() {
    }

    /**
     * The energy outcomes of executions.
     *
     * @param executions the executions, {@code null} elements allowed (they get NaN)
     * @return outcome key to one value per execution (NaN where none), only keys some execution has
     */
    public static Map<String, double[]> of(List<? extends Execution> executions) {
        int n = executions.size();
        List<Task> tasks = new ArrayList<>();
        int[] owner = new int[16];
        for (int i = 0; i < n; i++) {
            Execution execution = executions.get(i);
            List<Task> own = switch (execution) {
                case Task task -> List.of(task);
                case Workflow workflow -> workflow.getTasks();
                case null, default -> List.of();
            };
            for (Task task : own) {
                if (tasks.size() == owner.length) {
                    owner = Arrays.copyOf(owner, owner.length * 2);
                }
                owner[tasks.size()] = i;
                tasks.add(task);
            }
        }
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        for (Column column : TaskColumns.of(tasks).all()) {
            if (!column.name().startsWith("energy.") || column.type() != Column.Type.NUMBER) {
                continue;
            }
            double[] values = column.numbers(tasks);
            double[] sums = nans(n);
            for (int t = 0; t < values.length; t++) {
                sums[owner[t]] = plus(sums[owner[t]], values[t]);
            }
            outcomes.put(column.name(), sums);
        }
        for (int i = 0; i < n; i++) {
            if (executions.get(i) instanceof Workflow workflow && !workflow.getEnergy().isEmpty()) {
                ownEstimates(workflow, i, n, outcomes);
            }
        }
        outcomes.values().removeIf(values -> Arrays.stream(values).allMatch(Double::isNaN));
        return outcomes;
    }

    /** A run's own estimates (CodeCarbon's) replace the sums over its tasks; carbon of the total, else of the parts. */
    private static void ownEstimates(Workflow workflow, int index, int n, Map<String, double[]> outcomes) {
        Map<String, Double> own = new LinkedHashMap<>();
        double[] carbon = {Double.NaN, Double.NaN}; // of TOTAL estimates, of component estimates
        for (EnergyEstimate estimate : workflow.getEnergy()) {
            own.merge("energy." + estimate.getComponent().getLiteral().toLowerCase(Locale.ROOT), estimate.getJoules(),
                    EnergyOutcomes::plus);
            int part = estimate.getComponent() == EnergyComponent.TOTAL ? 0 : 1;
            carbon[part] = plus(carbon[part], estimate.getCo2eGrams());
        }
        own.put("energy.co2e_g", Double.isNaN(carbon[0]) ? carbon[1] : carbon[0]);
        own.forEach((key, value) -> outcomes.computeIfAbsent(key, k -> nans(n))[index] = value);
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static double plus(double sum, double value) {
        if (Double.isNaN(value)) {
            return sum;
        }
        return Double.isNaN(sum) ? value : sum + value;
    }
}
