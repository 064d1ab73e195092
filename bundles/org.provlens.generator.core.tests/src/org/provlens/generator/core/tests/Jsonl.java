package org.provlens.generator.core.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.generator.core.CampaignGenerator;
import org.provlens.generator.core.CampaignSettings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/** Reads generated JSON lines into plain maps (Python's NaN and Infinity allowed, as Flowcept writes them). */
final class Jsonl {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private Jsonl() {
    }

    /** The sample campaign's bytes. */
    static byte[] sample() {
        return generate(CampaignSettings.sample());
    }

    static byte[] generate(CampaignSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
        try {
            new CampaignGenerator(settings).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<Map<String, Object>> records(byte[] jsonl) {
        List<Map<String, Object>> records = new ArrayList<>();
        String text = new String(jsonl, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                records.add(parse(line));
            }
        }
        return records;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            parser.nextToken();
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw new IllegalStateException("more than one value on a line");
            }
            return (Map<String, Object>) value;
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line.substring(0, Math.min(200, line.length())), e);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    if (map.put(key, read(parser)) != null) {
                        throw new IllegalStateException("duplicate key " + key);
                    }
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token);
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** A nested value by dotted path, {@code null} when absent. */
    static Object at(Map<String, Object> record, String path) {
        Object value = record;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }

    static double number(Map<String, Object> record, String path) {
        Object value = at(record, path);
        if (!(value instanceof Number number)) {
            throw new AssertionError(path + " is not a number: " + value);
        }
        return number.doubleValue();
    }

    static String string(Map<String, Object> record, String key) {
        return (String) record.get(key);
    }

    /** Numeric leaves of a nested map under dotted names. */
    static void flatten(String prefix, Map<String, Object> map, Map<String, Double> into) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(path, map(nested), into);
            } else if (value instanceof Number number) {
                into.put(path, number.doubleValue());
            }
        });
    }

    /** Counts bytes and task lines of a stream without keeping it. */
    static final class CountingStream extends OutputStream {
        private static final byte[] TASK = "{\"type\": \"task\"".getBytes(StandardCharsets.US_ASCII);
        long bytes;
        long lines;
        long taskLines;
        private boolean lineStart = true;
        private int matched;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
            for (int i = offset; i < offset + length; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    lines++;
                    lineStart = true;
                    matched = 0;
                    continue;
                }
                if (lineStart) {
                    if (b == TASK[matched]) {
                        matched++;
                        if (matched == TASK.length) {
                            taskLines++;
                            lineStart = false;
                        }
                    } else {
                        lineStart = false;
                    }
                }
            }
        }
    }
}
