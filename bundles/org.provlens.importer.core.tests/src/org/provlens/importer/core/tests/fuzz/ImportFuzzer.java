package org.provlens.importer.core.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.tests.TestFiles;
import org.provlens.importer.core.tests.cmf.CmfStores;
import org.provlens.importer.core.tests.mlflow.MlflowTestData;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.sqlite.SQLiteDataSource;

/**
 * The fuzzing harness of the importers: builds valid inputs of every format, damages them in the ways real files
 * are damaged, imports each through format recognition ({@link Importers#importFile}) and checks three things: no
 * exception escapes the import, every import ends within a time bound, and every record the damage left intact is
 * imported with its values.
 *
 * <p>Inputs are drawn from a seeded {@link Random}, so a run is reproduced by its seed, and a failure names the seed
 * of its input and the damage done. Text inputs are kept as segments (records and what lies between them) so the
 * harness knows which records a mutation touched: a byte flipped inside a record touches it, one between records
 * touches both neighbours, one in text that gives every record its meaning (PROV-JSON's prefix declaration, which
 * every identifier's namespace comes from) touches them all, a truncation touches every record it cuts or removes;
 * a byte-order mark, CRLF line ends, duplicated or reordered records and a wrong type in a field the oracle does not
 * check touch nothing. Store inputs (SQLite, MLflow folders) are damaged row by row or file by file, with the same
 * bookkeeping; blind byte damage to a store only checks for crashes and hangs.</p>
 *
 * <p>Plain Java, no test framework: {@code ImportFuzzTest} runs a bounded number of inputs per format in the test
 * suite, and {@code releng/benchmarks/run-fuzz-benchmark.sh} a long run.</p>
 */
public final class ImportFuzzer {

    /** The formats the harness builds inputs of. */
    public enum Format {
        FLOWCEPT_JSONL, FLOWCEPT_ARRAY, CMF_EXPORT, CMF_STORE, MLFLOW_FILES, MLFLOW_SQLITE, CODECARBON_CSV, PROV_JSON
    }

    /**
     * The figures of a run of one format.
     *
     * @param format the format
     * @param inputs inputs imported
     * @param crashes imports an exception escaped from
     * @param hangs imports that did not end within the time bound
     * @param lost intact records that were not imported with their values
     * @param examples the first failures, each with its seed and damage
     */
    public record Figures(Format format, int inputs, int crashes, int hangs, int lost, List<String> examples) {

        /**
         * The figures as a table row.
         *
         * @return {@code format inputs crashes hangs lost}
         */
        public String row() {
            return String.format(Locale.ROOT, "%-15s %7d %8d %6d %6d", format.name().toLowerCase(Locale.ROOT),
                    inputs, crashes, hangs, lost);
        }
    }

    /** The table header matching {@link Figures#row()}. */
    public static final String HEADER = "format           inputs  crashes  hangs   lost";

    /** How many failures a run describes: a few in the test suite, all in a long run. */
    private final int maxExamples;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path work;
    private final long timeoutMillis;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fuzz-import");
        thread.setDaemon(true); // a hung import must not keep the JVM alive
        return thread;
    });

    /**
     * A harness writing its inputs under a folder.
     *
     * @param work a folder for the inputs, emptied input by input
     * @param timeoutMillis the time bound of one import
     */
    public ImportFuzzer(Path work, long timeoutMillis) {
        this(work, timeoutMillis, 8);
    }

    /**
     * A harness writing its inputs under a folder.
     *
     * @param work a folder for the inputs, emptied input by input
     * @param timeoutMillis the time bound of one import
     * @param maxExamples how many failures to describe
     */
    public ImportFuzzer(Path work, long timeoutMillis, int maxExamples) {
        this.work = work;
        this.timeoutMillis = timeoutMillis;
        this.maxExamples = maxExamples;
    }

    /**
     * Imports inputs of one format.
     *
     * @param format the format
     * @param inputs how many inputs
     * @param seed the seed of the first input; input {@code i} uses {@code seed + i}
     * @return the figures
     */
    public Figures run(Format format, int inputs, long seed) {
        int crashes = 0;
        int hangs = 0;
        int lost = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            long inputSeed = seed + i;
            Random random = new Random(inputSeed * 31 + format.ordinal());
            Path dir = work.resolve(format.name().toLowerCase(Locale.ROOT) + "-" + inputSeed);
            Input input;
            try {
                Files.createDirectories(dir);
                input = build(format, random, dir);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot build a " + format + " input (seed " + inputSeed + ")", e);
            }
            Outcome outcome = importWithin(input.path());
            String where = format + " seed " + inputSeed + " [" + String.join(", ", input.damage()) + "]";
            if (outcome.crash() != null) {
                crashes++;
                example(examples, where + ": crash " + outcome.crash());
            } else if (outcome.workspace() == null) {
                hangs++;
                example(examples, where + ": no result within " + timeoutMillis + " ms");
            } else {
                for (Expected expected : input.intact()) {
                    if (!expected.check().test(outcome.workspace())) {
                        lost++;
                        example(examples, where + ": lost intact record " + expected.id() + " ("
                                + outcome.summary() + ")");
                    }
                }
            }
            deleteTree(dir);
        }
        return new Figures(format, inputs, crashes, hangs, lost, examples);
    }

    private void example(List<String> examples, String text) {
        if (examples.size() < maxExamples) {
            examples.add(text);
        }
    }

    /** Stops the import threads; a hung one stays until the JVM ends. */
    public void close() {
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- running one import

    private record Outcome(Workspace workspace, String crash, String summary) {
    }

    private Outcome importWithin(Path file) {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("fuzz");
        Future<String> future = executor.submit(() -> Importers.importFile(file, builder, null).summary()
                + problemsOf(builder));
        try {
            String summary = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Outcome(builder.workspace(), null, summary);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(null, null, null);
        } catch (ExecutionException e) {
            return new Outcome(null, String.valueOf(e.getCause()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", null);
        }
    }

    private static String problemsOf(WorkspaceBuilder builder) {
        List<String> problems = builder.workspace().getImports().isEmpty() ? List.of()
                : builder.workspace().getImports().get(0).getProblems();
        return problems.isEmpty() ? "" : "; first problem: " + problems.get(0);
    }

    // ---------------------------------------------------------------- inputs

    /**
     * A record the damage left intact and how to find it with its values in the imported workspace.
     *
     * @param id the record's identity
     * @param check true when the workspace holds it with its values
     */
    record Expected(String id, Predicate<Workspace> check) {
    }

    /**
     * One input.
     *
     * @param path the file or folder to import
     * @param damage what was done to it
     * @param intact the records it left intact
     */
    record Input(Path path, List<String> damage, List<Expected> intact) {
    }

    private Input build(Format format, Random random, Path dir) throws IOException, SQLException {
        return switch (format) {
            case FLOWCEPT_JSONL -> text(flowcept(random, false), random, dir.resolve("capture.jsonl"));
            case FLOWCEPT_ARRAY -> text(flowcept(random, true), random, dir.resolve("export.json"));
            case CMF_EXPORT -> text(cmfExport(random), random, dir.resolve("cmf.json"));
            case CODECARBON_CSV -> text(codeCarbon(random), random, dir.resolve("emissions.csv"));
            case PROV_JSON -> text(prov(random), random, dir.resolve("doc.prov.json"));
            case CMF_STORE -> cmfStore(random, dir);
            case MLFLOW_SQLITE -> mlflowDatabase(random, dir);
            case MLFLOW_FILES -> mlflowFiles(random, dir);
        };
    }

    /** A text input before damage: segments, each a record (with its oracle) or what lies between records. */
    private static final class Text {
        final List<byte[]> segments = new ArrayList<>();
        final List<Expected> records = new ArrayList<>();
        /** The record of each segment, -1 for separators, {@link #SHARED} for what every record depends on. */
        final List<Integer> owners = new ArrayList<>();
        /** Changes a checked field's type or value in a record text, making the record "touched". */
        final List<String[]> checkedValues = new ArrayList<>();
        /** A field the oracle does not check, as {@code "name": value} text present in every record. */
        String uncheckedField;
        /** Whether the format is line-based: garbage goes on a line of its own, between separators. */
        String garbageSeparator = "\n";
        boolean allowsCrlf = true;

        void separator(String text) {
            segments.add(text.getBytes(StandardCharsets.UTF_8));
            owners.add(-1);
        }

        /**
         * Text outside the records that gives every record its meaning, so that damage to it touches them all: no
         * reader could know what the damaged text said.
         */
        void shared(String text) {
            segments.add(text.getBytes(StandardCharsets.UTF_8));
            owners.add(SHARED);
        }

        void record(String text, Expected expected, String... checked) {
            segments.add(text.getBytes(StandardCharsets.UTF_8));
            owners.add(records.size());
            records.add(expected);
            checkedValues.add(checked);
        }
    }

    /** The owner of a {@link Text#shared} segment. */
    private static final int SHARED = -2;

    /** Damages a text input and writes it; the intact records are those no damage touched. */
    private Input text(Text text, Random random, Path file) throws IOException {
        List<String> damage = new ArrayList<>();
        Set<Integer> touched = new HashSet<>();
        boolean bom = false;
        boolean crlf = false;
        int mutations = 1 + random.nextInt(3);
        List<Integer> byteMutations = new ArrayList<>();
        for (int m = 0; m < mutations; m++) {
            int kind = random.nextInt(13);
            int record = text.records.isEmpty() ? -1 : random.nextInt(text.records.size());
            int segment = record < 0 ? -1 : text.owners.indexOf(record);
            switch (kind) {
                case 0 -> byteMutations.add(0); // flip a byte anywhere
                case 1 -> byteMutations.add(1); // truncate
                case 2 -> { // garbage between records
                    int at = text.owners.lastIndexOf(-1);
                    List<Integer> separators = new ArrayList<>();
                    // Between records: the text before the first and after the last is the format's frame.
                    int firstRecord = -1;
                    int lastRecord = -1;
                    for (int i = 0; i < text.owners.size(); i++) {
                        if (text.owners.get(i) >= 0) {
                            firstRecord = firstRecord < 0 ? i : firstRecord;
                            lastRecord = i;
                        }
                    }
                    for (int i = 0; i < text.owners.size(); i++) {
                        if (text.owners.get(i) == -1 && i > firstRecord && i < lastRecord) {
                            separators.add(i);
                        }
                    }
                    if (!separators.isEmpty()) {
                        at = separators.get(random.nextInt(separators.size()));
                    }
                    if (at >= 0) {
                        String garbage = garbage(random) + text.garbageSeparator;
                        text.segments.add(at + 1, garbage.getBytes(StandardCharsets.UTF_8));
                        text.owners.add(at + 1, -1);
                        damage.add("garbage " + quote(garbage));
                    }
                }
                case 3 -> { // duplicate a record
                    if (segment >= 0 && segment + 1 < text.owners.size() && text.owners.get(segment + 1) == -1) {
                        text.segments.add(segment + 2, text.segments.get(segment));
                        text.owners.add(segment + 2, record);
                        text.segments.add(segment + 3, text.segments.get(segment + 1));
                        text.owners.add(segment + 3, -1);
                        damage.add("duplicate record " + record);
                    }
                }
                case 4 -> { // swap two records
                    int other = random.nextInt(text.records.size());
                    int otherSegment = text.owners.indexOf(other);
                    if (segment >= 0 && otherSegment >= 0 && other != record) {
                        byte[] a = text.segments.get(segment);
                        text.segments.set(segment, text.segments.get(otherSegment));
                        text.segments.set(otherSegment, a);
                        text.owners.set(segment, other);
                        text.owners.set(otherSegment, record);
                        damage.add("swap records " + record + " and " + other);
                    }
                }
                case 5 -> { // a field the oracle does not check gets another type: the record must survive
                    if (segment >= 0 && text.uncheckedField != null) {
                        String value = List.of("[1, {\"a\": null}]", "\"text\"", "{\"nested\": {\"x\": 1}}", "null",
                                "-1e308", "true").get(random.nextInt(6));
                        replace(text, segment, text.uncheckedField, text.uncheckedField.substring(0,
                                text.uncheckedField.indexOf(':') + 1) + " " + value);
                        damage.add("record " + record + ": " + text.uncheckedField + " -> " + value);
                    }
                }
                case 6 -> { // a checked value becomes huge, non-finite or of another type
                    if (segment >= 0 && text.checkedValues.get(record).length > 0) {
                        String[] checked = text.checkedValues.get(record);
                        String field = checked[random.nextInt(checked.length)];
                        String value = List.of("1e999", "NaN", "\"soon\"", "9".repeat(2000), "[]", "{\"v\": 1}")
                                .get(random.nextInt(6));
                        if (replace(text, segment, field, field.substring(0, field.indexOf(':') + 1) + " " + value)) {
                            touched.add(record);
                            damage.add("record " + record + ": " + field + " -> " + quote(value));
                        }
                    }
                }
                case 7 -> { // deep nesting inside a record
                    if (segment >= 0 && text.uncheckedField != null) {
                        int depth = random.nextBoolean() ? 200 : 5000;
                        String value = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                        replace(text, segment, text.uncheckedField, text.uncheckedField.substring(0,
                                text.uncheckedField.indexOf(':') + 1) + " " + value);
                        if (depth > 999) {
                            touched.add(record); // beyond the reader's limit: that record is an error
                        }
                        damage.add("record " + record + ": nesting " + depth);
                    }
                }
                case 8 -> { // invalid UTF-8 inside a record
                    if (segment >= 0) {
                        byte[] bytes = text.segments.get(segment);
                        int quote = indexOf(bytes, (byte) '"', random.nextInt(Math.max(1, bytes.length / 2)));
                        if (quote >= 0) {
                            bytes = bytes.clone();
                            bytes[quote + 1 < bytes.length ? quote + 1 : quote] = (byte) 0xFF;
                            text.segments.set(segment, bytes);
                            touched.add(record);
                            damage.add("record " + record + ": invalid UTF-8");
                        }
                    }
                }
                case 9 -> {
                    bom = true;
                    damage.add("byte-order mark");
                }
                case 10 -> {
                    if (text.allowsCrlf) {
                        crlf = true;
                        damage.add("CRLF");
                    }
                }
                case 11 -> { // a record cut short, the next one following at once
                    if (segment >= 0) {
                        byte[] bytes = text.segments.get(segment);
                        int cut = 1 + random.nextInt(Math.max(1, bytes.length - 2));
                        text.segments.set(segment, java.util.Arrays.copyOf(bytes, cut));
                        touched.add(record);
                        damage.add("record " + record + " cut at " + cut);
                    }
                }
                default -> { // a huge record value the oracle does not check
                    if (segment >= 0 && text.uncheckedField != null) {
                        String value = "\"" + "x".repeat(100_000 + random.nextInt(100_000)) + "\"";
                        replace(text, segment, text.uncheckedField, text.uncheckedField.substring(0,
                                text.uncheckedField.indexOf(':') + 1) + " " + value);
                        damage.add("record " + record + ": long string");
                    }
                }
            }
        }
        // Assemble, then the byte damage on the assembled bytes.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<long[]> spans = new ArrayList<>(); // start, end, owner
        if (bom) {
            spans.add(new long[] {0, BOM.length, -1}); // damage to the mark touches the first record
            out.writeBytes(BOM);
        }
        for (int i = 0; i < text.segments.size(); i++) {
            byte[] bytes = text.segments.get(i);
            if (crlf) {
                bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            spans.add(new long[] {out.size(), out.size() + bytes.length, text.owners.get(i)});
            out.writeBytes(bytes);
        }
        byte[] bytes = out.toByteArray();
        for (int kind : byteMutations) {
            if (bytes.length == 0) {
                break;
            }
            int at = random.nextInt(bytes.length);
            if (kind == 0) {
                bytes[at] ^= (byte) (1 << random.nextInt(8));
                touchAt(spans, at, touched);
                damage.add("flip byte " + at);
            } else {
                bytes = java.util.Arrays.copyOf(bytes, at);
                for (long[] span : spans) {
                    if (span[1] > at && span[2] >= 0) {
                        touched.add((int) span[2]);
                    }
                }
                damage.add("truncate at " + at);
            }
        }
        Files.write(file, bytes);
        List<Expected> intact = new ArrayList<>();
        Set<Integer> present = new HashSet<>();
        for (long[] span : spans) {
            if (span[2] >= 0) {
                present.add((int) span[2]);
            }
        }
        for (int r = 0; r < text.records.size(); r++) {
            if (!touched.contains(r) && present.contains(r)) {
                intact.add(text.records.get(r));
            }
        }
        return new Input(file, damage, intact);
    }

    /**
     * A flipped byte touches its record; between records, both neighbours (the separator may now join them); in
     * shared text, every record.
     */
    private static void touchAt(List<long[]> spans, int at, Set<Integer> touched) {
        for (int i = 0; i < spans.size(); i++) {
            long[] span = spans.get(i);
            if (at >= span[0] && at < span[1]) {
                if (span[2] >= 0) {
                    touched.add((int) span[2]);
                } else if (span[2] == SHARED) {
                    spans.stream().filter(s -> s[2] >= 0).forEach(s -> touched.add((int) s[2]));
                } else {
                    for (int j = i - 1; j >= 0; j--) {
                        if (spans.get(j)[2] >= 0) {
                            touched.add((int) spans.get(j)[2]);
                            break;
                        }
                    }
                    for (int j = i + 1; j < spans.size(); j++) {
                        if (spans.get(j)[2] >= 0) {
                            touched.add((int) spans.get(j)[2]);
                            break;
                        }
                    }
                }
                return;
            }
        }
    }

    private static boolean replace(Text text, int segment, String from, String to) {
        String record = new String(text.segments.get(segment), StandardCharsets.UTF_8);
        if (!record.contains(from)) {
            return false;
        }
        text.segments.set(segment, record.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String garbage(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "this is not json";
            case 1 -> "{\"unclosed\": [1, 2";
            case 2 -> "}}]]";
            case 3 -> "{\"x\": tru}";
            case 4 -> "\"a string\"";
            default -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    text.append((char) (33 + random.nextInt(94)));
                }
                yield text.toString();
            }
        };
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown.replace("\n", "\\n") + "'";
    }

    private static String hex(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- formats

    private static Text flowcept(Random random, boolean array) {
        Text text = new Text();
        text.uncheckedField = "\"tags\": [\"fuzz\"]";
        int records = 3 + random.nextInt(12);
        boolean oneLine = array && random.nextBoolean();
        if (array) {
            text.separator(oneLine ? "[" : "[\n");
            text.garbageSeparator = oneLine ? "," : ",\n";
            text.allowsCrlf = true;
        }
        for (int i = 0; i < records; i++) {
            String id = hex(random, 16);
            String activity = "act" + random.nextInt(5);
            double lr = Math.round(random.nextDouble() * 1e6) / 1e6;
            double start = 1707422729.0 + random.nextInt(100000);
            String record = "{\"task_id\": \"" + id + "\", \"workflow_id\": \"wf-" + (i % 2) + "\", \"activity_id\": \""
                    + activity + "\", \"status\": \"FINISHED\", \"used\": {\"lr\": " + lr + ", \"name\": \"x\"},"
                    + " \"started_at\": " + start + ", \"tags\": [\"fuzz\"], \"telemetry_at_start\": {\"cpu\":"
                    + " {\"percent_all\": " + random.nextInt(100) + "}}}";
            text.record(record, new Expected(id, workspace -> {
                Task task = task(workspace, id);
                return task != null && activity.equals(task.getActivity()) && start == task.getStartedAt()
                        && sameNumber(parameterValue(task, "lr"), lr);
            }), "\"started_at\": " + start, "\"lr\": " + lr);
            if (i < records - 1) {
                text.separator(array ? (oneLine ? "," : ",\n") : "\n");
            }
        }
        text.separator(array ? (oneLine ? "]" : "\n]\n") : "\n");
        return text;
    }

    private static Text cmfExport(Random random) {
        Text text = new Text();
        text.uncheckedField = "\"note\": \"n\"";
        text.garbageSeparator = ",\n";
        String pipeline = "fuzz-pipeline";
        String stage = pipeline + "/Train";
        text.separator("{\n  \"Pipeline\": [\n    {\n      \"stages\": [\n        {\n          \"executions\": [\n");
        int records = 2 + random.nextInt(8);
        for (int i = 0; i < records; i++) {
            String uuid = hex(random, 8) + "-" + hex(random, 4) + "-11ee-a1b2-" + hex(random, 12);
            long lrMicros = random.nextInt(1_000_000);
            long created = 1698650988149L + random.nextInt(1_000_000);
            String record = "            {\n              \"type\": \"" + stage + "\",\n              \"name\": \"\",\n"
                    + "              \"events\": [],\n              \"create_time_since_epoch\": " + created + ",\n"
                    + "              \"custom_properties\": {\"lr_micros\": " + lrMicros + ", \"note\": \"n\"},\n"
                    + "              \"id\": " + (i + 1) + ",\n              \"last_update_time_since_epoch\": "
                    + (created + 10) + ",\n              \"properties\": {\"Context_Type\": \"" + stage
                    + "\", \"Execution_uuid\": \"" + uuid + "\", \"Pipeline_Type\": \"" + pipeline + "\"}\n"
                    + "            }";
            text.record(record, new Expected(uuid, workspace -> {
                Task task = task(workspace, uuid);
                return task != null && String.valueOf(lrMicros).equals(parameterValue(task, "lr_micros"))
                        && Math.abs(task.getStartedAt() - created / 1000.0) < 1e-6;
            }), "\"lr_micros\": " + lrMicros, "\"Execution_uuid\": \"" + uuid + "\"");
            if (i < records - 1) {
                text.separator(",\n");
            }
        }
        text.separator("\n          ],\n          \"name\": \"" + stage + "\"\n        }\n      ],\n      \"name\": \""
                + pipeline + "\"\n    }\n  ]\n}\n");
        return text;
    }

    private static Text codeCarbon(Random random) {
        Text text = new Text();
        text.garbageSeparator = "\n";
        String header;
        List<String> sample;
        try {
            List<String> lines = Files.readAllLines(TestFiles.get("codecarbon/emissions.csv"));
            header = lines.get(0);
            sample = List.of(lines.get(1).split(",", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.separator(header + "\n");
        int records = 2 + random.nextInt(10);
        for (int i = 0; i < records; i++) {
            String runId = hex(random, 32);
            List<String> fields = new ArrayList<>(sample);
            fields.set(2, runId);
            fields.set(4, String.valueOf(10 + random.nextInt(1000)));
            text.record(String.join(",", fields), new Expected(runId, workspace -> workflow(workspace,
                    "codecarbon:" + runId) != null));
            text.separator("\n");
        }
        return text;
    }

    private static Text prov(Random random) {
        Text text = new Text();
        text.garbageSeparator = ",\n";
        // The prefix declaration gives every identifier its namespace: damaged, it changes every record's identity.
        text.separator("{\n  ");
        text.shared("\"prefix\": {\"ex\": \"http://example.org/\"}");
        text.separator(",\n  \"activity\": {\n");
        int records = 2 + random.nextInt(10);
        for (int i = 0; i < records; i++) {
            String name = "a" + hex(random, 10);
            String record = "    \"ex:" + name + "\": {\"prov:label\": \"step " + i + "\", \"ex:lr\": " + random.nextInt(100)
                    + "}";
            text.record(record, new Expected(name, workspace -> task(workspace, "http://example.org/" + name) != null));
            if (i < records - 1) {
                text.separator(",\n");
            }
        }
        text.separator("\n  }\n}\n");
        return text;
    }

    /** The example MLMD store, damaged row by row or byte by byte. */
    private static Input cmfStore(Random random, Path dir) throws SQLException, IOException {
        Path store = CmfStores.examplePipeline(dir);
        List<String> damage = new ArrayList<>();
        Set<Integer> touched = new HashSet<>();
        boolean blind = false;
        try (Connection c = connect(store); Statement s = c.createStatement()) {
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                int execution = 1 + random.nextInt(4);
                try {
                switch (random.nextInt(7)) {
                    case 0 -> {
                        s.execute("UPDATE Execution SET create_time_since_epoch = 'soon' WHERE id = " + execution);
                        damage.add("execution " + execution + ": text time");
                    }
                    case 1 -> {
                        s.execute("INSERT INTO Event (artifact_id, execution_id, type, milliseconds_since_epoch)"
                                + " VALUES (9999, " + execution + ", 3, 'x')");
                        damage.add("event of a missing artifact for execution " + execution);
                    }
                    case 2 -> {
                        s.execute("DELETE FROM Association WHERE execution_id = " + execution);
                        touched.add(execution);
                        damage.add("execution " + execution + " in no stage");
                    }
                    case 3 -> {
                        s.execute("UPDATE ExecutionProperty SET bool_value = 'yes', string_value = NULL,"
                                + " int_value = NULL, double_value = NULL WHERE execution_id = " + execution
                                + " AND name <> 'Execution_uuid'");
                        damage.add("execution " + execution + ": text in bool_value");
                    }
                    case 4 -> {
                        s.execute("INSERT INTO Event (artifact_id, execution_id, type) VALUES (1, 777, 4)");
                        damage.add("event of a missing execution");
                    }
                    case 5 -> {
                        s.execute("UPDATE Type SET name = NULL WHERE id = " + (1 + random.nextInt(3)));
                        damage.add("type without name");
                        touched.addAll(List.of(1, 2, 3, 4)); // the pipeline type may be gone
                    }
                    default -> blind = true;
                }
                } catch (SQLException e) {
                    damage.add("(mutation refused by SQLite: " + e.getMessage() + ")");
                }
            }
        }
        if (blind) {
            blindDamage(store, random, damage);
        }
        List<Expected> intact = new ArrayList<>();
        if (!blind) {
            for (int execution = 1; execution <= 4; execution++) {
                if (!touched.contains(execution)) {
                    String uuid = CmfStores.EXECUTIONS.get(execution - 1);
                    intact.add(new Expected(uuid, workspace -> task(workspace, uuid) != null));
                }
            }
        }
        return new Input(store, damage, intact);
    }

    /** MLflow's tracking database of the tests, damaged row by row or byte by byte. */
    private static Input mlflowDatabase(Random random, Path dir) throws SQLException, IOException {
        Path database = MlflowTestData.createTrackingDatabase(dir.resolve("mlflow.db"));
        List<String> runs = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT run_uuid FROM runs ORDER BY run_uuid")) {
            while (rows.next()) {
                runs.add(rows.getString(1));
            }
        }
        List<String> damage = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        boolean blind = false;
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                String run = runs.get(random.nextInt(runs.size()));
                switch (random.nextInt(6)) {
                    case 0 -> {
                        s.execute("UPDATE runs SET start_time = 'soon' WHERE run_uuid = '" + run + "'");
                        damage.add("run " + run + ": text start_time");
                    }
                    case 1 -> {
                        s.execute("INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES"
                                + " ('loss', 'high', 'x', '" + run + "', 'y', 0)");
                        damage.add("run " + run + ": metric of text values");
                    }
                    case 2 -> {
                        s.execute("INSERT INTO params (key, value, run_uuid) VALUES ('lr', NULL, '" + run + "')");
                        damage.add("run " + run + ": NULL param");
                    }
                    case 3 -> {
                        s.execute("INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES"
                                + " ('m', 1.0, 1, 'no-such-run', 0, 0)");
                        damage.add("metric of a missing run");
                    }
                    case 4 -> {
                        s.execute("DELETE FROM runs WHERE run_uuid = '" + run + "'");
                        touched.add(run);
                        damage.add("run " + run + " deleted");
                    }
                    default -> blind = true;
                }
            }
        } catch (SQLException e) {
            damage.add("(mutation failed: " + e.getMessage() + ")");
        }
        if (blind) {
            blindDamage(database, random, damage);
        }
        List<Expected> intact = new ArrayList<>();
        if (!blind) {
            for (String run : runs) {
                if (!touched.contains(run)) {
                    intact.add(new Expected(run, workspace -> workflow(workspace, run) != null
                            || task(workspace, run) != null));
                }
            }
        }
        return new Input(database, damage, intact);
    }

    /** The file store of the tests, copied and damaged file by file. */
    private static Input mlflowFiles(Random random, Path dir) throws IOException {
        Path source = TestFiles.get("mlflow/mlruns");
        Path store = dir.resolve("mlruns");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                Path target = store.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        Path experiment = store.resolve("748213905526167392");
        List<String> runs;
        try (Stream<Path> children = Files.list(experiment)) {
            runs = children.filter(Files::isDirectory).filter(p -> Files.exists(p.resolve("meta.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> damage = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (int m = 0; m < 1 + random.nextInt(3); m++) {
            String run = runs.get(random.nextInt(runs.size()));
            Path runDir = experiment.resolve(run);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(runDir)) {
                files = walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
            }
            Path file = files.get(random.nextInt(files.size()));
            byte[] bytes = Files.readAllBytes(file);
            switch (random.nextInt(6)) {
                case 0 -> { // BOM and CRLF: must change nothing
                    Files.write(file, concat(BOM, new String(bytes, StandardCharsets.UTF_8).replace("\n", "\r\n")
                            .getBytes(StandardCharsets.UTF_8)));
                    damage.add(store.relativize(file) + ": BOM and CRLF");
                }
                case 1 -> {
                    if (bytes.length > 0) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                        Files.write(file, bytes);
                    }
                    touched.add(run);
                    damage.add(store.relativize(file) + ": flip a byte");
                }
                case 2 -> {
                    Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
                    touched.add(run);
                    damage.add(store.relativize(file) + ": truncated");
                }
                case 3 -> {
                    Files.write(file, concat(bytes, "\ngarbage line \u0000\u00ff\n".getBytes(StandardCharsets.UTF_8)));
                    touched.add(run);
                    damage.add(store.relativize(file) + ": garbage appended");
                }
                case 4 -> {
                    Files.writeString(experiment.resolve("stray-" + random.nextInt(100)), "not a run\n");
                    damage.add("stray file in the experiment");
                }
                default -> {
                    Files.createDirectories(runDir.resolve("metrics"));
                    Files.writeString(runDir.resolve("metrics").resolve("fuzz"), "1718002800000 NaN 0\nx y z\n"
                            + "1718002800001 1e999 1\n");
                    damage.add(run + ": metric file of odd values");
                }
            }
        }
        List<Expected> intact = new ArrayList<>();
        for (String run : runs) {
            if (!touched.contains(run)) {
                intact.add(new Expected(run, workspace -> workflow(workspace, run) != null
                        || task(workspace, run) != null));
            }
        }
        return new Input(store, damage, intact);
    }

    private static void blindDamage(Path file, Random random, List<String> damage) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = random.nextInt(bytes.length);
        if (random.nextBoolean()) {
            bytes[at] ^= (byte) (1 << random.nextInt(8));
            damage.add("flip byte " + at);
        } else {
            bytes = java.util.Arrays.copyOf(bytes, at);
            damage.add("truncate at " + at);
        }
        Files.write(file, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Connection connect(Path database) throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + database.toAbsolutePath());
        return source.getConnection();
    }

    // ---------------------------------------------------------------- oracles

    private static final Map<Workspace, Map<String, Task>> TASKS = new java.util.WeakHashMap<>();

    private static synchronized Task task(Workspace workspace, String id) {
        return TASKS.computeIfAbsent(workspace, w -> {
            Map<String, Task> tasks = new HashMap<>();
            for (TreeIterator<EObject> it = w.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Task task) {
                    tasks.put(task.getId(), task);
                }
            }
            return tasks;
        }).get(id);
    }

    private static Workflow workflow(Workspace workspace, String id) {
        return workspace.getCampaigns().stream().flatMap(c -> c.getWorkflows().stream())
                .filter(w -> id.equals(w.getId())).findFirst().orElse(null);
    }

    private static String parameterValue(Execution execution, String key) {
        return execution.getParameters().stream().filter(p -> key.equals(p.getKey())).map(Parameter::getValue)
                .findFirst().orElse(null);
    }

    private static boolean sameNumber(String text, double value) {
        try {
            return text != null && Double.parseDouble(text) == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete fuzz input " + dir, e);
        }
    }

    /**
     * A long run: figures to standard output, failures to standard error.
     *
     * @param args inputs per format (default 2000), seed (default 1), formats (default all)
     * @return 0 when no input crashed, hung or lost an intact record, else 1
     * @throws IOException when the work folder cannot be made
     */
    public static int runAll(String[] args) throws IOException {
        int inputs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<Format> formats = args.length > 2 ? Stream.of(args).skip(2)
                .map(a -> Format.valueOf(a.toUpperCase(Locale.ROOT))).toList() : List.of(Format.values());
        Path work = Files.createTempDirectory("provlens-fuzz");
        ImportFuzzer fuzzer = new ImportFuzzer(work, 20_000, Integer.MAX_VALUE);
        Map<Format, Figures> all = new LinkedHashMap<>();
        System.out.println("ProvLens import fuzzing: " + inputs + " inputs per format, seed " + seed
                + ", time bound 20 s per import");
        System.out.println(HEADER);
        long started = System.nanoTime();
        for (Format format : formats) {
            Figures figures = fuzzer.run(format, inputs, seed);
            all.put(format, figures);
            System.out.println(figures.row());
            figures.examples().forEach(e -> System.err.println("  " + e));
        }
        System.out.printf(Locale.ROOT, "%d inputs in %.1f s%n", all.values().stream().mapToInt(Figures::inputs).sum(),
                (System.nanoTime() - started) / 1e9);
        fuzzer.close();
        deleteTree(work);
        return all.values().stream().anyMatch(f -> f.crashes() + f.hangs() + f.lost() > 0) ? 1 : 0;
    }
}
