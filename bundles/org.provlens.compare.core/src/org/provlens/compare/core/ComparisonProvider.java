package org.provlens.compare.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.compare.core.internal.Alignment;
import org.provlens.compare.core.internal.ConfigDiff;
import org.provlens.compare.core.internal.OutcomeTable;
import org.provlens.compare.core.internal.Summary;
import org.provlens.compare.core.internal.Resolver;
import org.provlens.compare.core.internal.RunFacts;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * The provider behind the comparison editor and {@code provlens compare}. It finds the runs, walks each run's
 * tasks once (the runs in parallel) for their hosts and series, and answers with the configuration diff, the
 * outcomes against the baseline (duration, outputs, energy and carbon from the energy ledger, and of each series:
 * last, min, max and the value at a step for metrics, mean and max for telemetry), the series catalogue and the
 * aligned children to the depth asked.
 * A query with fewer than two runs, an unknown run or baseline is answered FAILED with the reason.
 */
public final class ComparisonProvider implements DataProvider<ComparisonQuery, Comparison> {

    @Override
    public ProviderResponse<Comparison> fetch(ComparisonQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> compare(query, m));
    }

    private static Comparison compare(ComparisonQuery query, IProgressMonitor monitor) {
        if (query.executions().size() < 2) {
            throw new IllegalArgumentException("a comparison needs two or more runs or tasks, not "
                    + query.executions().size());
        }
        List<Execution> executions = Resolver.resolve(query.workspace(), query.executions());
        int n = executions.size();
        int baseline = baseline(query, executions);
        monitor.beginTask("Comparing " + n + " runs", n + 2);
        // Each run's samples are summarised as soon as its tasks are walked: only hosts and summaries are kept.
        List<java.util.Set<org.provlens.model.Host>> hosts = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<Map<String, Summary>> summaries = new ArrayList<>(java.util.Collections.nCopies(n, null));
        IntStream.range(0, n).parallel().forEach(i -> {
            Providers.checkCancelled(monitor);
            RunFacts fact = RunFacts.collect(executions.get(i), query.series() ? null : RunFacts.HOSTS_ONLY);
            Map<String, Summary> summary = new LinkedHashMap<>();
            fact.series().forEach((key, points) -> summary.put(key, Summary.of(points, query.atStep())));
            hosts.set(i, fact.hosts());
            summaries.set(i, summary);
            synchronized (monitor) {
                monitor.worked(1);
            }
        });
        List<Map<String, ConfigDiff.Entry>> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(ConfigDiff.entries(executions.get(i), hosts.get(i)));
        }
        List<ConfigRow> parameters = ConfigDiff.rows(entries);
        Providers.checkCancelled(monitor);
        OutcomeTable table = new OutcomeTable(n);
        // The latest value of a recorded series (MLflow's metric) is the series' last: not twice.
        List<Set<String>> recorded = new ArrayList<>(n);
        for (Execution execution : executions) {
            Set<String> keys = new java.util.HashSet<>();
            if (execution.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
                Tasks.series(execution).forEach(s -> keys.add(s.getKey()));
            }
            recorded.add(keys);
        }
        // Energy with the series: the workspace's energy ledger takes seconds at millions of tasks the first time.
        table.own(executions, recorded, query.series());
        List<SeriesInfo> series = series(summaries, query.atStep(), table);
        monitor.worked(1);
        List<AlignedNode> levels = query.depth() == 0 ? List.of()
                : Alignment.children(executions, "", 1, baseline, query.depth(), query.series(), monitor);
        monitor.worked(1);
        List<ComparedRun> runs = new ArrayList<>(n);
        for (Execution execution : executions) {
            Workflow workflow = execution instanceof Task task ? Tasks.workflowOf(task) : (Workflow) execution;
            runs.add(new ComparedRun(execution.getId(), ComparedRun.label(execution),
                    execution instanceof Task ? "task" : "workflow", execution.getStatus().getLiteral(),
                    workflow == null ? null : workflow.getId(), execution));
        }
        return new Comparison(List.copyOf(runs), baseline, query.atStep(), List.copyOf(parameters),
                List.copyOf(table.rows(baseline)), List.copyOf(series), levels);
    }

    private static int baseline(ComparisonQuery query, List<Execution> executions) {
        String wanted = query.baseline();
        if (wanted == null) {
            return 0;
        }
        for (int i = 0; i < executions.size(); i++) {
            Execution e = executions.get(i);
            if (wanted.equals(query.executions().get(i)) || wanted.equals(e.getId()) || wanted.equals(e.getName())) {
                return i;
            }
        }
        throw new IllegalArgumentException("the baseline '" + wanted + "' is not one of the compared runs "
                + String.join(", ", query.executions()));
    }

    /**
     * The series of the runs, and their summaries as outcome rows. A series of the tasks of one activity is kept
     * only when some run has two or more samples of it (a single task's output is an outcome of that task) and its
     * values change in some run (a tensor size every forward repeats is no series).
     */
    private static List<SeriesInfo> series(List<Map<String, Summary>> summaries, Long atStep, OutcomeTable table) {
        int n = summaries.size();
        Map<String, Summary[]> byKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Summary> entry : summaries.get(i).entrySet()) {
                byKey.computeIfAbsent(entry.getKey(), k -> new Summary[n])[i] = entry.getValue();
            }
        }
        List<SeriesInfo> infos = new ArrayList<>();
        byKey.forEach((key, runs) -> {
            boolean derived = !key.startsWith("series:") && !key.startsWith("telemetry:");
            int most = 0;
            boolean steps = false;
            boolean times = false;
            boolean telemetry = false;
            String unit = "";
            int[] sizes = new int[n];
            for (int i = 0; i < n; i++) {
                if (runs[i] != null) {
                    sizes[i] = runs[i].size();
                    most = Math.max(most, sizes[i]);
                    steps |= runs[i].steps();
                    times |= runs[i].times();
                    telemetry |= runs[i].telemetry();
                    unit = unit.isEmpty() ? runs[i].unit() : unit;
                }
            }
            if (derived && (most < 2 || constant(runs))) {
                return;
            }
            infos.add(new SeriesInfo(key, unit, telemetry, steps, times, sizes));
            for (String stat : telemetry ? List.of("mean", "max") : List.of("last", "min", "max")) {
                double[] row = table.row(key + "." + stat, unit);
                for (int i = 0; i < n; i++) {
                    if (runs[i] != null) {
                        row[i] = switch (stat) {
                            case "mean" -> runs[i].mean();
                            case "max" -> runs[i].max();
                            case "min" -> runs[i].min();
                            default -> runs[i].last();
                        };
                    }
                }
            }
            if (atStep != null && !telemetry && steps) {
                double[] row = table.row(key + ".at_step_" + atStep, unit);
                for (int i = 0; i < n; i++) {
                    row[i] = runs[i] == null ? Double.NaN : runs[i].atStep();
                }
            }
        });
        return infos;
    }

    /** Whether every run's samples have one value: a count or size the tasks repeat, no series. */
    private static boolean constant(Summary[] runs) {
        for (Summary run : runs) {
            if (run != null && run.size() > 0 && !(run.min() == run.max())) {
                return false;
            }
        }
        return true;
    }
}
