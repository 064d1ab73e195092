package org.provlens.importer.core.flowcept;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.model.util.Bulk;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes a workspace as a Flowcept JSONL buffer file: one workflow record per run, then one task record per
 * task, parents before children. Whatever the workspace was imported from, the result is read back by
 * {@link FlowceptImporter} into the same tasks, parameters, outputs and telemetry (units converted back to
 * Flowcept's raw ones: NVML milliwatts, AMD energy accumulator units).
 */
public final class FlowceptExporter {

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
        try (JsonGenerator json = JsonTrees.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (Campaign campaign : workspace.getCampaigns()) {
                for (Workflow workflow : campaign.getWorkflows()) {
                    workflow(json, campaign, workflow);
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

    private static void workflow(JsonGenerator json, Campaign campaign, Workflow workflow) throws IOException {
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
        json.writeEndObject();
    }

    /** Agent, inputs, outputs and other properties, shared by workflow and task records. */
    private static void common(JsonGenerator json, Execution execution) throws IOException {
        if (execution.getAgent() != null) {
            json.writeStringField(execution.getAgent().getKind() == org.provlens.model.AgentKind.PERSON ? "user"
                    : "agent_id", execution.getAgent().getId());
        }
        if (!execution.getParameters().isEmpty()) {
            Map<String, Object> used = new LinkedHashMap<>();
            for (Parameter p : execution.getParameters()) {
                nest(used, p.getKey(), typed(p));
            }
            json.writeFieldName("used");
            writeValue(json, used);
        }
        Map<String, Object> generated = new LinkedHashMap<>();
        for (Metric m : execution.getMetrics()) {
            nest(generated, m.getKey(), m.getValue());
        }
        for (StringProperty p : execution.getProperties()) {
            if (p.getKey().startsWith("generated.")) {
                nest(generated, p.getKey().substring("generated.".length()), p.getValue());
            }
        }
        if (!generated.isEmpty()) {
            json.writeFieldName("generated");
            writeValue(json, generated);
        }
        // Other source metadata goes back to where it came from (custom_metadata.*, machine_info.*, ...).
        Map<String, Object> other = new LinkedHashMap<>();
        for (StringProperty p : execution.getProperties()) {
            if (!p.getKey().startsWith("generated.")) {
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
