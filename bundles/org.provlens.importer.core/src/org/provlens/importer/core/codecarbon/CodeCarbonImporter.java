package org.provlens.importer.core.codecarbon;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.model.util.Bulk;
import org.provlens.model.Campaign;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.EnergyMethod;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Site;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * Imports CodeCarbon's {@code emissions.csv} ({@code output_methods/file.py}, columns of
 * {@code output_methods/emissions_data.py}) of every version since 0.0.9, and its task files.
 *
 * <p><b>Columns.</b> Columns are found by name, in any order. The header of each version is known
 * ({@link CodeCarbonColumns}); a file lacking some of its version's columns (users trim them by hand) is read with
 * the columns it has and the missing ones are reported once; columns CodeCarbon never wrote are kept as properties
 * under their own names. A value that is not what its column holds (a duration that is not a number) is reported
 * with its line and column and kept as a text property; the rest of the row is imported. A UTF-8 byte-order mark
 * and {@code \r\n} line ends are read as if absent; a line that is not UTF-8 is read as Windows-1252, with a
 * warning.</p>
 *
 * <p><b>Runs.</b> A row belongs to the workflow whose id is its {@code run_id} (an MLflow run or Flowcept workflow
 * imported before; MLflow's dashless form of a UUID matches too), else to a task of that id, else to a workflow
 * {@code codecarbon:<run_id>} created in campaign {@code codecarbon:<project_name>}. Rows of a task file
 * ({@code task_name} column) become tasks of their run. Rows without a run id (CodeCarbon before 2.x) are each
 * their own run, identified by project and timestamp.</p>
 *
 * <p><b>Cumulative rows.</b> Every row CodeCarbon writes for a run ({@code flush()} while it runs, {@code stop()}
 * at the end) holds the run's totals so far ({@code EmissionsTracker._prepare_emissions_data}), not a delta. So the
 * run's energy estimates come from its latest row only (longest duration, then latest timestamp) and replace any
 * earlier CodeCarbon estimates; adding rows up would count energy twice. When a run has several rows, the
 * cumulative energy over time is kept as a TELEMETRY series. A row is identified by run id and timestamp, so
 * importing the file again, or after CodeCarbon appended rows, adds nothing twice.</p>
 *
 * <p><b>Energy.</b> One estimate per row for the TOTAL ({@code energy_consumed}) and one each for CPU, GPU and
 * RAM, kWh converted to joules. GPU energy is MEASURED (NVML and AMD SMI energy counters); RAM energy is always
 * MODELLED (watts per DIMM); CPU energy may come from RAPL or from a TDP model and the file does not say which,
 * so it is MODELLED, and so is the total. The carbon intensity is {@code emissions / energy_consumed} in g/kWh, the
 * PUE applied is the {@code pue} column (unknown for versions before it existed).</p>
 *
 * <p><b>Times.</b> CodeCarbon writes {@code timestamp} as local time without a zone, at the moment it writes
 * the row. It is read as UTC; when a row is attached to a run whose end time is known and the two differ by whole
 * quarter hours, the offset is reported as a warning and the run's times are kept.</p>
 */
public final class CodeCarbonImporter implements ProvenanceImporter {

    /** The format name shown to users. */
    public static final String FORMAT = "CodeCarbon";

    /** The tool name written in the source of estimates, series and properties ({@code codecarbon.*}). */
    public static final String SOURCE = "codecarbon";

    /** Id prefix of campaigns and workflows created for CodeCarbon runs that match nothing in the workspace. */
    public static final String ID_PREFIX = "codecarbon:";

    /** Key of the series of cumulative energy of a run with several rows. */
    public static final String ENERGY_SERIES = "codecarbon.energy_consumed";

    private static final double JOULES_PER_KWH = 3.6e6;

    private static final double BYTES_PER_GIB = 1024.0 * 1024 * 1024;

    /** Columns kept as metrics, with their units. */
    private static final Map<String, String> METRIC_UNITS = Map.ofEntries(Map.entry("duration", "s"),
            Map.entry("emissions", "kg"), Map.entry("emissions_rate", "kg/s"), Map.entry("cpu_power", "W"),
            Map.entry("gpu_power", "W"), Map.entry("ram_power", "W"), Map.entry("water_consumed", "L"),
            Map.entry("cpu_utilization_percent", "%"), Map.entry("gpu_utilization_percent", "%"),
            Map.entry("ram_utilization_percent", "%"), Map.entry("ram_used_gb", "GB"));

    /** A decimal number as Python and pandas write them; {@link Double#parseDouble} alone also takes "1d", "0x1p3". */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** Columns mapped to energy estimates rather than properties. */
    private static final Set<String> ENERGY_COLUMNS = Set.of("energy_consumed", "cpu_energy", "gpu_energy",
            "ram_energy");

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Recognises an emissions file of any CodeCarbon version by its header line (see {@link CodeCarbonColumns}).
     *
     * @param file the file
     * @param head the first bytes of the file
     * @return true when the first line names CodeCarbon's columns
     */
    @Override
    public boolean canRead(Path file, byte[] head) {
        List<String> header = headerOf(file, head);
        return header != null && CodeCarbonColumns.recognises(header);
    }

    @Override
    public String whyNot(Path file, byte[] head) {
        if (Files.isDirectory(file)) {
            return "a folder, not a CodeCarbon emissions file";
        }
        if (head.length == 0) {
            return "an empty file";
        }
        for (byte b : head) {
            if (b == 0) {
                return "not CSV: binary content (NUL bytes)";
            }
        }
        String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.UTF_8).strip();
        if (start.startsWith("{") || start.startsWith("[")) {
            return "not CSV: it starts with '" + start.charAt(0) + "' (JSON?)";
        }
        List<String> header = headerOf(file, head);
        if (header == null || header.size() < 2) {
            return "not CSV: the first line has no comma-separated column names";
        }
        return CodeCarbonColumns.recognises(header) ? "a CodeCarbon emissions file" : CodeCarbonColumns.whyNot(header);
    }

    /** The lower-case column names of the first non-blank line of a head, {@code null} when there is none. */
    private static List<String> headerOf(Path file, byte[] head) {
        if (head.length == 0 || Files.isDirectory(file)) {
            return null;
        }
        try {
            CsvReader csv = new CsvReader(new ByteArrayInputStream(head));
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (!row.fields().isEmpty()) {
                    return row.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    /**
     * Imports one emissions file.
     *
     * @param file an {@code emissions.csv}
     * @param builder the workspace, holding the runs rows attach to
     * @param monitor progress and cancellation, may be {@code null}
     * @return what was imported and every problem
     * @throws IOException when the file cannot be opened
     */
    @Override
    public ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
        return new Run(file, builder, monitor == null ? new NullProgressMonitor() : monitor).execute();
    }

    /**
     * The columns of a file.
     *
     * @param index the position of each column, by lower-case name
     * @param keys the property key of each position: {@code codecarbon.<column>}, unknown columns as written
     */
    private record Header(Map<String, Integer> index, List<String> keys) {
    }

    /** One data row: its values by column, and where it is. */
    private record Row(long line, String[] values, Header header) {

        /** A column's text; {@code null} when the column is absent or empty (pandas writes NaN and None so). */
        String text(String column) {
            Integer index = header.index().get(column);
            if (index == null) {
                return null;
            }
            String value = values[index].strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** The rows of one run (or one task of a run), by timestamp. */
    private static final class Group {
        final Map<String, Row> byTimestamp = new LinkedHashMap<>();
    }

    /** The state of one import of one file. */
    private static final class Run {
        private final Path file;
        private final String source;
        private final WorkspaceBuilder builder;
        private final IProgressMonitor monitor;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, String> interned = new HashMap<>();
        private final Map<String, Workflow> existing = new HashMap<>();
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final Set<Workflow> touchedWorkflows = new LinkedHashSet<>();
        private final Set<Task> touchedTasks = new LinkedHashSet<>();
        private int records;
        private int skipped;
        private boolean cancelled;

        Run(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) {
            this.file = file;
            this.source = file.toString();
            this.builder = builder;
            this.monitor = monitor;
        }

        ImportResult execute() throws IOException {
            // IProgressMonitor directly, not SubMonitor: SubMonitor needs OSGi, the headless command runs without.
            monitor.beginTask("Importing " + file.getFileName(), 2);
            try (InputStream in = TextInputs.open(file)) {
                read(new CsvReader(in));
            }
            monitor.worked(1);
            if (!cancelled) {
                for (Workflow workflow : builder.workspace().getCampaigns().stream()
                        .flatMap(c -> c.getWorkflows().stream()).toList()) {
                    existing.put(workflow.getId(), workflow);
                }
                groups.values().forEach(this::apply);
                builder.finish(missing -> problems.add(new ImportProblem(Severity.WARNING, source, 0, 0,
                        "task " + missing[0] + " names parent " + missing[1] + ", which is not in the workspace")));
                // A run known only from a task file gets its span from its tasks. Runs of other tools keep theirs:
                // CodeCarbon's local-time stamps must not stretch them.
                touchedWorkflows.stream().filter(w -> w.getId().startsWith(ID_PREFIX)).forEach(RecordValues::rollUp);
            }
            monitor.done();
            return new ImportResult(source, FORMAT, records, skipped, touchedWorkflows.size(), touchedTasks.size(),
                    problems, cancelled);
        }

        private void read(CsvReader csv) throws IOException {
            CsvReader.Row first = csv.next();
            while (first != null && first.fields().isEmpty() && !first.tooLong()) {
                first = csv.next();
            }
            if (first == null) {
                problems.add(new ImportProblem(Severity.ERROR, source, 0, 0, "empty file: expected a header line"));
                return;
            }
            if (first.tooLong()) {
                problems.add(new ImportProblem(Severity.ERROR, source, first.line(), 0, "the first line is longer"
                        + " than " + (CsvReader.MAX_LINE_BYTES >> 20) + " MiB: not a CodeCarbon header"));
                return;
            }
            List<String> names = first.fields();
            // A header damaged in a character or two (a flipped byte that merged two columns) would cost every
            // row; the rows themselves tell which version's header it was.
            List<String> lower = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            CodeCarbonColumns.Damaged damaged = CodeCarbonColumns.isVersion(lower) ? null
                    : CodeCarbonColumns.damaged(lower, rowWidths());
            String joined = null;
            if (damaged != null) {
                List<String> written = names.stream().map(String::strip).toList();
                String line = String.join(",", written);
                // What follows the version's columns, as written (lower case only if that changed lengths).
                joined = line.length() == String.join(",", lower).length() ? line.substring(line.length()
                        - damaged.rest().length()) : damaged.rest();
                names = damaged.version().columns();
                if (damaged.differences() > 0) {
                    problems.add(new ImportProblem(Severity.WARNING, source, first.line(), 0, "the header line"
                            + " differs from that of " + damaged.version().description() + " in "
                            + damaged.differences() + (damaged.differences() == 1 ? " character" : " characters")
                            + " (a damaged file?); its rows have that header's " + names.size() + " columns and are"
                            + " read with its names"));
                }
            }
            Header header = header(names, first.line());
            if (!CodeCarbonColumns.recognises(header.index().keySet())) {
                problems.add(new ImportProblem(Severity.ERROR, source, first.line(), 0, "not a CodeCarbon emissions"
                        + " file: " + CodeCarbonColumns.whyNot(header.index().keySet())));
                return;
            }
            if (first.notUtf8()) {
                notUtf8(first.line());
            }
            if (joined != null && !joined.isBlank()) {
                records++;
                skip(first.line(), "the header line goes on after the columns of " + damaged.version().description()
                        + " with '" + abbreviate(joined) + "' (its line end damaged?): the row joined to it is not"
                        + " read");
            }
            missingColumns(header, first.line());
            for (CsvReader.Row csvRow = csv.next(); csvRow != null; csvRow = csv.next()) {
                List<String> fields = csvRow.fields();
                if (fields.isEmpty() && !csvRow.tooLong()) {
                    continue;
                }
                records++;
                long line = csvRow.line();
                if (csvRow.notUtf8()) {
                    notUtf8(line);
                }
                if (csvRow.tooLong()) {
                    skip(line, "the line is longer than " + (CsvReader.MAX_LINE_BYTES >> 20)
                            + " MiB, not a CodeCarbon row; skipped");
                } else if (csvRow.unterminated() && csvRow.lines() == 1) {
                    skip(line, "a quoted field is not closed before the end of the file (truncated?); row skipped");
                } else if (csvRow.unterminated() || csvRow.lines() > 1 && (fields.size() != names.size()
                        || csv.tookInRows(names.size()))) {
                    // No CodeCarbon value spans lines: a quote opened a field by mistake and took the rows after.
                    csv.reread();
                    skip(line, "a quoted field " + (csvRow.unterminated() ? "is not closed" : "spans "
                            + csvRow.lines() + " lines" + (fields.size() != names.size() ? ", giving " + fields.size()
                                    + " columns where the header has " + names.size() : " that are rows"))
                            + " (a stray quote?); row skipped, the lines after its first are read as rows");
                } else if (fields.equals(names)) {
                    // Two files concatenated: the second header is not data, and nothing is lost.
                    records--;
                    problems.add(new ImportProblem(Severity.WARNING, source, line, 0,
                            "a second header line (files concatenated?); ignored"));
                } else if (fields.size() > names.size()
                        && fields.subList(names.size(), fields.size()).stream().allMatch(String::isBlank)) {
                    problems.add(new ImportProblem(Severity.WARNING, source, line, 0, "expected " + names.size()
                            + " columns as in the header, found " + fields.size() + " (trailing empty fields);"
                            + " the empty ones are ignored"));
                    group(checked(new Row(line, fields.subList(0, names.size()).toArray(String[]::new), header)));
                } else if (fields.size() != names.size()) {
                    // CodeCarbon's append mode drops all-empty columns before appending (dropna(axis=1)), so a short
                    // row's values cannot be matched to columns.
                    skip(line, "expected " + names.size() + " columns as in the header, found " + fields.size()
                            + "; the values cannot be matched to columns, row skipped");
                } else {
                    group(checked(new Row(line, fields.toArray(String[]::new), header)));
                }
                if (records % 256 == 0 && monitor.isCanceled()) {
                    cancelled = true;
                    problems.add(new ImportProblem(Severity.WARNING, source, line, records,
                            "import cancelled while reading; nothing was imported"));
                    return;
                }
            }
        }

        /** How many data rows are looked at to tell a damaged header's version by their width. */
        private static final int WIDTH_ROWS = 20;

        /** How many of the first data rows have each number of fields (read by a reader of their own). */
        private Map<Integer, Integer> rowWidths() throws IOException {
            Map<Integer, Integer> counts = new HashMap<>();
            try (InputStream in = TextInputs.open(file)) {
                CsvReader csv = new CsvReader(in);
                int rows = -1; // the header first
                for (CsvReader.Row row = csv.next(); row != null && rows < WIDTH_ROWS; row = csv.next()) {
                    if (!row.fields().isEmpty() && ++rows > 0) {
                        counts.merge(row.fields().size(), 1, Integer::sum);
                    }
                }
            }
            return counts;
        }

        /**
         * The columns of a header line. A repeated name and an empty one would lose their values: they are kept under
         * a name of their own, with a warning.
         */
        private Header header(List<String> names, long line) {
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                String key = name.toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    key = "column_" + (i + 1);
                    name = key;
                    problems.add(new ImportProblem(Severity.WARNING, source, line, 0, "column " + (i + 1)
                            + " has no name; its values are kept as " + SOURCE + "." + key));
                } else if (index.containsKey(key)) {
                    String first = key;
                    for (int n = 2; index.containsKey(key); n++) {
                        key = first + "_" + n;
                    }
                    name = key;
                    problems.add(new ImportProblem(Severity.WARNING, source, line, 0, "column " + first
                            + " appears twice in the header; the values of column " + (i + 1) + " are kept as "
                            + SOURCE + "." + key));
                }
                index.put(key, i);
                keys.add(intern(SOURCE + "." + (CodeCarbonColumns.ALL.contains(key) ? key : name)));
            }
            return new Header(Collections.unmodifiableMap(index), List.copyOf(keys));
        }

        /** One warning for the columns of the file's CodeCarbon version that its header lacks (trimmed by hand). */
        private void missingColumns(Header header, long line) {
            CodeCarbonColumns.Version version = CodeCarbonColumns.versionOf(header.index().keySet());
            List<String> missing = version.columns().stream().filter(c -> !header.index().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(Severity.WARNING, source, line, 0, "the header lacks "
                        + String.join(", ", missing) + " of the " + version.size() + " columns of "
                        + version.description() + "; read with the columns it has, the missing values are unknown"));
            }
        }

        private void notUtf8(long line) {
            problems.add(new ImportProblem(Severity.WARNING, source, line, 0, "the line is not UTF-8; read as"
                    + " Windows-1252 (saved by a Windows editor?)"));
        }

        /**
         * Reports values of numeric columns and the timestamp that are not what CodeCarbon writes; the row is kept,
         * the value as text (a {@code codecarbon.<column>} property) and unknown as a number.
         */
        private Row checked(Row row) {
            for (String column : CodeCarbonColumns.NUMERIC) {
                String text = row.text(column);
                if (text != null && !isNumber(text)) {
                    problems.add(new ImportProblem(Severity.WARNING, source, row.line(), 0, "column " + column
                            + " should be a number, found '" + abbreviate(text) + "'; kept as the text property "
                            + SOURCE + "." + column + ", unknown as a number"));
                }
            }
            String timestamp = row.text("timestamp");
            if (timestamp != null && Double.isNaN(RecordValues.epochSeconds(timestamp))) {
                problems.add(new ImportProblem(Severity.WARNING, source, row.line(), 0, "column timestamp should be"
                        + " an ISO date and time, found '" + abbreviate(timestamp) + "'; kept as the text property "
                        + SOURCE + ".timestamp, the run's times are unknown"));
            }
            return row;
        }

        private static String abbreviate(String text) {
            return text.length() > 80 ? text.substring(0, 77) + "..." : text;
        }

        private void group(Row row) {
            String task = row.text("task_name");
            String run = runKey(row);
            String key = task == null ? run : run + "\u0000" + task;
            // A later row of the same run and timestamp is the same measurement written again.
            groups.computeIfAbsent(key, k -> new Group()).byTimestamp.put(String.valueOf(row.text("timestamp")), row);
        }

        private void apply(Group group) {
            Row latest = null;
            for (Row row : group.byTimestamp.values()) {
                if (latest == null || newer(row, latest)) {
                    latest = row;
                }
            }
            Execution target = target(latest);
            boolean newest = !storedIsNewer(target, latest);
            if (newest) {
                energy(target, latest);
                values(target, latest);
            }
            history(target, group);
            site(target, latest);
        }

        /** Whether a row holds later totals than another: longer duration, then later timestamp. */
        private static boolean newer(Row a, Row b) {
            int byDuration = Double.compare(orZero(number(a.text("duration"))), orZero(number(b.text("duration"))));
            if (byDuration != 0) {
                return byDuration > 0;
            }
            return Double.compare(orZero(RecordValues.epochSeconds(a.text("timestamp"))),
                    orZero(RecordValues.epochSeconds(b.text("timestamp")))) >= 0;
        }

        /** Whether the execution already holds totals of a later row of the same run (an older file imported). */
        private static boolean storedIsNewer(Execution target, Row row) {
            double storedDuration = Double.NaN;
            for (Metric metric : Tasks.metrics(target)) {
                if ("codecarbon.duration".equals(metric.getKey())) {
                    storedDuration = metric.getValue();
                }
            }
            if (Double.isNaN(storedDuration)) {
                return false;
            }
            double duration = orZero(number(row.text("duration")));
            if (storedDuration != duration) {
                return storedDuration > duration;
            }
            double stored = RecordValues.epochSeconds(property(target, "codecarbon.timestamp"));
            return !Double.isNaN(stored) && stored > orZero(RecordValues.epochSeconds(row.text("timestamp")));
        }

        /** The run a row measures: an existing workflow or task, else one created for it. */
        private Execution target(Row row) {
            String runId = row.text("run_id");
            Workflow workflow = runId == null ? null : existing.get(runId);
            if (workflow == null && runId != null && runId.length() == 36) {
                // MLflow's run ids are uuid4().hex: the same UUID without dashes.
                workflow = existing.get(runId.replace("-", ""));
            }
            Execution attached = workflow;
            if (workflow == null && runId != null) {
                Task task = builder.existingTask(runId);
                if (task != null) {
                    attached = task;
                    workflow = Tasks.workflowOf(task);
                }
            }
            if (attached != null) {
                checkClock(attached, row);
            } else {
                String project = project(row);
                Campaign campaign = builder.campaign(ID_PREFIX + project);
                campaign.setName(project);
                String id = ID_PREFIX + runKey(row);
                workflow = builder.workflow(campaign, id);
                if (workflow.getName() == null) {
                    workflow.setName(project + " " + (row.text("timestamp") != null ? row.text("timestamp") : id));
                }
                attached = workflow;
            }
            if (workflow != null) {
                touchedWorkflows.add(workflow);
                builder.touch(workflow); // saved after the import, also when it was there before
            }
            String taskName = row.text("task_name");
            if (taskName == null) {
                if (attached instanceof Workflow own && own.getId().startsWith(ID_PREFIX)) {
                    times(own, row);
                }
                return attached;
            }
            Task task = builder.task(ID_PREFIX + runKey(row) + "/" + taskName,
                    workflow, attached instanceof Task parent ? parent.getId() : null);
            task.setName(taskName);
            task.setActivity(intern(taskName));
            times(task, row);
            touchedTasks.add(task);
            return task;
        }

        /** Times of an execution CodeCarbon alone knows: the row is written at the end of the measured span. */
        private static void times(Execution execution, Row row) {
            double end = RecordValues.epochSeconds(row.text("timestamp"));
            double duration = number(row.text("duration"));
            if (!Double.isNaN(end) && (Double.isNaN(execution.getEndedAt()) || end >= execution.getEndedAt())) {
                execution.setEndedAt(end);
                execution.setStartedAt(Double.isNaN(duration) ? Double.NaN : end - duration);
            }
            // The row of stop() ends the run; a flush() row is indistinguishable, and is superseded by the final one.
            execution.setStatus(Status.FINISHED);
        }

        private void checkClock(Execution execution, Row row) {
            double end = execution.getEndedAt();
            double timestamp = RecordValues.epochSeconds(row.text("timestamp"));
            if (Double.isNaN(end) || Double.isNaN(timestamp)) {
                return;
            }
            double difference = timestamp - end;
            long quarters = Math.round(difference / 900.0);
            if (quarters != 0 && Math.abs(difference - quarters * 900.0) < 120.0) {
                problems.add(new ImportProblem(Severity.WARNING, source, row.line(), 0, String.format(Locale.ROOT,
                        "timestamp %s is %+.2f h from the end of run %s: CodeCarbon writes local time without a"
                                + " zone; the run's times are kept",
                        row.text("timestamp"), quarters * 900 / 3600.0, execution.getId())));
            }
        }

        private void energy(Execution target, Row row) {
            target.getEnergy().removeIf(e -> e.getSource() != null && e.getSource().startsWith(SOURCE));
            String version = row.text("codecarbon_version");
            String tool = version != null ? SOURCE + " " + version : SOURCE;
            double kwh = number(row.text("energy_consumed"));
            double grams = number(row.text("emissions")) * 1000.0;
            double intensity = kwh > 0 ? grams / kwh : Double.NaN;
            double pue = number(row.text("pue"));
            add(target, EnergyComponent.TOTAL, kwh, EnergyMethod.MODELLED, tool, pue, intensity, grams);
            double cpu = number(row.text("cpu_energy"));
            add(target, EnergyComponent.CPU, cpu, EnergyMethod.MODELLED, tool, pue, intensity, cpu * intensity);
            double gpu = number(row.text("gpu_energy"));
            if (gpu > 0 || orZero(number(row.text("gpu_count"))) > 0) {
                add(target, EnergyComponent.GPU, gpu, EnergyMethod.MEASURED, tool, pue, intensity, gpu * intensity);
            }
            double ram = number(row.text("ram_energy"));
            add(target, EnergyComponent.RAM, ram, EnergyMethod.MODELLED, tool, pue, intensity, ram * intensity);
        }

        private static void add(Execution target, EnergyComponent component, double kwh, EnergyMethod method,
                String tool, double pue, double intensity, double grams) {
            if (Double.isNaN(kwh)) {
                return;
            }
            EnergyEstimate estimate = FACTORY.createEnergyEstimate();
            estimate.setComponent(component);
            estimate.setJoules(kwh * JOULES_PER_KWH);
            estimate.setMethod(method);
            estimate.setSource(tool);
            estimate.setPueApplied(pue);
            estimate.setCarbonIntensity(intensity);
            estimate.setCo2eGrams(grams);
            target.getEnergy().add(estimate);
        }

        /**
         * Metrics with units, and every other non-empty column as a {@code codecarbon.<column>} property: unknown
         * columns too, and the text of a number column that holds no number, so that nothing of the row is lost.
         */
        private void values(Execution target, Row row) {
            row.header().index().forEach((column, index) -> {
                String text = row.text(column);
                if (text == null) {
                    return;
                }
                boolean number = CodeCarbonColumns.NUMERIC.contains(column) && isNumber(text);
                if (ENERGY_COLUMNS.contains(column) && number) {
                    return; // an energy estimate
                }
                String key = row.header().keys().get(index);
                String unit = METRIC_UNITS.get(column);
                if (unit != null && number) {
                    double value = number(text);
                    if (!Double.isNaN(value)) {
                        metric(target, key, value, unit);
                    }
                } else {
                    RecordValues.properties(target, key, text, interned);
                }
            });
        }

        private static void metric(Execution target, String key, double value, String unit) {
            RecordValues.metric(target, key, value);
            for (Metric metric : target.getMetrics()) {
                if (key.equals(metric.getKey())) {
                    metric.setUnit(unit);
                    return;
                }
            }
        }

        /** Cumulative energy over time, from the flush() rows of a run; merged with what earlier imports kept. */
        private void history(Execution target, Group group) {
            Series series = null;
            for (Series s : target.getSeries()) {
                if (ENERGY_SERIES.equals(s.getKey()) && SOURCE.equals(s.getSource())) {
                    series = s;
                }
            }
            if (series == null && group.byTimestamp.size() < 2) {
                return;
            }
            TreeMap<Double, Double> samples = new TreeMap<>();
            if (series != null && Bulk.length(series) > 0) {
                double[] oldXs = Bulk.xs(series);
                double[] oldYs = Bulk.ys(series);
                for (int i = 0; i < oldXs.length; i++) {
                    samples.put(oldXs[i], oldYs[i]);
                }
            }
            for (Row row : group.byTimestamp.values()) {
                double time = RecordValues.epochSeconds(row.text("timestamp"));
                double kwh = number(row.text("energy_consumed"));
                if (!Double.isNaN(time) && !Double.isNaN(kwh)) {
                    samples.put(time, kwh * JOULES_PER_KWH);
                }
            }
            if (series == null) {
                series = FACTORY.createSeries();
                series.setKey(ENERGY_SERIES);
                series.setKind(SeriesKind.TELEMETRY);
                series.setAxis(SeriesAxis.TIME);
                series.setUnit("J");
                series.setSource(SOURCE);
                target.getSeries().add(series);
            }
            double[] xs = new double[samples.size()];
            double[] ys = new double[samples.size()];
            int i = 0;
            for (Map.Entry<Double, Double> sample : samples.entrySet()) {
                xs[i] = sample.getKey();
                ys[i++] = sample.getValue();
            }
            series.setXs(xs);
            series.setYs(ys);
        }

        /** The site (country and region, or cloud region) of a row, with its carbon intensity and PUE. */
        private void site(Execution target, Row row) {
            String iso = row.text("country_iso_code");
            String region = row.text("region");
            String provider = row.text("cloud_provider");
            String cloudRegion = row.text("cloud_region");
            boolean onCloud = "Y".equalsIgnoreCase(row.text("on_cloud")) && provider != null;
            String id;
            String name;
            String code;
            if (onCloud) {
                code = provider + "/" + (cloudRegion != null ? cloudRegion : "unknown");
                id = "site:" + code;
                name = provider + " " + (cloudRegion != null ? cloudRegion : "");
            } else if (iso != null) {
                code = region != null ? iso + "/" + region : iso;
                id = "site:" + code;
                String country = row.text("country_name") != null ? row.text("country_name") : iso;
                name = region != null ? country + " (" + region + ")" : country;
            } else {
                return;
            }
            Site site = builder.site(id);
            site.setName(name.strip());
            site.setRegion(code);
            if (onCloud) {
                site.setFacility(provider + " " + (cloudRegion != null ? cloudRegion : ""));
            }
            double kwh = number(row.text("energy_consumed"));
            double grams = number(row.text("emissions")) * 1000.0;
            if (kwh > 0 && !Double.isNaN(grams)) {
                site.setCarbonIntensity(grams / kwh);
            }
            double pue = number(row.text("pue"));
            // 1.0 is CodeCarbon's default, "not configured", not a measured PUE: it would claim an ideal facility.
            if (!Double.isNaN(pue) && pue != 1.0) {
                site.setPue(pue);
            }
            host(target, row, site);
        }

        /**
         * Places the run's machine at the site. CodeCarbon names no host, so an execution without one gets a host
         * identified by the hardware CodeCarbon reports (OS, CPU, GPU, RAM); a host of unknown site moves here.
         */
        private void host(Execution target, Row row, Site site) {
            Host host = target.getHost();
            if (host == null) {
                String cpu = row.text("cpu_model");
                if (cpu == null) {
                    return;
                }
                String gpu = row.text("gpu_model");
                String os = row.text("os");
                String ram = row.text("ram_total_size");
                host = builder.host(ID_PREFIX + cpu + (gpu != null ? " + " + gpu : "") + (os != null ? " / " + os : "")
                        + (ram != null ? " / " + ram + " GB" : ""));
                host.setName(gpu != null ? cpu + " + " + gpu : cpu);
                target.setHost(host);
            }
            if (host.getSite() == null || WorkspaceBuilder.UNKNOWN_SITE.equals(host.getSite().getId())) {
                site.getHosts().add(host);
            }
            if (host.getCpuModel() == null && row.text("cpu_model") != null) {
                host.setCpuModel(row.text("cpu_model"));
            }
            double cpus = number(row.text("cpu_count"));
            if (host.getCpuCount() == 0 && !Double.isNaN(cpus)) {
                host.setCpuCount((int) cpus);
            }
            double gib = number(row.text("ram_total_size"));
            if (host.getMemoryBytes() < 0 && !Double.isNaN(gib)) {
                // CodeCarbon's ram_total_size is in GiB (psutil total / 1024^3, external/hardware.py B_TO_GB).
                host.setMemoryBytes(Math.round(gib * BYTES_PER_GIB));
            }
        }

        private static String property(Execution execution, String key) {
            for (StringProperty property : Tasks.properties(execution)) {
                if (key.equals(property.getKey())) {
                    return property.getValue();
                }
            }
            return null;
        }

        /** The identity of a row's run: its run_id, or project and timestamp for versions that wrote none. */
        private static String runKey(Row row) {
            String runId = row.text("run_id");
            if (runId != null) {
                return runId;
            }
            return project(row) + "@" + (row.text("timestamp") != null ? row.text("timestamp") : "line " + row.line());
        }

        private static String project(Row row) {
            return row.text("project_name") != null ? row.text("project_name") : SOURCE;
        }

        /** A number column's value; NaN when empty, {@code nan} (pandas) or not a finite decimal number. */
        private static double number(String text) {
            if (text == null || !DECIMAL.matcher(text).matches()) {
                return Double.NaN;
            }
            double value = Double.parseDouble(text);
            return Double.isInfinite(value) ? Double.NaN : value;
        }

        /** Whether a number column's text is what CodeCarbon writes: a finite decimal number, or pandas' NaN. */
        private static boolean isNumber(String text) {
            return "nan".equalsIgnoreCase(text) || !Double.isNaN(number(text));
        }

        private static double orZero(double value) {
            return Double.isNaN(value) ? 0 : value;
        }

        private String intern(String text) {
            return interned.computeIfAbsent(text, t -> t);
        }

        private void skip(long line, String message) {
            skipped++;
            problems.add(new ImportProblem(Severity.ERROR, source, line, records, message));
        }
    }
}
