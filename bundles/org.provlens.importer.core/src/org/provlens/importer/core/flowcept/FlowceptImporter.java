package org.provlens.importer.core.flowcept;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.model.util.Bulk;
import org.provlens.model.AgentKind;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Status;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
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

    /** Keys mapped to dedicated features or deliberately dropped (per-message ids). */
    private static final Set<String> HANDLED_TASK_KEYS = Set.of("_id", "msg_id", "type", "task_id", "workflow_id",
            "workflow_name", "campaign_id", "activity_id", "subtype", "group_id", "parent_task_id", "status", "stdout",
            "stderr", "tags", "used", "generated", "dependencies", "dependents", "submitted_at", "started_at",
            "ended_at", "telemetry_at_start", "telemetry_at_end", "hostname", "node_name", "agent_id", "user",
            "custom_metadata", "timestamp", "utc_timestamp");

    private static final Set<String> HANDLED_WORKFLOW_KEYS = Set.of("_id", "msg_id", "type", "workflow_id",
            "parent_workflow_id", "campaign_id", "name", "subtype", "used", "generated", "user", "machine_info",
            "code_repository");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        return canRead(head);
    }

    /**
     * Whether the start of a file looks like Flowcept records.
     *
     * @param head the first bytes of the file
     * @return true for a JSON array or JSON lines mentioning {@code task_id} or a workflow record
     */
    public static boolean canRead(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        return (text.startsWith("[") || text.startsWith("{"))
                && (text.contains("\"task_id\"") || text.contains("\"workflow_id\""));
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
        Run run = new Run(file, builder, monitor == null ? new NullProgressMonitor() : monitor);
        return run.execute();
    }

    /** The state of one import of one file. */
    private static final class Run {
        private final Path file;
        private final String source;
        private final WorkspaceBuilder builder;
        private final IProgressMonitor monitor;
        private final long size;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, String> interned = new HashMap<>();
        private final Map<Task, List<String>> dependencies = new LinkedHashMap<>();
        private final Set<Workflow> touchedWorkflows = new LinkedHashSet<>();
        /** Clock offset in seconds (a multiple of 900) to the number of records showing it. */
        private final Map<Long, Integer> clockOffsets = new TreeMap<>();
        private final TelemetryReader telemetryReader = new TelemetryReader();
        private int records;
        private int realignedSubmissions;
        private int skipped;
        private int tasks;
        private boolean cancelled;
        private long bytesReported;

        Run(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
            this.file = file;
            this.source = file.toString();
            this.builder = builder;
            this.size = Files.size(file);
            // IProgressMonitor directly, not SubMonitor: SubMonitor needs OSGi's debug options, and the headless
            // command runs without OSGi.
            this.monitor = monitor;
            monitor.beginTask("Importing " + file.getFileName(), (int) Math.min(Integer.MAX_VALUE, size / 1024 + 1));
        }

        ImportResult execute() throws IOException {
            try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
                int first = firstSignificantByte(in);
                if (first == '[') {
                    readArray(in);
                } else {
                    readLines(in);
                }
            }
            builder.finish(missing -> problems.add(new ImportProblem(Severity.WARNING, source, 0, 0,
                    "task " + missing[0] + " names parent_task_id " + missing[1]
                            + ", which is not in the workspace; kept at the top of its workflow")));
            resolveDependencies();
            touchedWorkflows.forEach(RecordValues::rollUp);
            reportClockOffsets();
            monitor.done();
            return new ImportResult(source, FORMAT, records, skipped, touchedWorkflows.size(), tasks, problems,
                    cancelled);
        }

        private int firstSignificantByte(CountingStream in) throws IOException {
            in.mark(4096);
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            in.reset();
            return b;
        }

        private void readArray(CountingStream in) throws IOException {
            try (JsonParser parser = JsonTrees.FACTORY.createParser(in)) {
                parser.nextToken(); // '['
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        error(parser.currentLocation().getLineNr(), records + 1,
                                "the file ends inside the JSON array (truncated?); the records before were imported");
                        return;
                    }
                    long line = parser.currentLocation().getLineNr();
                    records++;
                    Object value = readValue(parser, token);
                    if (value instanceof Map<?, ?> map) {
                        record(map, line);
                    } else {
                        skip(line, "expected a JSON object (a Flowcept record), found " + describe(value));
                    }
                    if (progressAndCancel(in.count())) {
                        return;
                    }
                }
            } catch (JsonEOFException e) {
                error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), records,
                        "the file ends in the middle of a record (truncated?); the records before it were imported");
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation();
                error(where == null ? 0 : where.getLineNr(), 0, "malformed JSON (" + e.getOriginalMessage()
                        + "); the rest of the file was not read, the records before were imported");
            }
        }

        /**
         * Reads JSON lines from bytes: no decoding to strings, one parser per line over the shared buffer, so that
         * a bad line costs only itself.
         */
        private void readLines(CountingStream in) throws IOException {
            byte[] buffer = new byte[1 << 20];
            int length = 0;
            long lineNumber = 0;
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
                    if (!line(buffer, start, newline - start, lineNumber, in)) {
                        return;
                    }
                    start = newline + 1;
                }
                if (end) {
                    if (start < length) {
                        line(buffer, start, length - start, lineNumber + 1, in);
                    }
                    return;
                }
                System.arraycopy(buffer, start, buffer, 0, length - start);
                length -= start;
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
                }
            }
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
                skip(lineNumber, "not a JSON record (" + e.getOriginalMessage() + ")");
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
            if ("workflow".equals(RecordValues.string(rec.get("type")))) {
                workflowRecord(rec, line);
            } else {
                taskRecord(rec, line);
            }
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
            RecordValues.parameters(workflow, rec.get("used"), interned);
            RecordValues.usedArtifacts(workflow, rec.get("used"), builder);
            RecordValues.outputs(workflow, rec.get("generated"), builder, interned);
            RecordValues.properties(workflow, "machine_info", rec.get("machine_info"), interned);
            RecordValues.properties(workflow, "code_repository", rec.get("code_repository"), interned);
            otherProperties(workflow, rec, HANDLED_WORKFLOW_KEYS);
        }

        private void taskRecord(Map<?, ?> rec, long line) {
            String id = RecordValues.string(rec.get("task_id"));
            if (id == null) {
                skip(line, "record without task_id");
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
            Task task = builder.task(id, workflow, RecordValues.string(rec.get("parent_task_id")));
            tasks++;
            RecordValues.setIfPresent(rec.get("activity_id"), v -> task.setActivity(intern(v)));
            RecordValues.setIfPresent(rec.get("subtype"), v -> task.setSubtype(intern(v)));
            RecordValues.setIfPresent(rec.get("group_id"), task::setGroupId);
            RecordValues.setIfPresent(rec.get("stdout"), task::setStdout);
            RecordValues.setIfPresent(rec.get("stderr"), task::setStderr);
            status(task, rec.get("status"), line);
            times(task, rec, line);
            String host = RecordValues.string(rec.get("hostname"));
            if (host == null) {
                host = RecordValues.string(rec.get("node_name"));
            }
            if (host != null) {
                task.setHost(builder.host(host));
            }
            agent(task, rec);
            if (rec.get("tags") instanceof List<?> tags) {
                for (Object tag : tags) {
                    String text = RecordValues.string(tag);
                    if (text != null && !task.getTags().contains(text)) {
                        task.getTags().add(intern(text));
                    }
                }
            }
            if (rec.get("dependencies") instanceof List<?> deps && !deps.isEmpty()) {
                List<String> ids = new ArrayList<>(deps.size());
                deps.forEach(d -> ids.add(RecordValues.string(d)));
                dependencies.put(task, ids);
            }
            RecordValues.parameters(task, rec.get("used"), interned);
            RecordValues.usedArtifacts(task, rec.get("used"), builder);
            RecordValues.outputs(task, rec.get("generated"), builder, interned);
            telemetry(task, rec.get("telemetry_at_start"), rec.get("telemetry_at_end"));
            RecordValues.properties(task, "custom_metadata", rec.get("custom_metadata"), interned);
            otherProperties(task, rec, HANDLED_TASK_KEYS);
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
            java.util.LinkedHashSet<Integer> channels = new java.util.LinkedHashSet<>();
            if (old != null) {
                old.getSchema().getChannels().forEach(name -> channels.add(telemetryReader.channel(name)));
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

        /** Values for a layout: from the snapshot where it has the channel, else from the older telemetry. */
        private double[] align(int[] layout, TelemetryReader.Snapshot snapshot, Telemetry old, boolean atStart) {
            if (snapshot != null && old == null && Arrays.equals(layout, snapshot.channels())) {
                return snapshot.values();
            }
            double[] values = DoubleArrays.nans(layout.length);
            if (old != null) {
                List<String> names = old.getSchema().getChannels();
                double[] oldValues = Bulk.values(old, builder.store(), !atStart);
                for (int i = 0; i < layout.length; i++) {
                    int index = names.indexOf(telemetryReader.name(layout[i]));
                    if (index >= 0) {
                        values[i] = oldValues[index];
                    }
                }
            }
            if (snapshot != null) {
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
            double submitted = RecordValues.epochSeconds(rec.get("submitted_at"));
            double started = RecordValues.epochSeconds(rec.get("started_at"));
            double ended = RecordValues.epochSeconds(rec.get("ended_at"));
            if (!Double.isNaN(submitted)) {
                task.setSubmittedAt(submitted);
            }
            if (!Double.isNaN(started)) {
                task.setStartedAt(started);
            }
            if (!Double.isNaN(ended)) {
                task.setEndedAt(ended);
            }
            double utc = RecordValues.epochSeconds(rec.get("utc_timestamp"));
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
                    Task dependency = id == null ? null : builder.existingTask(id);
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
