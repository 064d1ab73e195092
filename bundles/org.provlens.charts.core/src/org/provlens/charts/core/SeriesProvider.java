package org.provlens.charts.core;

import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;

/**
 * Answers {@link SeriesQuery}s: recorded series decimated straight from the bulk store's mapped buffers, level
 * columns as one point per task, telemetry as per-task intervals. Stateless.
 */
public final class SeriesProvider implements DataProvider<SeriesQuery, SeriesData> {

    /** The key prefix of telemetry channels. */
    public static final String TELEMETRY = "telemetry.";

    /** Parameters that say a task's step, most specific first. */
    private static final List<String> STEP_COLUMNS = List.of("used.global_step", "used.step", "used.epoch");

    @Override
    public ProviderResponse<SeriesData> fetch(SeriesQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> compute(query, m));
    }

    /** A line before decimation: its points in ascending x, from a buffer or arrays. */
    private record Raw(SeriesData.Line head, DoubleBuffer xs, DoubleBuffer ys, SeriesData.Intervals all) {
        double firstX() {
            return xs.limit() == 0 ? Double.NaN : xs.get(0);
        }

        double lastX() {
            return xs.limit() == 0 ? Double.NaN : xs.get(xs.limit() - 1);
        }
    }

    private static SeriesData compute(SeriesQuery query, IProgressMonitor monitor) {
        monitor.beginTask("Series " + query.key(), query.sources().size() + 1);
        List<Raw> raws = new ArrayList<>();
        SeriesQuery fixed = query;
        for (Execution source : query.sources()) {
            Providers.checkCancelled(monitor);
            List<Raw> lines = lines(source, fixed);
            if (fixed.axis() == null && !lines.isEmpty() && lines.get(0).head().kind() == SeriesData.Kind.METRIC) {
                // One x axis for every line: the first line's (runs without a recorded step count their tasks).
                fixed = new SeriesQuery(query.sources(), query.key(), query.level(), lines.get(0).head().axis(),
                        query.from(), query.to(), query.width());
            }
            raws.addAll(lines);
            monitor.worked(1);
        }
        double from = query.from();
        double to = query.to();
        if (Double.isNaN(from) || Double.isNaN(to)) {
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (Raw raw : raws) {
                lo = min(lo, raw.firstX());
                hi = max(hi, raw.lastX());
            }
            from = Double.isNaN(from) ? (Double.isNaN(lo) ? 0 : lo) : from;
            to = Double.isNaN(to) ? (Double.isNaN(hi) ? from : hi) : to;
        }
        if (to < from) {
            throw new IllegalArgumentException("the x range [" + query.from() + ", " + query.to() + "] is empty");
        }
        List<SeriesData.Line> lines = new ArrayList<>();
        for (Raw raw : raws) {
            Providers.checkCancelled(monitor);
            Buckets buckets = Decimation.bucket(raw.xs(), raw.ys(), from, to, query.width());
            SeriesData.Line h = raw.head();
            lines.add(new SeriesData.Line(h.run(), h.runName(), h.source(), h.key(), h.unit(), h.kind(), h.axis(),
                    h.level(), h.points(), h.nonfinite(), buckets, visible(raw.all(), from, to, query.width())));
        }
        monitor.done();
        return new SeriesData(from, to, lines);
    }

    private static List<Raw> lines(Execution source, SeriesQuery query) {
        Workflow run = runOf(source);
        String runId = run == null ? null : run.getId();
        String runName = run == null ? null : run.getName() == null || run.getName().isEmpty() ? run.getId()
                : run.getName();
        List<Task> tasks = subtree(source);
        List<Raw> raws = new ArrayList<>();
        // Recorded series of the source and of every task under it.
        List<Execution> executions = new ArrayList<>(tasks.size() + 1);
        if (source instanceof Workflow) {
            executions.add(source);
        }
        executions.addAll(tasks);
        for (Execution execution : executions) {
            if (!execution.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
                continue;
            }
            for (Series series : Tasks.series(execution)) {
                if (query.key().equals(series.getKey())) {
                    raws.add(recorded(series, runId, runName, execution.getId()));
                }
            }
        }
        if (!raws.isEmpty()) {
            return raws;
        }
        // A raw channel (not a level column's summary such as telemetry.<channel>.max): intervals.
        if (query.key().startsWith(TELEMETRY) && isChannel(tasks, query.key().substring(TELEMETRY.length()))) {
            Raw raw = telemetry(tasks, query, runId, runName, source.getId());
            return raw == null ? List.of() : List.of(raw);
        }
        Raw raw = metric(tasks, query, runId, runName, source.getId());
        return raw == null ? List.of() : List.of(raw);
    }

    private static Raw recorded(Series series, String run, String runName, String source) {
        int length = Bulk.length(series);
        DoubleBuffer xs;
        DoubleBuffer ys;
        if (series.getYs() != null || series.getRow() < 0) {
            xs = DoubleBuffer.wrap(Bulk.xs(series));
            ys = DoubleBuffer.wrap(Bulk.ys(series));
        } else {
            BulkStore store = BulkStore.of(series);
            if (store == null) {
                throw new IllegalStateException("the series " + series.getKey() + " of " + source
                        + " is in a bulk store, but its workspace has none attached");
            }
            xs = store.seriesBuffer(series.getRow(), false);
            ys = store.seriesBuffer(series.getRow(), true);
        }
        int nonfinite = 0;
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(ys.get(i))) {
                nonfinite++;
            }
        }
        SeriesData.Line head = new SeriesData.Line(run, runName, source, series.getKey(),
                series.getUnit() == null ? "" : series.getUnit(), SeriesData.Kind.SERIES, series.getAxis(), null,
                length, nonfinite, null, null);
        return new Raw(head, xs, ys, null);
    }

    private static Raw metric(List<Task> tasks, SeriesQuery query, String run, String runName, String source) {
        TaskColumns columns = EnergyColumns.taskColumns(tasks);
        Column column = columns.get(query.key());
        if (column == null || column.type() != Column.Type.NUMBER) {
            return null;
        }
        double[] values = column.numbers(tasks);
        String level = query.level() != null ? query.level() : bestLevel(tasks, values);
        if (level == null) {
            return null;
        }
        List<Task> chosen = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (Levels.levelOf(tasks.get(i)).equals(level)) {
                chosen.add(tasks.get(i));
                ys.add(values[i]);
            }
        }
        if (chosen.isEmpty()) {
            return null;
        }
        SeriesAxis axis = query.axis();
        double[] steps = null;
        TaskColumns levelColumns = EnergyColumns.taskColumns(chosen);
        for (String name : STEP_COLUMNS) {
            Column step = levelColumns.get(name);
            if (step != null && step.type() == Column.Type.NUMBER) {
                steps = step.numbers(chosen);
                break;
            }
        }
        if (axis == null) {
            axis = steps != null ? SeriesAxis.STEP : SeriesAxis.TIME;
        }
        double[] xs = new double[chosen.size()];
        for (int i = 0; i < xs.length; i++) {
            Task task = chosen.get(i);
            double time = Double.isNaN(task.getEndedAt()) ? task.getStartedAt() : task.getEndedAt();
            xs[i] = axis == SeriesAxis.TIME ? time : steps != null ? steps[i] : Double.NaN;
        }
        if (axis == SeriesAxis.STEP && steps == null) {
            // No recorded step: the tasks' order in time, from 0.
            Integer[] order = sortedBy(chosen.stream().mapToDouble(Task::getStartedAt).toArray());
            for (int k = 0; k < order.length; k++) {
                xs[order[k]] = k;
            }
        }
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        Integer[] order = sortedBy(xs);
        double[] sx = new double[xs.length];
        double[] sy = new double[xs.length];
        int nonfinite = 0;
        int kept = 0;
        for (Integer i : order) {
            if (Double.isNaN(xs[i])) {
                nonfinite++; // a task without a step or a time cannot be placed
                continue;
            }
            if (!Double.isFinite(y[i])) {
                nonfinite++;
            }
            sx[kept] = xs[i];
            sy[kept++] = y[i];
        }
        SeriesData.Line head = new SeriesData.Line(run, runName, source, query.key(), unitOf(query.key(), chosen),
                SeriesData.Kind.METRIC, axis, level, chosen.size(), nonfinite, null, null);
        return new Raw(head, DoubleBuffer.wrap(sx, 0, kept).slice(), DoubleBuffer.wrap(sy, 0, kept).slice(), null);
    }

    private static Raw telemetry(List<Task> tasks, SeriesQuery query, String run, String runName, String source) {
        String channel = query.key().substring(TELEMETRY.length());
        List<Task> having = new ArrayList<>();
        for (Task task : tasks) {
            if (Tasks.channelIndex(task.getTelemetry(), channel) >= 0) {
                having.add(task);
            }
        }
        double[] start = new double[having.size()];
        double[] end = new double[having.size()];
        Bulk.channel(having, channel, start, end);
        String level = query.level();
        if (level == null) {
            // The activity with the most tasks read at both ends: forward passes read only at their end give no
            // interval.
            Map<String, Integer> score = new HashMap<>();
            for (int i = 0; i < having.size(); i++) {
                int s = (Double.isFinite(start[i]) ? 1 : 0) + (Double.isFinite(end[i]) ? 1 : 0)
                        + (Double.isFinite(start[i]) && Double.isFinite(end[i]) ? 2 : 0);
                score.merge(Levels.levelOf(having.get(i)), s, Integer::sum);
            }
            level = score.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
            if (level == null) {
                return null;
            }
        }
        boolean counter = Tasks.isCumulative(channel);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < having.size(); i++) {
            if (Levels.levelOf(having.get(i)).equals(level)) {
                rows.add(i);
            }
        }
        int n = rows.size();
        double[] t0 = new double[n];
        double[] t1 = new double[n];
        double[] v0 = new double[n];
        double[] v1 = new double[n];
        List<Task> intervalTasks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int i = rows.get(k);
            Task task = having.get(i);
            t0[k] = task.getStartedAt();
            t1[k] = task.getEndedAt();
            if (counter) {
                double rate = (end[i] - start[i]) / (t1[k] - t0[k]);
                v0[k] = rate;
                v1[k] = rate;
            } else {
                v0[k] = start[i];
                v1[k] = end[i];
            }
            intervalTasks.add(task);
        }
        Integer[] order = sortedBy(t0);
        SeriesData.Intervals all = new SeriesData.Intervals(permute(t0, order), permute(t1, order),
                permute(v0, order), permute(v1, order), Arrays.stream(order).map(intervalTasks::get).toList());
        // The samples: each reading where it was taken (a counter's rate at both ends of its task).
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int k = 0; k < n; k++) {
            xs[2 * k] = all.t0()[k];
            ys[2 * k] = all.v0()[k];
            xs[2 * k + 1] = all.t1()[k];
            ys[2 * k + 1] = all.v1()[k];
        }
        Integer[] byX = sortedBy(xs);
        double[] sx = new double[2 * n];
        double[] sy = new double[2 * n];
        int kept = 0;
        int nonfinite = 0;
        for (Integer i : byX) {
            if (Double.isNaN(xs[i])) {
                nonfinite++;
                continue;
            }
            if (!Double.isFinite(ys[i])) {
                nonfinite++;
            }
            sx[kept] = xs[i];
            sy[kept++] = ys[i];
        }
        String unit = telemetryUnit(having, channel);
        if (counter && !unit.isEmpty()) {
            unit = unit + "/s";
        }
        SeriesData.Line head = new SeriesData.Line(run, runName, source, query.key(), unit,
                SeriesData.Kind.TELEMETRY, SeriesAxis.TIME, level, 2 * n, nonfinite, null, null);
        return new Raw(head, DoubleBuffer.wrap(sx, 0, kept).slice(), DoubleBuffer.wrap(sy, 0, kept).slice(), all);
    }

    /** The intervals overlapping the range, when few enough to draw one by one. */
    private static SeriesData.Intervals visible(SeriesData.Intervals all, double from, double to, int width) {
        if (all == null) {
            return null;
        }
        List<Integer> in = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (all.t1()[k] >= from && all.t0()[k] <= to) {
                in.add(k);
                if (in.size() > 2 * width) {
                    return null;
                }
            }
        }
        Integer[] order = in.toArray(Integer[]::new);
        return new SeriesData.Intervals(permute(all.t0(), order), permute(all.t1(), order), permute(all.v0(), order),
                permute(all.v1(), order), in.stream().map(all.tasks()::get).toList());
    }

    /**
     * The keys that can be drawn for some runs or tasks: recorded series, telemetry channels and numeric level
     * columns, for choosers and {@code chart-data series --list-keys}.
     *
     * @param sources the runs or tasks
     * @return the keys, sorted, recorded series first
     */
    public static List<String> keys(List<? extends Execution> sources) {
        TreeSet<String> series = new TreeSet<>();
        TreeSet<String> channels = new TreeSet<>();
        TreeSet<String> columns = new TreeSet<>();
        Map<TelemetrySchema, Boolean> schemas = new java.util.IdentityHashMap<>();
        List<Task> all = new ArrayList<>();
        for (Execution source : sources) {
            if (source.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
                Tasks.series(source).forEach(s -> series.add(s.getKey()));
            }
            for (Task task : subtree(source)) {
                all.add(task);
                if (task.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
                    Tasks.series(task).forEach(s -> series.add(s.getKey()));
                }
                Telemetry telemetry = task.getTelemetry();
                if (telemetry != null && schemas.put(telemetry.getSchema(), true) == null) {
                    telemetry.getSchema().getChannels().forEach(c -> channels.add(TELEMETRY + c));
                }
            }
        }
        for (Column column : EnergyColumns.taskColumns(all).all()) {
            if (column.type() == Column.Type.NUMBER && !column.name().startsWith(TELEMETRY)
                    && !List.of("started", "ended", "children").contains(column.name())) {
                columns.add(column.name());
            }
        }
        List<String> keys = new ArrayList<>(series);
        keys.addAll(columns);
        keys.addAll(channels);
        return keys;
    }

    /**
     * The tasks under a run or a task (the task itself included), depth first.
     *
     * @param source a workflow or a task
     * @return the tasks
     */
    public static List<Task> subtree(Execution source) {
        List<Task> tasks = new ArrayList<>();
        if (source instanceof Workflow workflow) {
            Bulk.visitTasks(workflow, tasks::add);
        } else if (source instanceof Task task) {
            java.util.ArrayDeque<Task> pending = new java.util.ArrayDeque<>();
            pending.push(task);
            while (!pending.isEmpty()) {
                Task next = pending.pop();
                tasks.add(next);
                List<Task> children = Tasks.children(next);
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return tasks;
    }

    /**
     * The workflow run of a run or task.
     *
     * @param execution a workflow or task
     * @return the workflow, {@code null} for a task not placed in one
     */
    public static Workflow runOf(Execution execution) {
        return execution instanceof Workflow w ? w : execution instanceof Task t ? Tasks.workflowOf(t) : null;
    }

    private static boolean isChannel(List<Task> tasks, String channel) {
        Map<TelemetrySchema, Boolean> seen = new java.util.IdentityHashMap<>();
        for (Task task : tasks) {
            Telemetry telemetry = task.getTelemetry();
            if (telemetry != null && seen.put(telemetry.getSchema(), true) == null
                    && telemetry.getSchema().getChannels().contains(channel)) {
                return true;
            }
        }
        return false;
    }

    private static String bestLevel(List<Task> tasks, double[] values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (!Double.isNaN(values[i])) {
                counts.merge(Levels.levelOf(tasks.get(i)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The unit of a level column's values.
     *
     * @param key the column
     * @param tasks the tasks
     * @return the unit, empty when unknown
     */
    public static String unitOf(String key, List<Task> tasks) {
        if (key.equals("duration")) {
            return "s";
        }
        if (key.startsWith("energy.")) {
            return key.equals("energy.co2e_g") ? "g CO2e" : "J";
        }
        if (key.startsWith("generated.")) {
            String metric = key.substring("generated.".length());
            for (Task task : tasks) {
                for (Metric m : Tasks.metrics(task)) {
                    if (metric.equals(m.getKey()) && m.getUnit() != null && !m.getUnit().isEmpty()) {
                        return m.getUnit();
                    }
                }
            }
            return "";
        }
        if (key.startsWith(TELEMETRY)) {
            String channel = key.substring(TELEMETRY.length()).replaceFirst("\\.(mean|max|delta)$", "");
            return telemetryUnit(tasks, channel);
        }
        return "";
    }

    private static String telemetryUnit(List<Task> tasks, String channel) {
        for (Task task : tasks) {
            Telemetry telemetry = task.getTelemetry();
            if (telemetry != null) {
                TelemetrySchema schema = telemetry.getSchema();
                int index = schema.getChannels().indexOf(channel);
                if (index >= 0 && index < schema.getUnits().size() && schema.getUnits().get(index) != null) {
                    return schema.getUnits().get(index);
                }
            }
        }
        return "";
    }

    private static Integer[] sortedBy(double[] keys) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
        return order;
    }

    private static double[] permute(double[] values, Integer[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
