package org.provlens.recommender.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * What a learning task is: named traits whose values are text (category, modality, domain) or numbers (rows,
 * features, classes, sequence_length, size_bytes, ...). Names are canonical ({@link #canonicalName}); text values
 * are trimmed and lower case, numbers are {@link Double}.
 *
 * <p>Traits {@code name} and {@code id} identify a task (pipelines on the same dataset share them) and
 * {@code objective} names its metric ({@code val_auc:max}); none of the three take part in similarity.</p>
 *
 * @param traits the traits in the order they were found
 */
public record TaskCharacteristics(Map<String, Object> traits) {

    /** The identity trait. */
    public static final String NAME = "name";

    /** The trait that names the task's objective metric and direction. */
    public static final String OBJECTIVE = "objective";

    /** An empty characterisation. */
    public static final TaskCharacteristics EMPTY = new TaskCharacteristics(Map.of());

    private static final JsonFactory JSON = new JsonFactory();

    /** Aliases of the well-known traits, as teams and tools name them. */
    private static final Map<String, String> ALIASES = new TreeMap<>();

    static {
        alias("rows", "rows", "num_rows", "n_rows", "n_samples", "num_samples", "samples", "row_count",
                "num_records", "records", "examples", "num_examples");
        alias("features", "features", "num_features", "n_features", "columns", "num_columns", "n_columns",
                "feature_count");
        alias("classes", "classes", "num_classes", "n_classes", "class_count");
        alias("sequence_length", "sequence_length", "seq_len", "seq_length", "max_seq_len", "max_seq_length",
                "context_length", "max_length");
        alias("size_bytes", "size_bytes", "nbytes", "bytes", "size");
        alias("category", "category", "task_type", "problem_type");
        alias("modality", "modality", "data_modality", "data_type");
    }

    private static void alias(String canonical, String... names) {
        for (String name : names) {
            ALIASES.put(name, canonical);
        }
    }

    /** Normalises names and values and keeps the map unmodifiable. */
    public TaskCharacteristics {
        Map<String, Object> normal = new LinkedHashMap<>();
        traits.forEach((key, value) -> {
            Object v = canonicalValue(value);
            if (key != null && v != null) {
                normal.putIfAbsent(canonicalName(key), v);
            }
        });
        traits = Collections.unmodifiableMap(normal);
    }

    /**
     * The canonical name of a trait: lower case, aliases of the well-known traits resolved ({@code num_rows},
     * {@code n_samples} are {@code rows}; {@code seq_len} is {@code sequence_length}; ...).
     *
     * @param name a trait name as recorded
     * @return the canonical name
     */
    public static String canonicalName(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(lower, lower);
    }

    /**
     * Whether a name is (an alias of) a well-known trait: only those are read from dataset metadata, whose other
     * keys (paths, digests) say nothing about the task.
     *
     * @param name a name
     * @return true for rows, features, classes, sequence_length, size_bytes, category and modality aliases
     */
    public static boolean isWellKnown(String name) {
        return ALIASES.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The canonical value: a number as Double, numeric text as its number, other text trimmed and in lower case.
     *
     * @param value a value
     * @return the canonical value, {@code null} for null, blank text and non-finite numbers
     */
    public static Object canonicalValue(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            double d = Double.parseDouble(text);
            return Double.isFinite(d) ? d : null;
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * A trait's value as text.
     *
     * @param trait the canonical name
     * @return the text, a number's shortest form, {@code null} when absent
     */
    public String text(String trait) {
        Object value = traits.get(trait);
        return value == null ? null : format(value);
    }

    /**
     * A trait's numeric value.
     *
     * @param trait the canonical name
     * @return the number, NaN when absent or text
     */
    public double number(String trait) {
        return traits.get(trait) instanceof Double d ? d : Double.NaN;
    }

    /**
     * Whether there are no traits.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return traits.isEmpty();
    }

    /**
     * The identity of the task: its {@code name} (or {@code id}) trait, else every trait but the objective in name
     * order, so that pipelines that describe the same task alike are one node of the knowledge graph.
     *
     * @return the key
     */
    public String key() {
        if (traits.get(NAME) != null) {
            return text(NAME);
        }
        if (traits.get("id") != null) {
            return text("id");
        }
        StringBuilder key = new StringBuilder();
        new TreeMap<>(traits).forEach((name, value) -> {
            if (!OBJECTIVE.equals(name)) {
                key.append(key.isEmpty() ? "" : ", ").append(name).append('=').append(format(value));
            }
        });
        return key.isEmpty() ? "(uncharacterised)" : key.toString();
    }

    /**
     * These traits with another's added where these have none.
     *
     * @param other more traits
     * @return the union, these first
     */
    public TaskCharacteristics with(TaskCharacteristics other) {
        Map<String, Object> all = new LinkedHashMap<>(traits);
        other.traits.forEach(all::putIfAbsent);
        return new TaskCharacteristics(all);
    }

    /**
     * The traits as text, {@code name=value} joined by {@code ", "}: what {@link #parse} reads.
     *
     * @return the text
     */
    public String format() {
        StringBuilder text = new StringBuilder();
        traits.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ").append(name).append('=')
                .append(format(value)));
        return text.toString();
    }

    /**
     * A value's shortest text.
     *
     * @param value a canonical value
     * @return integral numbers without a decimal point, others as Java writes them
     */
    public static String format(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return String.valueOf(value);
    }

    /**
     * Reads traits typed by a user: {@code name=value} pairs separated by commas or new lines.
     *
     * @param text e.g. {@code category=churn_prediction, modality=tabular, rows=12000}
     * @return the traits
     * @throws IllegalArgumentException naming a pair without '='
     */
    public static TaskCharacteristics parse(String text) {
        Map<String, Object> traits = new LinkedHashMap<>();
        for (String pair : text.split("[,\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected name=value, found '" + pair.strip() + "'");
            }
            traits.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return new TaskCharacteristics(traits);
    }

    /**
     * Reads a task described as a JSON object of traits, e.g. {@code {"category": "churn_prediction", "rows":
     * 12000}}; nested objects give dotted names, a {@code "task"} object is read as the traits themselves.
     *
     * @param file the JSON file
     * @return the traits
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and what was expected when it is not a JSON object
     */
    public static TaskCharacteristics fromJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(file + ": expected a JSON object of task traits, e.g."
                        + " {\"category\": \"churn_prediction\", \"rows\": 12000}");
            }
            Map<String, Object> traits = new LinkedHashMap<>();
            readObject(parser, "", traits, file);
            return new TaskCharacteristics(traits);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " line " + e.getLocation().getLineNr() + ": not JSON ("
                    + e.getOriginalMessage() + ")");
        }
    }

    private static void readObject(JsonParser parser, String prefix, Map<String, Object> traits, Path file)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            String key = prefix.isEmpty() && name.equals("task") ? "" : prefix + name;
            switch (token) {
                case START_OBJECT -> readObject(parser, key.isEmpty() ? "" : key + ".", traits, file);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> traits.put(key, parser.getDoubleValue());
                case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> traits.put(key, parser.getText());
                case VALUE_NULL -> {
                    // An unknown trait: absent.
                }
                default -> throw new IllegalArgumentException(file + " line "
                        + parser.currentLocation().getLineNr() + ": trait " + key
                        + " is an array; expected text or a number");
            }
        }
    }
}
