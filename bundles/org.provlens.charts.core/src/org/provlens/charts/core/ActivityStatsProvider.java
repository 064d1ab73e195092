package org.provlens.charts.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.charts.core.stats.Summary;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Task;
import org.provlens.model.util.Tasks;

/**
 * Answers per-activity statistics of a list of tasks (a level, or every task): the measures are level-table
 * columns ({@link TaskColumns}), read through their bulk readers, so the numbers are those of the Level table.
 * Stateless.
 */
public final class ActivityStatsProvider implements DataProvider<List<Task>, ActivityStats> {

    private static final List<String> CPU_TIME = List.of("telemetry.process.cpu_times.user.delta",
            "telemetry.process.cpu_times.system.delta", "telemetry.process.cpu_times.children_user.delta",
            "telemetry.process.cpu_times.children_system.delta");
    private static final List<String> IO = List.of("telemetry.process.io_counters.read_bytes.delta",
            "telemetry.process.io_counters.write_bytes.delta");
    private static final Pattern GPU_MEMORY = Pattern.compile(
            "telemetry\\.gpu\\.[^.]+\\.(used|memory\\.used|memory_used)\\.max");

    @Override
    public ProviderResponse<ActivityStats> fetch(List<Task> tasks, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> compute(tasks, m));
    }

    private static ActivityStats compute(List<Task> tasks, IProgressMonitor monitor) {
        monitor.beginTask("Per-activity statistics", 6);
        TaskColumns columns = EnergyColumns.taskColumns(tasks);
        int n = tasks.size();
        double[][] values = new double[ActivityStats.Measure.values().length][];
        double[] duration = new double[n];
        for (int i = 0; i < n; i++) {
            duration[i] = Tasks.duration(tasks.get(i));
        }
        values[ActivityStats.Measure.DURATION.ordinal()] = duration;
        monitor.worked(1);
        values[ActivityStats.Measure.CPU_TIME.ordinal()] = sum(columns, CPU_TIME, tasks);
        Providers.checkCancelled(monitor);
        monitor.worked(1);
        List<String> gpuMemory = columns.names().stream().filter(c -> GPU_MEMORY.matcher(c).matches()).toList();
        values[ActivityStats.Measure.GPU_MEMORY.ordinal()] = max(columns, gpuMemory, tasks);
        Providers.checkCancelled(monitor);
        monitor.worked(1);
        values[ActivityStats.Measure.IO.ordinal()] = sum(columns, IO, tasks);
        monitor.worked(1);
        Column energy = columns.get("energy.gpu.measured");
        values[ActivityStats.Measure.ENERGY.ordinal()] = energy == null ? nans(n) : energy.numbers(tasks);
        monitor.worked(1);
        Map<String, List<Integer>> byActivity = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byActivity.computeIfAbsent(Levels.levelOf(tasks.get(i)), a -> new ArrayList<>()).add(i);
        }
        List<String> activities = new ArrayList<>(byActivity.keySet());
        activities.sort((a, b) -> {
            int c = Integer.compare(byActivity.get(b).size(), byActivity.get(a).size());
            return c != 0 ? c : a.compareTo(b);
        });
        // Mean rates per activity and resource, then each divided by the largest of any activity.
        List<ActivityStats.Measure> resources = ActivityStats.RESOURCES;
        double[][] rates = new double[activities.size()][resources.size()];
        List<List<Summary>> summaries = new ArrayList<>();
        for (int a = 0; a < activities.size(); a++) {
            List<Integer> rows = byActivity.get(activities.get(a));
            List<Summary> row = new ArrayList<>();
            for (ActivityStats.Measure measure : ActivityStats.Measure.values()) {
                row.add(Summary.of(pick(values[measure.ordinal()], rows)));
            }
            summaries.add(row);
            for (int r = 0; r < resources.size(); r++) {
                ActivityStats.Measure measure = resources.get(r);
                double[] picked = new double[rows.size()];
                for (int k = 0; k < picked.length; k++) {
                    int i = rows.get(k);
                    double v = values[measure.ordinal()][i];
                    // GPU memory is a level; the others are amounts over the task, compared per second.
                    picked[k] = measure == ActivityStats.Measure.GPU_MEMORY ? v
                            : duration[i] > 0 ? v / duration[i] : Double.NaN;
                }
                rates[a][r] = Summary.of(picked).mean();
            }
        }
        double[] largest = new double[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            largest[r] = Double.NaN;
            for (double[] rate : rates) {
                if (Double.isFinite(rate[r]) && (Double.isNaN(largest[r]) || rate[r] > largest[r])) {
                    largest[r] = rate[r];
                }
            }
        }
        List<ActivityStats.Row> out = new ArrayList<>();
        for (int a = 0; a < activities.size(); a++) {
            double[] intensity = new double[resources.size()];
            String dominant = null;
            double best = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < resources.size(); r++) {
                intensity[r] = largest[r] > 0 && Double.isFinite(rates[a][r]) ? rates[a][r] / largest[r]
                        : Double.NaN;
                if (Double.isFinite(intensity[r]) && intensity[r] > best) {
                    best = intensity[r];
                    dominant = resources.get(r).resource();
                }
            }
            out.add(new ActivityStats.Row(activities.get(a), byActivity.get(activities.get(a)).size(),
                    List.copyOf(summaries.get(a)), intensity, dominant));
        }
        monitor.done();
        return new ActivityStats(out);
    }

    private static double[] pick(double[] values, List<Integer> rows) {
        double[] out = new double[rows.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = values[rows.get(k)];
        }
        return out;
    }

    /** The sum of the present values of some columns per task, NaN where none is present. */
    private static double[] sum(TaskColumns columns, List<String> names, List<Task> tasks) {
        double[] sum = nans(tasks.size());
        for (String name : names) {
            Column column = columns.get(name);
            if (column == null) {
                continue;
            }
            double[] values = column.numbers(tasks);
            for (int i = 0; i < sum.length; i++) {
                if (!Double.isNaN(values[i])) {
                    sum[i] = Double.isNaN(sum[i]) ? values[i] : sum[i] + values[i];
                }
            }
        }
        return sum;
    }

    private static double[] max(TaskColumns columns, List<String> names, List<Task> tasks) {
        double[] max = nans(tasks.size());
        for (String name : names) {
            double[] values = columns.get(name).numbers(tasks);
            for (int i = 0; i < max.length; i++) {
                if (!Double.isNaN(values[i]) && (Double.isNaN(max[i]) || values[i] > max[i])) {
                    max[i] = values[i];
                }
            }
        }
        return max;
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
