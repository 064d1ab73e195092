package org.provlens.importer.core.prov;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.EnergyMethod;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.DoubleArrays;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Telemetry snapshots, series and energy estimates as JSON text: the {@code provlens:JSON} literals of PROV-JSON
 * exports and the {@code provlens} block of Flowcept JSONL exports. Neither PROV nor Flowcept has a notion of
 * sampled series or energy estimates, so these travel as opaque values that only ProvLens reads back; sample arrays
 * use the model's own exact base64 form ({@link DoubleArrays}) so that NaN and every bit of a double survive.
 */
public final class Measurements {

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private Measurements() {
    }

    /**
     * A telemetry snapshot pair as JSON text: its schema's id, channels and units, and the values at start and end.
     *
     * @param telemetry the telemetry
     * @return a JSON object
     */
    public static String telemetry(Telemetry telemetry) {
        Map<String, Object> json = new LinkedHashMap<>();
        TelemetrySchema schema = telemetry.getSchema();
        json.put("schema", schema.getId());
        json.put("channels", new ArrayList<>(schema.getChannels()));
        json.put("units", new ArrayList<>(schema.getUnits()));
        json.put("atStart", DoubleArrays.toString(Bulk.atStart(telemetry)));
        json.put("atEnd", DoubleArrays.toString(Bulk.atEnd(telemetry)));
        return JsonTrees.toJson(json);
    }

    /**
     * A series as JSON text: key, kind, unit, source, device, axis and its samples.
     *
     * @param series the series
     * @return a JSON object
     */
    public static String series(Series series) {
        return text(json -> write(json, series));
    }

    /**
     * Writes a series as a JSON object, as {@link #series(Series)} does, without building the text first: a long
     * series is written in chunks of {@link #CHUNK} samples, each chunk a base64 string of its own, so that no
     * string grows beyond what JSON readers accept (jackson's default is 20 million characters).
     *
     * @param json where to
     * @param series the series
     * @throws IOException when writing fails
     */
    public static void write(JsonGenerator json, Series series) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", series.getKey());
        json.writeStringField("kind", series.getKind().getLiteral());
        stringIfSet(json, "unit", series.getUnit());
        stringIfSet(json, "source", series.getSource());
        stringIfSet(json, "device", series.getDevice());
        json.writeStringField("axis", series.getAxis().getLiteral());
        boolean stored = Bulk.length(series) > 0;
        samplesIfSet(json, "xs", stored ? Bulk.xs(series) : null);
        samplesIfSet(json, "ys", stored ? Bulk.ys(series) : null);
        json.writeEndObject();
    }

    /**
     * An energy estimate as JSON text.
     *
     * @param energy the estimate
     * @return a JSON object
     */
    public static String energy(EnergyEstimate energy) {
        return text(json -> write(json, energy));
    }

    /**
     * Writes an energy estimate as a JSON object, as {@link #energy(EnergyEstimate)} does.
     *
     * @param json where to
     * @param energy the estimate
     * @throws IOException when writing fails
     */
    public static void write(JsonGenerator json, EnergyEstimate energy) throws IOException {
        json.writeStartObject();
        json.writeStringField("component", energy.getComponent().getLiteral());
        numberIfSet(json, "joules", energy.getJoules());
        json.writeStringField("method", energy.getMethod().getLiteral());
        stringIfSet(json, "source", energy.getSource());
        numberIfSet(json, "pueApplied", energy.getPueApplied());
        numberIfSet(json, "carbonIntensity", energy.getCarbonIntensity());
        numberIfSet(json, "co2eGrams", energy.getCo2eGrams());
        json.writeEndObject();
    }

    /** Samples per base64 string of a long series: whole doubles in whole base64 quanta (3 bytes), 4 MiB of text. */
    static final int CHUNK = 3 << 17;

    private interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    private static String text(Writer writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonTrees.FACTORY.createGenerator(out)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString();
    }

    private static void stringIfSet(JsonGenerator json, String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }

    private static void numberIfSet(JsonGenerator json, String key, double value) throws IOException {
        // NaN is "unknown"; infinities are not JSON numbers and no estimate is infinite.
        if (Double.isFinite(value)) {
            json.writeNumberField(key, value);
        }
    }

    private static void samplesIfSet(JsonGenerator json, String key, double[] values) throws IOException {
        if (values == null) {
            return;
        }
        json.writeFieldName(key);
        if (values.length <= CHUNK) {
            json.writeString(DoubleArrays.toString(values));
            return;
        }
        json.writeStartArray();
        for (int from = 0; from < values.length; from += CHUNK) {
            json.writeString(DoubleArrays.toString(Arrays.copyOfRange(values, from, Math.min(values.length,
                    from + CHUNK))));
        }
        json.writeEndArray();
    }

    /**
     * Whether text is one JSON value, as a {@code provlens:JSON} literal must be.
     *
     * @param text the text
     * @return true when it parses
     */
    static boolean isJson(String text) {
        try (JsonParser parser = ProvJsonValues.FACTORY.createParser(text)) {
            parser.nextToken();
            ProvJsonValues values = new ProvJsonValues();
            values.read(parser);
            return !values.tooDeep() && parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a telemetry value, sharing the schema of its channel layout with the rest of the workspace.
     *
     * @param json the parsed JSON text
     * @param builder finds or creates the schema
     * @return the telemetry
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static Telemetry readTelemetry(Map<?, ?> json, WorkspaceBuilder builder) {
        List<String> channels = strings(json, "channels");
        List<String> units = strings(json, "units");
        double[] atStart = samples(json, "atStart");
        double[] atEnd = samples(json, "atEnd");
        if (atStart.length != channels.size() || atEnd.length != channels.size()) {
            throw new IllegalArgumentException(channels.size() + " channels but " + atStart.length + " values at start and "
                    + atEnd.length + " at end");
        }
        Workspace workspace = builder.workspace();
        int before = workspace.getTelemetrySchemas().size();
        TelemetrySchema schema = builder.telemetrySchema(channels, units);
        // A new schema keeps the exported id, so re-exports are identical, unless another schema already has it.
        if (workspace.getTelemetrySchemas().size() > before && json.get("schema") instanceof String id
                && workspace.getTelemetrySchemas().stream().noneMatch(s -> id.equals(s.getId()))) {
            schema.setId(id);
        }
        Telemetry telemetry = FACTORY.createTelemetry();
        telemetry.setSchema(schema);
        telemetry.setAtStart(atStart);
        telemetry.setAtEnd(atEnd);
        return telemetry;
    }

    /**
     * Reads a series written by {@link #series(Series)}.
     *
     * @param json the parsed JSON object
     * @return the series
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static Series readSeries(Map<?, ?> json) {
        Series series = FACTORY.createSeries();
        series.setKey(requiredString(json, "key"));
        series.setKind(literal(json, "kind", SeriesKind.get(text(json, "kind", "METRIC"))));
        series.setUnit(text(json, "unit", null));
        series.setSource(text(json, "source", null));
        series.setDevice(text(json, "device", null));
        series.setAxis(literal(json, "axis", SeriesAxis.get(text(json, "axis", "STEP"))));
        if (json.containsKey("xs")) {
            series.setXs(samples(json, "xs"));
        }
        if (json.containsKey("ys")) {
            series.setYs(samples(json, "ys"));
        }
        return series;
    }

    /**
     * Reads an energy estimate written by {@link #energy(EnergyEstimate)}.
     *
     * @param json the parsed JSON object
     * @return the estimate
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static EnergyEstimate readEnergy(Map<?, ?> json) {
        EnergyEstimate energy = FACTORY.createEnergyEstimate();
        energy.setComponent(literal(json, "component", EnergyComponent.get(text(json, "component", "TOTAL"))));
        energy.setJoules(number(json, "joules"));
        energy.setMethod(literal(json, "method", EnergyMethod.get(text(json, "method", "MEASURED"))));
        energy.setSource(text(json, "source", null));
        energy.setPueApplied(number(json, "pueApplied"));
        energy.setCarbonIntensity(number(json, "carbonIntensity"));
        energy.setCo2eGrams(number(json, "co2eGrams"));
        return energy;
    }

    private static <T> T literal(Map<?, ?> json, String key, T value) {
        if (value == null) {
            throw new IllegalArgumentException("unknown " + key + " '" + json.get(key) + "'");
        }
        return value;
    }

    private static String text(Map<?, ?> json, String key, String fallback) {
        Object value = json.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return s;
    }

    private static String requiredString(Map<?, ?> json, String key) {
        String value = text(json, key, null);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }

    private static double number(Map<?, ?> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Double.NaN;
        }
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return n.doubleValue();
    }

    private static List<String> strings(Map<?, ?> json, String key) {
        if (!(json.get(key) instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("'" + key + "' must be an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** Samples written as one base64 string, or as an array of them (a long series, see {@link #CHUNK}). */
    private static double[] samples(Map<?, ?> json, String key) {
        List<String> chunks = json.get(key) instanceof List<?> ? strings(json, key) : List.of(requiredString(json, key));
        try {
            if (chunks.size() == 1) {
                return DoubleArrays.fromString(chunks.get(0));
            }
            List<double[]> parts = new ArrayList<>(chunks.size());
            int length = 0;
            for (String chunk : chunks) {
                double[] part = DoubleArrays.fromString(chunk);
                parts.add(part);
                length = Math.addExact(length, part.length);
            }
            double[] values = new double[length];
            int at = 0;
            for (double[] part : parts) {
                System.arraycopy(part, 0, values, at, part.length);
                at += part.length;
            }
            return values;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + key + "' is not base64 samples (" + e.getMessage() + ")", e);
        }
    }
}
