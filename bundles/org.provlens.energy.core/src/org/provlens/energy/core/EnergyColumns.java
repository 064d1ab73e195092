package org.provlens.energy.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.ColumnSource;
import org.provlens.model.Execution;
import org.provlens.model.Site;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * The energy and carbon columns of level tables, from an {@link EnergyLedger} of the tasks' workspace (computed when
 * a level is first opened, kept while the workspace and the assumptions stay the same):
 * {@code energy.gpu.measured} (J counted by the GPUs' energy counters over the task, the node's, before sharing),
 * {@code energy.total} (IT J, inclusive of children), {@code energy.<gpu|cpu|ram|other>} with
 * {@code energy.<component>.method}, {@code energy.exclusive} (the task's own remainder), {@code energy.lower} and
 * {@code energy.upper}, {@code energy.facility} (J × PUE) and {@code energy.co2e_g}. A column is there only when some
 * task of the level has a figure for it; no data is NaN, never 0.
 */
public final class EnergyColumns implements ColumnSource {

    private final Supplier<Assumptions> assumptions;
    private volatile Cached cached;

    private record Cached(Workspace workspace, Assumptions assumptions, List<Object> sites, EnergyLedger ledger) {
    }

    private EnergyColumns(Supplier<Assumptions> assumptions) {
        this.assumptions = assumptions;
    }

    /**
     * A source of energy columns at fixed assumptions.
     *
     * @param assumptions the assumptions
     * @return the source
     */
    public static EnergyColumns of(Assumptions assumptions) {
        Objects.requireNonNull(assumptions, "assumptions");
        return new EnergyColumns(() -> assumptions);
    }

    /**
     * A source of energy columns at the assumptions current when each level opens (the user's preferences): the
     * ledger is computed again when they, or the workspace's sites' PUE and intensity, changed.
     *
     * @param assumptions gives the assumptions
     * @return the source
     */
    public static EnergyColumns of(Supplier<Assumptions> assumptions) {
        return new EnergyColumns(assumptions);
    }

    /**
     * The energy columns at the default assumptions, for areas that chart or rank tasks by energy (charts, diagrams,
     * the recommender) and have no preferences of their own: one ledger per workspace, kept with the workspace (an
     * adapter on it, so it goes when the workspace goes) and computed again after the workspace changed or when
     * tasks it does not know (loaded later) are asked for.
     *
     * @return the source
     */
    public static ColumnSource atDefaults() {
        return AT_DEFAULTS;
    }

    /**
     * The level-table columns of a set of tasks with the energy columns at the default assumptions
     * ({@link #atDefaults()}): what charts, diagrams and the recommender read energy from.
     *
     * @param tasks the tasks
     * @return their columns, {@code energy.*} among them
     */
    public static org.provlens.analysis.core.TaskColumns taskColumns(java.util.Collection<Task> tasks) {
        return org.provlens.analysis.core.TaskColumns.of(tasks, List.of(AT_DEFAULTS));
    }

    private static final ColumnSource AT_DEFAULTS = tasks -> {
        if (tasks.isEmpty() || !(EcoreUtil.getRootContainer(tasks.get(0)) instanceof Workspace workspace)) {
            return List.of();
        }
        ledgerAtDefaults(workspace, tasks);
        return Attached.of(workspace).columns(tasks);
    };

    /**
     * The ledger of a workspace at the default assumptions, the one {@link #atDefaults()} keeps with the workspace,
     * for areas that read run-level figures (the comparison of runs) beside the columns.
     *
     * @param workspace the workspace
     * @param executions the runs and tasks that will be read: when one of them is not in the ledger kept (loaded
     *            after it was computed), it is computed again
     * @return the ledger
     */
    public static EnergyLedger ledgerAtDefaults(Workspace workspace, List<? extends Execution> executions) {
        EnergyColumns columns = Attached.of(workspace);
        EnergyLedger ledger = columns.ledger(workspace);
        for (Execution execution : executions) {
            if (execution != null && ledger.indexOf(execution) < 0) {
                columns.forget(); // executions of a fragment loaded after the ledger was computed
                return columns.ledger(workspace);
            }
        }
        return ledger;
    }

    /** The default-assumption columns of one workspace, forgotten on every change of the workspace object. */
    private static final class Attached extends AdapterImpl {

        private final EnergyColumns columns = EnergyColumns.of(Assumptions.defaults());

        static EnergyColumns of(Workspace workspace) {
            synchronized (Attached.class) {
                for (Adapter adapter : workspace.eAdapters()) {
                    if (adapter instanceof Attached attached) {
                        return attached.columns;
                    }
                }
                Attached attached = new Attached();
                workspace.eAdapters().add(attached);
                return attached.columns;
            }
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                columns.forget();
            }
        }
    }

    /**
     * The ledger of a workspace at the current assumptions, computed when needed.
     *
     * @param workspace the workspace
     * @return the ledger
     */
    public EnergyLedger ledger(Workspace workspace) {
        Assumptions now = assumptions.get();
        List<Object> sites = sites(workspace);
        Cached c = cached;
        if (c != null && c.workspace() == workspace && c.assumptions().equals(now) && c.sites().equals(sites)) {
            return c.ledger();
        }
        synchronized (this) {
            c = cached;
            if (c != null && c.workspace() == workspace && c.assumptions().equals(now) && c.sites().equals(sites)) {
                return c.ledger();
            }
            EnergyLedger ledger = EnergyLedger.compute(workspace, now, null);
            cached = new Cached(workspace, now, sites, ledger);
            return ledger;
        }
    }

    /**
     * Forgets the ledger kept: before an import changes the tasks of the workspace it was computed for (the
     * assumptions and sites are compared at every use, the tasks are not).
     */
    public void forget() {
        cached = null;
    }

    /** What of the workspace's sites prices energy: a change of them computes the ledger again. */
    private static List<Object> sites(Workspace workspace) {
        List<Object> values = new ArrayList<>();
        for (Site site : workspace.getSites()) {
            values.add(site.getId());
            values.add(site.getPue());
            values.add(site.getCarbonIntensity());
        }
        return values;
    }

    @Override
    public List<Column> columns(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        EObject root = EcoreUtil.getRootContainer(tasks.get(0));
        if (!(root instanceof Workspace workspace)) {
            return List.of(); // tasks not in a workspace: nothing to account them against
        }
        EnergyLedger ledger = ledger(workspace);
        List<Column> columns = new ArrayList<>();
        int[] at = new int[tasks.size()];
        boolean any = false;
        boolean counted = false;
        boolean[] present = new boolean[Component.values().length];
        for (int k = 0; k < at.length; k++) {
            at[k] = ledger.indexOf(tasks.get(k));
            if (at[k] >= 0) {
                counted |= !Double.isNaN(ledger.countedGpuJoules(at[k]));
                for (Component c : Component.values()) {
                    if (!Double.isNaN(ledger.joules(at[k], c))) {
                        present[c.ordinal()] = true;
                        any = true;
                    }
                }
            }
        }
        if (counted) {
            // From the ledger, not the store: cells are painted in the display thread, which must not read it.
            columns.add(number("energy.gpu.measured", ledger, ledger::countedGpuJoules));
        }
        if (!any) {
            return columns;
        }
        columns.add(number("energy.total", ledger, ledger::joules));
        for (Component c : Component.values()) {
            if (present[c.ordinal()]) {
                columns.add(number("energy." + c.key(), ledger, i -> ledger.joules(i, c)));
                columns.add(Column.text("energy." + c.key() + ".method", task -> {
                    int i = ledger.indexOf(task);
                    return i < 0 ? null : ledger.method(i, c).key();
                }));
            }
        }
        columns.add(number("energy.exclusive", ledger, ledger::exclusiveJoules));
        columns.add(number("energy.lower", ledger, ledger::lowerJoules));
        columns.add(number("energy.upper", ledger, ledger::upperJoules));
        columns.add(number("energy.facility", ledger, ledger::facilityJoules));
        columns.add(number("energy.co2e_g", ledger, ledger::co2eGrams));
        return columns;
    }

    private static Column number(String name, EnergyLedger ledger, java.util.function.IntToDoubleFunction value) {
        ToDoubleFunction<Task> one = task -> {
            int i = ledger.indexOf(task);
            return i < 0 ? Double.NaN : value.applyAsDouble(i);
        };
        Function<List<Task>, double[]> many = list -> {
            double[] values = new double[list.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = one.applyAsDouble(list.get(k));
            }
            return values;
        };
        return Column.number(name, one, many);
    }
}
