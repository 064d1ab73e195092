package org.provlens.compare.core.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * The energy and carbon outcomes of compared executions, from the energy accounting of
 * {@code org.provlens.energy.core} at its default assumptions (one ledger per workspace, kept with it): the IT energy
 * inclusive of children ({@code energy.total}, each joule counted once, so a run's is not the sum of tasks that
 * shared a node), its components ({@code energy.gpu}, {@code .cpu}, {@code .ram}, {@code .other}), its bounds
 * ({@code energy.lower}, {@code energy.upper}), the facility energy ({@code energy.facility}) and the emissions
 * ({@code energy.co2e_g}), and the joules the GPUs' energy counters counted ({@code energy.gpu.measured}: a task's
 * own, a run's top-level tasks' summed, before sharing, as the level table shows them).
 */
public final class EnergyOutcomes {

    private EnergyOutcomes() {
    }

    /**
     * The energy outcomes of executions of one workspace.
     *
     * @param executions the executions, {@code null} elements allowed (they get NaN)
     * @return outcome key to one value per execution (NaN where none), only keys some execution has, in the order
     *         total, components, bounds, facility, carbon, counted
     */
    public static Map<String, double[]> of(List<? extends Execution> executions) {
        Workspace workspace = null;
        for (Execution execution : executions) {
            if (execution != null && EcoreUtil.getRootContainer(execution) instanceof Workspace w) {
                workspace = w;
                break;
            }
        }
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        if (workspace == null) {
            return outcomes; // executions in no workspace: nothing to account them against
        }
        EnergyLedger ledger = EnergyColumns.ledgerAtDefaults(workspace, executions);
        int[] at = new int[executions.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = executions.get(i) == null ? -1 : ledger.indexOf(executions.get(i));
        }
        put(outcomes, "energy.total", at, ledger::joules);
        for (Component component : Component.values()) {
            put(outcomes, "energy." + component.key(), at, k -> ledger.joules(k, component));
        }
        put(outcomes, "energy.lower", at, ledger::lowerJoules);
        put(outcomes, "energy.upper", at, ledger::upperJoules);
        put(outcomes, "energy.facility", at, ledger::facilityJoules);
        put(outcomes, "energy.co2e_g", at, ledger::co2eGrams);
        double[] counted = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            counted[i] = counted(ledger, executions.get(i), at[i]);
        }
        if (Arrays.stream(counted).anyMatch(v -> !Double.isNaN(v))) {
            outcomes.put("energy.gpu.measured", counted);
        }
        return outcomes;
    }

    /** One outcome read from the ledger, kept when some execution has a figure. */
    private static void put(Map<String, double[]> outcomes, String key, int[] at, IntToDoubleFunction value) {
        double[] values = new double[at.length];
        boolean any = false;
        for (int i = 0; i < at.length; i++) {
            values[i] = at[i] < 0 ? Double.NaN : value.applyAsDouble(at[i]);
            any |= !Double.isNaN(values[i]);
        }
        if (any) {
            outcomes.put(key, values);
        }
    }

    /**
     * The joules the GPUs' counters counted over an execution: a run's own counters where it has them, else its
     * top-level tasks' summed (the level table's figures, which count a node twice when two of them ran on it at
     * once; {@code energy.gpu} is the accounted figure).
     */
    private static double counted(EnergyLedger ledger, Execution execution, int at) {
        if (at < 0) {
            return Double.NaN;
        }
        double own = ledger.countedGpuJoules(at);
        if (!Double.isNaN(own) || !(execution instanceof Workflow workflow)) {
            return own;
        }
        double sum = Double.NaN;
        for (Task task : workflow.getTasks()) {
            int t = ledger.indexOf(task);
            double value = t < 0 ? Double.NaN : ledger.countedGpuJoules(t);
            if (!Double.isNaN(value)) {
                sum = Double.isNaN(sum) ? value : sum + value;
            }
        }
        return sum;
    }
}
