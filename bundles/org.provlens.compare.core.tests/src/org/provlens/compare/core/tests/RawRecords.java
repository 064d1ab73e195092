package org.provlens.compare.core.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The records of a Flowcept JSONL file as plain maps, read with jackson alone: the expectations of the tests come
 * from the file, not from the importer or the comparison.
 */
final class RawRecords {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private RawRecords() {
    }

    /**
     * Every record of a JSONL file.
     *
     * @param file the file
     * @return one map per line
     * @throws IOException when reading fails
     */
    static List<Map<String, Object>> read(Path file) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    try (JsonParser parser = JSON.createParser(line)) {
                        parser.nextToken();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> record = (Map<String, Object>) value(parser);
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                map.put(name, value(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser));
            }
            return list;
        }
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
    }

    /**
     * The workflow record of a run.
     *
     * @param records the records
     * @param name the run's name
     * @return its record
     */
    static Map<String, Object> workflow(List<Map<String, Object>> records, String name) {
        return records.stream().filter(r -> "workflow".equals(r.get("type")) && name.equals(r.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no workflow record " + name));
    }

    /**
     * The task records of a run with an activity.
     *
     * @param records the records
     * @param workflowId the run's id
     * @param activity the activity
     * @return the records
     */
    static List<Map<String, Object>> tasks(List<Map<String, Object>> records, Object workflowId, String activity) {
        return records.stream().filter(r -> workflowId.equals(r.get("workflow_id")) && activity.equals(r.get("activity_id")))
                .toList();
    }
}
