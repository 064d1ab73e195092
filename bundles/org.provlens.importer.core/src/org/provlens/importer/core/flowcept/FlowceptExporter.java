package org.provlens.importer.core.flowcept;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.importer.core.prov.Measurements;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes a workspace as a Flowcept JSONL buffer file: one workflow record per run, then one task record per
 * task, parents before children. Whatever the workspace was imported from, the result is read back by
 * {@link FlowceptImporter} into the same tasks, parameters, outputs and telemetry (units converted back to
 * Flowcept's raw ones: NVML milliwatts, AMD energy accumulator units). NaN and infinite values are written as the
 * bare {@code NaN} and {@code Infinity} of Python's {@code json}, which Flowcept writes and reads, not as strings.
 *
 * <p>What Flowcept's records have no field for travels in one {@value #EXTENSIONS} object per record, which
 * Flowcept ignores and {@link #readExtensions} reads back: the execution's series and energy estimates (in the form
 * of {@link Measurements}), its artifact links with the artifacts' kind, name, location, hash, size and properties
 * (Flowcept knows artifacts only as paths among {@code used} and {@code generated} values), and a run's telemetry
 * (Flowcept has it for tasks only):</p>
 * <pre>
 * "provlens": {"series": [{"key": …, "kind": …, "axis": …, "xs": …, "ys": …}], "energy": [{"component": …}],
 *              "used": [{"artifact": {"id": …, "kind": …, "name": …, "uri": …}, "role": …, "time": …}],
 *              "generated": [...], "telemetry": {...}}
 * </pre>
 */
public final class FlowceptExporter {

    /** The field of a record that holds what Flowcept's fields cannot. */
    public static final String EXTENSIONS = "provlens";

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private FlowceptExporter() {
    }

    /**
     * Writes every workflow run and task of a workspace.
     *
     * @param workspace the workspace
     * @param out where to; not closed
     * @return the number of records written
     * @throws IOException when writing fails
     */
    public static long write(Workspace workspace, OutputStream out) throws IOException {
        long records = 0;
        List<Artifact> unlinked = unlinked(workspace);
        try (JsonGenerator json = JsonTrees.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.configure(JsonWriteFeature.WRITE_NAN_AS_STRINGS.mappedFeature(), false);
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (Campaign campaign : workspace.getCampaigns()) {
                for (Workflow workflow : campaign.getWorkflows()) {
                    workflow(json, campaign, workflow, records == 0 ? unlinked : List.of());
                    records++;
                    for (TreeIterator<EObject> it = workflow.eAllContents(); it.hasNext();) {
                        if (it.next() instanceof Task task) {
                            task(json, campaign, workflow, task);
                            records++;
                        } else {
                            it.prune();
                        }
                    }
                }
            }
            json.flush();
        }
        out.write('\n');
        return records;
    }

    /** The artifacts no execution links to: Flowcept has no record of their own for them. */
    private static List<Artifact> unlinked(Workspace workspace) {
        Set<Artifact> linked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Execution execution) {
                execution.getUsed().forEach(l -> linked.add(l.getArtifact()));
                execution.getGenerated().forEach(l -> linked.add(l.getArtifact()));
            }
        }
        return workspace.getArtifacts().stream().filter(a -> !linked.contains(a)).toList();
    }

    private static void workflow(JsonGenerator json, Campaign campaign, Workflow workflow, List<Artifact> unlinked)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "workflow");
        json.writeStringField("workflow_id", workflow.getId());
        json.writeStringField("campaign_id", campaign.getId());
        string(json, "name", workflow.getName());
        string(json, "subtype", workflow.getSubtype());
        if (workflow.getParent() != null) {
            json.writeStringField("parent_workflow_id", workflow.getParent().getId());
        }
        common(json, workflow);
        extensions(json, workflow, workflow, unlinked);
        json.writeEndObject();
    }

    private static void task(JsonGenerator json, Campaign campaign, Workflow workflow, Task task) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "task");
        json.writeStringField("task_id", task.getId());
        json.writeStringField("workflow_id", workflow.getId());
        json.writeStringField("campaign_id", campaign.getId());
        string(json, "activity_id", task.getActivity());
        string(json, "subtype", task.getSubtype());
        string(json, "group_id", task.getGroupId());
        if (task.getParent() != null) {
            json.writeStringField("parent_task_id", task.getParent().getId());
        }
        json.writeStringField("status", task.getStatus().getLiteral());
        time(json, "submitted_at", task.getSubmittedAt());
        time(json, "started_at", task.getStartedAt());
        time(json, "ended_at", task.getEndedAt());
        time(json, "utc_timestamp", task.getRecordedAt());
        if (task.getHost() != null) {
            json.writeStringField("hostname", task.getHost().getName());
        }
        string(json, "stdout", task.getStdout());
        string(json, "stderr", task.getStderr());
        if (!task.getTags().isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : task.getTags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        if (!task.getDependencies().isEmpty()) {
            json.writeArrayFieldStart("dependencies");
            for (Task dependency : task.getDependencies()) {
                json.writeString(dependency.getId());
            }
            json.writeEndArray();
        }
        common(json, task);
        Telemetry telemetry = task.getTelemetry();
        if (telemetry != null) {
            telemetry(json, "telemetry_at_start", telemetry, Bulk.atStart(telemetry));
            telemetry(json, "telemetry_at_end", telemetry, Bulk.atEnd(telemetry));
        }
        extensions(json, task, null, List.of());
        json.writeEndObject();
    }

    /**
     * The {@value #EXTENSIONS} object of a record, when the execution has anything Flowcept's fields cannot hold.
     *
     * @param workflow the execution when it is a run: then its times, status and telemetry, which Flowcept's
     *            workflow records do not have, are written too
     * @param unlinked artifacts no execution links to, written with the first record
     */
    private static void extensions(JsonGenerator json, Execution execution, Workflow workflow, List<Artifact> unlinked)
            throws IOException {
        boolean run = workflow != null && (!Double.isNaN(workflow.getStartedAt())
                || !Double.isNaN(workflow.getEndedAt()) || !Double.isNaN(workflow.getSubmittedAt())
                || workflow.getStatus() != Status.UNKNOWN || workflow.getTelemetry() != null);
        if (execution.getSeries().isEmpty() && execution.getEnergy().isEmpty() && execution.getUsed().isEmpty()
                && execution.getGenerated().isEmpty() && unlinked.isEmpty() && !run) {
            return;
        }
        json.writeObjectFieldStart(EXTENSIONS);
        if (run) {
            json.writeStringField("status", workflow.getStatus().getLiteral());
            time(json, "submitted_at", workflow.getSubmittedAt());
            time(json, "started_at", workflow.getStartedAt());
            time(json, "ended_at", workflow.getEndedAt());
            if (workflow.getTelemetry() != null) {
                json.writeFieldName("telemetry");
                json.writeRawValue(Measurements.telemetry(workflow.getTelemetry()));
            }
        }
        if (!execution.getSeries().isEmpty()) {
            json.writeArrayFieldStart("series");
            for (Series series : execution.getSeries()) {
                Measurements.write(json, series);
            }
            json.writeEndArray();
        }
        if (!execution.getEnergy().isEmpty()) {
            json.writeArrayFieldStart("energy");
            for (EnergyEstimate energy : execution.getEnergy()) {
                Measurements.write(json, energy);
            }
            json.writeEndArray();
        }
        links(json, "used", execution.getUsed());
        links(json, "generated", execution.getGenerated());
        if (!unlinked.isEmpty()) {
            json.writeArrayFieldStart("artifacts");
            for (Artifact artifact : unlinked) {
                artifact(json, artifact);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void links(JsonGenerator json, String field, List<ArtifactLink> links) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (ArtifactLink link : links) {
            json.writeStartObject();
            json.writeFieldName("artifact");
            artifact(json, link.getArtifact());
            string(json, "role", link.getRole());
            time(json, "time", link.getTime());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void artifact(JsonGenerator json, Artifact artifact) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", artifact.getId());
        json.writeStringField("kind", artifact.getKind().getLiteral());
        string(json, "name", artifact.getName());
        string(json, "uri", artifact.getUri());
        string(json, "contentHash", artifact.getContentHash());
        if (artifact.getSize() >= 0) {
            json.writeNumberField("size", artifact.getSize());
        }
        if (!artifact.getProperties().isEmpty()) {
            json.writeArrayFieldStart("properties");
            for (StringProperty property : artifact.getProperties()) {
                json.writeStartArray();
                json.writeString(property.getKey());
                json.writeString(property.getValue());
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * Reads back the {@value #EXTENSIONS} object of a record into its execution: the series and energy estimates
     * replace the execution's (a record holds them all), the links are added unless the execution has them (a
     * Flowcept path parameter already linked the artifact), a run's telemetry is set.
     *
     * @param extensions the value of the record's {@value #EXTENSIONS} field, as read by {@code JsonTrees}; nothing
     *            happens unless it is an object
     * @param execution the record's run or task
     * @param builder finds or creates artifacts and telemetry schemas
     * @return a message for each part that could not be read (that part is left out, the rest read)
     */
    public static List<String> readExtensions(Object extensions, Execution execution, WorkspaceBuilder builder) {
        List<String> problems = new ArrayList<>();
        if (!(extensions instanceof Map<?, ?> block)) {
            return problems;
        }
        if (block.get("series") instanceof List<?> series) {
            execution.getSeries().clear();
            for (Object value : series) {
                read(value, "series", problems, json -> execution.getSeries().add(Measurements.readSeries(json)));
            }
        }
        if (block.get("energy") instanceof List<?> energy) {
            execution.getEnergy().clear();
            for (Object value : energy) {
                read(value, "energy", problems, json -> execution.getEnergy().add(Measurements.readEnergy(json)));
            }
        }
        for (String field : List.of("used", "generated")) {
            if (block.get(field) instanceof List<?> links) {
                EList<ArtifactLink> into = "used".equals(field) ? execution.getUsed() : execution.getGenerated();
                for (Object value : links) {
                    read(value, field, problems, json -> link(json, into, builder));
                }
            }
        }
        if (block.get("telemetry") != null) {
            read(block.get("telemetry"), "telemetry", problems,
                    json -> execution.setTelemetry(Measurements.readTelemetry(json, builder)));
        }
        if (block.get("artifacts") instanceof List<?> artifacts) {
            for (Object value : artifacts) {
                read(value, "artifacts", problems, json -> artifact(json, builder));
            }
        }
        if (block.get("status") instanceof String text) {
            Status status = Status.get(text);
            if (status != null) {
                execution.setStatus(status);
            } else {
                problems.add(EXTENSIONS + ".status: unknown status '" + text + "'; left as it was");
            }
        }
        seconds(block, "submitted_at", execution::setSubmittedAt);
        seconds(block, "started_at", execution::setStartedAt);
        seconds(block, "ended_at", execution::setEndedAt);
        return problems;
    }

    private static void seconds(Map<?, ?> block, String field, DoubleConsumer setter) {
        if (block.get(field) instanceof Number seconds) {
            setter.accept(seconds.doubleValue());
        }
    }

    private interface Reader {
        void read(Map<?, ?> json);
    }

    private static void read(Object value, String field, List<String> problems, Reader reader) {
        if (!(value instanceof Map<?, ?> json)) {
            problems.add(EXTENSIONS + "." + field + ": expected an object, found " + JsonTrees.toJson(value)
                    + "; left out");
            return;
        }
        try {
            reader.read(json);
        } catch (IllegalArgumentException | ClassCastException e) {
            problems.add(EXTENSIONS + "." + field + ": " + e.getMessage() + "; left out");
        }
    }

    private static void link(Map<?, ?> json, EList<ArtifactLink> links, WorkspaceBuilder builder) {
        if (!(json.get("artifact") instanceof Map<?, ?> description)) {
            throw new IllegalArgumentException("a link needs an artifact");
        }
        Artifact artifact = artifact(description, builder);
        String role = json.get("role") instanceof String r ? r : null;
        double time = json.get("time") instanceof Number t ? t.doubleValue() : Double.NaN;
        for (ArtifactLink link : links) {
            if (link.getArtifact() == artifact && Objects.equals(role, link.getRole())) {
                if (!Double.isNaN(time)) {
                    link.setTime(time);
                }
                return;
            }
        }
        ArtifactLink link = FACTORY.createArtifactLink();
        link.setArtifact(artifact);
        link.setRole(role);
        link.setTime(time);
        links.add(link);
    }

    /** The artifact an object describes, created or completed with what the object says. */
    private static Artifact artifact(Map<?, ?> description, WorkspaceBuilder builder) {
        if (!(description.get("id") instanceof String id)) {
            throw new IllegalArgumentException("an artifact needs an id");
        }
        ArtifactKind kind = description.get("kind") instanceof String k && ArtifactKind.get(k) != null
                ? ArtifactKind.get(k) : ArtifactKind.OTHER;
        Artifact artifact = builder.artifact(id, kind);
        artifact.setKind(kind);
        RecordValues.setIfPresent(description.get("name"), artifact::setName);
        RecordValues.setIfPresent(description.get("uri"), artifact::setUri);
        RecordValues.setIfPresent(description.get("contentHash"), artifact::setContentHash);
        if (description.get("size") instanceof Number size) {
            artifact.setSize(size.longValue());
        }
        if (description.get("properties") instanceof List<?> properties) {
            for (Object property : properties) {
                if (property instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof String key
                        && pair.get(1) instanceof String value
                        && artifact.getProperties().stream().noneMatch(p -> key.equals(p.getKey())
                                && value.equals(p.getValue()))) {
                    StringProperty copy = FACTORY.createStringProperty();
                    copy.setKey(key);
                    copy.setValue(value);
                    artifact.getProperties().add(copy);
                }
            }
        }
        return artifact;
    }

    /** Agent, inputs, outputs and other properties, shared by workflow and task records. */
    private static void common(JsonGenerator json, Execution execution) throws IOException {
        if (execution.getAgent() != null) {
            json.writeStringField(execution.getAgent().getKind() == org.provlens.model.AgentKind.PERSON ? "user"
                    : "agent_id", execution.getAgent().getId());
        }
        if (!Tasks.parameters(execution).isEmpty()) {
            Map<String, Object> used = new LinkedHashMap<>();
            for (Parameter p : Tasks.parameters(execution)) {
                nest(used, p.getKey(), typed(p));
            }
            json.writeFieldName("used");
            writeValue(json, used);
        }
        Map<String, Object> generated = new LinkedHashMap<>();
        for (Metric m : Tasks.metrics(execution)) {
            nest(generated, m.getKey(), m.getValue());
        }
        for (StringProperty p : Tasks.properties(execution)) {
            if (p.getKey().startsWith("generated.")) {
                nest(generated, p.getKey().substring("generated.".length()), p.getValue());
            }
        }
        if (!generated.isEmpty()) {
            json.writeFieldName("generated");
            writeValue(json, generated);
        }
        // Other source metadata goes back to where it came from (custom_metadata.*, machine_info.*, ...). The
        // extensions object, kept as properties by a reader that does not know it, is written from the model.
        Map<String, Object> other = new LinkedHashMap<>();
        for (StringProperty p : Tasks.properties(execution)) {
            if (!p.getKey().startsWith("generated.") && !p.getKey().equals(EXTENSIONS)
                    && !p.getKey().startsWith(EXTENSIONS + ".")) {
                nest(other, p.getKey(), p.getValue());
            }
        }
        for (Map.Entry<String, Object> e : other.entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(json, e.getValue());
        }
    }

    private static Object typed(Parameter p) {
        String value = p.getValue();
        try {
            return switch (p.getType()) {
                case INTEGER -> Long.parseLong(value);
                case REAL -> Double.parseDouble(value);
                case BOOLEAN -> Boolean.parseBoolean(value);
                case JSON -> new RawJson(value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value; // a value that does not parse as its type is written as it was recorded
        }
    }

    /** JSON text kept as it was imported (arrays of a parameter). */
    private record RawJson(String text) {
    }

    /** Puts a value at a dotted key, rebuilding the nesting the importer flattened. */
    @SuppressWarnings("unchecked")
    private static void nest(Map<String, Object> root, String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> map = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = map.get(parts[i]);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                map.put(parts[i], next);
            }
            map = (Map<String, Object>) next;
        }
        map.put(parts[parts.length - 1], value);
    }

    private static void telemetry(JsonGenerator json, String field, Telemetry telemetry, double[] values)
            throws IOException {
        Map<String, Object> block = new LinkedHashMap<>();
        List<String> channels = telemetry.getSchema().getChannels();
        for (int i = 0; i < channels.size(); i++) {
            if (!Double.isNaN(values[i])) {
                nest(block, channels.get(i), raw(channels.get(i), values[i]));
            }
        }
        if (!block.isEmpty()) {
            json.writeFieldName(field);
            writeValue(json, block);
        }
    }

    /** The inverse of {@link FlowceptTelemetry}'s unit conversions. */
    private static double raw(String channel, double value) {
        if (channel.startsWith("gpu.")) {
            if (channel.endsWith(".power")) {
                return value * 1000.0;
            }
            if (channel.endsWith(".energy_accumulator")) {
                return Math.rint(value / FlowceptTelemetry.AMD_ENERGY_UNIT_JOULES);
            }
        }
        return value;
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    json.writeFieldName(String.valueOf(e.getKey()));
                    writeValue(json, e.getValue());
                }
                json.writeEndObject();
            }
            case RawJson raw -> json.writeRawValue(raw.text());
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case Boolean b -> json.writeBoolean(b);
            default -> json.writeString(value.toString());
        }
    }

    private static void string(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void time(JsonGenerator json, String field, double seconds) throws IOException {
        if (!Double.isNaN(seconds)) {
            json.writeNumberField(field, seconds);
        }
    }
}
