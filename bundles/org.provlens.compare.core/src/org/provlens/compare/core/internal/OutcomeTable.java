package org.provlens.compare.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.compare.core.OutcomeRow;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.util.Tasks;

/** Outcome values of several executions, collected by key, then turned into rows against a baseline. */
public final class OutcomeTable {

    private final int runs;
    private final Map<String, double[]> values = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    /** Which executions may be a row's best: those that did not fail. */
    private final boolean[] eligible;

    /**
     * An empty table.
     *
     * @param runs the number of executions
     */
    public OutcomeTable(int runs) {
        this.runs = runs;
        eligible = new boolean[runs];
        Arrays.fill(eligible, true);
    }

    /**
     * Sets a value.
     *
     * @param key the outcome key
     * @param unit its unit
     * @param run the execution's index
     * @param value the value, NaN leaves it absent
     */
    public void set(String key, String unit, int run, double value) {
        row(key, unit)[run] = value;
    }

    /**
     * The values of a key, created absent.
     *
     * @param key the outcome key
     * @param unit its unit, kept from the first call
     * @return one value per execution, to be filled in
     */
    public double[] row(String key, String unit) {
        units.putIfAbsent(key, unit == null ? "" : unit);
        return values.computeIfAbsent(key, k -> {
            double[] row = new double[runs];
            Arrays.fill(row, Double.NaN);
            return row;
        });
    }

    /**
     * The own outcomes of executions: duration, scalar outputs ({@code generated.<key>}) and energy.
     *
     * @param executions the executions, {@code null} where absent
     * @param skip per execution, the output keys to leave out (their series has them), may be {@code null}
     * @param energy whether to read the energy outcomes (the energy ledger of the workspace, computed the first time
     *            it is asked for: seconds for millions of tasks)
     */
    public void own(List<? extends Execution> executions, List<? extends java.util.Set<String>> skip,
            boolean energy) {
        for (int i = 0; i < executions.size(); i++) {
            Execution execution = executions.get(i);
            if (execution == null) {
                continue;
            }
            eligible[i] = execution.getStatus() != Status.ERROR && execution.getStatus() != Status.KILLED;
            set("duration", "s", i, Tasks.duration(execution));
            if (!Tasks.metrics(execution).isEmpty()) {
                for (Metric metric : Tasks.metrics(execution)) {
                    if (skip == null || !skip.get(i).contains(metric.getKey())) {
                        set("generated." + metric.getKey(), metric.getUnit(), i, metric.getValue());
                    }
                }
            }
        }
        if (energy) {
            EnergyOutcomes.of(executions).forEach((key, values) -> {
                double[] row = row(key, key.equals("energy.co2e_g") ? "g" : "J");
                System.arraycopy(values, 0, row, 0, runs);
            });
        }
    }

    /**
     * The child counts of tasks, for aligned levels.
     *
     * @param executions the executions, {@code null} where absent
     */
    public void children(List<? extends Execution> executions) {
        for (int i = 0; i < executions.size(); i++) {
            if (executions.get(i) instanceof Task task) {
                set("children", "", i, Tasks.children(task).size());
            }
        }
    }

    /**
     * The rows with a value, in the order their keys were first set.
     *
     * @param baseline the index of the baseline execution
     * @return the rows
     */
    public List<OutcomeRow> rows(int baseline) {
        List<OutcomeRow> rows = new ArrayList<>(values.size());
        values.forEach((key, row) -> {
            OutcomeRow outcome = OutcomeRow.of(key, units.get(key), row, baseline, eligible);
            if (outcome.hasValues()) {
                rows.add(outcome);
            }
        });
        return rows;
    }

    /**
     * Splits a table of groups of executions (group after group, each of the same size) into one table per group.
     *
     * @param size the executions per group
     * @return one table per group, in order
     */
    public List<OutcomeTable> split(int size) {
        int groups = size == 0 ? 0 : runs / size;
        List<OutcomeTable> tables = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            OutcomeTable table = new OutcomeTable(size);
            int from = g * size;
            System.arraycopy(eligible, from, table.eligible, 0, size);
            values.forEach((key, row) -> {
                for (int i = 0; i < size; i++) {
                    if (!Double.isNaN(row[from + i])) {
                        System.arraycopy(row, from, table.row(key, units.get(key)), 0, size);
                        break;
                    }
                }
            });
            tables.add(table);
        }
        return tables;
    }
}
