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
import org.provlens.compare.core.internal.Points;
import org.provlens.compare.core.internal.Resolver;
import org.provlens.compare.core.internal.RunFacts;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * The provider behind the comparison editor and {@code provlens compare}. It finds the runs, walks each run's
 * tasks once (the runs in parallel) for their hosts and series, and answers with the configuration diff, the
 * outcomes against the baseline (duration, outputs, energy, and of each series: last, min, max and the value at a
 * step for metrics, mean and max for telemetry), the series catalogue and the aligned children to the depth asked.
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
        RunFacts[] facts = new RunFacts[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Providers.checkCancelled(monitor);
            facts[i] = RunFacts.collect(executions.get(i), null);
            synchronized (monitor) {
                monitor.worked(1);
            }
        });
        List<Map<String, ConfigDiff.Entry>> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(ConfigDiff.entries(executions.get(i), facts[i].hosts()));
        }
        List<ConfigRow> parameters = ConfigDiff.rows(entries);
        Providers.checkCancelled(monitor);
        OutcomeTable table = new OutcomeTable(n);
        List<Set<String>> recorded = new ArrayList<>(n);
        for (RunFacts fact : facts) {
            Set<String> keys = new java.util.HashSet<>();
            fact.series().keySet().stream().filter(k -> k.startsWith("series:"))
                    .forEach(k -> keys.add(k.substring("series:".length())));
            recorded.add(keys);
        }
        table.own(executions, recorded);
        List<SeriesInfo> series = series(facts, query.atStep(), table);
        monitor.worked(1);
        List<AlignedNode> levels = query.depth() == 0 ? List.of()
                : Alignment.children(executions, "", 1, baseline, query.depth(), monitor);
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
     * only when some run has two or more samples of it (a single task's output is an outcome of that task).
     */
    private static List<SeriesInfo> series(RunFacts[] facts, Long atStep, OutcomeTable table) {
        int n = facts.length;
        Map<String, Points[]> byKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Points> entry : facts[i].series().entrySet()) {
                byKey.computeIfAbsent(entry.getKey(), k -> new Points[n])[i] = entry.getValue();
            }
        }
        List<SeriesInfo> infos = new ArrayList<>();
        byKey.forEach((key, points) -> {
            boolean derived = !key.startsWith("series:") && !key.startsWith("telemetry:");
            int most = 0;
            boolean steps = false;
            boolean times = false;
            boolean telemetry = false;
            String unit = "";
            int[] sizes = new int[n];
            for (int i = 0; i < n; i++) {
                if (points[i] != null) {
                    sizes[i] = points[i].size();
                    most = Math.max(most, sizes[i]);
                    steps |= points[i].hasSteps();
                    times |= points[i].hasTimes();
                    telemetry |= points[i].telemetry();
                    unit = unit.isEmpty() ? points[i].unit() : unit;
                }
            }
            if (derived && most < 2) {
                return;
            }
            infos.add(new SeriesInfo(key, unit, telemetry, steps, times, sizes));
            for (String stat : telemetry ? List.of("mean", "max") : List.of("last", "min", "max")) {
                double[] row = table.row(key + "." + stat, unit);
                for (int i = 0; i < n; i++) {
                    if (points[i] != null) {
                        row[i] = switch (stat) {
                            case "mean" -> points[i].mean();
                            case "max" -> points[i].max();
                            case "min" -> points[i].min();
                            default -> points[i].last();
                        };
                    }
                }
            }
            if (atStep != null && !telemetry && steps) {
                double[] row = table.row(key + ".at_step_" + atStep, unit);
                for (int i = 0; i < n; i++) {
                    row[i] = points[i] == null ? Double.NaN : points[i].atStep(atStep);
                }
            }
        });
        return infos;
    }
}
