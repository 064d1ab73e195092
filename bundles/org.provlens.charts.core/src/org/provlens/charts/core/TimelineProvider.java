package org.provlens.charts.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;

/**
 * Answers {@link TimelineQuery}s over a fixed set of tasks. The layout of each lane mode (rows, each row's tasks in
 * time order) and the colour values are computed once, on first use, and kept: zooming and panning then only bins
 * the tasks of the range into bars and pixel columns, a pass over the visible tasks of each row found by binary
 * search. Thread-safe; the tasks must not change meanwhile (the workbench's model rule).
 */
public final class TimelineProvider implements DataProvider<TimelineQuery, Timeline> {

    private static final String NO_HOST = "(no host)";

    private final List<Task> tasks;
    private final double[] start;
    private final double[] end;
    private final Map<TimelineQuery.Lanes, Layout> layouts = new ConcurrentHashMap<>();
    private final Map<TimelineQuery.Colour, Colours> colours = new ConcurrentHashMap<>();

    /** The rows of a lane mode and, per row, the indexes of its tasks in ascending start. */
    private record Layout(List<Timeline.Row> rows, int[][] entries, double first, double last, int placed) {
    }

    /** A colour per task: a category index, or a value on a scale. */
    private record Colours(int[] category, double[] value, List<String> categories, Timeline.Scale scale) {
    }

    /**
     * A provider for some tasks.
     *
     * @param tasks the tasks (a level, every task of a workspace, or the tasks of the selected runs); those without
     *            a start and an end are left out
     */
    public TimelineProvider(List<Task> tasks) {
        this.tasks = List.copyOf(tasks);
        int n = this.tasks.size();
        start = new double[n];
        end = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = this.tasks.get(i).getStartedAt();
            end[i] = this.tasks.get(i).getEndedAt();
        }
    }

    /**
     * The tasks.
     *
     * @return the tasks given, in their order
     */
    public List<Task> tasks() {
        return tasks;
    }

    @Override
    public ProviderResponse<Timeline> fetch(TimelineQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> compute(query, m));
    }

    private Timeline compute(TimelineQuery query, IProgressMonitor monitor) {
        Layout layout = layout(query.lanes(), monitor);
        Colours colour = colours(query.colour());
        double from = Double.isNaN(query.from()) ? layout.first() : query.from();
        double to = Double.isNaN(query.to()) ? layout.last() : query.to();
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return new Timeline(0, 0, query.width(), layout.rows(), List.of(), List.of(), colour.categories(),
                    colour.scale(), layout.placed(), 0);
        }
        if (to <= from) {
            to = from + 1e-3; // one instant: a millisecond wide
        }
        int width = query.width();
        double pixelsPerSecond = width / (to - from);
        int categories = colour.categories().size();
        List<Timeline.Bar> bars = new ArrayList<>();
        List<Timeline.Cells> cells = new ArrayList<>();
        long visible = 0;
        double[] coverage = new double[Math.max(1, categories) * width];
        for (int r = 0; r < layout.rows().size(); r++) {
            Providers.checkCancelled(monitor);
            int[] entries = layout.entries()[r];
            int[] count = null;
            double[] value = null;
            int first = firstEnding(entries, from);
            for (int k = first; k < entries.length; k++) {
                int t = entries[k];
                if (start[t] > to) {
                    break;
                }
                if (end[t] < from) {
                    continue; // an earlier, longer task of another track layout cannot occur: tracks do not overlap
                }
                visible++;
                double length = (end[t] - start[t]) * pixelsPerSecond;
                if (length >= 1) {
                    bars.add(new Timeline.Bar(r, tasks.get(t), start[t], end[t],
                            colour.category() == null ? -1 : colour.category()[t],
                            colour.value() == null ? Double.NaN : colour.value()[t]));
                    continue;
                }
                if (count == null) {
                    count = new int[width];
                    value = new double[width];
                    Arrays.fill(value, Double.NaN);
                    Arrays.fill(coverage, 0);
                }
                int c = (int) Math.min(width - 1, Math.max(0, (Math.max(start[t], from) - from) * pixelsPerSecond));
                count[c]++;
                if (colour.category() != null) {
                    coverage[c * categories + colour.category()[t]] += Math.max(end[t] - start[t], 1e-9);
                } else {
                    double v = colour.value()[t];
                    if (!Double.isNaN(v) && (Double.isNaN(value[c]) || v > value[c])) {
                        value[c] = v;
                    }
                }
            }
            if (count != null) {
                int[] dominant = new int[width];
                Arrays.fill(dominant, -1);
                if (colour.category() != null) {
                    for (int c = 0; c < width; c++) {
                        double best = 0;
                        for (int k = 0; k < categories; k++) {
                            if (coverage[c * categories + k] > best) {
                                best = coverage[c * categories + k];
                                dominant[c] = k;
                            }
                        }
                    }
                }
                cells.add(new Timeline.Cells(r, count, dominant, value));
            }
        }
        return new Timeline(from, to, width, layout.rows(), bars, cells, colour.categories(), colour.scale(),
                layout.placed(), visible);
    }

    /**
     * The task under a point of the chart: the one of the row whose interval holds the time, else the nearest
     * within the slack.
     *
     * @param lanes the lane mode of the chart
     * @param row the row's index
     * @param time the time, epoch seconds
     * @param slack how far from the time a task may end or start (half a pixel in seconds, typically)
     * @return the task, {@code null} when none is near
     */
    public Task taskAt(TimelineQuery.Lanes lanes, int row, double time, double slack) {
        Layout layout = layout(lanes, null);
        if (row < 0 || row >= layout.rows().size()) {
            return null;
        }
        int[] entries = layout.entries()[row];
        int k = firstEnding(entries, time - slack);
        Task best = null;
        double distance = Double.POSITIVE_INFINITY;
        for (; k < entries.length && start[entries[k]] <= time + slack; k++) {
            int t = entries[k];
            double d = time < start[t] ? start[t] - time : time > end[t] ? time - end[t] : 0;
            if (d < distance) {
                distance = d;
                best = tasks.get(t);
            }
        }
        return best;
    }

    /**
     * The rows of a task in a lane mode, to reveal it.
     *
     * @param lanes the lane mode
     * @param task a task
     * @return the indexes of the rows it is drawn in, empty when it is not placed
     */
    public int[] rowsOf(TimelineQuery.Lanes lanes, Task task) {
        Layout layout = layout(lanes, null);
        int index = tasks.indexOf(task);
        if (index < 0) {
            return new int[0];
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < layout.rows().size(); r++) {
            int[] entries = layout.entries()[r];
            int k = firstEnding(entries, start[index]);
            for (; k < entries.length && start[entries[k]] <= start[index]; k++) {
                if (entries[k] == index) {
                    rows.add(r);
                }
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first entry whose task ends at or after a time (a row's entries end in ascending order too). */
    private int firstEnding(int[] entries, double time) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[entries[mid]] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private Layout layout(TimelineQuery.Lanes lanes, IProgressMonitor monitor) {
        return layouts.computeIfAbsent(lanes, l -> buildLayout(l, monitor));
    }

    private Layout buildLayout(TimelineQuery.Lanes lanes, IProgressMonitor monitor) {
        int n = tasks.size();
        List<List<String>> laneNames = lanes == TimelineQuery.Lanes.GPU ? gpuLanes() : null;
        Map<String, Map<Integer, List<Integer>>> groups = new TreeMap<>(Comparator.naturalOrder());
        Map<Task, Integer> depths = new IdentityHashMap<>();
        double first = Double.NaN;
        double last = Double.NaN;
        int placed = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(start[i]) || !Double.isFinite(end[i]) || end[i] < start[i]) {
                continue;
            }
            Task task = tasks.get(i);
            List<String> names = switch (lanes) {
                case HOST -> List.of(task.getHost() == null ? NO_HOST : task.getHost().getName());
                case ACTIVITY -> List.of(Levels.levelOf(task));
                case RUN -> List.of(runName(Tasks.workflowOf(task)));
                case GPU -> laneNames.get(i);
            };
            int depth = lanes == TimelineQuery.Lanes.ACTIVITY ? 1 : depth(task, depths);
            for (String name : names) {
                groups.computeIfAbsent(name, k -> new TreeMap<>()).computeIfAbsent(depth, k -> new ArrayList<>())
                        .add(i);
            }
            placed++;
            first = Double.isNaN(first) ? start[i] : Math.min(first, start[i]);
            last = Double.isNaN(last) ? end[i] : Math.max(last, end[i]);
        }
        List<Timeline.Row> rows = new ArrayList<>();
        List<int[]> entries = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, List<Integer>>> lane : groups.entrySet()) {
            for (Map.Entry<Integer, List<Integer>> level : lane.getValue().entrySet()) {
                if (monitor != null) {
                    Providers.checkCancelled(monitor);
                }
                int[] sorted = level.getValue().stream().mapToInt(Integer::intValue).toArray();
                sortByStart(sorted);
                // First-fit packing: a task goes to the first row of its depth free at its start.
                List<double[]> trackEnds = new ArrayList<>();
                List<List<Integer>> tracks = new ArrayList<>();
                for (int t : sorted) {
                    int track = 0;
                    while (track < trackEnds.size() && trackEnds.get(track)[0] > start[t]) {
                        track++;
                    }
                    if (track == trackEnds.size()) {
                        trackEnds.add(new double[] {end[t]});
                        tracks.add(new ArrayList<>());
                    }
                    trackEnds.get(track)[0] = end[t];
                    tracks.get(track).add(t);
                }
                for (int k = 0; k < tracks.size(); k++) {
                    rows.add(new Timeline.Row(lane.getKey(), level.getKey(), k));
                    entries.add(tracks.get(k).stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        return new Layout(rows, entries.toArray(int[][]::new), first, last, placed);
    }

    private void sortByStart(int[] indexes) {
        // Sorting boxed indexes of a million tasks allocates; a sort of (start bits, index) pairs would not, but
        // this runs once per lane mode.
        Integer[] boxed = Arrays.stream(indexes).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(start[a], start[b]);
            return c != 0 ? c : Double.compare(end[a], end[b]);
        });
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = boxed[i];
        }
    }

    private static int depth(Task task, Map<Task, Integer> depths) {
        Task parent = task.getParent();
        if (parent == null) {
            return 1;
        }
        Integer known = depths.get(parent);
        int depth = known != null ? known + 1 : depth(parent, depths) + 1;
        depths.put(task, depth);
        return depth;
    }

    private static String runName(Workflow workflow) {
        if (workflow == null) {
            return "(no run)";
        }
        return workflow.getName() == null || workflow.getName().isEmpty() ? workflow.getId() : workflow.getName();
    }

    /**
     * The GPU lanes of each task: {@code host/gpu_N} for each GPU of its telemetry that shows activity at its start
     * or end (every GPU of the telemetry when none has an activity channel); a task without telemetry takes the
     * lanes of its nearest ancestor with some, else {@code host/(no GPU telemetry)}.
     */
    private List<List<String>> gpuLanes() {
        Map<Task, List<String>> memo = new IdentityHashMap<>();
        List<List<String>> lanes = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            lanes.add(gpuLanes(task, memo));
        }
        return lanes;
    }

    private static List<String> gpuLanes(Task task, Map<Task, List<String>> memo) {
        List<String> known = memo.get(task);
        if (known != null) {
            return known;
        }
        String host = task.getHost() == null ? NO_HOST : task.getHost().getName();
        Telemetry telemetry = task.getTelemetry();
        List<String> lanes;
        if (telemetry == null) {
            lanes = task.getParent() != null ? gpuLanes(task.getParent(), memo)
                    : List.of(host + "/(no GPU telemetry)");
        } else {
            Map<String, Integer> activity = new LinkedHashMap<>();
            List<String> channels = telemetry.getSchema().getChannels();
            for (int c = 0; c < channels.size(); c++) {
                String channel = channels.get(c);
                if (channel.startsWith("gpu.gpu_")) {
                    String gpu = channel.substring(4, channel.indexOf('.', 4) < 0 ? channel.length()
                            : channel.indexOf('.', 4));
                    activity.putIfAbsent(gpu, -1);
                    if (channel.endsWith("gfx_activity") || channel.endsWith("utilization.gpu")
                            || channel.endsWith("gpu_utilization")) {
                        activity.put(gpu, c);
                    }
                }
            }
            List<String> busy = new ArrayList<>();
            boolean anyActivity = activity.values().stream().anyMatch(c -> c >= 0);
            for (Map.Entry<String, Integer> gpu : activity.entrySet()) {
                int c = gpu.getValue();
                if (!anyActivity || c >= 0 && (Bulk.value(telemetry, c, false) > 0 || Bulk.value(telemetry, c, true) > 0)) {
                    busy.add(host + "/" + gpu.getKey());
                }
            }
            lanes = busy.isEmpty() ? List.of(host + "/(no GPU busy)") : List.copyOf(busy);
        }
        memo.put(task, lanes);
        return lanes;
    }

    private Colours colours(TimelineQuery.Colour colour) {
        return colours.computeIfAbsent(colour, this::buildColours);
    }

    private Colours buildColours(TimelineQuery.Colour colour) {
        int n = tasks.size();
        switch (colour) {
            case ACTIVITY -> {
                Map<String, Integer> counts = new HashMap<>();
                for (Task task : tasks) {
                    counts.merge(Levels.levelOf(task), 1, Integer::sum);
                }
                // The most frequent activities get the first (most distinct) colours.
                List<String> names = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).toList();
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    index.put(names.get(i), i);
                }
                int[] category = new int[n];
                for (int i = 0; i < n; i++) {
                    category[i] = index.get(Levels.levelOf(tasks.get(i)));
                }
                return new Colours(category, null, names, null);
            }
            case STATUS -> {
                List<String> names = Arrays.stream(Status.values()).map(Status::getLiteral).toList();
                int[] category = new int[n];
                for (int i = 0; i < n; i++) {
                    category[i] = tasks.get(i).getStatus().getValue();
                }
                return new Colours(category, null, names, null);
            }
            case DURATION -> {
                double[] value = new double[n];
                for (int i = 0; i < n; i++) {
                    value[i] = end[i] - start[i];
                }
                return new Colours(null, value, List.of(), scale(value, "s"));
            }
            case ENERGY -> {
                Column energy = EnergyColumns.taskColumns(tasks).get("energy.gpu.measured");
                double[] value = new double[n];
                if (energy == null) {
                    Arrays.fill(value, Double.NaN);
                } else {
                    value = energy.numbers(tasks);
                }
                return new Colours(null, value, List.of(), scale(value, "J"));
            }
            default -> throw new IllegalArgumentException("unknown colour " + colour);
        }
    }

    private static Timeline.Scale scale(double[] values, String unit) {
        double min = Double.NaN;
        double max = Double.NaN;
        double positive = Double.NaN;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Double.isNaN(min) ? v : Math.min(min, v);
                max = Double.isNaN(max) ? v : Math.max(max, v);
                if (v > 0) {
                    positive = Double.isNaN(positive) ? v : Math.min(positive, v);
                }
            }
        }
        boolean log = !Double.isNaN(positive) && max / positive > 100;
        return new Timeline.Scale(log ? positive : min, max, log, unit);
    }
}
