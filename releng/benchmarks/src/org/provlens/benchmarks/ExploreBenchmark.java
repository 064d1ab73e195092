package org.provlens.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.navigator.RunsContentProvider;
import org.provlens.ui.table.LevelTableModel;

/**
 * The scale target of vertical and horizontal exploration, measured on the same code the views run, without a
 * display: expanding every node of the Runs navigator (the content provider's grouping of a node's children, which
 * is all an expansion computes; SWT then creates only the visible rows) and opening, sorting by every column,
 * filtering and grouping the Level table of the largest levels. Prints the slowest operation of each kind and the
 * heap the open workspace takes. Target (issue 4): under 200 ms per expansion and per sort at 1,000,000 tasks, heap
 * under 4 GB.
 *
 * <p>Usage: {@code ExploreBenchmark <flowcept.jsonl>}.</p>
 */
public final class ExploreBenchmark {

    private ExploreBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args the Flowcept JSONL file of the campaign
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("bench");
        ImportResult result = new FlowceptImporter().importFile(file, builder, null);
        Workspace workspace = builder.workspace();
        builder = null;
        double importSeconds = (System.nanoTime() - start) / 1e9;
        long tasks = 0;
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task) {
                tasks++;
            }
        }
        System.out.printf(Locale.ROOT, "ProvLens explore benchmark: %s%n", file);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "imported %,d records, %,d tasks in %.1f s%n", result.records(), tasks,
                importSeconds);
        // No forced collection before the timings (the heap is measured at the end): a full collection leaves
        // everything in the old generation and makes the next young collections of G1 slow, which the
        // workbench never does. Each time says whether a collection paused the operation.

        // Navigator: expand every campaign, run and task that has children, each from a cold cache as on first
        // expansion, and every activity group.
        RunsContentProvider content = new RunsContentProvider();
        Times expansions = new Times();
        List<Object> nodes = new ArrayList<>();
        nodes.add(workspace);
        for (Campaign campaign : workspace.getCampaigns()) {
            nodes.add(campaign);
            for (Workflow workflow : campaign.getWorkflows()) {
                nodes.add(workflow);
            }
        }
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task task && !task.getChildren().isEmpty()) {
                nodes.add(task);
            }
        }
        for (Object node : nodes) {
            long pause = pauseMillis();
            long t0 = System.nanoTime();
            List<?> children = content.children(node);
            for (Object child : children) {
                if (!(child instanceof Task)) {
                    content.children(child); // a group: expanding it lists its tasks
                }
            }
            expansions.add((System.nanoTime() - t0) / 1e6, node.getClass().getSimpleName().replace("Impl", "")
                    + " with " + children.size() + " child rows", pauseMillis() - pause);
        }
        System.out.printf(Locale.ROOT, "navigator, every node expanded: %s%n", expansions);

        // Level table: the three largest levels, sorted by every column both ways.
        LevelTableModel model = new LevelTableModel(workspace);
        for (String level : largestLevels(workspace)) {
            long t0 = System.nanoTime();
            model.open(level);
            double open = (System.nanoTime() - t0) / 1e6;
            // The first sort by a column extracts its values from the tasks; sorting by it again (the other
            // direction, after a filter) reuses them. Both are measured, each column both ways.
            Times first = new Times();
            Times again = new Times();
            for (String column : model.allColumns()) {
                for (boolean descending : new boolean[] {false, true}) {
                    long pause = pauseMillis();
                    long s0 = System.nanoTime();
                    model.sort(column, descending);
                    double ms = (System.nanoTime() - s0) / 1e6;
                    (descending ? again : first).add(ms, column + (descending ? " desc" : ""), pauseMillis() - pause);
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.printf(Locale.ROOT, "    sort %s%s %.1f ms%n", column, descending ? " desc" : "", ms);
                    }
                }
            }
            // The workbench reads the shown columns in the background once a level is open: opened afresh, read,
            // then every shown column sorted once.
            model.open(level);
            long p0 = System.nanoTime();
            int read = model.prefetch(() -> false);
            double prefetchMs = (System.nanoTime() - p0) / 1e6;
            Times prefetched = new Times();
            for (String column : model.columnNames()) {
                long pause = pauseMillis();
                long s0 = System.nanoTime();
                model.sort(column, false);
                prefetched.add((System.nanoTime() - s0) / 1e6, column, pauseMillis() - pause);
            }
            long f0 = System.nanoTime();
            model.setFilter("status = FINISHED and duration > 0");
            double filter = (System.nanoTime() - f0) / 1e6;
            model.setFilter("");
            long g0 = System.nanoTime();
            model.group("host", org.provlens.analysis.core.LevelTable.Aggregate.MEAN);
            double group = (System.nanoTime() - g0) / 1e6;
            model.group(null, org.provlens.analysis.core.LevelTable.Aggregate.MEAN);
            System.out.printf(Locale.ROOT, "level %-16s %,8d rows, %3d columns: open %5.0f ms; filter %4.0f ms;"
                    + " group by host %4.0f ms%n", level, model.rowCount(), model.allColumns().size(), open, filter,
                    group);
            System.out.printf(Locale.ROOT, "  first sort by each column: %s%n", first);
            System.out.printf(Locale.ROOT, "  sort by it again:          %s%n", again);
            System.out.printf(Locale.ROOT, "  the %d shown columns read in the background in %.0f ms, then each sorted by: %s%n",
                    read, prefetchMs, prefetched);
        }
        System.out.printf(Locale.ROOT, "heap with the workspace and the level table open: %,d MB%n",
                usedHeapAfterGc() >> 20);
        model = null;
        content = null;
        System.out.printf(Locale.ROOT, "heap with the workspace open: %,d MB%n", usedHeapAfterGc() >> 20);
    }

    /**
     * Times of one kind of operation, in milliseconds: median, p95 and the slowest, and apart the slowest of those
     * no garbage collection paused (a pause is the JVM's, not the operation's, and can fall into any of them).
     */
    private static final class Times {
        private final List<Double> times = new ArrayList<>();
        private double slowest = -1;
        private String slowestName = "";
        private double slowestUnpaused = -1;
        private String slowestUnpausedName = "";
        private int paused;

        void add(double ms, String name, long pauseMillis) {
            times.add(ms);
            if (ms > slowest) {
                slowest = ms;
                slowestName = name;
            }
            if (pauseMillis > 0) {
                paused++;
            } else if (ms > slowestUnpaused) {
                slowestUnpaused = ms;
                slowestUnpausedName = name;
            }
        }

        @Override
        public String toString() {
            List<Double> sorted = new ArrayList<>(times);
            sorted.sort(null);
            double median = sorted.get(sorted.size() / 2);
            double p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95)));
            return String.format(Locale.ROOT, "%,d times, median %.0f ms, p95 %.0f ms, max %.0f ms (%s); %d paused by"
                    + " a collection, slowest without one %.0f ms (%s)", sorted.size(), median, p95, slowest,
                    slowestName, paused, slowestUnpaused, slowestUnpausedName);
        }
    }

    /** Milliseconds the collectors have paused the application so far (concurrent cycles left out). */
    private static long pauseMillis() {
        long total = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent")) {
                total += Math.max(0, gc.getCollectionTime());
            }
        }
        return total;
    }

    /** The three largest activities, then the largest subtype when it is larger still (a level of most tasks). */
    private static List<String> largestLevels(Workspace workspace) {
        List<Map.Entry<String, Integer>> activities = org.provlens.analysis.core.Levels.activities(workspace)
                .entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(3).toList();
        List<String> levels = new ArrayList<>(activities.stream().map(Map.Entry::getKey).toList());
        Map<String, Integer> subtypes = new HashMap<>();
        org.provlens.analysis.core.Levels.forEachTask(workspace, task -> {
            if (task.getSubtype() != null) {
                subtypes.merge(task.getSubtype(), 1, Integer::sum);
            }
        });
        subtypes.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> activities.isEmpty() || e.getValue() > activities.get(0).getValue())
                .ifPresent(e -> levels.add(e.getKey()));
        return levels;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
