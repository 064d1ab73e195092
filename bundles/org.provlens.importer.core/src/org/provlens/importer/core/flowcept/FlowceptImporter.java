package org.provlens.importer.core.flowcept;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.JsonRecovery;
import org.provlens.importer.core.internal.JsonRecovery.Position;
import org.provlens.importer.core.internal.JsonSniffer;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.model.util.Bulk;
import org.provlens.model.AgentKind;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Status;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.util.DoubleArrays;
import org.provlens.model.Workflow;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Imports Flowcept provenance: task and workflow records as a JSON array (a MongoDB export, extended JSON
 * included) or as a JSONL buffer file (one message per line, {@code flowcept_buffer.jsonl}).
 *
 * <p>Bad input never loses good records: a line that is not JSON, a record without {@code task_id} or a
 * truncated file is reported with file and line, and everything else is imported. Several messages of one task
 * (RUNNING, then FINISHED) merge into one task; importing the same file again changes nothing.</p>
 *
 * <p>Times are epoch seconds (milliseconds in some exports, recognised by magnitude). Flowcept's
 * {@code utc_timestamp} is not always UTC: when it differs from the task's own times by a whole number of
 * quarter hours, the offset is reported as a warning and the task times are kept as recorded.</p>
 */
public final class FlowceptImporter implements ProvenanceImporter {

    /** The format name shown to users. */
    public static final String FORMAT = "Flowcept";

    private static final int CHECK_CANCEL_EVERY = 1024;

    /**
     * The longest JSON line read as one record, in bytes: four times MongoDB's 16 MB document limit, far beyond
     * any real Flowcept message. Longer lines are skipped with an error instead of being buffered.
     */
    public static final int MAX_RECORD_BYTES = 64 << 20;

    /** Keys mapped to dedicated features or deliberately dropped (per-message ids). */
    private static final Set<String> HANDLED_TASK_KEYS = Set.of("_id", "msg_id", "type", "task_id", "workflow_id",
            "workflow_name", "campaign_id", "activity_id", "subtype", "group_id", "parent_task_id", "status", "stdout",
            "stderr", "tags", "used", "generated", "dependencies", "dependents", "submitted_at", "started_at",
            "ended_at", "telemetry_at_start", "telemetry_at_end", "hostname", "node_name", "agent_id", "user",
            "custom_metadata", "timestamp", "utc_timestamp", FlowceptExporter.EXTENSIONS);

    private static final Set<String> HANDLED_WORKFLOW_KEYS = Set.of("_id", "msg_id", "type", "workflow_id",
            "parent_workflow_id", "campaign_id", "name", "subtype", "used", "generated", "user", "machine_info",
            "code_repository", FlowceptExporter.EXTENSIONS);

    @Override
    public String format() {
        return FORMAT;
    }

    /** The keys of which a Flowcept message has one: a task's id, or a workflow record's. */
    private static final Set<String> MESSAGE_KEYS = Set.of("task_id", "workflow_id");

    /**
     * Whether a file holds Flowcept messages: a task or workflow message among its first
     * {@link JsonSniffer#MAX_RECORDS} records, so that a garbage, truncated or foreign first record does not hide
     * the rest.
     *
     * @param file the file; read past the head only when the head is full and shows no message
     * @param head its first bytes
     * @return true when a Flowcept message is found
     */
    @Override
    public boolean canRead(Path file, byte[] head) {
        if (head.length > 0 && hasMessageKey(head)) {
            return true;
        }
        return head.length > 0 && JsonSniffer.scan(file, head, head.length >= Importers.SNIFF_BYTES, MESSAGE_KEYS).found();
    }

    /**
     * The last resort of recognition, for records too damaged to parse (a JSON array on one line with a bad first
     * element, or a damaged bracket or byte-order mark before it): JSON text naming a message key.
     */
    private static boolean hasMessageKey(byte[] head) {
        String text = JsonSniffer.text(head);
        int open = Math.min(text.indexOf('[') < 0 ? Integer.MAX_VALUE : text.indexOf('['),
                text.indexOf('{') < 0 ? Integer.MAX_VALUE : text.indexOf('{'));
        return open <= 3 && (text.contains("\"task_id\"") || text.contains("\"workflow_id\""));
    }

    /**
     * Whether the start of a file shows Flowcept messages, without reading further.
     *
     * @param head the first bytes of the file
     * @return true when a task or workflow message is among the records of the head
     */
    public static boolean canRead(byte[] head) {
        return JsonSniffer.scan(null, head, false, MESSAGE_KEYS).found();
    }

    /**
     * Why a file is not Flowcept: not JSON (with the first error), or JSON without a Flowcept message.
     *
     * @param file the file or directory
     * @param head its first bytes
     * @return the reason
     */
    @Override
    public String whyNot(Path file, byte[] head) {
        if (Files.isDirectory(file)) {
            return "a directory; Flowcept provenance is a JSON or JSONL file";
        }
        return JsonSniffer.scan(file, head, head.length >= Importers.SNIFF_BYTES, MESSAGE_KEYS)
                .reason("Flowcept task or workflow message (an object with task_id or workflow_id)");
    }

    /**
     * Imports one file.
     *
     * @param file a Flowcept JSON array or JSONL file
     * @param builder where the records go
     * @param monitor progress and cancellation, may be {@code null}
     * @return what was imported and every problem
     * @throws IOException when the file cannot be opened
     */
    @Override
    public ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
        if (Importers.isStream(file)) {
            return Importers.importStream(file, this, builder, monitor);
        }
        Run run = new Run(file, file.toString(), builder, monitor == null ? new NullProgressMonitor() : monitor);
        return run.execute();
    }

    /**
     * Imports Flowcept JSON lines from a stream read once, front to back (a pipe, a FIFO, standard input): what
     * {@link #importFile} does with a JSONL file, without reading anything twice.
     *
     * @param source the name of the input in results and problems
     * @param in the lines, after any byte-order mark; closed by the caller
     * @param builder the workspace to add to
     * @param monitor progress (of unknown length) and cancellation, may be {@code null}
     * @return the result
     * @throws IOException when the stream cannot be read
     */
    public ImportResult importLines(String source, InputStream in, WorkspaceBuilder builder,
            IProgressMonitor monitor) throws IOException {
        Run run = new Run(null, source, builder, monitor == null ? new NullProgressMonitor() : monitor);
        try (CountingStream lines = new CountingStream(in)) {
            run.readLines(lines);
        }
        return run.finish();
    }

    /**
     * Whether the first bytes of an input start a JSON array rather than JSON lines (also when a flipped byte
     * damaged the bracket).
     *
     * @param head the first bytes, after any byte-order mark
     * @return true for an array
     */
    public static boolean startsArray(byte[] head) {
        try {
            return Run.startsLikeArray(Run.significantStart(new java.io.ByteArrayInputStream(head)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array is read without I/O
        }
    }

    /** The state of one import of one file. */
    private static final class Run {
        private final Path file;
        private final String source;
        private final WorkspaceBuilder builder;
        private final IProgressMonitor monitor;
        private final long size;
        private final List<ImportProblem> problems = new ArrayList<>();
        /** The builder's string pool: every repeated key, value and name of the import is one instance. */
        private final Map<String, String> interned;
        private final Map<Task, List<String>> dependencies = new LinkedHashMap<>();
        private final Set<Workflow> touchedWorkflows = new LinkedHashSet<>();
        /** Clock offset in seconds (a multiple of 900) to the number of records showing it. */
        private final Map<Long, Integer> clockOffsets = new TreeMap<>();
        private final TelemetryReader telemetryReader = new TelemetryReader();
        /** The reader's channel numbers of the schemas of telemetry merged so far (see channelsOf). */
        private final Map<TelemetrySchema, int[]> schemaChannels = new HashMap<>();
        private int records;
        private int realignedSubmissions;
        private int skipped;
        private int tasks;
        private boolean cancelled;
        private long bytesReported;

        /** A file's import ({@code file} set) or a stream's ({@code file} null: size unknown, read once). */
        Run(Path file, String source, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
            this.file = file;
            this.source = source;
            this.builder = builder;
            this.interned = builder.strings();
            this.size = file == null ? 0 : Files.size(file);
            // IProgressMonitor directly, not SubMonitor: SubMonitor needs OSGi's debug options, and the headless
            // command runs without OSGi.
            this.monitor = monitor;
            String name = "Importing " + (file == null ? source : file.getFileName());
            monitor.beginTask(name, file == null ? IProgressMonitor.UNKNOWN
                    : (int) Math.min(Integer.MAX_VALUE, size / 1024 + 1));
        }

        ImportResult execute() throws IOException {
            int bom;
            try (InputStream raw = Files.newInputStream(file)) {
                byte[] start = raw.readNBytes(3);
                bom = TextInputs.hasBom(start) ? 3 : 0;
            }
            int[] start;
            try (InputStream in = TextInputs.open(file)) {
                start = significantStart(in);
            }
            if (startsLikeArray(start)) {
                readArray(new Position(bom, 1));
            } else {
                try (CountingStream in = new CountingStream(TextInputs.open(file))) {
                    readLines(in);
                }
            }
            return finish();
        }

        /** What every import does after reading: parents, dependencies, roll-ups, the result. */
        ImportResult finish() {
            builder.finish(missing -> problems.add(new ImportProblem(Severity.WARNING, source, 0, 0,
                    "task " + missing[0] + " names parent_task_id " + missing[1]
                            + ", which is not in the workspace; kept at the top of its workflow")));
            resolveDependencies();
            touchedWorkflows.forEach(RecordValues::rollUp);
            builder.stringsShared(touchedWorkflows);
            reportClockOffsets();
            monitor.done();
            return new ImportResult(source, FORMAT, records, skipped, touchedWorkflows.size(), tasks, problems,
                    cancelled);
        }

        /** How many significant bytes tell an array from JSON lines. */
        private static final int ARRAY_START = 5;

        /**
         * Whether a file's first significant bytes start a JSON array: a bracket, or (a flipped byte having damaged
         * the bracket or the byte-order mark before it) a brace within the first four bytes that junk comes before
         * or a brace follows. A JSON line starts with a brace and a quote.
         */
        static boolean startsLikeArray(int[] start) {
            for (int i = 0; i < start.length - 1; i++) {
                if (start[i] == '[' || start[i] == '{') {
                    return start[i] == '[' || i > 0 || start[i + 1] == '{';
                }
            }
            return false;
        }

        /** The first {@link #ARRAY_START} bytes of an input that are not white space, -1 past its end. */
        static int[] significantStart(InputStream in) throws IOException {
            int[] start = new int[ARRAY_START];
            for (int i = 0; i < start.length; i++) {
                start[i] = firstSignificantByte(in);
            }
            return start;
        }

        private static int firstSignificantByte(InputStream in) throws IOException {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t');
            return b;
        }

        /**
         * Reads a JSON array of records element by element. A bad element is reported with its line and counted as
         * skipped, and reading resynchronises at the next brace that starts a record, whatever broke (bad syntax, a
         * limit of the reader, invalid UTF-8); a truncated array keeps every complete element.
         */
        private void readArray(Position start) throws IOException {
            Position base = start;
            String prefix = "";
            // After a bad element: the brace reading resumed at, which is a record only if its object ends one.
            Position candidate = null;
            // Inside the span of the bad element any brace is tried, but only a Flowcept message is taken.
            long looseUntil = -1;
            while (base != null) {
                Position next = null;
                Position element = null;
                // The last element that was no record (a string, say): a quote in garbage may open a string that
                // takes the start of the record after it in.
                Position lastValue = null;
                JsonParser parser = JsonRecovery.parserAt(file, base.offset(), prefix);
                // Not try-with-resources: the parser must still be open in the catch to tell where it stopped.
                try {
                    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                        if (token == JsonToken.END_ARRAY || token == JsonToken.START_ARRAY
                                && parser.getParsingContext().getParent().inRoot()) {
                            continue; // the array itself (or a second one after it)
                        }
                        element = JsonRecovery.at(parser.currentTokenLocation(), base, prefix);
                        Object value = readValue(parser, token);
                        if (candidate != null && (!JsonRecovery.endsRecord(file,
                                JsonRecovery.at(parser.currentLocation(), base, prefix).offset())
                                || !isMessage(value))) {
                            // An object inside the bad record, not a record of the array: look further.
                            next = JsonRecovery.nextObjectStart(file, new Position(candidate.offset() + 1,
                                    candidate.line()), false, looseUntil);
                            element = null;
                            break;
                        }
                        candidate = null;
                        long line = element.line();
                        lastValue = value instanceof Map ? null : element;
                        element = null;
                        records++;
                        if (value instanceof Map<?, ?> map) {
                            record(map, line);
                        } else {
                            skip(line, "expected a JSON object (a Flowcept record), found " + describe(value));
                        }
                        if (progressAndCancel(JsonRecovery.at(parser.currentLocation(), base, prefix).offset())) {
                            return;
                        }
                    }
                } catch (JsonProcessingException e) {
                    // Limits (StreamConstraintsException) carry no location: the parser's is where it stopped.
                    Position where = JsonRecovery.at(e.getLocation() != null ? e.getLocation()
                            : parser.currentLocation(), base, prefix);
                    // Every search starts past the start of what failed, so reading always moves forward.
                    long after = (element != null ? element.offset() : base.offset()) + 1;
                    // A brace tried inside the bad record's span failing is part of that record; one after it
                    // that fails is a bad record of its own.
                    boolean sameRegion = candidate != null && candidate.offset() < looseUntil;
                    if (JsonRecovery.isEndOfInput(e)) {
                        if (element == null) {
                            if (!sameRegion && candidate == null) {
                                error(where.line(), 0, "the file ends before the JSON array is closed"
                                        + " (truncated?); every record in it was imported");
                            }
                            return;
                        }
                        if (!sameRegion) {
                            records++;
                            skip(element.line(), "the file ends in the middle of a record (truncated, or the record"
                                    + " is never closed); the records before it were imported");
                            // A record that is never closed swallows the rest: look for records inside it.
                            looseUntil = where.offset() + 1;
                        }
                        next = JsonRecovery.nextObjectStart(file, new Position(after, element.line()), false,
                                looseUntil);
                    } else if (sameRegion) {
                        next = JsonRecovery.nextObjectStart(file, new Position(after, candidate.line()), false,
                                looseUntil);
                    } else if (element == null && candidate == null && lastValue == null && isMissingComma(e)
                            && where.offset() - 1 > base.offset()) {
                        // After a record only: after another value ("6{" in garbage) that value would be read again.
                        // Records separated by line breaks only: lenient, nothing is lost.
                        prefix = "[";
                        base = new Position(where.offset() - 1, where.line());
                        continue;
                    } else {
                        records++;
                        skip(element != null ? element.line() : where.line(), (element != null
                                ? "bad record: " : "bad JSON between records: ") + JsonRecovery.reason(e)
                                + "; reading resumed at the next record");
                        if (element != null) {
                            looseUntil = where.offset();
                            next = JsonRecovery.nextObjectStart(file, new Position(after, element.line()), false,
                                    looseUntil);
                        } else if (lastValue != null) {
                            next = JsonRecovery.nextObjectStart(file, new Position(lastValue.offset() + 1,
                                    lastValue.line()), false);
                        } else {
                            next = JsonRecovery.nextObjectStart(file, new Position(Math.max(after,
                                    where.offset() - 1), where.line()), false);
                        }
                    }
                } finally {
                    parser.close();
                }
                if (next == null) {
                    return;
                }
                candidate = next;
                base = next;
                prefix = "[";
            }
        }

        /** Whether a value is a Flowcept message: a task, or a workflow record. */
        private static boolean isMessage(Object value) {
            return value instanceof Map<?, ?> map && (map.containsKey("task_id") || map.containsKey("workflow_id"));
        }

        private static boolean isMissingComma(JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            return message.contains("'{'") && message.contains("was expecting comma");
        }

        /**
         * Reads JSON lines from bytes: no decoding to strings, one parser per line over the shared buffer, so that
         * a bad line costs only itself. A line longer than {@link FlowceptImporter#MAX_RECORD_BYTES} is skipped
         * without being buffered.
         */
        void readLines(CountingStream in) throws IOException {
            byte[] buffer = new byte[1 << 20];
            int length = 0;
            long lineNumber = 0;
            // Bytes of an overlong line being skipped, or -1.
            long discarding = -1;
            while (true) {
                int n = in.read(buffer, length, buffer.length - length);
                boolean end = n < 0;
                if (!end) {
                    length += n;
                }
                int start = 0;
                for (int newline = indexOf(buffer, start, length); newline >= 0;
                        newline = indexOf(buffer, start, length)) {
                    lineNumber++;
                    if (discarding >= 0) {
                        tooLong(lineNumber, discarding + newline - start);
                        discarding = -1;
                    } else if (!line(buffer, start, newline - start, lineNumber, in)) {
                        return;
                    }
                    start = newline + 1;
                }
                if (end) {
                    if (discarding >= 0) {
                        tooLong(lineNumber + 1, discarding + length - start);
                    } else if (start < length) {
                        line(buffer, start, length - start, lineNumber + 1, in);
                    }
                    return;
                }
                if (discarding >= 0) {
                    discarding += length - start;
                    length = 0;
                    continue;
                }
                System.arraycopy(buffer, start, buffer, 0, length - start);
                length -= start;
                if (length == buffer.length) {
                    if (buffer.length >= MAX_RECORD_BYTES) {
                        discarding = length; // the line is too long to be a record: skip to its end
                        length = 0;
                    } else {
                        buffer = Arrays.copyOf(buffer, Math.min(MAX_RECORD_BYTES, buffer.length * 2));
                    }
                }
            }
        }

        private void tooLong(long lineNumber, long bytes) {
            records++;
            skip(lineNumber, "line of " + bytes + " bytes, longer than the " + (MAX_RECORD_BYTES >> 20)
                    + " MB a record may have; skipped without reading it");
        }

        private static int indexOf(int[] channels, int channel) {
            for (int i = 0; i < channels.length; i++) {
                if (channels[i] == channel) {
                    return i;
                }
            }
            return -1;
        }

        private static int indexOf(byte[] buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Imports one line; false when the import was cancelled. */
        private boolean line(byte[] buffer, int offset, int length, long lineNumber, CountingStream in)
                throws IOException {
            int end = offset + length;
            while (end > offset && isSpace(buffer[end - 1])) {
                end--;
            }
            int start = offset;
            while (start < end && isSpace(buffer[start])) {
                start++;
            }
            if (start == end) {
                return true;
            }
            records++;
            Object value;
            try (JsonParser parser = JsonTrees.FACTORY.createParser(buffer, start, end - start)) {
                value = readValue(parser, parser.nextToken());
                if (parser.nextToken() != null) {
                    skip(lineNumber, "more than one JSON value on the line");
                    return true;
                }
            } catch (JsonProcessingException e) {
                skip(lineNumber, "not a JSON record (" + JsonRecovery.reason(e) + ")");
                return true;
            }
            if (value instanceof Map<?, ?> map) {
                record(map, lineNumber);
            } else {
                skip(lineNumber, "expected a JSON object (a Flowcept record), found " + describe(value));
            }
            return !progressAndCancel(in.count());
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\r' || b == '\n';
        }

        /**
         * A record as a map, its telemetry blocks read by the {@link TelemetryReader} into snapshots; any other
         * value as {@link JsonTrees} reads it.
         */
        private Object readValue(JsonParser parser, JsonToken first) throws IOException {
            if (first != JsonToken.START_OBJECT) {
                return JsonTrees.read(parser);
            }
            Map<String, Object> record = new LinkedHashMap<>();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_OBJECT
                        && (name.equals("telemetry_at_start") || name.equals("telemetry_at_end"))) {
                    record.put(name, telemetryReader.read(parser));
                } else {
                    record.put(name, JsonTrees.read(parser));
                }
            }
            return record;
        }

        private boolean progressAndCancel(long bytes) {
            if (records % CHECK_CANCEL_EVERY != 0) {
                return false;
            }
            int kb = (int) ((bytes - bytesReported) / 1024);
            if (kb > 0) {
                monitor.worked(kb);
                if (file == null && (bytes >> 26) != (bytesReported >> 26)) {
                    // A stream's size is unknown: say how far it is, every 64 MB.
                    monitor.subTask(String.format(java.util.Locale.ROOT, "%,d MB read, %,d records", bytes >> 20,
                            records));
                }
                bytesReported += kb * 1024L;
            }
            if (monitor.isCanceled()) {
                cancelled = true;
                problems.add(new ImportProblem(Severity.WARNING, source, 0, records,
                        "import cancelled after " + records + " records; those were kept"));
                return true;
            }
            return false;
        }

        private void record(Map<?, ?> rec, long line) {
            try {
                if ("workflow".equals(RecordValues.string(rec.get("type")))) {
                    workflowRecord(rec, line);
                } else {
                    taskRecord(rec, line);
                }
            } catch (RuntimeException e) {
                // A value no mapping foresaw: this record is lost, not the import.
                skip(line, "record could not be imported (" + e + ")");
            }
        }

        /** Reports a field whose value has the wrong type or form; the caller keeps the raw value. */
        private RecordValues.FieldProblems fieldProblems(long line) {
            return (field, message) -> problems.add(new ImportProblem(Severity.WARNING, source, line, records,
                    "field " + field + " " + message));
        }

        private void workflowRecord(Map<?, ?> rec, long line) {
            String id = RecordValues.string(rec.get("workflow_id"));
            if (id == null) {
                skip(line, "workflow record without workflow_id");
                return;
            }
            Campaign campaign = builder.campaign(RecordValues.string(rec.get("campaign_id")));
            Workflow workflow = builder.workflow(campaign, id);
            touchedWorkflows.add(workflow);
            RecordValues.setIfPresent(rec.get("name"), workflow::setName);
            RecordValues.setIfPresent(rec.get("subtype"), workflow::setSubtype);
            String parent = RecordValues.string(rec.get("parent_workflow_id"));
            if (parent != null) {
                builder.setParentWorkflow(workflow, parent);
            }
            agent(workflow, rec);
            RecordValues.FieldProblems warn = fieldProblems(line);
            Map<?, ?> used = RecordValues.object(workflow, "used", rec.get("used"), warn);
            RecordValues.parameters(workflow, used, interned);
            RecordValues.usedArtifacts(workflow, used, builder, interned);
            RecordValues.outputs(workflow, RecordValues.object(workflow, "generated", rec.get("generated"), warn),
                    builder, interned);
            RecordValues.properties(workflow, "machine_info", rec.get("machine_info"), interned);
            RecordValues.properties(workflow, "code_repository", rec.get("code_repository"), interned);
            otherProperties(workflow, rec, HANDLED_WORKFLOW_KEYS);
            extensions(workflow, rec, line);
        }

        private void taskRecord(Map<?, ?> rec, long line) {
            String id = RecordValues.string(rec.get("task_id"));
            if (id == null) {
                skip(line, rec.get("task_id") == null ? "record without task_id"
                        : "task_id is not a string or number: " + describe(rec.get("task_id")));
                return;
            }
            Campaign campaign = builder.campaign(RecordValues.string(rec.get("campaign_id")));
            String workflowId = RecordValues.string(rec.get("workflow_id"));
            Workflow workflow = builder.workflow(campaign,
                    workflowId != null ? workflowId : campaign.getId() + "/tasks-without-workflow");
            if (workflow.getName() == null) {
                String name = RecordValues.string(rec.get("workflow_name"));
                workflow.setName(name != null ? name : workflowId != null ? workflowId : "Tasks without workflow");
            }
            touchedWorkflows.add(workflow);
            Object parentValue = rec.get("parent_task_id");
            Task task = builder.task(id, workflow, RecordValues.string(parentValue));
            tasks++;
            RecordValues.setIfPresent(rec.get("activity_id"), v -> task.setActivity(intern(v)));
            RecordValues.setIfPresent(rec.get("subtype"), v -> task.setSubtype(intern(v)));
            RecordValues.setIfPresent(rec.get("group_id"), v -> task.setGroupId(intern(v)));
            RecordValues.setIfPresent(rec.get("stdout"), task::setStdout);
            RecordValues.setIfPresent(rec.get("stderr"), task::setStderr);
            Object statusValue = rec.get("status");
            if (statusValue instanceof Map || statusValue instanceof List) {
                RecordValues.keep(task, "status", statusValue, "is not a status", fieldProblems(line));
            }
            status(task, statusValue, line);
            times(task, rec, line);
            String host = RecordValues.string(rec.get("hostname"));
            if (host == null) {
                host = RecordValues.string(rec.get("node_name"));
            }
            if (host != null) {
                task.setHost(builder.host(host));
            }
            agent(task, rec);
            RecordValues.FieldProblems warn = fieldProblems(line);
            if (parentValue instanceof Map || parentValue instanceof List) {
                RecordValues.keep(task, "parent_task_id", parentValue, "is not a task id", warn);
            }
            Object tagValue = rec.get("tags");
            if (tagValue instanceof String single) {
                tagValue = List.of(single);
            }
            List<?> tags = RecordValues.array(task, "tags", tagValue, warn);
            if (tags != null) {
                for (Object tag : tags) {
                    String text = RecordValues.string(tag);
                    if (text != null && !task.getTags().contains(text)) {
                        task.getTags().add(intern(text));
                    }
                }
            }
            List<?> deps = RecordValues.array(task, "dependencies", rec.get("dependencies"), warn);
            if (deps != null && !deps.isEmpty()) {
                List<String> ids = new ArrayList<>(deps.size());
                deps.forEach(d -> ids.add(RecordValues.string(d)));
                dependencies.put(task, ids);
            }
            Map<?, ?> used = RecordValues.object(task, "used", rec.get("used"), warn);
            RecordValues.parameters(task, used, interned);
            RecordValues.usedArtifacts(task, used, builder, interned);
            RecordValues.outputs(task, RecordValues.object(task, "generated", rec.get("generated"), warn), builder,
                    interned);
            telemetry(task, snapshot(task, "telemetry_at_start", rec.get("telemetry_at_start"), warn),
                    snapshot(task, "telemetry_at_end", rec.get("telemetry_at_end"), warn));
            RecordValues.properties(task, "custom_metadata", rec.get("custom_metadata"), interned);
            otherProperties(task, rec, HANDLED_TASK_KEYS);
            extensions(task, rec, line);
        }

        /** A telemetry block as the reader made it; any other value is reported and kept as a property. */
        private static TelemetryReader.Snapshot snapshot(Task task, String field, Object value,
                RecordValues.FieldProblems warn) {
            if (value instanceof TelemetryReader.Snapshot snapshot) {
                return snapshot;
            }
            if (value != null) {
                RecordValues.keep(task, field, value, "is not a telemetry block (a JSON object of readings)", warn);
            }
            return null;
        }

        /**
         * Sets a task's telemetry from the snapshots of one message. A task's first message gives the layout; a
         * later message (FINISHED after RUNNING) merges into it by channel.
         */
        private void telemetry(Task task, Object start, Object end) {
            TelemetryReader.Snapshot atStart = start instanceof TelemetryReader.Snapshot s ? s : null;
            TelemetryReader.Snapshot atEnd = end instanceof TelemetryReader.Snapshot s ? s : null;
            if (atStart == null && atEnd == null) {
                return;
            }
            Telemetry old = task.getTelemetry();
            int[] layout;
            if (old == null && atStart != null && (atEnd == null || Arrays.equals(atStart.channels(), atEnd.channels()))) {
                layout = atStart.channels(); // the common case: no copying, no lookups
            } else if (old == null && atStart == null) {
                layout = atEnd.channels();
            } else {
                layout = union(old, atStart, atEnd);
            }
            double[] startValues = align(layout, atStart, old, true);
            double[] endValues = align(layout, atEnd, old, false);
            Telemetry telemetry = old != null ? old : ProvlensFactory.eINSTANCE.createTelemetry();
            telemetry.setSchema(telemetryReader.schema(layout, builder));
            builder.setTelemetry(telemetry, startValues, endValues);
            if (old == null) {
                task.setTelemetry(telemetry);
            }
        }

        private int[] union(Telemetry old, TelemetryReader.Snapshot... snapshots) {
            int[] known = old != null ? channelsOf(old.getSchema()) : new int[0];
            boolean same = old != null;
            for (TelemetryReader.Snapshot snapshot : snapshots) {
                same &= snapshot == null || Arrays.equals(known, snapshot.channels());
            }
            if (same) {
                return known; // a task's second message with the first one's channels: the common case
            }
            java.util.LinkedHashSet<Integer> channels = new java.util.LinkedHashSet<>();
            for (int channel : known) {
                channels.add(channel);
            }
            for (TelemetryReader.Snapshot snapshot : snapshots) {
                if (snapshot != null) {
                    for (int channel : snapshot.channels()) {
                        channels.add(channel);
                    }
                }
            }
            return channels.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The reader's channel numbers of a schema's channels, computed once per schema: a capture with a RUNNING
         * and a FINISHED message per task merges every task's telemetry with its schema.
         */
        private int[] channelsOf(TelemetrySchema schema) {
            return schemaChannels.computeIfAbsent(schema,
                    s -> s.getChannels().stream().mapToInt(telemetryReader::channel).toArray());
        }

        /** Values for a layout: from the snapshot where it has the channel, else from the older telemetry. */
        private double[] align(int[] layout, TelemetryReader.Snapshot snapshot, Telemetry old, boolean atStart) {
            if (snapshot != null && old == null && Arrays.equals(layout, snapshot.channels())) {
                return snapshot.values();
            }
            double[] values = DoubleArrays.nans(layout.length);
            if (old != null) {
                int[] known = channelsOf(old.getSchema());
                double[] oldValues = Bulk.values(old, builder.store(), !atStart);
                if (oldValues != null && Arrays.equals(layout, known)) {
                    System.arraycopy(oldValues, 0, values, 0, Math.min(oldValues.length, values.length));
                } else if (oldValues != null) {
                    for (int i = 0; i < layout.length; i++) {
                        int index = indexOf(known, layout[i]);
                        if (index >= 0 && index < oldValues.length) {
                            values[i] = oldValues[index];
                        }
                    }
                }
            }
            if (snapshot != null && Arrays.equals(layout, snapshot.channels())) {
                System.arraycopy(snapshot.values(), 0, values, 0, layout.length);
            } else if (snapshot != null) {
                for (int j = 0; j < snapshot.channels().length; j++) {
                    for (int i = 0; i < layout.length; i++) {
                        if (layout[i] == snapshot.channels()[j]) {
                            values[i] = snapshot.values()[j];
                            break;
                        }
                    }
                }
            }
            return values;
        }

        private void status(Task task, Object value, long line) {
            String text = RecordValues.string(value);
            if (text == null) {
                return;
            }
            Status status = Status.get(text.toUpperCase(java.util.Locale.ROOT));
            if (status == null) {
                problems.add(new ImportProblem(Severity.WARNING, source, line, 0,
                        "unknown status '" + text + "' of task " + task.getId() + ", read as UNKNOWN"));
                status = Status.UNKNOWN;
            }
            // Messages may arrive out of order: a RUNNING message never overrides a final state.
            if (!isFinal(task.getStatus()) || isFinal(status)) {
                task.setStatus(status);
            }
        }

        private static boolean isFinal(Status status) {
            return status == Status.FINISHED || status == Status.ERROR || status == Status.KILLED;
        }

        private void times(Task task, Map<?, ?> rec, long line) {
            RecordValues.FieldProblems warn = fieldProblems(line);
            double submitted = RecordValues.time(task, "submitted_at", rec.get("submitted_at"), warn);
            double started = RecordValues.time(task, "started_at", rec.get("started_at"), warn);
            double ended = RecordValues.time(task, "ended_at", rec.get("ended_at"), warn);
            if (!Double.isNaN(submitted)) {
                task.setSubmittedAt(submitted);
            }
            if (!Double.isNaN(started)) {
                task.setStartedAt(started);
            }
            if (!Double.isNaN(ended)) {
                task.setEndedAt(ended);
            }
            double utc = RecordValues.time(task, "utc_timestamp", rec.get("utc_timestamp"), warn);
            if (!Double.isNaN(utc)) {
                task.setRecordedAt(utc);
            }
            double own = !Double.isNaN(ended) ? ended : started;
            if (!Double.isNaN(utc) && !Double.isNaN(own)) {
                double difference = utc - own;
                long quarters = Math.round(difference / 900.0);
                if (quarters != 0 && Math.abs(difference - quarters * 900.0) < 120.0) {
                    long offset = quarters * 900;
                    clockOffsets.merge(offset, 1, Integer::sum);
                    // submitted_at is taken on the utc_timestamp clock: move it onto the task's own clock so that
                    // queue time (started - submitted) is not off by hours.
                    if (!Double.isNaN(submitted) && !Double.isNaN(started)
                            && Math.abs(submitted - offset - started) < Math.abs(submitted - started)) {
                        task.setSubmittedAt(submitted - offset);
                        realignedSubmissions++;
                    }
                }
            }
        }

        private void reportClockOffsets() {
            clockOffsets.forEach((offset, count) -> problems.add(new ImportProblem(Severity.WARNING, source, 0, 0,
                    String.format(java.util.Locale.ROOT,
                            "clock offset: utc_timestamp is %+d s (%+.2f h) from started_at/ended_at in %d records;"
                                    + " the capture clock was not UTC, task times are kept as recorded%s",
                            offset, offset / 3600.0, count, realignedSubmissions == 0 ? ""
                                    : " and " + realignedSubmissions + " submitted_at values were moved onto them"))));
        }

        private void agent(Execution execution, Map<?, ?> rec) {
            String agentId = RecordValues.string(rec.get("agent_id"));
            if (agentId != null) {
                execution.setAgent(builder.agent(agentId, AgentKind.SOFTWARE));
                return;
            }
            String user = RecordValues.string(rec.get("user"));
            if (user != null) {
                execution.setAgent(builder.agent(user, AgentKind.PERSON));
            }
        }

        /** What ProvLens's own JSONL export wrote beyond Flowcept's fields (series, energy, artifacts), read back. */
        private void extensions(Execution execution, Map<?, ?> rec, long line) {
            Object extensions = rec.get(FlowceptExporter.EXTENSIONS);
            if (extensions != null) {
                FlowceptExporter.readExtensions(extensions, execution, builder).forEach(message -> problems.add(
                        new ImportProblem(Severity.WARNING, source, line, 0, message)));
            }
        }

        private void otherProperties(Execution execution, Map<?, ?> rec, Set<String> handled) {
            for (Map.Entry<?, ?> entry : rec.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (!handled.contains(key)) {
                    RecordValues.properties(execution, key, entry.getValue(), interned);
                }
            }
        }

        private void resolveDependencies() {
            dependencies.forEach((task, ids) -> {
                for (String id : ids) {
                    Task dependency = id == null ? null : builder.referencedTask(id);
                    if (dependency == null) {
                        problems.add(new ImportProblem(Severity.WARNING, source, 0, 0,
                                "task " + task.getId() + " depends on " + id + ", which is not in the workspace"));
                    } else if (!task.getDependencies().contains(dependency)) {
                        task.getDependencies().add(dependency);
                    }
                }
            });
        }

        private String intern(String text) {
            return interned.computeIfAbsent(text, t -> t);
        }

        private void skip(long line, String message) {
            skipped++;
            problems.add(new ImportProblem(Severity.ERROR, source, line, records, message));
        }

        private void error(long line, long record, String message) {
            problems.add(new ImportProblem(Severity.ERROR, source, line, record, message));
        }

        private static String describe(Object value) {
            return value == null ? "null" : value instanceof List ? "an array" : "'" + value + "'";
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private long count;
        private long mark;

        CountingStream(InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            mark = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = mark;
        }
    }
}
