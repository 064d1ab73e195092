package org.provlens.importer.core.cmf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.importer.core.cmf.CmfNode.Where;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.importer.core.internal.RecordValues;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Reads the CMF server's listings, {@code {"total_items": n, "items": [...]}}, of executions or artifacts, item by
 * item so that a truncated file keeps the items before the cut.
 *
 * <p>Two item shapes exist: the flat one of the server's pandas tables (every property a key, as in
 * {@code test/test-data/executions.json}), and the newer one of {@code server/app/db/dbqueries.py}, whose
 * properties come as a list {@code execution_properties} or {@code artifact_properties} of {@code {name, value}}
 * with every value as text. The newer shape is flattened into the flat one.</p>
 */
final class CmfServerListingReader {

    private CmfServerListingReader() {
    }

    /**
     * Reads a listing into the session.
     *
     * @param file the listing
     * @param session maps the items and receives problems
     * @throws IOException when the file cannot be read
     */
    static void read(Path file, CmfMapper session) throws IOException {
        String source = file.toString();
        int index = 0;
        // The item being read, for a truncation inside it.
        Where current = null;
        try (InputStream in = TextInputs.open(file); JsonParser parser = JsonTrees.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                session.error(session.file(), "expected a CMF server listing, a JSON object {\"items\": [...]}");
                return;
            }
            boolean found = false;
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                if (!"items".equals(name) || token != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                found = true;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        throw new JsonEOFException(parser, null, "unexpected end of the input");
                    }
                    Where where = new Where(source, parser.currentTokenLocation().getLineNr(), index + 1,
                            "items[" + index + "]");
                    index++;
                    current = where;
                    Object value = JsonTrees.read(parser);
                    current = null;
                    if (value instanceof Map<?, ?> map) {
                        item(map, where, session);
                    } else {
                        session.lost(where, 1, "expected a JSON object (an execution or artifact), found "
                                + (value instanceof List ? "an array" : "'" + value + "'"));
                    }
                    if (session.cancelled()) {
                        return;
                    }
                }
            }
            if (!found) {
                session.error(session.file(), "no \"items\" array: not a CMF server listing");
            }
        } catch (JsonProcessingException e) {
            // Jackson reports a cut inside an object's entries as a plain parse error, not always as
            // JsonEOFException.
            boolean truncated = e instanceof JsonEOFException
                    || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
            String what = truncated ? "the file ends" : "malformed JSON (" + e.getOriginalMessage() + ")";
            if (current != null) {
                session.lost(new Where(source, line(e.getLocation()), current.record(), null), 1, what + " inside "
                        + current.path() + (truncated ? " (truncated?)" : "") + ": that item was not imported, the"
                        + " items before it were");
            } else {
                session.error(new Where(source, line(e.getLocation()), index, null), what
                        + (truncated ? " before the listing is complete (truncated?)" : "")
                        + "; the rest of the file was not read, the items before were imported");
            }
        }
    }

    private static void item(Map<?, ?> raw, Where where, CmfMapper session) {
        Map<String, Object> item = new LinkedHashMap<>();
        raw.forEach((key, value) -> item.put(String.valueOf(key), value));
        boolean allText = false;
        for (String key : new String[] {"execution_properties", "artifact_properties"}) {
            if (item.containsKey(key)) {
                Object properties = item.remove(key);
                allText = true;
                if (properties instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof Map<?, ?> property && RecordValues.string(property.get("name")) != null) {
                            item.putIfAbsent(RecordValues.string(property.get("name")), property.get("value"));
                        }
                    }
                }
            }
        }
        if (item.containsKey("Execution_uuid") || item.containsKey("Context_Type")
                || item.containsKey("execution_id")) {
            session.serverExecution(item, where, allText);
        } else if (item.containsKey("uri") || item.containsKey("artifact_id")
                || item.containsKey("execution_type_name")) {
            session.serverArtifact(item, where);
        } else {
            session.lost(where, 1,
                    "neither an execution (Execution_uuid, Context_Type) nor an artifact (uri); ignored");
        }
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
