package org.provlens.benchmarks;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.model.util.WorkspaceStore.Format;

/**
 * Measures persisting a large workspace with {@link WorkspaceStore}: EMF binary resource against XMI.
 *
 * <p>Builds a {@link SyntheticWorkspace} (100,000 tasks by default) and, for each format, reports the median time
 * to save it to its own resource, the median time to load it into a new resource set, the file size and the heap
 * the loaded workspace retains (with its resource, resource set and id map, as an application holds it), also per
 * task. Every load is checked (task and object counts, one telemetry array looked up by id), and one load of each
 * format is compared with a rebuilt workspace by {@link ModelEquality}.</p>
 *
 * <p>This is a plain {@code main}, not JMH: each operation takes from hundreds of milliseconds to seconds on a
 * whole model, so timer resolution and dead-code elimination do not matter, and warm-up runs (JIT, class loading,
 * EMF's lazily built metadata) followed by several measured repetitions with the median are enough. The formats
 * alternate run by run so that neither profits from the other's JIT warm-up, and every run starts from a collected
 * heap so that garbage of the previous one is not charged to it. Files are read back from the page cache: the
 * figures are CPU and allocation cost, not disk speed.</p>
 *
 * <p>Usage: {@code PersistenceBenchmark [tasks] [--dir DIR] [--warmup N] [--reps N]}; without {@code --dir} the
 * files go to a temporary directory that is deleted at the end.</p>
 */
public final class PersistenceBenchmark {

    private static final long SEED = 20_250_101L;

    private static final double MB = 1024.0 * 1024.0;

    private static final String USAGE = "usage: PersistenceBenchmark [tasks (default 100000)] [--dir DIR]"
            + " [--warmup N (default 2)] [--reps N (default 5)]";

    private PersistenceBenchmark() {
    }

    /** The command line. */
    private record Options(int tasks, Path dir, int warmup, int reps) {
        static Options parse(String[] args) {
            int tasks = 100_000;
            Path dir = null;
            int warmup = 2;
            int reps = 5;
            for (Iterator<String> it = Arrays.asList(args).iterator(); it.hasNext();) {
                String arg = it.next();
                switch (arg) {
                    case "--dir" -> dir = Path.of(value(arg, it));
                    case "--warmup" -> warmup = Integer.parseInt(value(arg, it));
                    case "--reps" -> reps = Integer.parseInt(value(arg, it));
                    case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                    default -> tasks = Integer.parseInt(arg);
                }
            }
            if (tasks < SyntheticWorkspace.WORKFLOWS || warmup < 0 || reps < 1) {
                throw new IllegalArgumentException("Need tasks >= " + SyntheticWorkspace.WORKFLOWS
                        + " (one per workflow run), --warmup >= 0 and --reps >= 1");
            }
            return new Options(tasks, dir, warmup, reps);
        }

        private static String value(String option, Iterator<String> it) {
            if (!it.hasNext()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return it.next();
        }
    }

    /**
     * What every load must give back: the task and object counts and, for one task deep in the tree, its end
     * telemetry.
     */
    private record Expected(int tasks, int objects, String probeId, double[] probeAtEnd) {
        static Expected of(Workspace workspace) {
            int tasks = SyntheticWorkspace.countTasks(workspace);
            // The middle task: deep in the tree and far from both ends of the file.
            Task probe = null;
            int seen = 0;
            for (Iterator<EObject> it = workspace.eAllContents(); probe == null && it.hasNext();) {
                if (it.next() instanceof Task task && seen++ == tasks / 2) {
                    probe = task;
                }
            }
            return new Expected(tasks, countObjects(workspace), probe.getId(), probe.getTelemetry().getAtEnd().clone());
        }

        void check(Workspace loaded, Format format) {
            int loadedTasks = SyntheticWorkspace.countTasks(loaded);
            int loadedObjects = countObjects(loaded);
            if (loadedTasks != tasks || loadedObjects != objects) {
                throw new IllegalStateException(format + ": loaded " + loadedTasks + " tasks and " + loadedObjects
                        + " objects, built " + tasks + " and " + objects);
            }
            // Looked up by id, which also exercises the resource's id map as the UI's links will.
            EObject probe = loaded.eResource().getEObject(probeId);
            if (!(probe instanceof Task task) || task.getTelemetry() == null
                    || !Arrays.equals(task.getTelemetry().getAtEnd(), probeAtEnd)) {
                throw new IllegalStateException(format + ": task " + probeId + " or its telemetry did not round-trip");
            }
        }
    }

    /** The workspace and everything it contains. */
    private static int countObjects(Workspace workspace) {
        int count = 1;
        for (Iterator<EObject> it = workspace.eAllContents(); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    /** Measured repetitions of one operation. */
    private record Samples(long[] nanos, long[] retainedBytes) {
        double medianSeconds() {
            return median(nanos) / 1e9;
        }

        double medianRetainedBytes() {
            return median(retainedBytes);
        }

        private static double median(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        }
    }

    /** One line of the table. */
    private record Row(Format format, Samples saves, Samples loads, long fileBytes) {
    }

    /**
     * An operation measured on each format: {@link #prepare} and {@link #check} are not timed, and {@link #check}
     * gets the result while it is still held, after the heap has been measured.
     */
    private interface Operation<T> {
        default void prepare(Format format) {
        }

        T run(Format format) throws IOException;

        default void check(Format format, T result) {
        }
    }

    /**
     * Runs the benchmark and prints its table to standard output; progress goes to standard error.
     *
     * @param args {@code [tasks] [--dir DIR] [--warmup N] [--reps N]}
     * @throws IOException when a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path dir = options.dir() != null ? Files.createDirectories(options.dir())
                : Files.createTempDirectory("provlens-bench");
        Map<Format, Path> files = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            files.put(format, dir.resolve("bench." + extension(format)));
        }
        try {
            run(options, files);
        } finally {
            if (options.dir() == null) {
                for (Path file : files.values()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void run(Options options, Map<Format, Path> files) throws IOException {
        progress("building %,d tasks", options.tasks());
        long buildStart = System.nanoTime();
        Workspace workspace = SyntheticWorkspace.build(options.tasks(), SEED);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        Expected expected = Expected.of(workspace);
        Map<Format, Samples> saves = measureSaves(workspace, options, files);
        // Loads are measured without the built model in the heap, as when an application opens a workspace.
        workspace = null;

        progress("loading");
        Map<Format, Samples> loads = repeat(options, new Operation<Workspace>() {
            @Override
            public Workspace run(Format format) throws IOException {
                return WorkspaceStore.load(files.get(format));
            }

            @Override
            public void check(Format format, Workspace loaded) {
                expected.check(loaded, format);
            }
        });

        progress("comparing each format's load with a rebuilt workspace");
        Workspace rebuilt = SyntheticWorkspace.build(options.tasks(), SEED);
        for (Format format : Format.values()) {
            if (!ModelEquality.equal(rebuilt, WorkspaceStore.load(files.get(format)))) {
                throw new IllegalStateException(format + ": the loaded workspace differs from the saved one");
            }
        }

        List<Row> rows = new ArrayList<>();
        for (Format format : Format.values()) {
            rows.add(new Row(format, saves.get(format), loads.get(format), Files.size(files.get(format))));
        }
        print(options, expected, buildSeconds, rows);
    }

    private static Map<Format, Samples> measureSaves(Workspace workspace, Options options, Map<Format, Path> files)
            throws IOException {
        // One resource per format, and the workspace moved into the right one before each save (untimed): every
        // measured save is then a save of the workspace's own resource, as after opening a file of that format,
        // and formats can alternate.
        Map<Format, Resource> resources = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            resources.put(format, WorkspaceStore.createResource(WorkspaceStore.newResourceSet(), files.get(format)));
        }
        progress("saving");
        return repeat(options, new Operation<Path>() {
            @Override
            public void prepare(Format format) {
                resources.get(format).getContents().add(workspace);
            }

            @Override
            public Path run(Format format) throws IOException {
                WorkspaceStore.save(workspace, files.get(format));
                return files.get(format);
            }
        });
    }

    /**
     * Runs an operation {@code warmup} times unmeasured, then {@code reps} times measured, alternating the formats
     * so that JIT compilation and heap state drift alike for both. Each run starts from a settled heap; its result
     * is held until the heap has settled again, so the difference is what it retains.
     */
    private static <T> Map<Format, Samples> repeat(Options options, Operation<T> operation) throws IOException {
        Map<Format, Samples> samples = new EnumMap<>(Format.class);
        for (Format format : Format.values()) {
            samples.put(format, new Samples(new long[options.reps()], new long[options.reps()]));
        }
        for (int run = -options.warmup(); run < options.reps(); run++) {
            for (Format format : Format.values()) {
                operation.prepare(format);
                long before = settledUsedHeap();
                long start = System.nanoTime();
                T result = operation.run(format);
                long elapsed = System.nanoTime() - start;
                long after = settledUsedHeap();
                Reference.reachabilityFence(result);
                operation.check(format, result);
                if (run >= 0) {
                    samples.get(format).nanos()[run] = elapsed;
                    samples.get(format).retainedBytes()[run] = after - before;
                }
                progress("  %-6s %s: %.3f s", format, run < 0 ? "warm-up" : "run " + (run + 1) + "/" + options.reps(),
                        elapsed / 1e9);
            }
        }
        return samples;
    }

    /**
     * Used heap after full collections, repeated until it stops moving: one {@code System.gc()} can leave objects
     * that only reference processing of the previous cycle has made unreachable.
     */
    private static long settledUsedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = runtime.totalMemory() - runtime.freeMemory();
            if (Math.abs(previous - used) < 256 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private static void print(Options options, Expected expected, double buildSeconds, List<Row> rows) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "ProvLens persistence benchmark: %,d tasks, %,d objects (built in %.1f s)%n",
                expected.tasks(), expected.objects(), buildSeconds);
        System.out.printf(Locale.ROOT, "Java %s (%s), %d processors, max heap %.0f MB; medians of %d runs after %d"
                + " warm-up; MB = 2^20 bytes%n", Runtime.version(), System.getProperty("java.vm.name"),
                runtime.availableProcessors(), runtime.maxMemory() / MB, options.reps(), options.warmup());
        System.out.printf(Locale.ROOT, "%-7s %7s %7s %8s %8s %10s%n",
                "format", "save_s", "load_s", "size_MB", "heap_MB", "bytes/task");
        for (Row row : rows) {
            double heap = row.loads().medianRetainedBytes();
            System.out.printf(Locale.ROOT, "%-7s %7.2f %7.2f %8.1f %8.1f %10.0f%n",
                    row.format().name().toLowerCase(Locale.ROOT), row.saves().medianSeconds(),
                    row.loads().medianSeconds(), row.fileBytes() / MB, heap / MB, heap / expected.tasks());
        }
        System.out.println("Round trip: every load has the built task count and telemetry; each format's load is"
                + " structurally equal to the built workspace.");
    }

    private static String extension(Format format) {
        return switch (format) {
            case BINARY -> WorkspaceStore.BINARY_EXTENSION;
            case XMI -> WorkspaceStore.XMI_EXTENSION;
        };
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }
}
