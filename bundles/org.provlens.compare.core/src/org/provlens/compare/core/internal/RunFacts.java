package org.provlens.compare.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Series;
import org.provlens.model.SeriesKind;
import org.provlens.model.SeriesAxis;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;

/**
 * What one walk over a compared run's tasks gives: the hosts it ran on and its series. Series are those recorded
 * on the run ({@code series:<key>}, read through {@link Bulk}), the metric of the tasks of one activity in step
 * order ({@code <activity>:<metric>}; the step is the task's {@code global_step}, {@code step}, {@code iteration},
 * {@code epoch}, {@code i}, {@code batch}, {@code index} or {@code idx} parameter, else its position in time
 * order; the time is the task's end, when the value was known) and the telemetry snapshots of the run and its
 * tasks over time ({@code telemetry:gpu.power}: the GPUs' power summed, {@code telemetry:gpu.temperature}: the
 * hottest GPU sensor, {@code telemetry:gpu.utilisation}: the GPUs' mean activity, {@code telemetry:cpu.utilisation};
 * each snapshot at the task's start or end). Times are seconds since the run started.
 *
 * @param hosts the hosts of the run and its tasks
 * @param series key to samples
 */
public record RunFacts(Set<Host> hosts, Map<String, Points> series) {

    /** Parameters that number a task among its siblings, most specific first. */
    static final List<String> STEP_KEYS = List.of("global_step", "step", "iteration", "epoch", "i", "batch",
            "index", "idx");

    /** The telemetry series and how their channels are recognised and combined. */
    private enum Gauge {
        GPU_POWER("gpu.power", "W") {
            @Override
            boolean matches(String channel) {
                String leaf = channel.substring(channel.lastIndexOf('.') + 1);
                return channel.startsWith("gpu.") && (leaf.equals("power") || leaf.equals("average_socket_power"));
            }
        },
        GPU_TEMPERATURE("gpu.temperature", "°C") {
            @Override
            boolean matches(String channel) {
                return channel.startsWith("gpu.") && channel.contains(".temperature");
            }
        },
        GPU_UTILISATION("gpu.utilisation", "%") {
            @Override
            boolean matches(String channel) {
                return channel.startsWith("gpu.") && (channel.endsWith("gfx_activity")
                        || channel.contains("utilization") && !channel.contains("memory"));
            }
        },
        CPU_UTILISATION("cpu.utilisation", "%") {
            @Override
            boolean matches(String channel) {
                return channel.equals("cpu.percent_all");
            }
        };

        final String key;
        final String unit;

        Gauge(String name, String unit) {
            this.key = "telemetry:" + name;
            this.unit = unit;
        }

        abstract boolean matches(String channel);

        /** Folds one channel's value into a snapshot's: summed, the maximum, or summed for a mean. */
        void fold(double[] acc, int[] count, int i, double value) {
            if (Double.isNaN(value)) {
                return;
            }
            acc[i] = count[i] == 0 ? value : this == GPU_TEMPERATURE ? Math.max(acc[i], value) : acc[i] + value;
            count[i]++;
        }

        double result(double acc, int count) {
            if (count == 0) {
                return Double.NaN;
            }
            return this == GPU_UTILISATION || this == CPU_UTILISATION ? acc / count : acc;
        }
    }

    /** The marker of a metric that is not collected. */
    private static final Points UNWANTED = new Points("", false, 1);

    /** Collects no series: only the hosts (the quick first answer of a comparison). */
    public static final Predicate<String> HOSTS_ONLY = key -> false;

    /**
     * Walks a run or task and everything below it.
     *
     * @param root the compared execution
     * @param wanted which series to collect (by key), {@code null} for all, {@link #HOSTS_ONLY} for none; hosts
     *            are always collected
     * @return the facts
     */
    public static RunFacts collect(Execution root, Predicate<String> wanted) {
        Predicate<String> want = wanted == null ? k -> true : wanted;
        boolean metrics = wanted != HOSTS_ONLY;
        boolean telemetry = metrics && java.util.Arrays.stream(Gauge.values()).anyMatch(g -> want.test(g.key));
        Set<Host> hosts = new LinkedHashSet<>();
        Map<String, Points> series = new LinkedHashMap<>();
        List<Execution> measured = new ArrayList<>();
        Map<TelemetrySchema, Boolean> schemas = new IdentityHashMap<>();
        double[] earliest = {root.getStartedAt()};
        // The tasks of a run mostly share a host and a schema: only a change is looked up.
        Object[] last = new Object[2];
        Map<String, Map<String, Points>> byActivity = new HashMap<>();
        Consumer<Execution> visit = execution -> {
            Host host = execution.getHost();
            if (host != null && host != last[0]) {
                hosts.add(host);
                last[0] = host;
            }
            if (!(execution.getStartedAt() >= earliest[0]) && !Double.isNaN(execution.getStartedAt())) {
                earliest[0] = execution.getStartedAt(); // NaN-safe minimum
            }
            if (!metrics) {
                return;
            }
            Telemetry snapshot = telemetry ? execution.getTelemetry() : null;
            if (snapshot != null && snapshot.getSchema() != null) {
                measured.add(execution);
                if (snapshot.getSchema() != last[1]) {
                    schemas.put(snapshot.getSchema(), Boolean.TRUE);
                    last[1] = snapshot.getSchema();
                }
            }
            if (execution != root && execution instanceof Task task
                    && !Tasks.metrics(task).isEmpty()) {
                String activity = org.provlens.analysis.core.Levels.levelOf(task);
                Map<String, Points> ofActivity = byActivity.computeIfAbsent(activity, a -> new HashMap<>());
                double step = Double.NaN;
                boolean stepRead = false;
                for (Metric metric : Tasks.metrics(task)) {
                    // Looked up by activity, then metric key: no key text is built for each task.
                    Points points = ofActivity.get(metric.getKey());
                    if (points == null) {
                        String key = activity + ":" + metric.getKey();
                        points = isIdentifier(metric.getKey()) || !want.test(key) ? UNWANTED
                                : new Points(metric.getUnit(), false);
                        ofActivity.put(metric.getKey(), points);
                        if (points != UNWANTED) {
                            series.put(key, points);
                        }
                    }
                    if (points == UNWANTED) {
                        continue;
                    }
                    if (!stepRead) {
                        step = step(task);
                        stepRead = true;
                    }
                    double time = Double.isNaN(task.getEndedAt()) ? task.getStartedAt() : task.getEndedAt();
                    points.add(step, time, metric.getValue());
                }
            }
        };
        visit.accept(root);
        subtree(root, visit::accept);
        double origin = Double.isNaN(root.getStartedAt()) ? earliest[0] : root.getStartedAt();
        if (metrics && root.eIsSet(ProvlensPackage.Literals.EXECUTION__SERIES)) {
            for (Series recorded : Tasks.series(root)) {
                String key = "series:" + recorded.getKey();
                if (want.test(key) && !series.containsKey(key)) {
                    series.put(key, recorded(recorded, origin));
                }
            }
        }
        telemetry(measured, schemas.keySet(), want, series);
        for (Map.Entry<String, Points> entry : series.entrySet()) {
            if (!entry.getKey().startsWith("series:")) {
                entry.getValue().shiftTimes(Double.isNaN(origin) ? 0 : origin);
            }
        }
        return new RunFacts(hosts, series);
    }

    /** Visits every task below an execution, depth first, without creating the empty child lists of leaves. */
    static void subtree(Execution root, Consumer<Task> visitor) {
        if (root instanceof Workflow workflow) {
            Bulk.visitTasks(workflow, visitor);
            return;
        }
        ArrayDeque<Task> pending = new ArrayDeque<>();
        List<Task> top = Tasks.children((Task) root);
        for (int i = top.size() - 1; i >= 0; i--) {
            pending.push(top.get(i));
        }
        while (!pending.isEmpty()) {
            Task task = pending.pop();
            visitor.accept(task);
            List<Task> children = Tasks.children(task);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    /**
     * Whether a numeric output is an identifier rather than a measure (Flowcept's tensor inspection records the
     * Python object id of each tensor): no series of it.
     */
    static boolean isIdentifier(String key) {
        String leaf = key.substring(key.lastIndexOf('.') + 1);
        return leaf.equals("id") || leaf.endsWith("_id") || leaf.equals("pid") || leaf.equals("uuid");
    }

    /** The step of a task: its first numeric step parameter, NaN when it has none. */
    static double step(Task task) {
        if (Tasks.parameters(task).isEmpty()) {
            return Double.NaN;
        }
        for (String key : STEP_KEYS) {
            Parameter parameter = Tasks.parameter(task, key);
            if (parameter != null && parameter.getValue() != null) {
                try {
                    return Double.parseDouble(parameter.getValue());
                } catch (NumberFormatException e) {
                    // not a number: try the next key
                }
            }
        }
        return Double.NaN;
    }

    private static Points recorded(Series recorded, double origin) {
        double[] xs = Bulk.xs(recorded);
        double[] ys = Bulk.ys(recorded);
        Points points = new Points(recorded.getUnit(), recorded.getKind() == SeriesKind.TELEMETRY);
        boolean time = recorded.getAxis() == SeriesAxis.TIME;
        double shift = Double.isNaN(origin) ? (xs.length > 0 ? xs[0] : 0) : origin;
        for (int i = 0; i < ys.length && i < xs.length; i++) {
            points.add(time ? Double.NaN : xs[i], time ? xs[i] - shift : Double.NaN, ys[i]);
        }
        return points;
    }

    /** The gauges of every snapshot: every channel they need read for all of the run's executions in one visit. */
    private static void telemetry(List<Execution> measured, Set<TelemetrySchema> schemas, Predicate<String> want,
            Map<String, Points> series) {
        if (measured.isEmpty()) {
            return;
        }
        Set<String> channels = new LinkedHashSet<>();
        schemas.forEach(s -> channels.addAll(s.getChannels()));
        List<String> read = new ArrayList<>();
        List<Gauge> of = new ArrayList<>();
        for (Gauge gauge : Gauge.values()) {
            if (want.test(gauge.key)) {
                for (String channel : channels) {
                    if (gauge.matches(channel)) {
                        read.add(channel);
                        of.add(gauge);
                    }
                }
            }
        }
        if (read.isEmpty()) {
            return;
        }
        int n = measured.size();
        double[][] start = new double[read.size()][n];
        double[][] end = new double[read.size()][n];
        Bulk.channels(measured, read, start, end);
        for (Gauge gauge : Gauge.values()) {
            if (!of.contains(gauge)) {
                continue;
            }
            double[] startAcc = new double[n];
            double[] endAcc = new double[n];
            int[] startCount = new int[n];
            int[] endCount = new int[n];
            for (int c = 0; c < read.size(); c++) {
                if (of.get(c) == gauge) {
                    for (int i = 0; i < n; i++) {
                        gauge.fold(startAcc, startCount, i, start[c][i]);
                        gauge.fold(endAcc, endCount, i, end[c][i]);
                    }
                }
            }
            Points points = new Points(gauge.unit, true, 2 * n);
            for (int i = 0; i < n; i++) {
                Execution execution = measured.get(i);
                double atStart = gauge.result(startAcc[i], startCount[i]);
                double atEnd = gauge.result(endAcc[i], endCount[i]);
                if (!Double.isNaN(atStart)) {
                    points.add(Double.NaN, execution.getStartedAt(), atStart);
                }
                if (!Double.isNaN(atEnd)) {
                    points.add(Double.NaN, execution.getEndedAt(), atEnd);
                }
            }
            if (points.size() > 0) {
                series.put(gauge.key, points);
            }
        }
    }
}
