package org.provlens.energy.core;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * The energy of every execution (workflow run and task) of a workspace at some assumptions: per component its IT
 * energy inclusive of children and its method, the bounds, facility energy, emissions and the share of its node it
 * was charged. Computed once ({@link #compute}) and read by the provider, the level table's columns and the Energy
 * view; immutable, safe to read from several threads. Memory: primitive arrays, a few tens of bytes per execution.
 *
 * <p>Executions are numbered: the workflow runs first (a run before the runs nested in it), then every run's tasks
 * depth first, so a parent always comes before its children.</p>
 */
public final class EnergyLedger {

    private static final Method[] METHODS = Method.values();

    private final Workspace workspace;
    private final Assumptions assumptions;
    private final List<Execution> executions;
    private final int workflows;
    private final int[] parent;
    private final int[] host;
    private final List<Host> hosts;
    private final double[][] joules;
    private final byte[][] methods;
    private final double[] lower;
    private final double[] upper;
    private final double[] facility;
    private final double[] co2e;
    private final double[] renewable;
    private final double[] share;
    private final double[] counted;
    private final List<String> warnings;
    private final List<SiteAssumption> sites;
    private volatile IdentityIndex index;
    private volatile double[] childSums;

    EnergyLedger(Workspace workspace, Assumptions assumptions, List<Execution> executions, int workflows,
            int[] parent, int[] host, List<Host> hosts, double[][] joules, byte[][] methods, double[] lower,
            double[] upper, double[] facility, double[] co2e, double[] renewable, double[] share, double[] counted,
            List<String> warnings, List<SiteAssumption> sites) {
        this.workspace = workspace;
        this.assumptions = assumptions;
        this.executions = executions;
        this.workflows = workflows;
        this.parent = parent;
        this.host = host;
        this.hosts = List.copyOf(hosts);
        this.joules = joules;
        this.methods = methods;
        this.lower = lower;
        this.upper = upper;
        this.facility = facility;
        this.co2e = co2e;
        this.renewable = renewable;
        this.share = share;
        this.counted = counted;
        this.warnings = List.copyOf(warnings);
        this.sites = List.copyOf(sites);
    }

    /**
     * Computes the energy of every execution of a workspace. Reads telemetry one channel at a time over all
     * executions ({@code Bulk.channel}); call it under the session's read lock.
     *
     * @param workspace the workspace
     * @param assumptions the assumptions
     * @param monitor progress and cancellation, may be {@code null}
     * @return the ledger
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    public static EnergyLedger compute(Workspace workspace, Assumptions assumptions, IProgressMonitor monitor) {
        return new LedgerBuilder(workspace, assumptions, monitor == null ? new NullProgressMonitor() : monitor)
                .build();
    }

    /**
     * The workspace.
     *
     * @return the workspace it was computed for
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The assumptions.
     *
     * @return the assumptions it was computed at
     */
    public Assumptions assumptions() {
        return assumptions;
    }

    /**
     * The number of executions.
     *
     * @return runs and tasks
     */
    public int size() {
        return executions.size();
    }

    /**
     * How many of the executions are workflow runs (numbered first).
     *
     * @return the number of runs
     */
    public int workflows() {
        return workflows;
    }

    /**
     * An execution.
     *
     * @param i its number
     * @return the run or task
     */
    public Execution execution(int i) {
        return executions.get(i);
    }

    /**
     * The number of an execution.
     *
     * @param execution a run or task of the workspace
     * @return its number, -1 when it is not in the ledger (added after it was computed)
     */
    public int indexOf(Execution execution) {
        IdentityIndex i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = new IdentityIndex(executions);
                    index = i;
                }
            }
        }
        return i.indexOf(execution);
    }

    /**
     * The parent of an execution: the parent task, the run of a top-level task, the run a run is nested in.
     *
     * @param i an execution's number
     * @return the parent's number, -1 for a top-level run
     */
    public int parent(int i) {
        return parent[i];
    }

    /**
     * The host an execution ran on.
     *
     * @param i an execution's number
     * @return the host, {@code null} when unknown
     */
    public Host host(int i) {
        return host[i] < 0 ? null : hosts.get(host[i]);
    }

    /**
     * Whether an execution is a task (else a run).
     *
     * @param i an execution's number
     * @return true for a task
     */
    public boolean isTask(int i) {
        return i >= workflows;
    }

    /**
     * The IT energy of an execution, inclusive of its children.
     *
     * @param i an execution's number
     * @return J, NaN when nothing is known
     */
    public double joules(int i) {
        double sum = Double.NaN;
        for (double[] column : joules) {
            sum = LedgerBuilder.plus(sum, column[i]);
        }
        return sum;
    }

    /**
     * The IT energy of one component of an execution, inclusive of its children.
     *
     * @param i an execution's number
     * @param component the component
     * @return J, NaN when nothing is known
     */
    public double joules(int i, Component component) {
        return joules[component.ordinal()][i];
    }

    /**
     * How the energy of one component of an execution was obtained (the least direct of its parts).
     *
     * @param i an execution's number
     * @param component the component
     * @return the method, {@link Method#NONE} without data
     */
    public Method method(int i, Component component) {
        return METHODS[methods[component.ordinal()][i]];
    }

    /**
     * The IT energy of an execution itself: its inclusive energy less its children's, the remainder of a parent.
     *
     * @param i an execution's number
     * @return J, NaN when nothing is known
     */
    public double exclusiveJoules(int i) {
        double total = joules(i);
        if (Double.isNaN(total)) {
            return Double.NaN;
        }
        double[] sums = childSums;
        if (sums == null) {
            synchronized (this) {
                sums = childSums;
                if (sums == null) {
                    sums = new double[size()];
                    for (int k = size() - 1; k >= 0; k--) {
                        double own = joules(k);
                        if (parent[k] >= 0 && !Double.isNaN(own)) {
                            sums[parent[k]] += own;
                        }
                    }
                    childSums = sums;
                }
            }
        }
        return total - sums[i];
    }

    /**
     * The least the IT energy of an execution can be, from the bounds of its methods.
     *
     * @param i an execution's number
     * @return J, NaN when nothing is known
     */
    public double lowerJoules(int i) {
        return lower[i];
    }

    /**
     * The most the IT energy of an execution can be.
     *
     * @param i an execution's number
     * @return J (infinite when a counter reset leaves it unbounded), NaN when nothing is known
     */
    public double upperJoules(int i) {
        return upper[i];
    }

    /**
     * The facility energy of an execution: its IT energy × the PUE of its node's site.
     *
     * @param i an execution's number
     * @return J, NaN when nothing is known
     */
    public double facilityJoules(int i) {
        return facility[i];
    }

    /**
     * The emissions of an execution: its facility energy at the carbon intensity of when and where it ran.
     *
     * @param i an execution's number
     * @return gCO2e, NaN when nothing is known
     */
    public double co2eGrams(int i) {
        return co2e[i];
    }

    /**
     * The facility energy of an execution that the grid series gave as renewable.
     *
     * @param i an execution's number
     * @return J, NaN without a grid series
     */
    public double renewableJoules(int i) {
        return renewable == null ? Double.NaN : renewable[i];
    }

    /**
     * The share of its node an execution was charged: 1 when it ran alone, 1/k over the time k executions ran at
     * once.
     *
     * @param i an execution's number
     * @return the mean share over its interval, in (0, 1]
     */
    public double share(int i) {
        return share[i];
    }

    /**
     * The energy the GPUs' energy counters counted over an execution: the node's, before it was shared with
     * concurrent executions and without its children on other nodes (the level table's
     * {@code energy.gpu.measured}).
     *
     * @param i an execution's number
     * @return J, summed over the GPUs whose counters were read at start and end; NaN when none was
     */
    public double countedGpuJoules(int i) {
        return counted[i];
    }

    /**
     * The depth of a task in its run.
     *
     * @param i an execution's number
     * @return 0 for a top-level task, 1 for its children, ...; -1 for a run
     */
    public int depth(int i) {
        int d = -1;
        for (int k = i; k >= workflows; k = parent[k]) {
            d++;
        }
        return d;
    }

    /**
     * The task of a number, for readers that want one.
     *
     * @param i an execution's number
     * @return the task, {@code null} for a run
     */
    public Task task(int i) {
        return i >= workflows ? (Task) executions.get(i) : null;
    }

    /**
     * What the user should know about the computation: estimates, missing data, suspicious figures.
     *
     * @return the warnings, each kind once
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The PUE and intensity used per site, with their sources.
     *
     * @return one entry per site with executions
     */
    public List<SiteAssumption> sites() {
        return sites;
    }
}
