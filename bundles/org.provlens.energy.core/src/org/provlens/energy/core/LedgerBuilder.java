package org.provlens.energy.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.model.Campaign;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.EnergyMethod;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Site;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;

/**
 * Computes an {@link EnergyLedger}: the energy of every execution of a workspace, one component after another.
 *
 * <p>For each execution and component the first of these that applies gives its own energy over its interval:
 * energy counters (measured), an estimate recorded as measured (CodeCarbon's GPU), a power series of it or of an
 * enclosing execution on its node (integrated), its start and end power snapshots (integrated: mean × duration,
 * bounds min and max × duration; one snapshot: that × duration, bounds 0 to the node's maximum), an estimate
 * recorded as modelled (CodeCarbon's CPU and RAM), a share by time of the nearest enclosing execution on its node
 * that has one of these (modelled), and last a model from the device table: GPUs at their maximum power × their
 * utilisation, CPUs by CodeCarbon's load model, memory by CodeCarbon's DIMM model (modelled). Each is multiplied by
 * the execution's share of its node ({@link Sharing}).</p>
 *
 * <p>Then, from the leaves up, an execution's inclusive energy is its own where it has one of the direct figures
 * above (its children on the same node are inside it; children on other nodes are added), its children's plus the
 * model for the time they do not cover where its own is modelled, and its children's where it has none. A run's own
 * figure (a run-level CodeCarbon estimate) covers all its tasks. Facility energy and emissions are summed the same
 * way from each execution's own at its own PUE and intensity.</p>
 */
final class LedgerBuilder {

    static final byte NONE = 0;
    static final byte COUNTER = 1;
    static final byte RECORDED_MEASURED = 2;
    static final byte SERIES = 3;
    static final byte SNAPSHOTS = 4;
    static final byte SNAPSHOT = 5;
    static final byte RECORDED_MODELLED = 6;
    static final byte APPORTIONED = 7;
    static final byte MODEL = 8;

    private static final Component[] COMPONENTS = Component.values();
    private static final Method[] METHODS = Method.values();

    private final Workspace workspace;
    private final Assumptions assumptions;
    private final IProgressMonitor monitor;
    private final Warnings warnings = new Warnings();

    private final List<Execution> executions = new ArrayList<>();
    private int workflowCount;
    private int n;
    private int[] parent;
    private int[] host;
    private double[] start;
    private double[] end;
    private double[] duration;
    private final List<Host> hosts = new ArrayList<>();
    private Hardware[] hardware;
    private final List<Channels.Info> schemas = new ArrayList<>();
    private final List<java.util.Set<String>> schemaChannels = new ArrayList<>();
    private int[] schemaOf;
    private final Map<Integer, double[]> recorded = new HashMap<>();
    private final Map<Integer, byte[]> recordedMethods = new HashMap<>();
    private final Map<Integer, List<PowerSeries>> series = new HashMap<>();
    private double[] share;
    private double[] pue;
    private double[] intensity;
    private double[] renewable;
    private final List<SiteAssumption> sites = new ArrayList<>();

    // The ledger's columns.
    private final double[][] joules = new double[COMPONENTS.length][];
    private final byte[][] methods = new byte[COMPONENTS.length][];
    private double[] lower;
    private double[] upper;
    private double[] facility;
    private double[] co2e;
    private double[] renewableJoules;
    private double[] counted;

    LedgerBuilder(Workspace workspace, Assumptions assumptions, IProgressMonitor monitor) {
        this.workspace = workspace;
        this.assumptions = assumptions;
        this.monitor = monitor;
    }

    EnergyLedger build() {
        monitor.beginTask("Energy of " + (workspace.getName() == null ? "the workspace" : workspace.getName()),
                4 + COMPONENTS.length);
        index();
        monitor.worked(1);
        Providers.checkCancelled(monitor);
        hardware = Hardware.of(hosts, executions.subList(0, workflowCount).stream().map(Workflow.class::cast).toList(),
                assumptions.devices());
        recordedEstimates();
        powerSeries();
        share = Sharing.factors(parent, host, start, end);
        long shared = Arrays.stream(share).filter(f -> f < 0.999).count();
        if (shared > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d executions ran at the same time as others on their node and"
                    + " were charged their share of it by overlap (the node's telemetry and CodeCarbon measure the"
                    + " whole node)", shared));
        }
        monitor.worked(1);
        prices();
        monitor.worked(1);
        lower = nans(n);
        upper = nans(n);
        facility = nans(n);
        co2e = nans(n);
        renewableJoules = assumptions.grid() == null ? null : nans(n);
        for (Component component : COMPONENTS) {
            Providers.checkCancelled(monitor);
            monitor.subTask(component.key().toUpperCase(Locale.ROOT) + " energy");
            pass(component);
            monitor.worked(1);
        }
        noData();
        multiNode();
        monitor.done();
        return new EnergyLedger(workspace, assumptions, executions, workflowCount, parent, host, hosts, joules,
                methods, lower, upper, facility, co2e, renewableJoules, share, counted, warnings.list(), sites);
    }

    // ---------------------------------------------------------------------------------------------- indexing

    /**
     * Lists every execution, the workflows first (parents before their nested runs), then each run's tasks depth
     * first: parents always come before their children.
     */
    private void index() {
        List<Workflow> workflows = new ArrayList<>();
        IdentityHashMap<Workflow, Boolean> seen = new IdentityHashMap<>();
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                if (seen.put(workflow, true) == null) {
                    workflows.add(workflow);
                }
            }
        }
        List<Workflow> byDepth = new ArrayList<>(workflows);
        Map<Workflow, Integer> depth = new IdentityHashMap<>();
        for (Workflow workflow : workflows) {
            int d = 0;
            for (Workflow w = workflow.getParent(); w != null && d < workflows.size(); w = w.getParent()) {
                d++;
            }
            depth.put(workflow, d);
        }
        byDepth.sort((a, b) -> Integer.compare(depth.get(a), depth.get(b)));
        IdentityHashMap<Workflow, Integer> workflowIndex = new IdentityHashMap<>();
        IntList parents = new IntList();
        IntList hostIndexes = new IntList();
        IdentityHashMap<Host, Integer> hostIndex = new IdentityHashMap<>();
        for (Workflow workflow : byDepth) {
            workflowIndex.put(workflow, executions.size());
            executions.add(workflow);
            Integer p = workflow.getParent() == null ? null : workflowIndex.get(workflow.getParent());
            parents.add(p == null ? -1 : p);
            hostIndexes.add(hostIndex(workflow.getHost(), hostIndex));
        }
        workflowCount = executions.size();
        ArrayDeque<Task> pending = new ArrayDeque<>();
        IntList pendingParents = new IntList();
        for (Workflow workflow : byDepth) {
            int w = workflowIndex.get(workflow);
            List<Task> top = workflow.getTasks();
            for (int i = top.size() - 1; i >= 0; i--) {
                pending.push(top.get(i));
                pendingParents.add(w);
            }
            while (!pending.isEmpty()) {
                Task task = pending.pop();
                int p = pendingParents.removeLast();
                int index = executions.size();
                executions.add(task);
                parents.add(p);
                hostIndexes.add(hostIndex(task.getHost(), hostIndex));
                List<Task> children = Tasks.children(task);
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                    pendingParents.add(index);
                }
            }
            if ((executions.size() & 0xFFFF) == 0) {
                Providers.checkCancelled(monitor);
            }
        }
        n = executions.size();
        parent = parents.toArray();
        host = hostIndexes.toArray();
        start = new double[n];
        end = new double[n];
        duration = new double[n];
        schemaOf = new int[n];
        IdentityHashMap<TelemetrySchema, Integer> schemaIndex = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Execution e = executions.get(i);
            start[i] = e.getStartedAt();
            end[i] = e.getEndedAt();
            duration[i] = end[i] - start[i];
            Telemetry telemetry = e.getTelemetry();
            schemaOf[i] = -1;
            if (telemetry != null && telemetry.getSchema() != null) {
                schemaOf[i] = schemaIndex.computeIfAbsent(telemetry.getSchema(), s -> {
                    schemas.add(Channels.of(s));
                    schemaChannels.add(new java.util.HashSet<>(s.getChannels()));
                    return schemas.size() - 1;
                });
            }
        }
    }

    private int hostIndex(Host h, IdentityHashMap<Host, Integer> index) {
        if (h == null) {
            return -1;
        }
        return index.computeIfAbsent(h, k -> {
            hosts.add(k);
            return hosts.size() - 1;
        });
    }

    // ---------------------------------------------------------------------------------------------- recorded data

    /**
     * The estimates recorded on executions (CodeCarbon's), per component, as IT energy: CodeCarbon multiplies every
     * energy by its PUE, so the recorded joules are divided by the PUE applied. The intensity they were recorded at
     * (or emissions over energy) prices the execution and its tasks.
     */
    private void recordedEstimates() {
        for (int i = 0; i < n; i++) {
            Execution e = executions.get(i);
            if (!e.eIsSet(ProvlensPackage.Literals.EXECUTION__ENERGY)) {
                continue;
            }
            // TOTAL, CPU, GPU, RAM, OTHER (the model's order), then the intensity recorded (the total's first).
            double[] values = nans(EnergyComponent.VALUES.size() + 1);
            byte[] kinds = new byte[EnergyComponent.VALUES.size()];
            int intensityAt = values.length - 1;
            for (EnergyEstimate estimate : Tasks.energy(e)) {
                double applied = estimate.getPueApplied();
                double it = estimate.getJoules() / (applied > 0 ? applied : 1);
                if (Double.isNaN(it)) {
                    continue;
                }
                if (it == 0 && estimate.getComponent() == EnergyComponent.GPU) {
                    // CodeCarbon writes 0 kWh for a GPU whose energy it could not read (codecarbon#1316): no data.
                    warnings.count("an estimate records 0 J of GPU energy (CodeCarbon writes 0 for GPUs without an"
                            + " energy counter, codecarbon#1316): taken as not measured", e.getId());
                    continue;
                }
                int c = estimate.getComponent().getValue();
                values[c] = plus(values[c], it);
                byte kind = estimate.getMethod() == EnergyMethod.MEASURED ? RECORDED_MEASURED : RECORDED_MODELLED;
                kinds[c] = (byte) Math.max(kinds[c], kind);
                double at = estimate.getCarbonIntensity();
                if (Double.isNaN(at) && !Double.isNaN(estimate.getCo2eGrams()) && estimate.getJoules() > 0) {
                    at = estimate.getCo2eGrams() / EnergyModels.kwh(estimate.getJoules());
                }
                if (!Double.isNaN(at) && (estimate.getComponent() == EnergyComponent.TOTAL
                        || Double.isNaN(values[intensityAt]))) {
                    values[intensityAt] = at;
                }
            }
            recorded.put(i, values);
            recordedMethods.put(i, kinds);
        }
    }

    /** Power series in watts over time, recorded by MLflow's system metrics and the like, by execution. */
    private void powerSeries() {
        for (int i = 0; i < n; i++) {
            Execution e = executions.get(i);
            if (!e.eIsSet(ProvlensPackage.Literals.EXECUTION__SERIES)) {
                continue;
            }
            for (Series s : Tasks.series(e)) {
                if (s.getKind() != SeriesKind.TELEMETRY || s.getAxis() != SeriesAxis.TIME || !"W".equals(s.getUnit())) {
                    continue;
                }
                String name = ((s.getKey() == null ? "" : s.getKey()) + " " + (s.getDevice() == null ? ""
                        : s.getDevice())).toLowerCase(Locale.ROOT);
                Component component = name.contains("gpu") ? Component.GPU
                        : name.contains("cpu") ? Component.CPU
                        : name.contains("ram") || name.contains("mem") ? Component.RAM : null;
                if (component != null) {
                    series.computeIfAbsent(i, k -> new ArrayList<>()).add(new PowerSeries(component, s));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- prices

    /** The PUE, carbon intensity and renewable share of each execution, and the record of where they come from. */
    private void prices() {
        pue = new double[n];
        intensity = new double[n];
        renewable = assumptions.grid() == null ? null : nans(n);
        double[] recordedIntensity = nans(n);
        int sitesOf = hosts.size() + 1; // the last: executions without a host
        double[] sitePue = new double[sitesOf];
        String[] pueSource = new String[sitesOf];
        double[] siteIntensity = new double[sitesOf];
        String[] intensitySource = new String[sitesOf];
        String[] zone = new String[sitesOf];
        for (int h = 0; h < sitesOf; h++) {
            Site site = h < hosts.size() ? hosts.get(h).getSite() : null;
            if (!Double.isNaN(assumptions.pueOverride())) {
                sitePue[h] = assumptions.pueOverride();
                pueSource[h] = assumptions.overrideSource();
            } else if (site != null && site.getPue() >= 1) {
                sitePue[h] = site.getPue();
                pueSource[h] = "the workspace's site " + name(site);
            } else {
                sitePue[h] = assumptions.pue().value();
                pueSource[h] = assumptions.pue().source();
            }
            if (site != null && site.getCarbonIntensity() >= 0) {
                siteIntensity[h] = site.getCarbonIntensity();
                intensitySource[h] = "the workspace's site " + name(site);
            } else {
                siteIntensity[h] = assumptions.intensity().value();
                intensitySource[h] = assumptions.intensity().source();
            }
            GridIntensity grid = assumptions.grid();
            if (grid != null) {
                String region = site == null ? null : site.getRegion();
                String country = region != null && region.contains("/") ? region.substring(0, region.indexOf('/'))
                        : null;
                String id = site == null || site.getId() == null ? null : site.getId().replaceFirst("^site:", "");
                zone[h] = grid.zoneOf(region, country, id, site == null ? null : site.getName());
            }
        }
        // Per site: how many executions each source priced.
        long[][] counted = new long[sitesOf][4]; // override, grid, recorded, site or default
        long outsideGrid = 0;
        String outsideExample = null;
        for (int i = 0; i < n; i++) {
            double[] values = recorded.get(i);
            recordedIntensity[i] = values != null && !Double.isNaN(values[values.length - 1]) ? values[values.length - 1]
                    : parent[i] >= 0 ? recordedIntensity[parent[i]] : Double.NaN;
            int h = host[i] >= 0 ? host[i] : hosts.size();
            // Only executions that may have figures of their own are recorded as priced.
            int tally = host[i] >= 0 || recorded.containsKey(i) || series.containsKey(i) ? 1 : 0;
            pue[i] = sitePue[h];
            if (!Double.isNaN(assumptions.intensityOverride())) {
                intensity[i] = assumptions.intensityOverride();
                counted[h][0] += tally;
                continue;
            }
            if (zone[h] != null) {
                GridIntensity.Average average = assumptions.grid().average(zone[h], start[i], end[i]);
                if (average != null) {
                    intensity[i] = average.intensity();
                    renewable[i] = average.renewablePercent();
                    counted[h][1] += tally;
                    continue;
                }
                outsideGrid++;
                outsideExample = outsideExample != null ? outsideExample : executions.get(i).getId();
            }
            if (!Double.isNaN(recordedIntensity[i])) {
                intensity[i] = recordedIntensity[i];
                counted[h][2] += tally;
            } else {
                intensity[i] = siteIntensity[h];
                counted[h][3] += tally;
            }
        }
        if (outsideGrid > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d executions ran outside the time span of the grid intensity"
                    + " series (%s), e.g. %s: priced at the next source of intensity", outsideGrid,
                    assumptions.grid().source(), outsideExample));
        }
        if (assumptions.grid() != null) {
            for (int h = 0; h < sitesOf; h++) {
                if (zone[h] == null && (counted[h][2] + counted[h][3]) > 0 && h < hosts.size()) {
                    warnings.add("no zone of the grid intensity series " + assumptions.grid().zones() + " matches"
                            + " site " + siteName(h) + " (its region, id or name): priced at the next source of"
                            + " intensity");
                }
            }
        }
        Map<String, Integer> reported = new LinkedHashMap<>();
        for (int h = 0; h < sitesOf; h++) {
            long total = counted[h][0] + counted[h][1] + counted[h][2] + counted[h][3];
            if (total == 0) {
                continue;
            }
            Site site = h < hosts.size() ? hosts.get(h).getSite() : null;
            String id = site == null ? "(no site)" : site.getId();
            if (reported.containsKey(id)) {
                continue; // another host of the same site: the same figures
            }
            reported.put(id, h);
            List<String> parts = new ArrayList<>();
            if (counted[h][0] > 0) {
                parts.add(assumptions.overrideSource());
            }
            if (counted[h][1] > 0) {
                parts.add(String.format(Locale.ROOT, "grid series %s, zone %s, for %,d executions",
                        assumptions.grid().source(), zone[h], counted[h][1]));
            }
            if (counted[h][2] > 0) {
                parts.add(String.format(Locale.ROOT, "the intensity recorded when they ran (CodeCarbon) for %,d"
                        + " executions", counted[h][2]));
            }
            if (counted[h][3] > 0) {
                parts.add(intensitySource[h] + (parts.isEmpty() ? "" : String.format(Locale.ROOT, " for %,d"
                        + " executions", counted[h][3])));
            }
            // One figure when one constant priced them all; the grid and recorded figures vary by execution.
            double single = parts.size() != 1 ? Double.NaN
                    : counted[h][0] > 0 ? assumptions.intensityOverride()
                    : counted[h][3] > 0 ? siteIntensity[h] : Double.NaN;
            sites.add(new SiteAssumption(id, site == null ? "(no site)" : name(site), sitePue[h], pueSource[h],
                    single, String.join("; ", parts)));
        }
    }

    private String siteName(int h) {
        Site site = hosts.get(h).getSite();
        return site == null ? "(none) of host " + hosts.get(h).getName() : name(site);
    }

    private static String name(Site site) {
        return site.getName() != null && !site.getName().isEmpty() ? site.getName() : site.getId();
    }

    // ---------------------------------------------------------------------------------------------- a component

    /** The own energy of every execution for one component, shared, then summed from the leaves up. */
    private void pass(Component component) {
        double[] own = nans(n);
        double[] ownLow = nans(n);
        double[] ownHigh = nans(n);
        byte[] source = new byte[n];
        counters(component, own, ownLow, ownHigh, source);
        if (component == Component.GPU) {
            counted = own.clone(); // the node's counters over each execution, before any sharing
        }
        recordedOf(component, true, own, ownLow, ownHigh, source);
        seriesOf(component, own, ownLow, ownHigh, source);
        if (component == Component.GPU) {
            snapshots(own, ownLow, ownHigh, source);
        }
        recordedOf(component, false, own, ownLow, ownHigh, source);
        modelled(component, own, ownLow, ownHigh, source);
        for (int i = 0; i < n; i++) {
            if (source[i] != NONE && share[i] != 1.0) {
                own[i] *= share[i];
                ownLow[i] *= share[i];
                ownHigh[i] *= share[i];
            }
        }
        rollUp(component, own, ownLow, ownHigh, source);
    }

    /** Energy counters of a component: per counter the difference over the execution, summed over devices. */
    private void counters(Component component, double[] own, double[] low, double[] high, byte[] source) {
        Map<String, Channels.Counter> names = new LinkedHashMap<>();
        for (Channels.Info info : schemas) {
            for (Channels.Counter counter : info.counters()) {
                if (counter.component() == component) {
                    names.putIfAbsent(counter.name(), counter);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        byte[] resets = new byte[n];
        List<Channels.Counter> counters = List.copyOf(names.values());
        Subset subset = subset(names.keySet());
        int m = subset.at().length;
        int c = counters.size();
        double[][] starts = new double[c][m];
        double[][] ends = new double[c][m];
        Bulk.channels(subset.executions(), List.copyOf(names.keySet()), starts, ends);
        double[][] ranges = new double[c][];
        List<String> rangeNames = new ArrayList<>();
        for (int k = 0; k < c; k++) {
            if (counters.get(k).range() != null) {
                ranges[k] = new double[m];
                rangeNames.add(counters.get(k).range());
            }
        }
        if (!rangeNames.isEmpty()) {
            double[][] read = new double[rangeNames.size()][];
            for (int k = 0, r = 0; k < c; k++) {
                if (ranges[k] != null) {
                    read[r++] = ranges[k];
                }
            }
            Bulk.channels(subset.executions(), rangeNames, new double[rangeNames.size()][], read);
        }
        Providers.checkCancelled(monitor);
        for (int k = 0; k < c; k++) {
            Channels.Counter counter = counters.get(k);
            for (int j = 0; j < m; j++) {
                int i = subset.at()[j];
                double s = starts[k][j];
                double e = ends[k][j];
                if (Double.isNaN(s) || Double.isNaN(e)) {
                    continue;
                }
                double delta = EnergyModels.counterDelta(s, e, ranges[k] == null ? Double.NaN : ranges[k][j]);
                if (Double.isNaN(delta)) {
                    resets[i]++;
                    warnings.count(component.key().toUpperCase(Locale.ROOT) + " energy counter " + counter.name()
                            + " went back during the execution (reset, or wrapped with no known range): what it"
                            + " counted is not known and the upper bound allows the device's maximum power",
                            executions.get(i).getId());
                    continue;
                }
                delta *= counter.joulesPerUnit();
                own[i] = plus(own[i], delta);
                low[i] = plus(low[i], delta);
                high[i] = plus(high[i], delta);
                source[i] = COUNTER;
            }
        }
        for (int i = 0; i < n; i++) {
            if (resets[i] > 0 && source[i] == COUNTER) {
                double max = component == Component.GPU && host[i] >= 0 && hardware[host[i]].gpu() != null
                        ? hardware[host[i]].gpu().wattsPerListed() : Double.NaN;
                high[i] += Double.isNaN(max) || Double.isNaN(duration[i]) ? Double.POSITIVE_INFINITY
                        : resets[i] * max * duration[i];
            }
        }
    }

    /** Executions and their numbers: what {@code Bulk.channel} reads, the executions whose schema has a channel. */
    private record Subset(List<Execution> executions, int[] at) {
    }

    private final Map<java.util.BitSet, Subset> subsets = new HashMap<>();

    /**
     * The executions whose telemetry schema has one of some channels: Bulk is given those only (a fifth of a
     * Flowcept campaign's tasks carry telemetry), and the list is shared by the channels of the same schemas.
     */
    private Subset subset(java.util.Collection<String> channels) {
        java.util.BitSet having = new java.util.BitSet();
        for (int k = 0; k < schemas.size(); k++) {
            for (String channel : channels) {
                if (schemaChannels.get(k).contains(channel)) {
                    having.set(k);
                }
            }
        }
        return subsets.computeIfAbsent(having, h -> {
            List<Execution> list = new ArrayList<>();
            IntList at = new IntList();
            for (int i = 0; i < n; i++) {
                if (schemaOf[i] >= 0 && h.get(schemaOf[i])) {
                    list.add(executions.get(i));
                    at.add(i);
                }
            }
            return new Subset(list, at.toArray());
        });
    }

    /**
     * Channels read at start and end for some executions.
     *
     * @param at the executions' numbers
     * @param start per channel, one value per execution
     * @param end likewise
     */
    private record Readings(int[] at, double[][] start, double[][] end) {
    }

    /**
     * Reads, for the executions a test accepts, the channels of a kind their schemas have (GPU power, GPU
     * activity), in one walk.
     *
     * @return the readings, {@code null} when no execution has such channels
     */
    private Readings read(java.util.function.IntPredicate wanted,
            java.util.function.Function<Channels.Info, List<String>> kind) {
        List<Execution> need = new ArrayList<>();
        IntList at = new IntList();
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (schemaOf[i] >= 0 && !kind.apply(schemas.get(schemaOf[i])).isEmpty() && wanted.test(i)) {
                need.add(executions.get(i));
                at.add(i);
                for (String channel : kind.apply(schemas.get(schemaOf[i]))) {
                    if (!channels.contains(channel)) {
                        channels.add(channel);
                    }
                }
            }
        }
        if (need.isEmpty()) {
            return null;
        }
        double[][] start = new double[channels.size()][need.size()];
        double[][] end = new double[channels.size()][need.size()];
        Bulk.channels(need, channels, start, end);
        return new Readings(at.toArray(), start, end);
    }

    /** Recorded estimates of a component, measured ones or modelled ones, where nothing more direct was found. */
    private void recordedOf(Component component, boolean measured, double[] own, double[] low, double[] high,
            byte[] source) {
        byte wanted = measured ? RECORDED_MEASURED : RECORDED_MODELLED;
        for (Map.Entry<Integer, double[]> entry : recorded.entrySet()) {
            int i = entry.getKey();
            if (source[i] != NONE) {
                continue;
            }
            double[] values = entry.getValue();
            byte[] kinds = recordedMethods.get(i);
            double value;
            byte kind;
            if (component == Component.OTHER) {
                // What a recorded total covers beyond its recorded parts: a total without parts, or the part that
                // no component column names.
                double parts = plus(plus(plus(Double.NaN, values[1]), values[2]), values[3]);
                double total = values[EnergyComponent.TOTAL_VALUE];
                double rest = Double.isNaN(total) ? Double.NaN
                        : Double.isNaN(parts) ? total : total - parts > 1e-9 * total ? total - parts : Double.NaN;
                value = plus(values[EnergyComponent.OTHER_VALUE], rest);
                kind = (byte) Math.max(kinds[EnergyComponent.OTHER_VALUE],
                        Double.isNaN(rest) ? 0 : kinds[EnergyComponent.TOTAL_VALUE]);
            } else {
                int c = switch (component) {
                    case CPU -> EnergyComponent.CPU_VALUE;
                    case GPU -> EnergyComponent.GPU_VALUE;
                    default -> EnergyComponent.RAM_VALUE;
                };
                value = values[c];
                kind = kinds[c];
            }
            if (!Double.isNaN(value) && kind == wanted) {
                own[i] = value;
                low[i] = value;
                high[i] = value;
                source[i] = wanted;
            }
        }
    }

    /**
     * Power series of a component over the execution: its own, or those of the nearest enclosing execution on its
     * node (a run's system metrics cover its tasks).
     */
    private void seriesOf(Component component, double[] own, double[] low, double[] high, byte[] source) {
        if (series.isEmpty()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (source[i] != NONE) {
                continue;
            }
            for (int a = i; a >= 0; a = parent[a]) {
                List<PowerSeries> list = series.get(a);
                if (list != null && (host[a] == host[i] || host[a] < 0)) {
                    double value = Double.NaN;
                    double lo = Double.NaN;
                    double hi = Double.NaN;
                    for (PowerSeries s : list) {
                        boolean whole = a == i && (Double.isNaN(start[i]) || Double.isNaN(end[i]));
                        if (s.component() == component && (whole || s.covers(start[i], end[i]))) {
                            EnergyModels.Integral integral = whole ? s.integral(Double.NaN, Double.NaN)
                                    : s.integral(start[i], end[i]);
                            value = plus(value, integral.joules());
                            lo = plus(lo, integral.lowerJoules());
                            hi = plus(hi, integral.upperJoules());
                        }
                    }
                    if (!Double.isNaN(value)) {
                        own[i] = value;
                        low[i] = lo;
                        high[i] = hi;
                        source[i] = SERIES;
                        break;
                    }
                }
                if (a != i && host[a] >= 0 && host[a] != host[i]) {
                    break;
                }
            }
        }
    }

    /**
     * GPU power at start and end (Flowcept's NVIDIA power, AMD average socket power): per device the mean of the two
     * × duration, bounds min and max × duration; a device with one snapshot: that power × duration, bounds 0 to the
     * node's maximum power × duration. Summed over the devices (an MI250X reports its module's power on its first
     * GCD, 0 on the second: the sum is the module's).
     */
    private void snapshots(double[] own, double[] low, double[] high, byte[] source) {
        Readings readings = read(i -> source[i] == NONE && duration[i] >= 0, Channels.Info::gpuPower);
        if (readings == null) {
            return;
        }
        int m = readings.at().length;
        double[][] starts = readings.start();
        double[][] ends = readings.end();
        double[] both = new double[m];
        double[] bothLow = new double[m];
        double[] bothHigh = new double[m];
        double[] single = new double[m];
        int[] singles = new int[m];
        boolean[] any = new boolean[m];
        for (int c = 0; c < starts.length; c++) {
            double[] s = starts[c];
            double[] e = ends[c];
            for (int k = 0; k < m; k++) {
                boolean hasStart = !Double.isNaN(s[k]);
                boolean hasEnd = !Double.isNaN(e[k]);
                if (hasStart && hasEnd) {
                    both[k] += (s[k] + e[k]) / 2;
                    bothLow[k] += Math.min(s[k], e[k]);
                    bothHigh[k] += Math.max(s[k], e[k]);
                    any[k] = true;
                } else if (hasStart || hasEnd) {
                    single[k] += hasStart ? s[k] : e[k];
                    singles[k]++;
                    any[k] = true;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            if (!any[k]) {
                continue;
            }
            int i = readings.at()[k];
            double d = duration[i];
            double value = (both[k] + single[k]) * d;
            double lo = bothLow[k] * d;
            double hi = bothHigh[k] * d;
            if (singles[k] > 0) {
                double max = host[i] >= 0 && hardware[host[i]].gpu() != null ? hardware[host[i]].gpu().wattsPerListed()
                        : Double.NaN;
                hi += Double.isNaN(max) ? single[k] * d : Math.max(single[k], singles[k] * max) * d;
                if (Double.isNaN(max)) {
                    warnings.count("GPU power recorded at one end of the execution only, and the GPU's maximum power"
                            + " is not in the device table: its upper bound is the one snapshot", executions.get(i)
                                    .getId());
                }
            }
            own[i] = value;
            low[i] = lo;
            high[i] = hi;
            source[i] = singles[k] > 0 ? SNAPSHOT : SNAPSHOTS;
        }
    }

    /**
     * What is left, top down: a share by time of the nearest enclosing execution on the node that has a figure of
     * its own; else the component's model where the node's hardware (or its telemetry) gives something to model
     * from.
     */
    private void modelled(Component component, double[] own, double[] low, double[] high, byte[] source) {
        double[] use = switch (component) {
            case GPU -> gpuUse(source);
            case CPU -> channelMean(Channels.CPU_LOAD, info -> info.cpuLoad(), source, i -> true);
            case RAM -> channelMean(Channels.MEMORY_TOTAL, info -> info.memory(), source,
                    i -> host[i] < 0 || Double.isNaN(hardware[host[i]].memoryBytes()));
            default -> null;
        };
        for (int i = 0; i < n; i++) {
            if (use != null && Double.isNaN(use[i]) && parent[i] >= 0 && host[parent[i]] == host[i]) {
                use[i] = use[parent[i]]; // the enclosing task's load or memory
            }
            if (source[i] != NONE || !(duration[i] >= 0)) {
                continue;
            }
            int a = parent[i];
            while (a >= 0 && !(host[a] == host[i] && source[a] != NONE && source[a] != MODEL && duration[a] > 0)) {
                a = parent[a];
            }
            if (a >= 0 && host[i] >= 0) {
                double rate = own[a] / duration[a];
                own[i] = rate * duration[i];
                low[i] = 0;
                double max = maxWatts(component, i);
                high[i] = Double.isNaN(max) ? high[a] : Math.min(high[a], max * duration[i]);
                source[i] = APPORTIONED;
                continue;
            }
            if (host[i] < 0 || use == null) {
                continue;
            }
            model(component, i, use[i], own, low, high, source);
        }
    }

    /** The most the devices of an execution's node draw for a component, W; NaN when unknown. */
    private double maxWatts(Component component, int i) {
        Hardware hw = hardware[host[i]];
        if (component == Component.GPU && hw.gpu() != null) {
            int gpus = hw.gpus() > 0 ? hw.gpus() : schemaOf[i] >= 0 ? schemas.get(schemaOf[i]).gpuDevices() : 0;
            return gpus > 0 ? gpus * hw.gpu().wattsPerListed() : Double.NaN;
        }
        if (component == Component.CPU && hw.cpu() != null) {
            return hw.cpu().watts() * hw.sockets();
        }
        return Double.NaN;
    }

    private double memoryBytes = Double.NaN;
    private double dimmWatts;
    private double gbWatts;

    private void model(Component component, int i, double use, double[] own, double[] low, double[] high,
            byte[] source) {
        Hardware hw = hardware[host[i]];
        double d = duration[i];
        switch (component) {
            case GPU -> {
                int gpus = hw.gpus() > 0 ? hw.gpus() : schemaOf[i] >= 0 ? schemas.get(schemaOf[i]).gpuDevices() : 0;
                if (gpus == 0 && hw.gpuModel() == null) {
                    return; // no sign of a GPU
                }
                if (hw.gpu() == null || gpus == 0) {
                    warnings.count("GPU " + (hw.gpuModel() == null ? "of unknown model" : "'" + hw.gpuModel() + "'")
                            + " on " + hosts.get(host[i]).getName() + (hw.gpu() == null ? " is not in the device table"
                                    : " of unknown count") + ": its energy is not modelled", executions.get(i).getId());
                    return;
                }
                double usage = Double.isNaN(use) ? assumptions.gpuUsage() : use;
                double max = gpus * hw.gpu().wattsPerListed();
                own[i] = max * usage * d;
                double idle = hw.gpu().idleWattsPerListed();
                low[i] = Double.isNaN(idle) ? 0 : gpus * idle * d;
                high[i] = max * d;
            }
            case CPU -> {
                double tdp;
                if (hw.cpu() != null) {
                    tdp = hw.cpu().watts() * hw.sockets();
                } else if (!Double.isNaN(use)) {
                    tdp = EnergyModels.CPU_UNKNOWN_TDP_WATTS;
                    warnings.count("CPU " + (hw.cpuModel() == null ? "of unknown model" : "'" + hw.cpuModel() + "'")
                            + " on " + hosts.get(host[i]).getName() + " is not in the device table: CodeCarbon's 85 W"
                            + " TDP assumed", executions.get(i).getId());
                } else {
                    return; // no sign of the CPU
                }
                own[i] = (Double.isNaN(use) ? EnergyModels.cpuConstantWatts(tdp) : EnergyModels.cpuWatts(tdp, use)) * d;
                low[i] = EnergyModels.CPU_IDLE_SHARE * tdp * d;
                high[i] = tdp * d;
            }
            case RAM -> {
                double bytes = !Double.isNaN(hw.memoryBytes()) ? hw.memoryBytes() : use;
                if (!(bytes > 0)) {
                    return;
                }
                if (bytes != memoryBytes) { // one value per node: the models once
                    memoryBytes = bytes;
                    dimmWatts = EnergyModels.ramWattsPerDimm(bytes);
                    gbWatts = EnergyModels.ramWattsPerGb(bytes);
                }
                double dimms = dimmWatts;
                double perGb = gbWatts;
                own[i] = dimms * d;
                low[i] = Math.min(dimms, perGb) * d;
                high[i] = Math.max(dimms, perGb) * d;
            }
            default -> {
                return;
            }
        }
        source[i] = MODEL;
    }

    /** The GPU utilisation (0 to 1) recorded at start and end, mean over the devices; NaN when not recorded. */
    private double[] gpuUse(byte[] source) {
        double[] use = nans(n);
        Readings readings = read(i -> source[i] == NONE, Channels.Info::gpuActivity);
        if (readings == null) {
            return use;
        }
        int m = readings.at().length;
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int c = 0; c < readings.start().length; c++) {
            for (int k = 0; k < m; k++) {
                double mean = mean(readings.start()[c][k], readings.end()[c][k]);
                if (!Double.isNaN(mean)) {
                    sum[k] += mean;
                    count[k]++;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            if (count[k] > 0) {
                use[readings.at()[k]] = Math.max(0, Math.min(100, sum[k] / count[k])) / 100;
            }
        }
        return use;
    }

    /** The mean of a channel at start and end for the executions whose schema has it and that need a model. */
    private double[] channelMean(String channel, java.util.function.Predicate<Channels.Info> has, byte[] source,
            java.util.function.IntPredicate wanted) {
        double[] values = nans(n);
        List<Execution> need = new ArrayList<>();
        IntList at = new IntList();
        for (int i = 0; i < n; i++) {
            if (schemaOf[i] >= 0 && has.test(schemas.get(schemaOf[i])) && wanted.test(i)) {
                need.add(executions.get(i));
                at.add(i);
            }
        }
        if (need.isEmpty()) {
            return values;
        }
        double[] s = new double[need.size()];
        double[] e = new double[need.size()];
        Bulk.channel(need, channel, s, e);
        for (int k = 0; k < s.length; k++) {
            values[at.get(k)] = mean(s[k], e[k]);
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------- roll up

    /** The quantities summed up the hierarchy: IT energy, its bounds, facility energy, emissions, renewable part. */
    private static final int VALUE = 0;
    private static final int LOW = 1;
    private static final int HIGH = 2;
    private static final int FACILITY = 3;
    private static final int CO2E = 4;
    private static final int RENEWABLE = 5;
    private static final int QUANTITIES = 6;

    /**
     * Sums a component from the leaves up, in reverse order (children after parents), with a stack of the
     * children's sums: in depth-first order the children of a task are the entries on top of the stack when it is
     * reached. Runs, whose tasks are not contiguous with them, accumulate in arrays of their own. Besides its
     * inclusive figures each execution passes up the part of them measured on other nodes than its own, which its
     * parent's own measurement does not hold.
     */
    private void rollUp(Component component, double[] value, double[] low, double[] high, byte[] source) {
        int c = component.ordinal();
        byte[] method = new byte[n];
        int w = workflowCount;
        double[][] runs = new double[QUANTITIES + 1][w]; // the quantities, then the children's IT energy
        for (double[] column : runs) {
            Arrays.fill(column, Double.NaN);
        }
        byte[] runMethods = new byte[w];
        Arrays.fill(runMethods, (byte) Method.NONE.ordinal());
        Stack stack = new Stack();
        double[] own = new double[QUANTITIES];
        double[] sum = new double[QUANTITIES];
        double[] external = new double[QUANTITIES];
        double[] inclusive = new double[QUANTITIES];
        long exceeding = 0;
        String exceedingExample = null;
        for (int i = n - 1; i >= 0; i--) {
            boolean isTask = i >= w;
            own[VALUE] = value[i];
            own[LOW] = low[i];
            own[HIGH] = high[i];
            own[FACILITY] = value[i] * pue[i];
            own[CO2E] = own[FACILITY] * intensity[i] / EnergyModels.JOULES_PER_KWH;
            own[RENEWABLE] = renewable == null || Double.isNaN(renewable[i]) ? Double.NaN
                    : own[FACILITY] * renewable[i] / 100;
            Arrays.fill(sum, Double.NaN);
            Arrays.fill(external, Double.NaN);
            double sameNode = Double.NaN;
            double covered = 0;
            Method childMethod = Method.NONE;
            Method externalMethod = Method.NONE;
            if (isTask) {
                while (stack.size > 0 && stack.parent() == i) {
                    int t = stack.size - 1;
                    boolean other = stack.host[t] != host[i];
                    for (int q = 0; q < QUANTITIES; q++) {
                        sum[q] = plus(sum[q], stack.values[q][t]);
                        external[q] = plus(external[q], other ? stack.values[q][t] : stack.external[q][t]);
                    }
                    Method m = METHODS[stack.method[t]];
                    childMethod = Method.weakest(childMethod, m);
                    if (other || !Double.isNaN(stack.external[VALUE][t])) {
                        externalMethod = Method.weakest(externalMethod, m);
                    }
                    if (!other) {
                        sameNode = plus(sameNode, stack.values[VALUE][t]);
                        covered += stack.covered[t];
                    }
                    stack.size--;
                }
            } else {
                for (int q = 0; q < QUANTITIES; q++) {
                    sum[q] = runs[q][i];
                }
                childMethod = METHODS[runMethods[i]];
                sameNode = runs[QUANTITIES][i];
            }
            Method inclusiveMethod;
            byte s = source[i];
            if (s == NONE) {
                System.arraycopy(sum, 0, inclusive, 0, QUANTITIES);
                inclusiveMethod = childMethod;
            } else if (s == MODEL && !Double.isNaN(sum[VALUE])) {
                // The children's figures where they ran, the model for the rest of the time.
                double whole = duration[i] * share[i];
                double rest = whole > 0 ? Math.max(0, 1 - covered / whole) : 0;
                for (int q = 0; q < QUANTITIES; q++) {
                    inclusive[q] = plus(sum[q], own[q] * rest);
                }
                inclusiveMethod = Method.weakest(childMethod, Method.MODELLED);
            } else if (isTask) {
                // Its own figure holds its children on its node; what they measured elsewhere comes on top.
                for (int q = 0; q < QUANTITIES; q++) {
                    inclusive[q] = plus(own[q], external[q]);
                }
                inclusiveMethod = Method.weakest(methodOf(s), externalMethod);
            } else {
                System.arraycopy(own, 0, inclusive, 0, QUANTITIES); // a run's own figure covers all its tasks
                inclusiveMethod = methodOf(s);
            }
            if (s != NONE && s != MODEL && sameNode > own[VALUE] * (1 + 1e-9) + 1e-9) {
                exceeding++;
                exceedingExample = exceedingExample != null ? exceedingExample : executions.get(i).getId();
            }
            value[i] = inclusive[VALUE];
            method[i] = (byte) inclusiveMethod.ordinal();
            lower[i] = plus(lower[i], inclusive[LOW]);
            upper[i] = plus(upper[i], inclusive[HIGH]);
            facility[i] = plus(facility[i], inclusive[FACILITY]);
            co2e[i] = plus(co2e[i], inclusive[CO2E]);
            if (renewableJoules != null) {
                renewableJoules[i] = plus(renewableJoules[i], inclusive[RENEWABLE]);
            }
            int p = parent[i];
            if (Double.isNaN(inclusive[VALUE]) || p < 0) {
                continue;
            }
            if (p >= w) {
                double covers = Double.isNaN(duration[i]) ? 0 : duration[i] * share[i];
                stack.push(p, host[i], inclusive, external, (byte) inclusiveMethod.ordinal(), covers);
            } else {
                for (int q = 0; q < QUANTITIES; q++) {
                    runs[q][p] = plus(runs[q][p], inclusive[q]);
                }
                runs[QUANTITIES][p] = plus(runs[QUANTITIES][p], inclusive[VALUE]);
                runMethods[p] = (byte) Method.weakest(METHODS[runMethods[p]], inclusiveMethod).ordinal();
            }
        }
        if (exceeding > 0) {
            warnings.add(String.format(Locale.ROOT, "%s: the children of %,d executions were charged more than the"
                    + " execution's own figure (e.g. %s): their remainder is negative (clock skew between records,"
                    + " or a run-level estimate below its tasks' measurements)", component.key().toUpperCase(
                            Locale.ROOT), exceeding, exceedingExample));
        }
        joules[c] = value;
        methods[c] = method;
    }

    private static Method methodOf(byte source) {
        return switch (source) {
            case COUNTER, RECORDED_MEASURED -> Method.MEASURED;
            case SERIES, SNAPSHOTS, SNAPSHOT -> Method.INTEGRATED;
            case NONE -> Method.NONE;
            default -> Method.MODELLED;
        };
    }

    /** The children's sums waiting for their parent, in parallel primitive arrays. */
    private static final class Stack {
        int size;
        int[] parent = new int[64];
        int[] host = new int[64];
        double[][] values = new double[QUANTITIES][64];
        double[][] external = new double[QUANTITIES][64];
        double[] covered = new double[64];
        byte[] method = new byte[64];

        int parent() {
            return parent[size - 1];
        }

        void push(int p, int h, double[] inclusive, double[] outside, byte m, double cover) {
            if (size == parent.length) {
                int grown = size * 2;
                parent = Arrays.copyOf(parent, grown);
                host = Arrays.copyOf(host, grown);
                for (int q = 0; q < QUANTITIES; q++) {
                    values[q] = Arrays.copyOf(values[q], grown);
                    external[q] = Arrays.copyOf(external[q], grown);
                }
                covered = Arrays.copyOf(covered, grown);
                method = Arrays.copyOf(method, grown);
            }
            parent[size] = p;
            host[size] = h;
            for (int q = 0; q < QUANTITIES; q++) {
                values[q][size] = inclusive[q];
                external[q][size] = outside[q];
            }
            covered[size] = cover;
            method[size++] = m;
        }
    }

    // ---------------------------------------------------------------------------------------------- reports

    /** Tasks for which no component has a figure: never shown as 0 J. */
    private void noData() {
        long none = 0;
        String example = null;
        for (int i = workflowCount; i < n; i++) {
            boolean any = false;
            for (double[] column : joules) {
                any |= !Double.isNaN(column[i]);
            }
            if (!any) {
                none++;
                example = example != null ? example : executions.get(i).getId();
            }
        }
        if (none > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d tasks have no energy data (no telemetry, no estimate, no"
                    + " hardware known to model from), e.g. %s: shown as no data, not as 0 J", none, example));
        }
    }

    /**
     * Runs that declare more nodes ({@code used.num_nodes}) than their tasks' telemetry comes from: Flowcept records
     * the node it runs on, so the other nodes' energy is missing from the measurement.
     */
    private void multiNode() {
        Map<Integer, Integer> declared = new HashMap<>();
        for (int i = workflowCount; i < n; i++) {
            if (parent[i] >= workflowCount || parent[i] < 0) {
                continue; // the top-level tasks (Flowcept's model_train) and their runs declare the nodes
            }
            int nodes = nodes(executions.get(i));
            int run = nodes(executions.get(parent[i]));
            if (Math.max(nodes, run) > 1) {
                declared.put(i, Math.max(nodes, run));
            }
        }
        if (declared.isEmpty()) {
            return;
        }
        int[] top = new int[n];
        Map<Integer, java.util.Set<Integer>> seen = new HashMap<>();
        for (int i = workflowCount; i < n; i++) {
            top[i] = parent[i] < workflowCount ? i : top[parent[i]];
            if (host[i] >= 0 && declared.containsKey(top[i]) && schemaOf[i] >= 0) {
                seen.computeIfAbsent(top[i], k -> new java.util.HashSet<>()).add(host[i]);
            }
        }
        declared.forEach((i, nodes) -> {
            int recordedNodes = seen.getOrDefault(i, java.util.Set.of()).size();
            if (recordedNodes > 0 && recordedNodes < nodes && !Double.isNaN(joules[Component.GPU.ordinal()][i])) {
                warnings.count("runs used more nodes (used.num_nodes) than their tasks' telemetry comes from (Flowcept"
                        + " records the node it runs on): the energy of the other nodes is not counted",
                        executions.get(i).getId() + " (" + nodes + " nodes, telemetry from " + recordedNodes + ")");
            }
        });
    }

    private static int nodes(Execution e) {
        org.provlens.model.Parameter nodes = Tasks.parameter(e, "num_nodes");
        if (nodes == null || nodes.getValue() == null) {
            return 0;
        }
        try {
            return (int) Double.parseDouble(nodes.getValue());
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    static double[] nans(int size) {
        double[] values = new double[size];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /** A sum of the present values: NaN until the first one. */
    static double plus(double sum, double value) {
        if (Double.isNaN(value)) {
            return sum;
        }
        return Double.isNaN(sum) ? value : sum + value;
    }

    private static double mean(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : (a + b) / 2;
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int removeLast() {
            return values[--size];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
