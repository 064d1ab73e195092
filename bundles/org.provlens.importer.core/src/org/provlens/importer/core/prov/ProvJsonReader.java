package org.provlens.importer.core.prov;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.internal.JsonTrees;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Reads a PROV-JSON document record by record, keeping each record's line, and keeps everything read before a
 * truncation or a syntax error. Records are only read here; what they mean is the importer's business, which needs
 * the whole document first because JSON objects are unordered (the prefix map may come last).
 */
final class ProvJsonReader {

    /** Told of each problem met while reading. */
    interface Problems {
        void report(Severity severity, long line, long record, String message);
    }

    /**
     * One record: an element or relation instance.
     *
     * @param type its record type ({@code entity}, {@code used}, ...)
     * @param id its identifier as written
     * @param attributes its attributes as read by {@link JsonTrees}
     * @param line its line in the file
     * @param number its 1-based number among the records of the file
     * @param container the document or bundle it is in
     */
    record Rec(String type, String id, Map<String, Object> attributes, long line, int number, Container container) {
    }

    /** The document or one of its bundles. */
    static final class Container {
        final String bundleId;
        final Container parent;
        final long line;
        final Map<String, String> prefixes = new LinkedHashMap<>();
        final List<Rec> records = new ArrayList<>();
        final List<Container> bundles = new ArrayList<>();

        Container(String bundleId, Container parent, long line) {
            this.bundleId = bundleId;
            this.parent = parent;
            this.line = line;
        }

        /**
         * The namespace of a prefix in this container's scope: its own prefixes, then the document's, then the
         * predefined {@code prov} and {@code xsd}.
         *
         * @param prefix a prefix, or {@code default} for names without one
         * @return the namespace IRI, {@code null} when not declared
         */
        String namespace(String prefix) {
            for (Container c = this; c != null; c = c.parent) {
                String ns = c.prefixes.get(prefix);
                if (ns != null) {
                    return ns;
                }
            }
            return switch (prefix) {
                case "prov" -> ProvNames.PROV_NS;
                case "xsd" -> ProvNames.XSD_NS;
                default -> null;
            };
        }

        /**
         * The full IRI of a qualified name in this container's scope.
         *
         * @param qname a qualified name
         * @return its IRI, {@code null} when its prefix is not declared or it is a blank node
         */
        String resolve(String qname) {
            int colon = qname.indexOf(':');
            if (colon < 0) {
                String ns = namespace("default");
                return ns == null ? null : ns + qname;
            }
            String prefix = qname.substring(0, colon);
            if ("_".equals(prefix)) {
                return null;
            }
            String ns = namespace(prefix);
            return ns == null ? null : ns + qname.substring(colon + 1);
        }
    }

    private final Problems problems;
    private int records;
    private int bad;

    private ProvJsonReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a document.
     *
     * @param in the file's content
     * @param problems told of every problem
     * @return the document as far as it could be read, {@code null} when the file is not a JSON object at all
     * @throws IOException when the stream fails
     */
    static Result read(InputStream in, Problems problems) throws IOException {
        ProvJsonReader reader = new ProvJsonReader(problems);
        Container document = new Container(null, null, 1);
        try (JsonParser parser = JsonTrees.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.report(Severity.ERROR, line(parser), 0, "expected a JSON object (a PROV-JSON document), found "
                        + (first == null ? "an empty file" : first.asString() == null ? first.name() : first.asString()));
                return new Result(null, 0, 0);
            }
            reader.container(parser, document, true);
        } catch (JsonEOFException e) {
            problems.report(Severity.ERROR, line(e.getLocation()), reader.records + 1,
                    "the file ends in the middle of the document (truncated?); the records before were imported");
        } catch (JsonProcessingException e) {
            problems.report(Severity.ERROR, line(e.getLocation()), reader.records + 1, "malformed JSON ("
                    + e.getOriginalMessage() + "); the rest of the file was not read, the records before were imported");
        }
        return new Result(document, reader.records, reader.bad);
    }

    /**
     * What was read.
     *
     * @param document the document, {@code null} when the file is not a JSON object
     * @param records the records met, good or bad
     * @param skipped the records that could not be read
     */
    record Result(Container document, int records, int skipped) {
    }

    private void container(JsonParser parser, Container container, boolean topLevel) throws IOException {
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            long keyLine = line(parser);
            JsonToken value = parser.nextToken();
            if (ProvJsonSyntax.PREFIX.equals(key)) {
                prefixes(parser, container, keyLine);
            } else if (ProvJsonSyntax.BUNDLE.equals(key) && topLevel) {
                bundles(parser, container);
            } else if (ProvJsonSyntax.SHAPES.containsKey(key)) {
                if (value != JsonToken.START_OBJECT) {
                    problems.report(Severity.ERROR, keyLine, 0, "'" + key
                            + "' must be a JSON object mapping identifiers to records; ignored");
                    parser.skipChildren();
                    continue;
                }
                records(parser, container, key);
            } else {
                problems.report(Severity.WARNING, keyLine, 0, "'" + key + "' is not a PROV-JSON "
                        + (topLevel ? "top-level key" : "key in a bundle") + "; ignored");
                parser.skipChildren();
            }
        }
    }

    private void prefixes(JsonParser parser, Container container, long line) throws IOException {
        Object value = JsonTrees.read(parser);
        if (!(value instanceof Map<?, ?> map)) {
            problems.report(Severity.ERROR, line, 0, "'prefix' must map prefixes to namespace IRIs; ignored");
            return;
        }
        map.forEach((prefix, ns) -> {
            if (ns instanceof String iri && !iri.isEmpty()) {
                container.prefixes.put(String.valueOf(prefix), iri);
            } else {
                problems.report(Severity.ERROR, line, 0, "prefix '" + prefix + "' must map to a namespace IRI, found "
                        + JsonTrees.toJson(ns) + "; ignored");
            }
        });
    }

    private void bundles(JsonParser parser, Container document) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problems.report(Severity.ERROR, line(parser), 0, "'bundle' must map bundle identifiers to bundles; ignored");
            parser.skipChildren();
            return;
        }
        for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
            long line = line(parser);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.report(Severity.ERROR, line, 0, "bundle " + id + " must be a JSON object; ignored");
                parser.skipChildren();
                continue;
            }
            Container bundle = new Container(id, document, line);
            document.bundles.add(bundle);
            container(parser, bundle, false);
        }
    }

    private void records(JsonParser parser, Container container, String type) throws IOException {
        for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
            long line = line(parser);
            parser.nextToken();
            Object value = JsonTrees.read(parser);
            // A record is an object; an array of objects is several records sharing one identifier.
            List<?> instances = value instanceof List<?> list ? list : Collections.singletonList(value);
            for (Object instance : instances) {
                records++;
                if (instance instanceof Map<?, ?> map) {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    map.forEach((k, v) -> attributes.put(String.valueOf(k), v));
                    container.records.add(new Rec(type, id, attributes, line, records, container));
                } else {
                    bad++;
                    problems.report(Severity.ERROR, line, records, type + " " + id
                            + ": expected a JSON object of attributes, found " + describe(instance) + "; skipped");
                }
            }
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value instanceof List ? "an array" : value instanceof Map ? "an object"
                : "'" + value + "'";
    }

    private static long line(JsonParser parser) {
        return line(parser.currentTokenLocation());
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
