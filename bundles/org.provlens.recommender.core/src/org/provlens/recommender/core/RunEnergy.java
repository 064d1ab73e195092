package org.provlens.recommender.core;

import java.util.List;

import org.provlens.analysis.core.Column;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * The energy of a past run, in one place so that it can later be asked of the energy provider instead.
 *
 * <p>Today: the run's recorded estimates (their TOTAL, else the sum of their components: CodeCarbon rows attach to
 * the MLflow run or Flowcept task of their run id); for a task without estimates the joules its GPUs' energy
 * counters advanced over it (the level table's {@code energy.gpu.measured}); for a workflow without estimates the
 * sum over its top-level tasks.</p>
 */
public final class RunEnergy {

    private RunEnergy() {
    }

    /**
     * The energy of an execution.
     *
     * @param execution a workflow run or a task
     * @return joules, NaN when nothing was recorded
     */
    public static double joules(Execution execution) {
        double own = estimates(execution);
        if (!Double.isNaN(own)) {
            return own;
        }
        if (execution instanceof Task task) {
            Column measured = EnergyColumns.taskColumns(List.of(task)).get("energy.gpu.measured");
            return measured == null ? Double.NaN : measured.number().applyAsDouble(task);
        }
        double sum = Double.NaN;
        if (execution instanceof Workflow workflow) {
            for (Task task : workflow.getTasks()) {
                double joules = joules(task);
                if (!Double.isNaN(joules)) {
                    sum = Double.isNaN(sum) ? joules : sum + joules;
                }
            }
        }
        return sum;
    }

    private static double estimates(Execution execution) {
        double total = Double.NaN;
        double parts = Double.NaN;
        for (EnergyEstimate e : Tasks.energy(execution)) {
            if (Double.isNaN(e.getJoules())) {
                continue;
            }
            if (e.getComponent() == EnergyComponent.TOTAL) {
                total = Double.isNaN(total) ? e.getJoules() : total + e.getJoules();
            } else {
                parts = Double.isNaN(parts) ? e.getJoules() : parts + e.getJoules();
            }
        }
        return Double.isNaN(total) ? parts : total;
    }
}
