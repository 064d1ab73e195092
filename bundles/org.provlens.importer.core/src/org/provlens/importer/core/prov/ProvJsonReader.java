package org.provlens.importer.core.prov;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.internal.JsonTrees;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Reads a PROV-JSON document record by record, keeping each record's line, and keeps everything read before a
 * truncation or a syntax error. What records mean is the importer's business; it needs them in an order the file
 * need not have (JSON objects are unordered: the prefix map may come last, relations before the elements they
 * name), so the document is read in passes instead of held in memory: a {@link #scan first pass} learns the
 * containers and their prefixes, counts the records and reports every problem of the file; each
 * {@link #replay further pass} hands the importer the records of some types, one at a time. Memory does not grow
 * with the document, so a document larger than the heap imports as long as its model fits.
 *
 * <p>Bytes that are not UTF-8 are read as Windows-1252 characters ({@link Utf8Repair}) and reported by line, so a
 * document written with a Windows code page imports rather than stopping at the first bad byte.</p>
 */
final class ProvJsonReader {

    /** Told of each problem met while reading. */
    interface Problems {
        void report(Severity severity, long line, long record, String message);
    }

    /** Opens the document, once per pass. */
    interface Source {
        /**
         * A new stream of the document's bytes.
         *
         * @return it, positioned after a byte-order mark if any; closed by the reader
         * @throws IOException when it cannot be opened
         */
        InputStream open() throws IOException;
    }

    /** Told of each record a pass delivers. */
    interface Sink {
        /**
         * Takes a record.
         *
         * @param rec the record
         * @return false to end the pass (the import was cancelled)
         */
        boolean accept(Rec rec);
    }

    /**
     * One record: an element or relation instance.
     *
     * @param type its record type ({@code entity}, {@code used}, ...)
     * @param id its identifier as written
     * @param attributes its attributes as read by {@link ProvJsonValues}
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

    /**
     * What the first pass found.
     *
     * @param document the document, {@code null} when the file is not a JSON object at all
     * @param records the records met, good or bad
     * @param skipped the records that could not be read
     */
    record Result(Container document, int records, int skipped) {
    }

    private static final Problems QUIET = (severity, line, record, message) -> {
        // A replay meets the problems the scan reported.
    };

    private final Problems problems;
    private final Predicate<String> types;
    private final Sink sink;
    /** The containers of the scan, in document order, which a replay reuses so that records point to them. */
    private final List<Container> known;
    private final ProvJsonValues values = new ProvJsonValues();
    private int nextBundle;
    /** The record being read, for a problem that ends the reading inside it. */
    private String current;
    private long currentLine;
    private int records;
    private int bad;
    private boolean stopped;

    private ProvJsonReader(Problems problems, Predicate<String> types, Sink sink, List<Container> known) {
        this.problems = problems;
        this.types = types;
        this.sink = sink;
        this.known = known;
    }

    /**
     * The first pass: reads the whole document, reports every problem, and learns its containers and prefixes.
     *
     * @param source the document
     * @param problems told of every problem
     * @return what was found
     * @throws IOException when the document cannot be opened or read
     */
    static Result scan(Source source, Problems problems) throws IOException {
        ProvJsonReader reader = new ProvJsonReader(problems, type -> false, rec -> true, new ArrayList<>());
        Container document = reader.read(source);
        return new Result(document, reader.records, reader.bad);
    }

    /**
     * A further pass: hands over the records of some types in document order, as the scan numbered them.
     *
     * @param source the same document
     * @param scanned what the scan found
     * @param types the record types to deliver
     * @param sink takes them
     * @throws IOException when the document cannot be opened or read
     */
    static void replay(Source source, Result scanned, Predicate<String> types, Sink sink) throws IOException {
        if (scanned.document() == null) {
            return;
        }
        List<Container> known = new ArrayList<>();
        known.add(scanned.document());
        known.addAll(scanned.document().bundles);
        new ProvJsonReader(QUIET, types, sink, known).read(source);
    }

    private boolean scanning() {
        return problems != QUIET;
    }

    /** Reads the document; returns its container, {@code null} when it is not a JSON object. */
    private Container read(Source source) throws IOException {
        Container document = scanning() ? new Container(null, null, 1) : known.get(0);
        Utf8Repair repaired = null;
        try (InputStream raw = source.open()) {
            InputStream in = raw;
            if (!mayBeUtf16(raw)) {
                repaired = new Utf8Repair(raw);
                in = repaired;
            }
            try (JsonParser parser = ProvJsonValues.FACTORY.createParser(in)) {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    problems.report(Severity.ERROR, line(parser), 0, "expected a JSON object (a PROV-JSON document),"
                            + " found " + (first == null ? "an empty file"
                                    : first.asString() == null ? first.name() : first.asString()));
                    return null;
                }
                container(parser, document, true);
            } catch (JsonEOFException e) {
                problems.report(Severity.ERROR, line(e.getLocation()), current == null ? records + 1 : records,
                        "the file ends in the middle of the document (truncated?); the records before were imported");
            } catch (StreamConstraintsException e) {
                long line = e.getLocation() != null ? line(e.getLocation()) : current == null ? 0 : currentLine;
                problems.report(Severity.ERROR, line, current == null ? records + 1 : records, (current == null
                        ? "the document" : current) + " is beyond what ProvLens reads (" + e.getOriginalMessage()
                        + "); the rest of the file was not read, the records before were imported");
            } catch (JsonProcessingException e) {
                problems.report(Severity.ERROR, line(e.getLocation()), current == null ? records + 1 : records,
                        "malformed JSON ("
                        + e.getOriginalMessage() + "); the rest of the file was not read, the records before were"
                        + " imported");
            }
        }
        if (repaired != null && repaired.repairedLineCount() > 0) {
            for (long line : repaired.repairedLines()) {
                problems.report(Severity.WARNING, line, 0, "the line holds bytes that are not UTF-8; they were read"
                        + " as Windows-1252 characters");
            }
            long more = repaired.repairedLineCount() - repaired.repairedLines().size();
            if (more > 0) {
                problems.report(Severity.WARNING, 0, 0, more + " more lines hold bytes that are not UTF-8, read as"
                        + " Windows-1252 characters");
            }
        }
        return document;
    }

    /**
     * Whether a document may be UTF-16 or UTF-32 (a byte-order mark of those, or NUL bytes among the first four),
     * which jackson detects by itself and the UTF-8 repair would garble.
     */
    private static boolean mayBeUtf16(InputStream in) throws IOException {
        if (!in.markSupported()) {
            return false;
        }
        in.mark(4);
        byte[] start = in.readNBytes(4);
        in.reset();
        if (start.length >= 2 && (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF
                || start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)) {
            return true;
        }
        for (byte b : start) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private void container(JsonParser parser, Container container, boolean topLevel) throws IOException {
        for (String key = parser.nextFieldName(); key != null && !stopped; key = parser.nextFieldName()) {
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
        if (!scanning()) {
            parser.skipChildren();
            return;
        }
        Object value = values.read(parser);
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
        for (String id = parser.nextFieldName(); id != null && !stopped; id = parser.nextFieldName()) {
            long line = line(parser);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.report(Severity.ERROR, line, 0, "bundle " + id + " must be a JSON object; ignored");
                parser.skipChildren();
                continue;
            }
            Container bundle;
            if (scanning()) {
                bundle = new Container(id, document, line);
                document.bundles.add(bundle);
            } else {
                bundle = known.get(++nextBundle);
            }
            container(parser, bundle, false);
        }
    }

    private void records(JsonParser parser, Container container, String type) throws IOException {
        boolean wanted = scanning() || types.test(type);
        for (String id = parser.nextFieldName(); id != null && !stopped; id = parser.nextFieldName()) {
            long line = line(parser);
            JsonToken token = parser.nextToken();
            if (!wanted) {
                // Counted as the scan counted them, so that record numbers agree, but not read.
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        records++;
                        parser.skipChildren();
                    }
                } else {
                    records++;
                    parser.skipChildren();
                }
                continue;
            }
            // A record is an object; an array of objects is several records sharing one identifier.
            if (token == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY && !stopped) {
                    instance(parser, container, type, id, line);
                }
            } else {
                instance(parser, container, type, id, line);
            }
        }
    }

    private void instance(JsonParser parser, Container container, String type, String id, long line)
            throws IOException {
        records++;
        current = type + " " + id;
        currentLine = line;
        Object value = values.read(parser);
        current = null;
        if (values.tooDeep()) {
            bad++;
            problems.report(Severity.ERROR, line, records, type + " " + id + ": nested deeper than "
                    + ProvJsonValues.MAX_DEPTH + " levels, which no PROV-JSON record is; skipped");
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            map.forEach((k, v) -> attributes.put(String.valueOf(k), v));
            if (!scanning() && !sink.accept(new Rec(type, id, attributes, line, records, container))) {
                stopped = true;
            }
        } else {
            bad++;
            problems.report(Severity.ERROR, line, records, type + " " + id
                    + ": expected a JSON object of attributes, found " + describe(value) + "; skipped");
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
