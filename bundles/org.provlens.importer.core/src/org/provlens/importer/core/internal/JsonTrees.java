package org.provlens.importer.core.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads one JSON value into plain Java values ({@link Map}, {@link List}, {@link String}, {@link Long},
 * {@link Double}, {@link Boolean}, {@code null}), unwrapping MongoDB extended JSON as found in Flowcept exports
 * ({@code {"$oid": …}}, {@code {"$numberLong": …}}, {@code {"$date": …}}; dates become epoch seconds).
 */
public final class JsonTrees {

    /** The deepest nesting of objects and arrays read (jackson's default). */
    public static final int MAX_NESTING_DEPTH = 1000;

    /** The most digits of a number read (jackson's default). */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** The longest string read, in characters (jackson's default). */
    public static final int MAX_STRING_LENGTH = 20_000_000;

    /**
     * The parser factory: Python's {@code json.dumps} writes {@code NaN} and {@code Infinity}, which strict JSON
     * forbids, so they are accepted. Telemetry is mostly floating point numbers: jackson's fast double parser
     * reads them several times faster than {@link Double#parseDouble}, with the same results.
     *
     * <p>The reader's limits are what keeps one bad record from exhausting the stack or the heap: a value nested
     * deeper than {@link #MAX_NESTING_DEPTH}, a number longer than {@link #MAX_NUMBER_LENGTH} digits or a string
     * longer than {@link #MAX_STRING_LENGTH} characters is a parse error of that record. Readers that build trees
     * recursively rely on the depth limit.</p>
     */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .build();

    private JsonTrees() {
    }

    /**
     * Reads the value at the parser's current token, leaving the parser on its last token.
     *
     * @param parser a parser positioned on the first token of a value
     * @return the value
     * @throws IOException on malformed JSON
     */
    public static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("expected a JSON value, found the end of the input");
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON token " + token);
        };
    }

    /**
     * Writes a value read by {@link #read(JsonParser)} back as compact JSON text.
     *
     * @param value the value
     * @return its JSON text
     */
    public static String toJson(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case Map<?, ?> map -> {
                generator.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    generator.writeFieldName(String.valueOf(entry.getKey()));
                    write(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            case List<?> list -> {
                generator.writeStartArray();
                for (Object element : list) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case Long l -> generator.writeNumber(l);
            case Double d -> generator.writeNumber(d);
            case Boolean b -> generator.writeBoolean(b);
            default -> generator.writeString(value.toString());
        }
    }

    private static Object readObject(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            map.put(name, read(parser));
        }
        if (map.size() == 1) {
            Map.Entry<String, Object> only = map.entrySet().iterator().next();
            if (only.getKey().startsWith("$")) {
                Object unwrapped = unwrapExtended(only.getKey(), only.getValue());
                if (unwrapped != null) {
                    return unwrapped;
                }
            }
        }
        return map;
    }

    private static Object unwrapExtended(String key, Object value) {
        switch (key) {
            case "$oid", "$uuid", "$symbol":
                return value instanceof String ? value : null;
            case "$numberLong", "$numberInt":
                return value instanceof String s ? parseLong(s) : value;
            case "$numberDouble", "$numberDecimal":
                return value instanceof String s ? parseDouble(s) : value;
            case "$date":
                if (value instanceof Number n) {
                    return n.doubleValue() / 1000.0;
                }
                if (value instanceof String s) {
                    try {
                        Instant instant = Instant.parse(s);
                        return instant.getEpochSecond() + instant.getNano() / 1e9;
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static Object parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
