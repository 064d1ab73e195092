package org.provlens.importer.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * Maps values of JSON-like records (as read by {@link JsonTrees}) onto executions: typed parameters, metrics,
 * properties, lineage and telemetry. Every setter merges by key, so a record read twice, or two messages of one
 * task, update rather than duplicate.
 */
public final class RecordValues {

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    /** Epoch values above this are milliseconds (year 5138 in seconds, 1973 in milliseconds). */
    private static final double MILLISECONDS_THRESHOLD = 1e11;

    /** A path or URI with a file extension: worth tracking as an artifact. */
    private static final Pattern PATH_LIKE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://\\S+|[^\\s]*/[^\\s/]+\\.[A-Za-z0-9]{1,10})$");

    private static final int MAX_FLATTEN_DEPTH = 4;

    private RecordValues() {
    }

    /**
     * A scalar as text.
     *
     * @param value a JSON value
     * @return its text, {@code null} for null, empty strings, objects and arrays
     */
    public static String string(Object value) {
        return switch (value) {
            case String s -> s.isEmpty() ? null : s;
            case Double d -> decimal(d);
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case null, default -> null;
        };
    }

    /**
     * A double as the short plain decimal Python's {@code json} would have written ({@code 0.0003}, not
     * {@code 3.0E-4}); integral values without a fraction.
     *
     * @param value the value
     * @return its text
     */
    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-6 && magnitude < 1e15) {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }

    /**
     * Calls a setter with the text of a value that is present; objects and arrays become JSON text.
     *
     * @param value a JSON value, may be {@code null}
     * @param setter what to call
     */
    public static void setIfPresent(Object value, Consumer<String> setter) {
        if (value instanceof Map || value instanceof List) {
            setter.accept(JsonTrees.toJson(value));
        } else {
            String text = string(value);
            if (text != null) {
                setter.accept(text);
            }
        }
    }

    /**
     * Epoch seconds of a time value: a number of seconds or milliseconds (told apart by magnitude), a numeric
     * string, or an ISO-8601 date-time (UTC when it has no zone).
     *
     * @param value a JSON value
     * @return epoch seconds, NaN when absent or unreadable
     */
    public static double epochSeconds(Object value) {
        double seconds;
        if (value instanceof Number n) {
            seconds = n.doubleValue();
        } else if (value instanceof String s && !s.isBlank()) {
            try {
                seconds = Double.parseDouble(s);
            } catch (NumberFormatException notNumeric) {
                return isoSeconds(s.trim());
            }
        } else {
            return Double.NaN;
        }
        return Math.abs(seconds) > MILLISECONDS_THRESHOLD ? seconds / 1000.0 : seconds;
    }

    private static double isoSeconds(String text) {
        try {
            Instant instant = Instant.parse(text);
            return instant.getEpochSecond() + instant.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            try {
                Instant instant = LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                return instant.getEpochSecond() + instant.getNano() / 1e9;
            } catch (DateTimeParseException e2) {
                return Double.NaN;
            }
        }
    }

    /** The longest raw value quoted in a warning. */
    private static final int QUOTED_CHARACTERS = 80;

    /**
     * Receives what is wrong with one field of a record: a value of the wrong type or form, imported as text
     * instead of being dropped.
     */
    @FunctionalInterface
    public interface FieldProblems {
        /**
         * Reports a field.
         *
         * @param field the field's name
         * @param message what was expected and what became of the value, e.g. {@code is not a time: 'soon'; kept
         *        as property started_at}
         */
        void warn(String field, String message);
    }

    /**
     * Epoch seconds of a time field; a value that is present but no time (text, an object, a non-finite number)
     * is reported and kept as a property of the field's name.
     *
     * @param execution where the raw value is kept
     * @param field the field's name
     * @param value its value, may be {@code null}
     * @param problems receives the warning
     * @return epoch seconds, NaN when absent or not a time
     */
    public static double time(Execution execution, String field, Object value, FieldProblems problems) {
        double seconds = epochSeconds(value);
        if (Double.isInfinite(seconds)) {
            seconds = Double.NaN;
        }
        if (Double.isNaN(seconds) && value != null && !(value instanceof String s && s.isBlank())) {
            keep(execution, field, value, "is not a time (epoch seconds or milliseconds, or ISO 8601)", problems);
        }
        return seconds;
    }

    /**
     * Checks that a field holds an object (a map) when present; anything else is reported and kept as a property.
     *
     * @param execution where the raw value is kept
     * @param field the field's name
     * @param value its value, may be {@code null}
     * @param problems receives the warning
     * @return the map, {@code null} when absent or not a map
     */
    public static Map<?, ?> object(Execution execution, String field, Object value, FieldProblems problems) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        if (value != null) {
            keep(execution, field, value, "is not a JSON object", problems);
        }
        return null;
    }

    /**
     * Checks that a field holds an array when present; anything else is reported and kept as a property.
     *
     * @param execution where the raw value is kept
     * @param field the field's name
     * @param value its value, may be {@code null}
     * @param problems receives the warning
     * @return the list, {@code null} when absent or not an array
     */
    public static List<?> array(Execution execution, String field, Object value, FieldProblems problems) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value != null) {
            keep(execution, field, value, "is not a JSON array", problems);
        }
        return null;
    }

    /**
     * Reports a value of the wrong type or form and keeps it as a property of the field's name.
     *
     * @param execution where the value is kept
     * @param field the field's name, the property's key
     * @param value the raw value
     * @param what what is wrong, e.g. {@code is not a JSON object}
     * @param problems receives the warning
     */
    public static void keep(Execution execution, String field, Object value, String what, FieldProblems problems) {
        String text = value instanceof Map || value instanceof List ? JsonTrees.toJson(value) : String.valueOf(value);
        property(execution, field, text);
        problems.warn(field, what + ": " + quote(text) + "; kept as property " + field);
    }

    private static String quote(String text) {
        return "'" + (text.length() > QUOTED_CHARACTERS ? text.substring(0, QUOTED_CHARACTERS) + "..." : text) + "'";
    }

    /**
     * Sets typed parameters from a map of inputs ({@code used}); nested maps give dotted keys, arrays JSON text.
     *
     * @param execution the execution
     * @param used the inputs, ignored unless a map
     * @param interned string pool for keys, shared over an import
     */
    public static void parameters(Execution execution, Object used, Map<String, String> interned) {
        if (!(used instanceof Map<?, ?> map)) {
            return;
        }
        Map<String, Object> flat = flatten(map);
        EList<Parameter> parameters = execution.getParameters();
        flat.forEach((key, value) -> {
            String text = value instanceof List ? JsonTrees.toJson(value) : string(value);
            if (text == null) {
                return;
            }
            Parameter parameter = Tasks.parameter(execution, key);
            if (parameter == null) {
                parameter = FACTORY.createParameter();
                parameter.setKey(intern(interned, key));
                parameters.add(parameter);
            }
            parameter.setValue(intern(interned, text));
            parameter.setType(typeOf(value));
        });
    }

    /**
     * Sets the outputs of an execution ({@code generated}): numbers become metrics, other values properties named
     * {@code generated.<key>}, and paths or URIs also generated artifacts.
     *
     * @param execution the execution
     * @param generated the outputs, ignored unless a map
     * @param builder finds or creates artifacts
     * @param interned string pool for keys
     */
    public static void outputs(Execution execution, Object generated, WorkspaceBuilder builder,
            Map<String, String> interned) {
        if (!(generated instanceof Map<?, ?> map)) {
            return;
        }
        flatten(map).forEach((key, value) -> {
            if (value instanceof Number number) {
                metric(execution, intern(interned, key), number.doubleValue());
            } else {
                String text = value instanceof List ? JsonTrees.toJson(value) : string(value);
                if (text != null) {
                    property(execution, intern(interned, "generated." + key), intern(interned, text));
                    if (PATH_LIKE.matcher(text).matches()) {
                        link(execution.getGenerated(), builder.artifact(text, kindOf(text)), intern(interned, key));
                    }
                }
            }
        });
    }

    /**
     * Records the artifacts named by path or URI among the inputs of an execution as PROV used links.
     *
     * @param execution the execution
     * @param used the inputs, ignored unless a map
     * @param builder finds or creates artifacts
     * @param interned string pool for the roles
     */
    public static void usedArtifacts(Execution execution, Object used, WorkspaceBuilder builder,
            Map<String, String> interned) {
        if (!(used instanceof Map<?, ?> map)) {
            return;
        }
        flatten(map).forEach((key, value) -> {
            if (value instanceof String text && PATH_LIKE.matcher(text).matches()) {
                link(execution.getUsed(), builder.artifact(text, kindOf(text)), intern(interned, key));
            }
        });
    }

    private static void link(EList<ArtifactLink> links, Artifact artifact, String role) {
        for (ArtifactLink link : links) {
            if (link.getArtifact() == artifact && role.equals(link.getRole())) {
                return;
            }
        }
        ArtifactLink link = FACTORY.createArtifactLink();
        link.setArtifact(artifact);
        link.setRole(role);
        if (artifact.getUri() == null && artifact.getId().contains("/")) {
            artifact.setUri(artifact.getId());
            artifact.setName(artifact.getId().substring(artifact.getId().lastIndexOf('/') + 1));
        }
        links.add(link);
    }

    /**
     * The artifact kind a file name suggests.
     *
     * @param path a path or URI
     * @return MODEL for checkpoints and weights, DATASET for tables and arrays, CODE for sources, else OTHER
     */
    public static ArtifactKind kindOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        return switch (extension) {
            case "pt", "pth", "ckpt", "h5", "hdf5", "onnx", "safetensors", "pkl", "joblib", "keras", "bin" ->
                ArtifactKind.MODEL;
            case "csv", "tsv", "parquet", "json", "jsonl", "npy", "npz", "arrow", "tfrecord", "gz", "zip", "txt",
                    "xml", "feather", "zarr", "nc" ->
                ArtifactKind.DATASET;
            case "py", "ipynb", "sh", "yaml", "yml", "toml" -> ArtifactKind.CODE;
            default -> ArtifactKind.OTHER;
        };
    }

    /**
     * Sets a metric, replacing the value of an existing metric of the same key.
     *
     * @param execution the execution
     * @param key the metric key
     * @param value the value
     */
    public static void metric(Execution execution, String key, double value) {
        for (Metric metric : execution.getMetrics()) {
            if (key.equals(metric.getKey())) {
                metric.setValue(value);
                return;
            }
        }
        Metric metric = FACTORY.createMetric();
        metric.setKey(key);
        metric.setValue(value);
        execution.getMetrics().add(metric);
    }

    /**
     * Sets properties from a value: a scalar under {@code key}, a map flattened to {@code key.<sub key>}, an array
     * as JSON text.
     *
     * @param execution the execution
     * @param key the property key or prefix
     * @param value the value
     * @param interned string pool for keys
     */
    public static void properties(Execution execution, String key, Object value, Map<String, String> interned) {
        if (value instanceof Map<?, ?> map) {
            flatten(map).forEach((sub, v) -> properties(execution, key + "." + sub, v, interned));
            return;
        }
        String text = value instanceof List ? JsonTrees.toJson(value) : string(value);
        if (text != null) {
            property(execution, intern(interned, key), intern(interned, text));
        }
    }

    private static void property(Execution execution, String key, String value) {
        property(execution.getProperties(), key, value);
    }

    /**
     * Sets a property in a property list (of an execution or an artifact), replacing the value of the same key.
     *
     * @param properties the list
     * @param key the key
     * @param value the value
     */
    public static void property(EList<StringProperty> properties, String key, String value) {
        for (StringProperty property : properties) {
            if (key.equals(property.getKey())) {
                property.setValue(value);
                return;
            }
        }
        StringProperty property = FACTORY.createStringProperty();
        property.setKey(key);
        property.setValue(value);
        properties.add(property);
    }

    /**
     * Derives a workflow's span and, when unknown, its status from its tasks: the span widens to cover every
     * task; the status becomes ERROR if a task failed, RUNNING if one runs, FINISHED if all finished.
     *
     * @param workflow the workflow
     */
    public static void rollUp(Workflow workflow) {
        // The tasks only, not the generic content walk (which visits every parameter, metric and property too).
        RollUp roll = new RollUp(workflow.getStartedAt(), workflow.getEndedAt());
        org.provlens.model.util.Bulk.visitTasks(workflow, roll::add);
        workflow.setStartedAt(roll.start);
        workflow.setEndedAt(roll.end);
        if (roll.any && workflow.getStatus() == Status.UNKNOWN) {
            workflow.setStatus(roll.anyError ? Status.ERROR : roll.anyRunning ? Status.RUNNING
                    : roll.allFinished ? Status.FINISHED : Status.UNKNOWN);
        }
    }

    /** What {@link #rollUp} gathers over a run's tasks. */
    private static final class RollUp {
        private double start;
        private double end;
        private boolean any;
        private boolean anyError;
        private boolean anyRunning;
        private boolean allFinished = true;

        RollUp(double start, double end) {
            this.start = start;
            this.end = end;
        }

        void add(Task task) {
            any = true;
            start = min(start, task.getStartedAt());
            end = max(end, task.getEndedAt());
            Status status = task.getStatus();
            anyError |= status == Status.ERROR || status == Status.KILLED;
            anyRunning |= status == Status.RUNNING || status == Status.SUBMITTED || status == Status.WAITING;
            allFinished &= status == Status.FINISHED;
        }
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static Map<String, Object> flatten(Map<?, ?> map) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", map, flat, 0);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into, int depth) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = prefix + entry.getKey();
            if (entry.getValue() instanceof Map<?, ?> nested && depth < MAX_FLATTEN_DEPTH) {
                flatten(key + ".", nested, into, depth + 1);
            } else if (entry.getValue() instanceof Map<?, ?> deep) {
                into.put(key, JsonTrees.toJson(deep));
            } else if (entry.getValue() != null) {
                into.put(key, entry.getValue());
            }
        }
    }

    private static ValueType typeOf(Object value) {
        return switch (value) {
            case Long l -> ValueType.INTEGER;
            case Double d -> ValueType.REAL;
            case Boolean b -> ValueType.BOOLEAN;
            case List<?> l -> ValueType.JSON;
            case null, default -> ValueType.STRING;
        };
    }


    private static String intern(Map<String, String> pool, String text) {
        return pool.computeIfAbsent(text, t -> t);
    }
}
