package org.provlens.charts.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.charts.core.stats.Correlation;
import org.provlens.charts.core.stats.Importance;
import org.provlens.charts.core.stats.Pareto;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;

/**
 * Answers {@link EffectsQuery}s: parameters and outcomes are the run tasks' level-table columns, plus run outcomes
 * over the tasks under each run: {@code run.mean_gpu_power} (GPU energy over duration, W),
 * {@code run.peak_gpu_temperature} (the hottest GPU reading of any task of the run) and
 * {@code run.min.<column>} / {@code run.max.<column>} of the numeric outputs of the tasks under it (the lowest
 * loss of any batch rather than the last one). Stateless.
 */
public final class EffectsProvider implements DataProvider<EffectsQuery, Effects> {

    /** GPU energy over the run's duration. */
    public static final String MEAN_GPU_POWER = "run.mean_gpu_power";
    /** The hottest GPU reading of the run's tasks. */
    public static final String PEAK_GPU_TEMPERATURE = "run.peak_gpu_temperature";
    /** The prefix of the minimum of an output over the run's tasks. */
    public static final String RUN_MIN = "run.min.";
    /** The prefix of the maximum. */
    public static final String RUN_MAX = "run.max.";

    /** The outcomes drawn when none are asked for, those that exist. */
    private static final List<String> USUAL_OUTCOMES = List.of("generated.final_val_loss", "generated.val_loss",
            "generated.loss", "generated.val_accuracy", "generated.accuracy", "duration", "energy.gpu.measured",
            MEAN_GPU_POWER, PEAK_GPU_TEMPERATURE);

    /** Text parameters with more values than this are identifiers or paths, not settings. */
    private static final int MAX_CATEGORIES = 12;

    @Override
    public ProviderResponse<Effects> fetch(EffectsQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> compute(query, m));
    }

    private static Effects compute(EffectsQuery query, IProgressMonitor monitor) {
        List<Task> runs = query.runs();
        monitor.beginTask("Hyperparameter effects of " + runs.size() + " runs", 4);
        Map<String, Effects.Axis> available = available(runs, monitor);
        monitor.worked(2);
        List<String> parameters = query.parameters().isEmpty() ? defaultParameters(available) : query.parameters();
        List<String> outcomes = query.outcomes().isEmpty() ? defaultOutcomes(available) : query.outcomes();
        List<Effects.Axis> axes = new ArrayList<>();
        for (String name : parameters) {
            axes.add(axis(available, name, false));
        }
        for (String name : outcomes) {
            axes.add(axis(available, name, true));
        }
        List<List<Correlation>> correlations = new ArrayList<>();
        for (Effects.Axis a : axes) {
            List<Correlation> row = new ArrayList<>();
            for (Effects.Axis b : axes) {
                row.add(Correlation.of(a.values(), b.values()));
            }
            correlations.add(row);
        }
        Providers.checkCancelled(monitor);
        monitor.worked(1);
        List<Effects.Axis> parameterAxes = axes.stream().filter(a -> !a.outcome()).toList();
        double[][] x = parameterAxes.stream().map(Effects.Axis::values).toArray(double[][]::new);
        List<Importance> importance = new ArrayList<>();
        for (Effects.Axis outcome : axes.stream().filter(Effects.Axis::outcome).toList()) {
            importance.add(importance(parameterAxes, x, outcome, query.seed()));
        }
        String paretoX = query.paretoX();
        boolean maximizeX = query.maximizeX();
        String paretoY = query.paretoY();
        boolean maximizeY = query.maximizeY();
        if (paretoX == null) {
            // Accuracy up (else loss down) against GPU energy down (else duration down).
            paretoX = firstOf(outcomes, "generated.val_accuracy", "generated.accuracy", "generated.final_val_loss",
                    "generated.val_loss", "generated.loss");
            maximizeX = paretoX != null && paretoX.contains("accuracy");
        }
        if (paretoY == null) {
            paretoY = firstOf(outcomes, "energy.gpu.measured", "duration");
            maximizeY = false;
        }
        int px = paretoX == null ? -1 : indexOf(axes, paretoX);
        int py = paretoY == null ? -1 : indexOf(axes, paretoY);
        if ((query.paretoX() != null && px < 0) || (query.paretoY() != null && py < 0)) {
            throw new IllegalArgumentException("the Pareto front's outcomes must be among the outcomes: "
                    + query.paretoX() + ", " + query.paretoY());
        }
        int[] front = px >= 0 && py >= 0
                ? Pareto.front(axes.get(px).values(), maximizeX, axes.get(py).values(), maximizeY)
                : new int[0];
        monitor.done();
        return new Effects(runs, axes, correlations, importance, px >= 0 && py >= 0 ? px : -1,
                px >= 0 && py >= 0 ? py : -1, maximizeX, maximizeY, front);
    }

    /**
     * The importance of the parameters for an outcome. A sweep has few runs: a least-squares fit needs several runs
     * per parameter, so it takes the parameters most correlated with the outcome (|Spearman's rho|), one per three
     * runs, and says which it left out.
     */
    private static Importance importance(List<Effects.Axis> parameters, double[][] x, Effects.Axis outcome,
            long seed) {
        int rows = 0;
        for (double v : outcome.values()) {
            rows += Double.isFinite(v) ? 1 : 0;
        }
        int keep = Math.max(1, Math.min(x.length, (rows - 1) / 3));
        Integer[] order = new Integer[x.length];
        double[] strength = new double[x.length];
        for (int p = 0; p < x.length; p++) {
            order[p] = p;
            double rho = Correlation.of(x[p], outcome.values()).spearman();
            strength[p] = Double.isNaN(rho) ? -1 : Math.abs(rho);
        }
        Arrays.sort(order, (a, b) -> Double.compare(strength[b], strength[a]));
        int[] chosen = Arrays.stream(order).limit(keep).mapToInt(Integer::intValue).sorted().toArray();
        double[][] subset = Arrays.stream(chosen).mapToObj(p -> x[p]).toArray(double[][]::new);
        Importance fit = Importance.of(subset, outcome.values(), seed);
        double[] coefficients = new double[x.length];
        double[] permutation = new double[x.length];
        Arrays.fill(coefficients, Double.NaN);
        Arrays.fill(permutation, Double.NaN);
        for (int k = 0; k < chosen.length; k++) {
            coefficients[chosen[k]] = fit.coefficients()[k];
            permutation[chosen[k]] = fit.permutation()[k];
        }
        String message = fit.message();
        if (chosen.length < x.length) {
            List<String> left = new ArrayList<>();
            for (int p = 0; p < x.length; p++) {
                if (Arrays.binarySearch(chosen, p) < 0) {
                    left.add(parameters.get(p).name());
                }
            }
            message = (message.isEmpty() ? "" : message + "; ") + "fit on the " + chosen.length
                    + " parameters most correlated with the outcome (one per three runs); left out: "
                    + String.join(", ", left);
        }
        return new Importance(fit.n(), fit.r2(), coefficients, permutation, message);
    }

    private static int indexOf(List<Effects.Axis> axes, String name) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String firstOf(List<String> names, String... wanted) {
        for (String w : wanted) {
            if (names.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static Effects.Axis axis(Map<String, Effects.Axis> available, String name, boolean outcome) {
        Effects.Axis axis = available.get(name);
        if (axis == null) {
            throw new IllegalArgumentException("unknown column '" + name + "' of the runs: use one of "
                    + new TreeSet<>(available.keySet()));
        }
        return new Effects.Axis(axis.name(), axis.unit(), outcome, axis.values(), axis.categories());
    }

    /**
     * The columns an effects query may name, for choosers.
     *
     * @param runs the run tasks
     * @return the names, parameters first
     */
    public static List<String> columns(List<Task> runs) {
        return new ArrayList<>(available(runs, null).keySet());
    }

    private static Map<String, Effects.Axis> available(List<Task> runs, IProgressMonitor monitor) {
        Map<String, Effects.Axis> axes = new LinkedHashMap<>();
        TaskColumns columns = EnergyColumns.taskColumns(runs);
        for (Column column : columns.all()) {
            String name = column.name();
            if (List.of("started", "ended", "children").contains(name)) {
                continue;
            }
            if (column.type() == Column.Type.NUMBER) {
                axes.put(name, new Effects.Axis(name, SeriesProvider.unitOf(name, runs), false,
                        column.numbers(runs), List.of()));
            } else if (name.startsWith("used.")) {
                List<String> categories = new ArrayList<>(new TreeSet<>(runs.stream().map(column.text())
                        .filter(v -> v != null).toList()));
                if (categories.size() >= 2 && categories.size() <= MAX_CATEGORIES) {
                    double[] codes = new double[runs.size()];
                    for (int i = 0; i < codes.length; i++) {
                        String v = column.text().apply(runs.get(i));
                        codes[i] = v == null ? Double.NaN : categories.indexOf(v);
                    }
                    axes.put(name, new Effects.Axis(name, "", false, codes, List.copyOf(categories)));
                }
            }
        }
        if (monitor != null) {
            Providers.checkCancelled(monitor);
        }
        // Outcomes over the tasks under each run.
        List<Task> flat = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            for (Task task : SeriesProvider.subtree(runs.get(r))) {
                if (task != runs.get(r)) {
                    flat.add(task);
                    owner.add(r);
                }
            }
        }
        Effects.Axis energy = axes.get("energy.gpu.measured");
        if (energy != null) {
            double[] power = new double[runs.size()];
            for (int r = 0; r < power.length; r++) {
                double duration = Tasks.duration(runs.get(r));
                power[r] = duration > 0 ? energy.values()[r] / duration : Double.NaN;
            }
            axes.put(MEAN_GPU_POWER, new Effects.Axis(MEAN_GPU_POWER, "W", false, power, List.of()));
        }
        List<Task> all = new ArrayList<>(runs);
        all.addAll(flat);
        List<Integer> allOwner = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            allOwner.add(r);
        }
        allOwner.addAll(owner);
        String[] unit = {""};
        List<String> temperatures = temperatureChannels(all, unit);
        if (!temperatures.isEmpty()) {
            double[] peak = new double[runs.size()];
            Arrays.fill(peak, Double.NaN);
            double[] start = new double[all.size()];
            double[] end = new double[all.size()];
            for (String channel : temperatures) {
                Bulk.channel(all, channel, start, end);
                for (int i = 0; i < all.size(); i++) {
                    int r = allOwner.get(i);
                    peak[r] = max(peak[r], max(start[i], end[i]));
                }
            }
            axes.put(PEAK_GPU_TEMPERATURE, new Effects.Axis(PEAK_GPU_TEMPERATURE, unit[0], false, peak, List.of()));
        }
        if (!flat.isEmpty()) {
            TaskColumns under = EnergyColumns.taskColumns(flat);
            for (Column column : under.all()) {
                if (column.type() != Column.Type.NUMBER || !column.name().startsWith("generated.")) {
                    continue;
                }
                double[] values = column.numbers(flat);
                double[] lo = new double[runs.size()];
                double[] hi = new double[runs.size()];
                Arrays.fill(lo, Double.NaN);
                Arrays.fill(hi, Double.NaN);
                boolean any = false;
                for (int i = 0; i < values.length; i++) {
                    if (Double.isFinite(values[i])) {
                        int r = owner.get(i);
                        lo[r] = Double.isNaN(lo[r]) ? values[i] : Math.min(lo[r], values[i]);
                        hi[r] = Double.isNaN(hi[r]) ? values[i] : Math.max(hi[r], values[i]);
                        any = true;
                    }
                }
                if (any) {
                    String u = SeriesProvider.unitOf(column.name(), flat);
                    axes.put(RUN_MIN + column.name(), new Effects.Axis(RUN_MIN + column.name(), u, false, lo,
                            List.of()));
                    axes.put(RUN_MAX + column.name(), new Effects.Axis(RUN_MAX + column.name(), u, false, hi,
                            List.of()));
                }
            }
        }
        return axes;
    }

    /** The GPU temperature channels: the hotspot (junction) ones when recorded, else every GPU temperature. */
    private static List<String> temperatureChannels(List<Task> tasks, String[] unit) {
        Set<String> all = new LinkedHashSet<>();
        Map<TelemetrySchema, Boolean> seen = new IdentityHashMap<>();
        for (Task task : tasks) {
            Telemetry telemetry = task.getTelemetry();
            if (telemetry != null && seen.put(telemetry.getSchema(), true) == null) {
                List<String> channels = telemetry.getSchema().getChannels();
                for (int c = 0; c < channels.size(); c++) {
                    String channel = channels.get(c);
                    if (channel.startsWith("gpu.") && channel.contains("temperature")) {
                        all.add(channel);
                        if (unit[0].isEmpty() && c < telemetry.getSchema().getUnits().size()
                                && telemetry.getSchema().getUnits().get(c) != null) {
                            unit[0] = telemetry.getSchema().getUnits().get(c);
                        }
                    }
                }
            }
        }
        List<String> hotspot = all.stream().filter(c -> c.contains("hotspot") || c.contains("junction")).toList();
        return hotspot.isEmpty() ? List.copyOf(all) : hotspot;
    }

    /**
     * The parameters that vary, less those that say nothing of their own: random seeds, paths and URIs, and any
     * that ranks the runs exactly as a parameter before it does (GPUs as nodes times eight, heads as width).
     */
    private static List<String> defaultParameters(Map<String, Effects.Axis> available) {
        List<Effects.Axis> kept = new ArrayList<>();
        for (Effects.Axis axis : available.values()) {
            if (!axis.name().startsWith("used.") || !varies(axis.values()) || axis.name().endsWith("seed")
                    || axis.categories().stream().anyMatch(c -> c.contains("/") || c.contains("\\"))) {
                continue;
            }
            boolean redundant = false;
            for (Effects.Axis before : kept) {
                Correlation c = Correlation.of(before.values(), axis.values());
                redundant |= c.n() >= 3 && Math.abs(c.spearman()) > 1 - 1e-9;
            }
            if (!redundant) {
                kept.add(axis);
            }
        }
        return kept.stream().map(Effects.Axis::name).toList();
    }

    private static List<String> defaultOutcomes(Map<String, Effects.Axis> available) {
        List<String> names = new ArrayList<>();
        for (String name : USUAL_OUTCOMES) {
            Effects.Axis axis = available.get(name);
            if (axis != null && varies(axis.values())) {
                names.add(name);
            }
        }
        if (names.stream().noneMatch(n -> n.startsWith("generated."))) {
            available.values().stream().filter(a -> a.name().startsWith("generated.") && varies(a.values()))
                    .limit(4).forEach(a -> names.add(0, a.name()));
        }
        return names;
    }

    private static boolean varies(double[] values) {
        double first = Double.NaN;
        for (double v : values) {
            if (Double.isFinite(v)) {
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
