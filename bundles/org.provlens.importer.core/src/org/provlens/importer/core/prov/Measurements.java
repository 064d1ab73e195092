package org.provlens.importer.core.prov;

import java.io.IOException;
import java.util.ArrayList;
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
import org.provlens.model.util.DoubleArrays;

import com.fasterxml.jackson.core.JsonParser;

/**
 * Telemetry snapshots, series and energy estimates as the JSON text of {@code provlens:JSON} literals. PROV has no
 * notion of sampled data, so these travel as opaque values that only ProvLens reads back; sample arrays use the
 * model's own exact base64 form ({@link DoubleArrays}) so that NaN and every bit of a double survive.
 */
final class Measurements {

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private Measurements() {
    }

    static String telemetry(Telemetry telemetry) {
        Map<String, Object> json = new LinkedHashMap<>();
        TelemetrySchema schema = telemetry.getSchema();
        json.put("schema", schema.getId());
        json.put("channels", new ArrayList<>(schema.getChannels()));
        json.put("units", new ArrayList<>(schema.getUnits()));
        json.put("atStart", DoubleArrays.toString(telemetry.getAtStart()));
        json.put("atEnd", DoubleArrays.toString(telemetry.getAtEnd()));
        return JsonTrees.toJson(json);
    }

    static String series(Series series) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", series.getKey());
        json.put("kind", series.getKind().getLiteral());
        putIfSet(json, "unit", series.getUnit());
        putIfSet(json, "source", series.getSource());
        putIfSet(json, "device", series.getDevice());
        json.put("axis", series.getAxis().getLiteral());
        putIfSet(json, "xs", DoubleArrays.toString(series.getXs()));
        putIfSet(json, "ys", DoubleArrays.toString(series.getYs()));
        return JsonTrees.toJson(json);
    }

    static String energy(EnergyEstimate energy) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("component", energy.getComponent().getLiteral());
        putIfSet(json, "joules", energy.getJoules());
        json.put("method", energy.getMethod().getLiteral());
        putIfSet(json, "source", energy.getSource());
        putIfSet(json, "pueApplied", energy.getPueApplied());
        putIfSet(json, "carbonIntensity", energy.getCarbonIntensity());
        putIfSet(json, "co2eGrams", energy.getCo2eGrams());
        return JsonTrees.toJson(json);
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

    private static void putIfSet(Map<String, Object> json, String key, Object value) {
        if (value != null && !(value instanceof Double d && Double.isNaN(d))) {
            json.put(key, value);
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
    static Telemetry readTelemetry(Map<?, ?> json, WorkspaceBuilder builder) {
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

    static Series readSeries(Map<?, ?> json) {
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

    static EnergyEstimate readEnergy(Map<?, ?> json) {
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

    private static double[] samples(Map<?, ?> json, String key) {
        String text = requiredString(json, key);
        try {
            return DoubleArrays.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + key + "' is not base64 samples (" + e.getMessage() + ")", e);
        }
    }
}
