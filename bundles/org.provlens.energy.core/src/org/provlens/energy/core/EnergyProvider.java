package org.provlens.energy.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * The energy and carbon of any set of tasks, runs or campaigns, grouped by activity, level, host, site, run,
 * campaign or pipeline phase: per component with its method and bounds, IT and facility energy, emissions, the top
 * consumers, per-unit figures, and every assumption with its source. The total counts every joule once: it sums the
 * roots of the hierarchy asked for, not its levels. Stateless: the per-execution figures come from an
 * {@link EnergyLedger}, computed for the query or reused from an earlier answer.
 */
public final class EnergyProvider implements DataProvider<EnergyQuery, EnergyReport> {

    /** The group of runs' own energy (a run-level estimate beyond its tasks') in groupings of tasks. */
    public static final String RUNS = "(run)";

    private static final Component[] COMPONENTS = Component.values();
    private static final Set<String> TOKENS = Set.of("tokens_seen", "total_tokens", "num_tokens", "tokens",
            "tokens_processed", "n_tokens");
    private static final Set<String> SAMPLES = Set.of("samples_seen", "num_samples", "total_samples", "samples",
            "n_samples");

    @Override
    public ProviderResponse<EnergyReport> fetch(EnergyQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> {
            EnergyLedger ledger = query.ledger() != null ? query.ledger()
                    : EnergyLedger.compute(query.workspace(), query.assumptions(), m);
            Providers.checkCancelled(m);
            return report(query, ledger);
        });
    }

    /** Sums of a group. */
    private static final class Sums {
        final String key;
        String label;
        long tasks;
        double joules = Double.NaN;
        double exclusive = Double.NaN;
        double facility = Double.NaN;
        double co2e = Double.NaN;
        double lower = Double.NaN;
        double upper = Double.NaN;
        double renewable = Double.NaN;
        final double[] component = LedgerBuilder.nans(COMPONENTS.length);
        final double[][] byMethod = new double[COMPONENTS.length][Method.values().length];
        long epochs;
        double tokens = Double.NaN;
        double samples = Double.NaN;

        Sums(String key) {
            this.key = key;
        }

        /** Adds an execution's inclusive figures. */
        void add(EnergyLedger ledger, int i) {
            joules = LedgerBuilder.plus(joules, ledger.joules(i));
            facility = LedgerBuilder.plus(facility, ledger.facilityJoules(i));
            co2e = LedgerBuilder.plus(co2e, ledger.co2eGrams(i));
            lower = LedgerBuilder.plus(lower, ledger.lowerJoules(i));
            upper = LedgerBuilder.plus(upper, ledger.upperJoules(i));
            renewable = LedgerBuilder.plus(renewable, ledger.renewableJoules(i));
            for (Component c : COMPONENTS) {
                double j = ledger.joules(i, c);
                if (!Double.isNaN(j)) {
                    component[c.ordinal()] = LedgerBuilder.plus(component[c.ordinal()], j);
                    byMethod[c.ordinal()][ledger.method(i, c).ordinal()] += j;
                }
            }
        }

        /** Adds an execution's own figures only: its inclusive ones less its children's. */
        void addOwn(EnergyLedger ledger, int i, Children children) {
            double own = ledger.joules(i) - children.joules[i];
            if (Double.isNaN(own) || !ledger.isTask(i) && Math.abs(own) <= 1e-9 * Math.abs(ledger.joules(i))) {
                return;
            }
            joules = LedgerBuilder.plus(joules, own);
            facility = LedgerBuilder.plus(facility, ledger.facilityJoules(i) - children.facility[i]);
            co2e = LedgerBuilder.plus(co2e, ledger.co2eGrams(i) - children.co2e[i]);
            lower = LedgerBuilder.plus(lower, ledger.lowerJoules(i) - children.lower[i]);
            upper = LedgerBuilder.plus(upper, ledger.upperJoules(i) - children.upper[i]);
            renewable = LedgerBuilder.plus(renewable, ledger.renewableJoules(i) - children.renewable[i]);
            for (Component c : COMPONENTS) {
                double j = ledger.joules(i, c) - children.components[c.ordinal()][i];
                if (!Double.isNaN(j) && j != 0) {
                    component[c.ordinal()] = LedgerBuilder.plus(component[c.ordinal()], j);
                    byMethod[c.ordinal()][ledger.method(i, c).ordinal()] += j;
                }
            }
        }

        EnergyGroup group() {
            Map<Component, ComponentEnergy> components = new EnumMap<>(Component.class);
            for (Component c : COMPONENTS) {
                double[] m = byMethod[c.ordinal()];
                Method dominant = Method.NONE;
                double most = 0;
                for (Method method : new Method[] {Method.MEASURED, Method.INTEGRATED, Method.MODELLED}) {
                    if (Math.abs(m[method.ordinal()]) > most) {
                        most = Math.abs(m[method.ordinal()]);
                        dominant = method;
                    }
                }
                double j = component[c.ordinal()];
                components.put(c, Double.isNaN(j) ? ComponentEnergy.NONE
                        : new ComponentEnergy(j, dominant == Method.NONE ? Method.MODELLED : dominant,
                                m[Method.MEASURED.ordinal()], m[Method.INTEGRATED.ordinal()],
                                m[Method.MODELLED.ordinal()]));
            }
            List<PerUnit> perUnit = new ArrayList<>();
            if (!Double.isNaN(joules)) {
                if (epochs > 0) {
                    perUnit.add(new PerUnit("epoch", epochs, joules / epochs));
                }
                if (tokens > 0) {
                    perUnit.add(new PerUnit("token", tokens, joules / tokens));
                }
                if (samples > 0) {
                    perUnit.add(new PerUnit("sample", samples, joules / samples));
                }
            }
            double percent = Double.isNaN(renewable) || !(facility > 0) ? Double.NaN : 100 * renewable / facility;
            return new EnergyGroup(key, label, tasks, joules, exclusive, facility, co2e, lower, upper, components,
                    percent, perUnit);
        }
    }

    /**
     * The sums of the executions' children's inclusive figures (0 where none): the IT energy for every execution
     * (for the exclusive figures), the rest for every execution or, for groupings of tasks, only for the runs
     * (whose own energy is the group "(run)"): what it does not need is not computed.
     */
    private static final class Children {
        final double[] joules;
        final double[] facility;
        final double[] co2e;
        final double[] lower;
        final double[] upper;
        final double[] renewable;
        final double[][] components;

        Children(EnergyLedger ledger, boolean all) {
            int n = ledger.size();
            int m = all ? n : ledger.workflows();
            joules = new double[n];
            facility = new double[m];
            co2e = new double[m];
            lower = new double[m];
            upper = new double[m];
            renewable = new double[m];
            components = new double[COMPONENTS.length][m];
            for (int i = n - 1; i >= 0; i--) {
                int p = ledger.parent(i);
                if (p < 0) {
                    continue;
                }
                joules[p] += orNothing(ledger.joules(i));
                if (p >= m) {
                    continue;
                }
                facility[p] += orNothing(ledger.facilityJoules(i));
                co2e[p] += orNothing(ledger.co2eGrams(i));
                lower[p] += orNothing(ledger.lowerJoules(i));
                upper[p] += orNothing(ledger.upperJoules(i));
                renewable[p] += orNothing(ledger.renewableJoules(i));
                for (Component c : COMPONENTS) {
                    components[c.ordinal()][p] += orNothing(ledger.joules(i, c));
                }
            }
        }

        private static double orNothing(double value) {
            return Double.isNaN(value) ? 0 : value;
        }
    }

    private static EnergyReport report(EnergyQuery query, EnergyLedger ledger) {
        int n = ledger.size();
        boolean[] in = scope(ledger, query.scope());
        GroupBy by = query.by();
        boolean ofTasks = by == GroupBy.ACTIVITY || by == GroupBy.LEVEL;
        String[] keys = new String[n];
        int[] depth = new int[n];
        int[] workflowOf = new int[n];
        for (int i = 0; i < n; i++) {
            int p = ledger.parent(i);
            depth[i] = ledger.isTask(i) ? (ledger.isTask(p) ? depth[p] + 1 : 0) : -1;
            workflowOf[i] = ledger.isTask(i) ? workflowOf[p] : i;
            if (in[i]) {
                keys[i] = key(ledger, i, by, depth[i], workflowOf[i]);
            }
        }
        Children children = new Children(ledger, !ofTasks);
        Map<String, Sums> groups = new LinkedHashMap<>();
        Sums total = new Sums(null);
        for (int i = 0; i < n; i++) {
            if (!in[i]) {
                continue;
            }
            int p = ledger.parent(i);
            boolean top = p < 0 || !in[p];
            Sums group = groups.computeIfAbsent(keys[i], Sums::new);
            if (top) {
                total.add(ledger, i);
                total.exclusive = LedgerBuilder.plus(total.exclusive, ledger.joules(i));
                units(ledger, i, total);
            }
            if (ledger.isTask(i)) {
                group.tasks++;
                total.tasks++;
                if (isEpoch(ledger.task(i))) {
                    group.epochs++;
                    total.epochs++;
                }
            }
            double exclusive = ledger.joules(i) - children.joules[i];
            if (!Double.isNaN(exclusive)) {
                group.exclusive = LedgerBuilder.plus(group.exclusive, exclusive);
            }
            boolean groupTop = top || !keys[i].equals(keys[p]);
            if (!ofTasks) {
                group.addOwn(ledger, i, children); // places and runs: each joule where it was used
            } else if (!ledger.isTask(i)) {
                group.addOwn(ledger, i, children); // a run's own energy beyond its tasks', under (run)
            } else if (groupTop) {
                group.add(ledger, i); // levels: inclusive of the children, which other groups show again
            }
            if (groupTop) {
                units(ledger, i, group);
            }
            if (group.label == null) {
                group.label = label(ledger, i, by);
            }
        }
        groups.values().removeIf(g -> Double.isNaN(g.joules) && g.tasks == 0); // runs without energy of their own
        List<EnergyGroup> list = new ArrayList<>(groups.values().stream().map(Sums::group).toList());
        list.sort((a, b) -> Double.compare(orZero(b.joules()), orZero(a.joules())));
        return new EnergyReport(by, total.group(), list, top(ledger, in, query.top()), ledger.sites(),
                ledger.assumptions(), ledger.warnings(), ledger);
    }

    /** Which executions are asked for: the scope's elements and everything below them, all when it is empty. */
    private static boolean[] scope(EnergyLedger ledger, List<? extends EObject> scope) {
        int n = ledger.size();
        boolean[] in = new boolean[n];
        if (scope.isEmpty()) {
            java.util.Arrays.fill(in, true);
            return in;
        }
        Map<Object, Boolean> chosen = new IdentityHashMap<>();
        Map<Campaign, Boolean> campaigns = new IdentityHashMap<>();
        for (EObject element : scope) {
            if (element instanceof Campaign campaign) {
                campaigns.put(campaign, true);
            } else {
                chosen.put(element, true);
            }
        }
        for (int i = 0; i < n; i++) {
            Execution e = ledger.execution(i);
            int p = ledger.parent(i);
            in[i] = chosen.containsKey(e) || p >= 0 && in[p]
                    || e instanceof Workflow w && w.getCampaign() != null && campaigns.containsKey(w.getCampaign());
        }
        return in;
    }

    private static String key(EnergyLedger ledger, int i, GroupBy by, int depth, int workflow) {
        Execution e = ledger.execution(i);
        return switch (by) {
            case ACTIVITY -> e instanceof Task t ? Levels.levelOf(t) : RUNS;
            case LEVEL -> depth < 0 ? RUNS : Integer.toString(depth);
            case HOST -> {
                Host h = ledger.host(i);
                yield h == null ? "(no host)" : h.getName() != null ? h.getName() : h.getId();
            }
            case SITE -> {
                Host h = ledger.host(i);
                yield h == null || h.getSite() == null ? "(no site)" : h.getSite().getId();
            }
            case WORKFLOW -> ledger.execution(workflow).getId();
            case CAMPAIGN -> {
                Campaign c = ((Workflow) ledger.execution(workflow)).getCampaign();
                yield c == null ? "(no campaign)" : c.getId();
            }
            case PHASE -> {
                String subtype = ((Workflow) ledger.execution(workflow)).getSubtype();
                yield subtype == null || subtype.isEmpty() ? "(none)" : subtype;
            }
        };
    }

    private static String label(EnergyLedger ledger, int i, GroupBy by) {
        Execution e = ledger.execution(i);
        return switch (by) {
            case WORKFLOW -> e instanceof Workflow w ? w.getName() : null;
            case CAMPAIGN -> e instanceof Workflow w && w.getCampaign() != null ? w.getCampaign().getName() : null;
            case SITE -> ledger.host(i) == null || ledger.host(i).getSite() == null ? null
                    : ledger.host(i).getSite().getName();
            default -> null;
        };
    }

    private static boolean isEpoch(Task task) {
        return task != null && task.getActivity() != null && task.getActivity().contains("epoch");
    }

    /** Tokens and samples of a group's top execution: its own counts, else (a run) its top-level tasks'. */
    private static void units(EnergyLedger ledger, int i, Sums sums) {
        Execution e = ledger.execution(i);
        double[] counts = counts(e);
        if ((Double.isNaN(counts[0]) || Double.isNaN(counts[1])) && e instanceof Workflow w) {
            double[] children = {Double.NaN, Double.NaN};
            for (Task child : w.getTasks()) {
                double[] c = counts(child);
                children[0] = LedgerBuilder.plus(children[0], c[0]);
                children[1] = LedgerBuilder.plus(children[1], c[1]);
            }
            counts[0] = Double.isNaN(counts[0]) ? children[0] : counts[0];
            counts[1] = Double.isNaN(counts[1]) ? children[1] : counts[1];
        }
        sums.tokens = LedgerBuilder.plus(sums.tokens, counts[0]);
        sums.samples = LedgerBuilder.plus(sums.samples, counts[1]);
    }

    /** The tokens and samples an execution recorded (a metric such as tokens_seen), NaN when none. */
    private static double[] counts(Execution e) {
        double[] counts = {Double.NaN, Double.NaN};
        if (!Tasks.metrics(e).isEmpty()) {
            for (Metric metric : Tasks.metrics(e)) {
                if (metric.getValue() > 0) {
                    if (Double.isNaN(counts[0]) && TOKENS.contains(metric.getKey())) {
                        counts[0] = metric.getValue();
                    } else if (Double.isNaN(counts[1]) && SAMPLES.contains(metric.getKey())) {
                        counts[1] = metric.getValue();
                    }
                }
            }
        }
        return counts;
    }

    /** The tasks of largest exclusive energy. */
    private static List<EnergyGroup> top(EnergyLedger ledger, boolean[] in, int count) {
        if (count == 0) {
            return List.of();
        }
        PriorityQueue<int[]> heap = new PriorityQueue<>(
                (a, b) -> Double.compare(ledger.exclusiveJoules(a[0]), ledger.exclusiveJoules(b[0])));
        for (int i = ledger.workflows(); i < ledger.size(); i++) {
            double j = ledger.exclusiveJoules(i);
            if (!in[i] || Double.isNaN(j)) {
                continue;
            }
            if (heap.size() < count) {
                heap.add(new int[] {i});
            } else if (j > ledger.exclusiveJoules(heap.peek()[0])) {
                heap.poll();
                heap.add(new int[] {i});
            }
        }
        List<EnergyGroup> top = new ArrayList<>();
        while (!heap.isEmpty()) {
            int i = heap.poll()[0];
            Sums sums = new Sums(ledger.execution(i).getId());
            sums.label = Levels.levelOf(ledger.task(i));
            sums.tasks = 1;
            sums.add(ledger, i);
            sums.exclusive = ledger.exclusiveJoules(i);
            top.add(0, sums.group());
        }
        return top;
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
