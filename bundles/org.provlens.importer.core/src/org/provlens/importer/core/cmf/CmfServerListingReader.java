package org.provlens.importer.core.cmf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.importer.core.cmf.CmfNode.Where;
import org.provlens.importer.core.internal.JsonRecovery;
import org.provlens.importer.core.internal.JsonRecovery.Position;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.importer.core.internal.RecordValues;

import com.fasterxml.jackson.core.JsonParseException;
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
        int bom;
        try (InputStream in = Files.newInputStream(file)) {
            bom = TextInputs.hasBom(in.readNBytes(3)) ? 3 : 0;
        }
        Position base = new Position(bom, 1);
        String prefix = "";
        int index = 0;
        // After a bad item: the brace reading resumed at, taken as an item only if its object ends one.
        Position candidate = null;
        while (true) {
            // The item being read, for a problem inside it.
            Where current = null;
            JsonParser parser = JsonRecovery.parserAt(file, base.offset(), prefix);
            // Not try-with-resources: the parser must still be open in the catch to tell where it stopped.
            try {
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
                        Position at = JsonRecovery.at(parser.currentTokenLocation(), base, prefix);
                        current = new Where(source, at.line(), index + 1, "items[" + index + "]");
                        Object value = JsonTrees.read(parser);
                        if (candidate != null && !JsonRecovery.endsRecord(file,
                                JsonRecovery.at(parser.currentLocation(), base, prefix).offset())) {
                            // An object inside the bad item, not an item: look further.
                            current = null;
                            throw new JsonParseException(parser, "not an item");
                        }
                        candidate = null;
                        Where where = current;
                        current = null;
                        index++;
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
                return;
            } catch (JsonProcessingException e) {
                Position where = JsonRecovery.at(e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
                        base, prefix);
                boolean truncated = JsonRecovery.isEndOfInput(e);
                // A bad item after a bad item is reported too; an object rejected as no item is not.
                if (candidate == null || current != null) {
                    String what = truncated ? "the file ends" : "malformed JSON (" + JsonRecovery.reason(e) + ")";
                    if (current != null) {
                        index++;
                        session.lost(new Where(source, current.line(), current.record(), null), 1, what + " inside "
                                + current.path() + (truncated ? " (truncated?)" : "") + ": that item was not imported,"
                                + (truncated ? " the items before it were" : " reading resumed at the next item"));
                    } else {
                        session.error(new Where(source, where.line(), index, null), what
                                + (truncated ? " before the listing is complete (truncated?)" : "")
                                + (truncated ? "; the items before were imported"
                                        : "; reading resumed at the next item"));
                    }
                }
                if (truncated) {
                    return;
                }
                long after = (candidate != null ? candidate.offset() : base.offset()) + 1;
                Position next = JsonRecovery.nextObjectStart(file, new Position(Math.max(after, where.offset() - 1),
                        where.line()), false);
                if (next == null) {
                    return;
                }
                candidate = next;
                base = next;
                prefix = "{\"items\":[";
            } finally {
                parser.close();
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
}
