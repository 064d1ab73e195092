package org.provlens.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;
import org.provlens.ui.navigator.RunsLabels;

/**
 * Shows a task or workflow run in the Properties view: general facts and times, parameters, outputs, telemetry
 * at start and end (with the usage of cumulative counters), lineage and source metadata. Read-only: provenance
 * is a record of what happened.
 */
public class ExecutionPropertySource implements IPropertySource {

    /** Category of identity, status, times, host and agent. */
    public static final String GENERAL = "1 General";
    /** Category of the typed inputs. */
    public static final String PARAMETERS = "2 Parameters";
    /** Category of the outputs (metrics and other generated values). */
    public static final String OUTPUTS = "3 Outputs";
    /** Category of telemetry channels. */
    public static final String TELEMETRY = "4 Telemetry (start → end)";
    /** Category of artifacts used and generated. */
    public static final String LINEAGE = "5 Lineage";
    /** Category of other source metadata. */
    public static final String METADATA = "6 Metadata";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<IPropertyDescriptor> descriptors = new ArrayList<>();

    /**
     * Computes the rows once: the Properties view asks for them repeatedly while painting.
     *
     * @param execution the task or workflow run
     */
    public ExecutionPropertySource(Execution execution) {
        general(execution);
        for (Parameter parameter : Tasks.parameters(execution)) {
            add(PARAMETERS, "parameter:" + parameter.getKey(), parameter.getKey(), parameter.getValue());
        }
        for (Metric metric : Tasks.metrics(execution)) {
            add(OUTPUTS, "metric:" + metric.getKey(), metric.getKey(), number(metric.getValue(), metric.getUnit()));
        }
        for (StringProperty property : Tasks.properties(execution)) {
            if (property.getKey().startsWith("generated.")) {
                add(OUTPUTS, "output:" + property.getKey(), property.getKey().substring("generated.".length()),
                        property.getValue());
            } else {
                add(METADATA, "property:" + property.getKey(), property.getKey(), property.getValue());
            }
        }
        telemetry(execution.getTelemetry());
        for (ArtifactLink link : Tasks.used(execution)) {
            add(LINEAGE, "used:" + link.getRole() + ":" + link.getArtifact().getId(), "used " + link.getRole(),
                    artifact(link));
        }
        for (ArtifactLink link : Tasks.generated(execution)) {
            add(LINEAGE, "generated:" + link.getRole() + ":" + link.getArtifact().getId(),
                    "generated " + link.getRole(), artifact(link));
        }
    }

    private void general(Execution execution) {
        add(GENERAL, "id", "id", execution.getId());
        if (execution instanceof Task task) {
            add(GENERAL, "activity", "activity", task.getActivity());
            add(GENERAL, "subtype", "subtype", task.getSubtype());
            add(GENERAL, "parent", "parent task", task.getParent() == null ? null : task.getParent().getId());
            add(GENERAL, "children", "child tasks", Tasks.children(task).isEmpty() ? null
                    : Integer.toString(Tasks.children(task).size()));
            add(GENERAL, "tags", "tags", task.getTags().isEmpty() ? null : String.join(", ", task.getTags()));
        } else if (execution instanceof Workflow workflow) {
            add(GENERAL, "name", "name", workflow.getName());
            add(GENERAL, "campaign", "campaign", workflow.getCampaign() == null ? null : workflow.getCampaign().getId());
            add(GENERAL, "tasks", "top-level tasks", Integer.toString(workflow.getTasks().size()));
        }
        add(GENERAL, "status", "status", execution.getStatus().getLiteral());
        add(GENERAL, "submitted", "submitted (UTC)", RunsLabels.formatTime(execution.getSubmittedAt()));
        add(GENERAL, "started", "started (UTC)", RunsLabels.formatTime(execution.getStartedAt()));
        add(GENERAL, "ended", "ended (UTC)", RunsLabels.formatTime(execution.getEndedAt()));
        add(GENERAL, "duration", "duration", RunsLabels.duration(execution));
        add(GENERAL, "host", "host", execution.getHost() == null ? null : execution.getHost().getName());
        add(GENERAL, "agent", "agent", execution.getAgent() == null ? null
                : execution.getAgent().getId() + " (" + execution.getAgent().getKind().getLiteral().toLowerCase(Locale.ROOT) + ")");
    }

    private void telemetry(Telemetry telemetry) {
        if (telemetry == null) {
            return;
        }
        List<String> channels = telemetry.getSchema().getChannels();
        List<String> units = telemetry.getSchema().getUnits();
        double[] atStart = Bulk.atStart(telemetry);
        double[] atEnd = Bulk.atEnd(telemetry);
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            String unit = i < units.size() ? units.get(i) : "";
            double start = atStart[i];
            double end = atEnd[i];
            String text = number(start, unit) + "  →  " + number(end, unit);
            if (Tasks.isCumulative(channel) && !Double.isNaN(start) && !Double.isNaN(end)) {
                text += "   (used " + number(end - start, unit) + ")";
            }
            add(TELEMETRY, "telemetry:" + channel, channel, text);
        }
    }

    private static String artifact(ArtifactLink link) {
        String name = link.getArtifact().getName() != null ? link.getArtifact().getName() : link.getArtifact().getId();
        return name + " [" + link.getArtifact().getKind().getLiteral().toLowerCase(Locale.ROOT) + "]";
    }

    /**
     * Formats a value with its unit; bytes in binary multiples.
     *
     * @param value the value, NaN for absent
     * @param unit the unit, may be empty or {@code null}
     * @return e.g. {@code 2.50 GiB}, {@code 350.5 W}, {@code –} for NaN
     */
    public static String number(double value, String unit) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if ("B".equals(unit) && Math.abs(value) >= 1024) {
            String[] prefixes = {"KiB", "MiB", "GiB", "TiB", "PiB"};
            double scaled = value;
            int i = -1;
            while (Math.abs(scaled) >= 1024 && i < prefixes.length - 1) {
                scaled /= 1024;
                i++;
            }
            return String.format(Locale.ROOT, "%.2f %s", scaled, prefixes[i]);
        }
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    private void add(String category, String id, String label, String value) {
        if (value == null || value.isEmpty() || values.containsKey(id)) {
            return;
        }
        PropertyDescriptor descriptor = new PropertyDescriptor(id, label);
        descriptor.setCategory(category);
        descriptor.setAlwaysIncompatible(true);
        descriptors.add(descriptor);
        values.put(id, value);
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return values.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only.
    }
}
