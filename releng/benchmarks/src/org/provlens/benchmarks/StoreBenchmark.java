package org.provlens.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.Levels;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.ValuePools;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * Measures, side by side in one run, the workspace layout before the bulk store (every telemetry value in arrays on
 * the heap, one binary resource) and with it (values in memory-mapped column files, the structure in a main
 * resource and fragments), on one Flowcept capture: import MB/s, heap retained per task, save, reopen (the main
 * file: the navigator is usable; then every fragment), and level-table sorts by telemetry columns over every task.
 * With DuckDB's JDBC driver on the class path it also measures the alternative that the issue named: the same
 * telemetry in an embedded DuckDB database (load, open, one column of every row, a per-pixel bucket query of a
 * 10-million-point series) against the column files.
 *
 * <p>Usage: {@code StoreBenchmark <capture.jsonl> <work folder> [sorts]}. One run of each step (each takes seconds
 * on the whole capture; the JIT is warmed by a first import of a tenth of it).</p>
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args the capture, a work folder, and the number of sorts per variant (default 30: a p95 of fewer is
     *     their maximum)
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        Path capture = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        String step = args[2];
        int sorts = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        double megabytes = Files.size(capture) / (1024.0 * 1024.0);
        switch (step) {
            case "before" -> {
                warmUp(capture, work, false);
                write(work.resolve("before.figures"), heapLayout(capture, work.resolve("before"), megabytes, sorts));
            }
            case "after" -> {
                warmUp(capture, work, true);
                write(work.resolve("after.figures"), storeLayout(capture, work.resolve("after"), megabytes, sorts));
            }
            case "reopen" -> write(work.resolve("reopen.figures"),
                    reopen(work.resolve("after").resolve("runs.provlens"), sorts));
            case "report" -> report(capture, megabytes, work);
            case "duckdb" -> duckDb(work.resolve("after").resolve("runs.provlens"), work.resolve("duckdb"));
            default -> throw new IllegalArgumentException("unknown step " + step);
        }
    }

    /** Prints the figures of the steps, each measured in a JVM of its own, side by side. */
    private static void report(Path capture, double megabytes, Path work) throws IOException {
        Map<String, String> before = read(work.resolve("before.figures"));
        Map<String, String> after = read(work.resolve("after.figures"));
        after.putAll(read(work.resolve("reopen.figures")));
        System.out.printf(Locale.ROOT, "ProvLens store benchmark: %s, %.1f MB%n", capture, megabytes);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB; each column measured in a JVM of its"
                + " own after a warm-up import of a tenth of the capture; MB = 2^20 bytes%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-44s %18s %18s%n", "", "before (heap)", "after (store)");
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            System.out.printf(Locale.ROOT, "%-44s %18s %18s%n", key, before.getOrDefault(key, "-"),
                    after.getOrDefault(key, "-"));
        }
    }

    private static void write(Path file, Map<String, String> figures) throws IOException {
        List<String> lines = new ArrayList<>();
        figures.forEach((k, v) -> lines.add(k + "\t" + v));
        Files.write(file, lines);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] kv = line.split("\t", 2);
                figures.put(kv[0], kv[1]);
            }
        }
        return figures;
    }

    /** Imports the first tenth of the capture, so that the measured import runs compiled code. */
    private static void warmUp(Path capture, Path work, boolean store) throws IOException {
        Path head = work.resolve("warmup.jsonl");
        long limit = Files.size(capture) / 10;
        try (InputStream in = Files.newInputStream(capture); OutputStream out = Files.newOutputStream(head)) {
            byte[] buffer = new byte[1 << 20];
            long copied = 0;
            int n;
            while (copied < limit && (n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                copied += n;
            }
        }
        if (store) {
            try (WorkspaceSession session = WorkspaceSession.inMemory("warm")) {
                session.importFiles(List.of(head), null, null);
            }
        } else {
            new FlowceptImporter().importFile(head, WorkspaceBuilder.forNewWorkspace("warm"), null);
        }
        Files.delete(head);
    }

    private static Map<String, String> heapLayout(Path capture, Path dir, double megabytes, int sorts)
            throws IOException {
        Files.createDirectories(dir);
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        long base = liveHeap();
        long start = System.nanoTime();
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("before");
        ImportResult result = new FlowceptImporter().importFile(capture, builder, null);
        double seconds = seconds(start);
        Workspace workspace = builder.workspace();
        builder = null;
        long tasks = count(workspace);
        long retained = liveHeap() - base;
        figures.put("tasks", String.format(Locale.ROOT, "%,d", tasks));
        figures.put("import s (MB/s)", String.format(Locale.ROOT, "%.1f (%.0f)", seconds, megabytes / seconds));
        figures.put("heap retained after import, B/task", String.format(Locale.ROOT, "%,d", retained / tasks));
        // The layout before the store: one EMF binary resource holding every value.
        Path file = dir.resolve("runs.provlens");
        Resource resource = new BinaryResourceImpl(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        resource.getContents().add(workspace);
        start = System.nanoTime();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            resource.save(out, binaryOptions());
        }
        figures.put("save s", String.format(Locale.ROOT, "%.1f", seconds(start)));
        figures.put("files on disk, MB", String.format(Locale.ROOT, "%,.0f", Files.size(file) / 1048576.0));
        sortFigures(workspace, sorts, figures);
        workspace = null;
        resource = null;
        base = liveHeap();
        start = System.nanoTime();
        Resource reopened = new BinaryResourceImpl(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
        try (InputStream in = Files.newInputStream(file)) {
            reopened.load(in, binaryOptions());
        }
        double open = seconds(start);
        figures.put("reopen: navigator usable, s", String.format(Locale.ROOT, "%.1f", open));
        figures.put("reopen: every task loaded, s", String.format(Locale.ROOT, "%.1f", open));
        figures.put("heap after reopen, B/task",
                String.format(Locale.ROOT, "%,d", (liveHeap() - base) / tasks));
        reopened.unload();
        System.err.println("before: " + result.summary());
        return figures;
    }

    private static Map<String, String> storeLayout(Path capture, Path dir, double megabytes, int sorts)
            throws IOException {
        deleteTree(dir); // a workspace of an earlier run would turn the import into a merge of every task
        Files.createDirectories(dir);
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        Path file = dir.resolve("runs.provlens");
        long base = liveHeap();
        long start = System.nanoTime();
        long tasks;
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            ImportResult result = session.importFiles(List.of(capture), null, null).get(0);
            double seconds = seconds(start);
            tasks = count(session.workspace());
            long retained = liveHeap() - base;
            figures.put("tasks", String.format(Locale.ROOT, "%,d", tasks));
            figures.put("import s (MB/s)", String.format(Locale.ROOT, "%.1f (%.0f)", seconds, megabytes / seconds));
            figures.put("heap retained after import, B/task", String.format(Locale.ROOT, "%,d", retained / tasks));
            if (Boolean.getBoolean("bench.histogram")) {
                printHistogram(tasks);
            }
            // What an edit costs besides the edit: WorkspaceSession.modify gives the edited runs to the session,
            // which absorbs their telemetry, shares their strings and pools their values again, each a walk of all
            // their tasks. One task of every run edited (expanded, as writers do first) in one modify: that walk
            // over the whole workspace, the cost of a one-task edit in a single run of this many tasks.
            List<Workflow> runs = new ArrayList<>();
            session.workspace().getCampaigns().forEach(campaign -> runs.addAll(campaign.getWorkflows()));
            List<Task> edited = new ArrayList<>();
            runs.forEach(run -> firstPooledTask(run).ifPresent(edited::add));
            start = System.nanoTime();
            session.modify(() -> edited.forEach(ValuePools::expand), runs);
            figures.put("one task of every run edited (modify), s", String.format(Locale.ROOT, "%.2f",
                    seconds(start)));
            start = System.nanoTime();
            session.save();
            figures.put("save s", String.format(Locale.ROOT, "%.1f", seconds(start)));
            System.err.println("after: " + result.summary());
        }
        figures.put("files on disk, MB", String.format(Locale.ROOT, "%,.0f", sizeOf(dir) / 1048576.0));
        return figures;
    }

    /** Reopens the saved store layout in a fresh JVM: main file, fragments, sorts, a save after an annotation. */
    private static Map<String, String> reopen(Path file, int sorts) throws IOException {
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        long base = liveHeap();
        long start = System.nanoTime();
        WorkspaceFiles files = WorkspaceFiles.open(file);
        figures.put("reopen: navigator usable, s", String.format(Locale.ROOT, "%.2f", seconds(start)));
        files.loadFragments(null);
        figures.put("reopen: every task loaded, s", String.format(Locale.ROOT, "%.1f", seconds(start)));
        long tasks = count(files.workspace());
        figures.put("heap after reopen, B/task",
                String.format(Locale.ROOT, "%,d", (liveHeap() - base) / tasks));
        if (Boolean.getBoolean("bench.histogram")) {
            printHistogram(tasks);
        }
        sortFigures(files.workspace(), sorts, figures);
        // What the readers leave behind once the table is closed (lists they made on the tasks, caches).
        figures.put("heap after the level table, B/task",
                String.format(Locale.ROOT, "%,d", (liveHeap() - base) / tasks));
        if (Boolean.getBoolean("bench.histogram")) {
            printHistogram(tasks);
        }
        // A save after an annotation writes the main file only.
        var note = org.provlens.model.ProvlensFactory.eINSTANCE.createAnnotation();
        note.setId("benchmark-note");
        note.setText("a finding");
        files.workspace().getAnnotations().add(note);
        start = System.nanoTime();
        files.save();
        figures.put("save after an annotation, s", String.format(Locale.ROOT, "%.2f", seconds(start)));
        files.close();
        return figures;
    }

    /** Opens the level of every task and sorts it by telemetry columns: first sorts read the column. */
    private static void sortFigures(Workspace workspace, int sorts, Map<String, String> figures) {
        long start = System.nanoTime();
        LevelTable table = LevelTable.of(workspace, Levels.ALL);
        figures.put("level table of every task: open s", String.format(Locale.ROOT, "%.1f", seconds(start)));
        List<String> columns = table.columns().all().stream().map(Column::name)
                .filter(n -> n.startsWith("telemetry.") || n.equals("energy.gpu.measured")).toList();
        Random random = new Random(5);
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < sorts && !columns.isEmpty(); i++) {
            String column = columns.get(random.nextInt(columns.size()));
            long t = System.nanoTime();
            table.sort(column, i % 2 == 0);
            first.add(millis(t));
            t = System.nanoTime();
            table.sort(column, i % 2 != 0);
            again.add(millis(t));
        }
        figures.put("sort, first by a column: median/p95 ms", percentiles(first));
        figures.put("sort again: median/p95 ms", percentiles(again));
        figures.put("rows sorted", String.format(Locale.ROOT, "%,d", table.rows().size()));
    }

    /** The telemetry of the store variant written to DuckDB, and the same reads from both. */
    private static void duckDb(Path workspaceFile, Path dir) throws Exception {
        Files.createDirectories(dir);
        WorkspaceFiles files = WorkspaceFiles.open(workspaceFile);
        files.loadFragments(null);
        Workspace workspace = files.workspace();
        BulkStore store = files.store();
        List<Task> tasks = new ArrayList<>();
        Levels.forEachTask(workspace, t -> {
            if (t.getTelemetry() != null) {
                tasks.add(t);
            }
        });
        Map<TelemetrySchema, List<Task>> bySchema = new HashMap<>();
        for (Task task : tasks) {
            bySchema.computeIfAbsent(task.getTelemetry().getSchema(), s -> new ArrayList<>()).add(task);
        }
        TelemetrySchema widest = bySchema.keySet().stream()
                .max(java.util.Comparator.comparingInt(s -> bySchema.get(s).size())).orElseThrow();
        List<Task> rows = bySchema.get(widest);
        int channels = widest.getChannels().size();
        Path database = dir.resolve("telemetry.duckdb");
        Files.deleteIfExists(database);
        System.out.println();
        System.out.printf(Locale.ROOT, "DuckDB against the column files: schema %s, %,d rows of %d channels%n",
                widest.getId(), rows.size(), channels);
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database)) {
            StringBuilder create = new StringBuilder("CREATE TABLE t (r BIGINT");
            for (int c = 0; c < channels; c++) {
                create.append(", s").append(c).append(" DOUBLE, e").append(c).append(" DOUBLE");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(create.append(")").toString());
            }
            var appender = ((org.duckdb.DuckDBConnection) connection).createAppender(
                    org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "t");
            double[] s = new double[channels];
            double[] e = new double[channels];
            for (Task task : rows) {
                Telemetry telemetry = task.getTelemetry();
                store.telemetry(widest, telemetry.getRow(), s, e);
                appender.beginRow();
                appender.append(telemetry.getRow());
                for (int c = 0; c < channels; c++) {
                    appender.append(s[c]);
                    appender.append(e[c]);
                }
                appender.endRow();
            }
            appender.close();
        }
        double load = seconds(start);
        System.out.printf(Locale.ROOT, "%-52s %14s %14s%n", "", "column files", "DuckDB");
        System.out.printf(Locale.ROOT, "%-52s %14s %14.1f%n", "write the rows, s", "(in the import)", load);
        System.out.printf(Locale.ROOT, "%-52s %14.0f %14.0f%n", "size on disk, MB",
                Files.size(files.store().directory().resolve("telemetry-"
                        + java.net.URLEncoder.encode(widest.getId(), java.nio.charset.StandardCharsets.UTF_8)
                        + ".bin")) / 1048576.0, Files.size(database) / 1048576.0);
        int channel = widest.getChannels().indexOf(widest.getChannels().stream()
                .filter(n -> n.endsWith("energy_accumulator")).findFirst().orElse(widest.getChannels().get(0)));
        long[] rowIds = rows.stream().mapToLong(t -> t.getTelemetry().getRow()).toArray();
        double[] fromStore = new double[rowIds.length];
        List<Double> storeTimes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            store.telemetryColumn(widest, rowIds, channel, true, fromStore);
            storeTimes.add(millis(t));
        }
        List<Double> duckTimes = new ArrayList<>();
        double[] fromDuck = new double[rowIds.length];
        start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database)) {
            double open = millis(start);
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                Map<Long, Integer> position = new HashMap<>(rowIds.length * 2);
                for (int k = 0; k < rowIds.length; k++) {
                    position.put(rowIds[k], k);
                }
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SELECT r, e" + channel + " FROM t")) {
                    while (result.next()) {
                        fromDuck[position.get(result.getLong(1))] = result.getDouble(2);
                    }
                }
                duckTimes.add(millis(t));
            }
            System.out.printf(Locale.ROOT, "%-52s %14s %14.0f%n", "open, ms", "(with the workspace)", open);
        }
        System.out.printf(Locale.ROOT, "%-52s %14s %14s%n", "one channel of every row to a double[], median/p95 ms",
                percentiles(storeTimes), percentiles(duckTimes));
        for (int k = 0; k < fromStore.length; k++) {
            if (Double.compare(fromStore[k], fromDuck[k]) != 0) {
                throw new AssertionError("row " + rowIds[k] + ": " + fromStore[k] + " in the files, " + fromDuck[k]
                        + " in DuckDB");
            }
        }
        bucketQuery(dir, store);
        files.close();
    }

    /** Min and max per pixel of a 10-million-point series, from a mapped series and from DuckDB. */
    private static void bucketQuery(Path dir, BulkStore store) throws Exception {
        int points = 10_000_000;
        int width = 1_000;
        double[] xs = new double[points];
        double[] ys = new double[points];
        Random random = new Random(3);
        for (int i = 0; i < points; i++) {
            xs[i] = 1.7e9 + i * 0.1;
            ys[i] = 300 + 50 * Math.sin(i / 1e5) + random.nextGaussian() * (i % 997 == 0 ? 200 : 5);
        }
        long row = store.appendSeries(xs, ys);
        double x0 = xs[0];
        double step = (xs[points - 1] - x0) / width;
        double[] min = new double[width];
        double[] max = new double[width];
        List<Double> storeTimes = new ArrayList<>();
        for (int rep = 0; rep < 5; rep++) {
            long t = System.nanoTime();
            DoubleBuffer bx = store.seriesBuffer(row, false);
            DoubleBuffer by = store.seriesBuffer(row, true);
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < points; i++) {
                int b = Math.min(width - 1, (int) ((bx.get(i) - x0) / step));
                double y = by.get(i);
                if (y < min[b]) {
                    min[b] = y;
                }
                if (y > max[b]) {
                    max[b] = y;
                }
            }
            storeTimes.add(millis(t));
        }
        Path database = dir.resolve("series.duckdb");
        Files.deleteIfExists(database);
        List<Double> duckTimes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE s (x DOUBLE, y DOUBLE)");
            }
            var appender = ((org.duckdb.DuckDBConnection) connection).createAppender(
                    org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "s");
            for (int i = 0; i < points; i++) {
                appender.beginRow();
                appender.append(xs[i]);
                appender.append(ys[i]);
                appender.endRow();
            }
            appender.close();
            try (PreparedStatement query = connection.prepareStatement("SELECT least(" + (width - 1)
                    + ", CAST(floor((x - ?) / ?) AS INTEGER)) AS b, min(y), max(y), count(*) FROM s GROUP BY b")) {
                for (int rep = 0; rep < 5; rep++) {
                    long t = System.nanoTime();
                    query.setDouble(1, x0);
                    query.setDouble(2, step);
                    double[] duckMin = new double[width];
                    try (ResultSet result = query.executeQuery()) {
                        while (result.next()) {
                            duckMin[result.getInt(1)] = result.getDouble(2);
                        }
                    }
                    duckTimes.add(millis(t));
                    if (rep == 0) {
                        for (int b = 0; b < width; b++) {
                            if (duckMin[b] != min[b]) {
                                throw new AssertionError("bucket " + b + ": min " + min[b] + " against " + duckMin[b]);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-52s %14s %14s%n", "min/max of 10M points in 1,000 buckets, median/p95 ms",
                percentiles(storeTimes), percentiles(duckTimes));
    }

    private static boolean duckDbAvailable() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Map<Object, Object> binaryOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16);
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
        return options;
    }

    private static long count(Workspace workspace) {
        long[] n = {0};
        Levels.forEachTask(workspace, t -> n[0]++);
        return n[0];
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return String.format(Locale.ROOT, "%.0f / %.0f", median, p95);
    }

    /** The first task of a run whose values are pooled, in the order of {@link Bulk#visitTasks}. */
    private static java.util.Optional<Task> firstPooledTask(Workflow run) {
        Task[] first = new Task[1];
        Bulk.visitTasks(run, task -> {
            if (first[0] == null && ValuePools.isPooled(task)) {
                first[0] = task;
            }
        });
        return java.util.Optional.ofNullable(first[0]);
    }

    /** The JVM's class histogram of the live objects (it collects first): a line per class, then the total. */
    private static String[] classHistogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return text.toString().split("\n");
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("no class histogram: " + e, e);
        }
    }

    /**
     * Prints the heap's largest classes after a collection (the JVM's class histogram), in bytes per task, to
     * standard error: what the retained heap per task is made of.
     */
    private static void printHistogram(long tasks) {
        System.err.printf(Locale.ROOT, "%10s %10s  %s%n", "B/task", "instances", "class");
        long shown = 0;
        long all = 0;
        int rows = 0;
        for (String line : classHistogram()) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                long bytes = Long.parseLong(cells[2]);
                all += bytes;
                if (rows++ < 30) {
                    shown += bytes;
                    System.err.printf(Locale.ROOT, "%10.1f %,10d  %s%n", bytes / (double) tasks,
                            Long.parseLong(cells[1]), cells[3]);
                }
            }
        }
        System.err.printf(Locale.ROOT, "%10.1f %10s  (the other %,d classes)%n%10.1f %10s  total%n",
                (all - shown) / (double) tasks, "", Math.max(0, rows - 30), all / (double) tasks, "");
    }

    /**
     * The heap retained: the bytes of the live objects, the total of the JVM's class histogram (which runs a full
     * collection itself and counts what survived). Not the used heap after {@code System.gc()}: that also counts the
     * allocation buffers (TLABs) threads took after the collection, sized by their allocation rate before (15 MB
     * after a 100,000-task import, 140 B/task of the figure; with -XX:-UseTLAB the used heap matched the histogram
     * to 0.1 %), and the used heap without the eden space misses live objects a full collection leaves in eden when
     * the old generation is not yet large enough (the heap layout at a million tasks).
     */
    private static long liveHeap() {
        // Not redundant with the histogram's own collection: what waits for reference processing (cleaners, weak
        // entries) is freed only by a second one; without this one the figure read 598-617 B/task at 100,000
        // tasks instead of 504.
        System.gc();
        String[] lines = classHistogram();
        for (int i = lines.length - 1; i >= 0; i--) {
            String[] cells = lines[i].trim().split("\\s+");
            if (cells.length >= 3 && cells[0].equals("Total")) {
                return Long.parseLong(cells[2]);
            }
        }
        throw new IllegalStateException("no total in the class histogram: " + lines[lines.length - 1]);
    }
}
