package org.provlens.importer.core.prov;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.internal.JsonRecovery;
import org.provlens.importer.core.internal.JsonRecovery.Position;
import org.provlens.importer.core.internal.JsonSegment;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.importer.core.internal.Utf8Repair;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Reads a PROV-JSON document record by record, keeping each record's line, and keeps every good record whatever
 * else the file holds. What records mean is the importer's business; it needs them in an order the file need not
 * have (JSON objects are unordered: the prefix map may come last, relations before the elements they name), so the
 * document is read in passes instead of held in memory: a {@link #scan first pass} learns the containers and their
 * prefixes, counts the records and reports every problem of the file; each {@link #replay further pass} hands the
 * importer the records of some types, one at a time. Memory does not grow with the document, so a document larger
 * than the heap imports as long as its model fits.
 *
 * <p>Bytes that are not UTF-8 are read as Windows-1252 characters ({@link Utf8Repair}) and reported by line, so a
 * document written with a Windows code page imports rather than stopping at the first bad byte.</p>
 *
 * <p>Malformed JSON (a garbage line, an object never closed, a record cut short, a flipped byte) costs only the
 * record it is in: the scan resumes at the next member that holds an object ({@code "<id>": {}) after the last good
 * record, and decides from its key and first attribute what it is: a record of the map that was being read (or of
 * the map whose key, damaged or not, comes right before it), a map or the prefixes of the document or bundle, or a
 * bundle. A parser is opened there behind a synthetic prefix that re-creates that nesting
 * ({@code {"activity":{}, {@code {"bundle":{"ex:b":{"entity":{}). The scan keeps the places it resumed at, and
 * the further passes read the same segments, so that every pass sees the same records with the same numbers.</p>
 */
final class ProvJsonReader {

    /** Told of each problem met while reading. */
    interface Problems {
        void report(Severity severity, long line, long record, String message);
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
     * A stretch of the file read by one parser: where it starts, the synthetic structure it is read behind, and
     * the bundle that structure opens (one the scan met before the malformed JSON), if any.
     *
     * @param start where the parser starts
     * @param prefix the synthetic structure, empty for the start of the file
     * @param bundle the bundle the prefix's bundle stands for, {@code null} when it opens none
     */
    record Segment(Position start, String prefix, Container bundle) {
    }

    /**
     * What the first pass found.
     *
     * @param document the document, {@code null} when the file holds no PROV-JSON structure at all
     * @param records the records met, good or bad
     * @param skipped the records that could not be read
     * @param segments the stretches of the file the further passes read, in file order
     * @param unclosed the offsets of records found never to be closed, which every pass takes as malformed
     */
    record Result(Container document, int records, int skipped, List<Segment> segments, Set<Long> unclosed) {
    }

    /** The keys of a typed literal, the only object-valued attributes PROV-JSON has. */
    private static final Set<String> LITERAL_KEYS = Set.of("$", "type", "lang");

    /** How far back before a resumed record its map's key is looked for. */
    private static final int MAP_KEY_CONTEXT = 256;

    /** How far back the key of the first map is looked for, when no map was read before the damage. */
    private static final int FIRST_MAP_KEY_CONTEXT = 1 << 16;

    /** The lines with bytes that are not UTF-8 reported by number; further ones are only counted. */
    static final int MAX_NOTED_LINES = 100;

    /**
     * How many records the scan may find never closed, each costing a new scan; a file of more such records keeps
     * them as they read.
     */
    private static final int MAX_UNCLOSED = 16;

    private static final Problems QUIET = (severity, line, record, message) -> {
        // A replay meets the problems the scan reported.
    };

    private final Path file;
    private final Problems problems;
    private final Predicate<String> types;
    private final Sink sink;
    /** The containers of the scan, in document order, which a replay reuses so that records point to them. */
    private final List<Container> known;
    /** The scan adds the segments as it resumes; a replay reads those. */
    private final List<Segment> segments;
    /** Offsets of records found never to be closed: each pass stops at them as at malformed JSON. */
    private final Set<Long> unclosed;
    /** The first record of the segment holding an object that is no typed literal: maybe an unclosed one. */
    private Position swallower;
    /** Set when the scan found an unclosed record and must start again. */
    private boolean again;
    /** Whether the document is UTF-8, whose bytes the resynchronisation scans (jackson decodes UTF-16 itself). */
    private boolean bytewise;
    private final ProvJsonValues values = new ProvJsonValues();
    private int nextBundle;
    private JsonSegment segment;
    /** The bundle the current segment's prefix opens, until the reading meets it. */
    private Container synthetic;
    /** The record being read, for a problem that ends the reading inside it. */
    private String current;
    private int records;
    private int bad;
    private boolean stopped;
    // Where the reading is, to resume after malformed JSON: the container and map, and locations in the segment.
    private Container openContainer;
    private String openType;
    private JsonLocation memberStart;
    private JsonLocation recordStart;
    private JsonLocation lastEnd;
    // Lines holding bytes that are not UTF-8, over every segment (segments may overlap: each line once).
    private long lastRepairedLine;
    private long repairedLines;
    private final List<Long> notedRepairedLines = new ArrayList<>();

    private ProvJsonReader(Path file, Problems problems, Predicate<String> types, Sink sink, List<Container> known,
            List<Segment> segments, Set<Long> unclosed) {
        this.file = file;
        this.problems = problems;
        this.types = types;
        this.sink = sink;
        this.known = known;
        this.segments = segments;
        this.unclosed = unclosed;
    }

    /**
     * The first pass: reads the whole document, reports every problem, and learns its containers and prefixes.
     *
     * @param file the document
     * @param problems told of every problem
     * @return what was found
     * @throws IOException when the document cannot be opened or read
     */
    static Result scan(Path file, Problems problems) throws IOException {
        Set<Long> unclosed = new HashSet<>();
        while (true) {
            // A record never closed takes what follows as its attributes, which shows only where the file ends
            // (or at the next malformed JSON); the scan is then done again, with that record taken as malformed.
            List<Runnable> reported = new ArrayList<>();
            Problems buffered = (severity, line, record, message) -> reported.add(() -> problems.report(severity,
                    line, record, message));
            ProvJsonReader reader = new ProvJsonReader(file, buffered, type -> false, rec -> true, new ArrayList<>(),
                    new ArrayList<>(), unclosed);
            Container document = reader.read();
            if (!reader.again) {
                reported.forEach(Runnable::run);
                return new Result(document, reader.records, reader.bad, List.copyOf(reader.segments),
                        Set.copyOf(unclosed));
            }
        }
    }

    /**
     * A further pass: hands over the records of some types in document order, as the scan numbered them.
     *
     * @param file the same document
     * @param scanned what the scan found
     * @param types the record types to deliver
     * @param sink takes them
     * @throws IOException when the document cannot be opened or read
     */
    static void replay(Path file, Result scanned, Predicate<String> types, Sink sink) throws IOException {
        if (scanned.document() == null) {
            return;
        }
        List<Container> known = new ArrayList<>();
        known.add(scanned.document());
        known.addAll(scanned.document().bundles);
        new ProvJsonReader(file, QUIET, types, sink, known, scanned.segments(), scanned.unclosed()).read();
    }

    private boolean scanning() {
        return problems != QUIET;
    }

    /** Reads the document; returns its container, {@code null} when the file holds no PROV-JSON structure. */
    private Container read() throws IOException {
        Container document = scanning() ? new Container(null, null, 1) : known.get(0);
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(7);
        }
        int bom = TextInputs.hasBom(start) ? 3 : 0;
        // jackson detects UTF-16 and UTF-32 by itself, which the UTF-8 repair and byte offsets would garble.
        boolean utf16 = mayBeUtf16(TextInputs.stripBom(start));
        if (scanning()) {
            segments.add(new Segment(new Position(bom, 1), "", null));
        }
        boolean structure = false;
        for (int i = 0; i < segments.size() && !stopped && !again; i++) {
            Segment next = read(segments.get(i), document, !utf16);
            structure |= i > 0 || next != NOT_AN_OBJECT;
            if (scanning() && next != null && next != NOT_AN_OBJECT) {
                segments.add(next);
            }
        }
        if (scanning()) {
            for (long line : notedRepairedLines) {
                problems.report(Severity.WARNING, line, 0, "the line holds bytes that are not UTF-8; they were read"
                        + " as Windows-1252 characters");
            }
            long more = repairedLines - notedRepairedLines.size();
            if (more > 0) {
                problems.report(Severity.WARNING, 0, 0, more + " more lines hold bytes that are not UTF-8, read as"
                        + " Windows-1252 characters");
            }
        }
        return structure ? document : null;
    }

    /** What {@link #read(Segment, Container, boolean)} returns when the file is not an object and has no member. */
    private static final Segment NOT_AN_OBJECT = new Segment(new Position(0, 0), "", null);

    /**
     * Reads one segment; the scan returns where to resume after the malformed JSON that ended it, {@code null} when
     * it reached the end of the document or there is nothing to resume at.
     */
    private Segment read(Segment at, Container document, boolean repairUtf8) throws IOException {
        bytewise = repairUtf8;
        synthetic = at.bundle();
        swallower = null;
        openContainer = document;
        memberStart = null;
        recordStart = null;
        lastEnd = null;
        current = null;
        try (JsonSegment opened = JsonSegment.open(ProvJsonValues.FACTORY, file, at.start(), at.prefix(),
                repairUtf8 ? this::repairedLine : null)) {
            segment = opened;
            JsonParser parser = opened.parser();
            try {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    String found = "expected a JSON object (a PROV-JSON document), found " + (first == null
                            ? "an empty file" : first.asString() == null ? first.name() : first.asString());
                    Segment next = first == null ? null : resume(at);
                    report(Severity.ERROR, opened.tokenStart().line(), 0, found, next, false);
                    return next == null ? NOT_AN_OBJECT : next;
                }
                container(parser, document, true);
                if (stopped || !repairUtf8) {
                    return null; // UTF-16 and UTF-32 are read as jackson decodes them, without resynchronising
                }
                Position end = opened.current();
                if (JsonRecovery.onlyBlankAfter(file, end.offset())
                        || opened.resumed() && JsonRecovery.onlyClosersAfter(file, end.offset())) {
                    return null;
                }
                // A document closed early (a stray closing brace) with members after it.
                if (startAgain()) {
                    return null;
                }
                lastEnd = parser.currentLocation();
                Segment next = resume(at);
                report(Severity.ERROR, end.line(), 0, "the document ends here, but more follows", next, false);
                return next;
            } catch (JsonProcessingException e) {
                if (startAgain()) {
                    return null;
                }
                Position where = opened.where(e);
                int number = current == null ? records + 1 : records;
                if (repairUtf8 ? opened.isTruncation(e) : JsonRecovery.isEndOfInput(e)) {
                    // A record the file ends in may be one never closed, which took complete records in.
                    Segment next = current == null ? null : resume(at);
                    if (next != null) {
                        bad++;
                        problems.report(Severity.ERROR, where.line(), number, current + " is never closed: it takes"
                                + " what follows as its attributes, up to the end of the file; it was skipped,"
                                + " reading resumed at line " + next.start().line());
                        return next;
                    }
                    problems.report(Severity.ERROR, where.line(), number, "the file ends in the middle of the"
                            + " document (truncated?); the records before were imported");
                    return null;
                }
                Segment next = resume(at);
                String message;
                if (e instanceof StreamConstraintsException) {
                    message = (current == null ? "the document" : current) + " is beyond what ProvLens reads ("
                            + e.getOriginalMessage() + ")";
                } else {
                    message = "malformed JSON (" + JsonRecovery.reason(e) + ")" + (current == null ? ""
                            : " in " + current);
                }
                if (current != null) {
                    bad++;
                }
                report(Severity.ERROR, where.line(), number, message, next, current != null);
                return next;
            }
        }
    }

    /**
     * Whether the scan must start again because a record before the error in this segment was never closed: the
     * first that holds an object that is no typed literal (a record it took as an attribute).
     */
    private boolean startAgain() {
        if (scanning() && swallower != null && unclosed.size() < MAX_UNCLOSED && unclosed.add(swallower.offset())) {
            again = true;
        }
        return again;
    }

    /** Reports an error that ends a segment, saying where reading resumed. */
    private void report(Severity severity, long line, long number, String message, Segment next, boolean skipped) {
        String tail = next != null ? "; reading resumed at line " + next.start().line()
                : "; the rest of the file holds no record that could be read, the records before were imported";
        problems.report(severity, line, number, message + (skipped ? ", which was skipped" : "") + tail);
    }

    private void repairedLine(long line) {
        if (line > lastRepairedLine) {
            lastRepairedLine = line;
            repairedLines++;
            if (notedRepairedLines.size() < MAX_NOTED_LINES) {
                notedRepairedLines.add(line);
            }
        }
    }

    // ---------------------------------------------------------------- resynchronisation

    /**
     * Where the scan resumes after malformed JSON in a segment: the next member holding an object, after the last
     * good record and past the start of what failed, that is a record, a map, the prefixes or a bundle.
     */
    private Segment resume(Segment at) throws IOException {
        if (!scanning() || !bytewise) {
            return null;
        }
        long from = at.start().offset() + 1;
        Position after = at.start();
        for (JsonLocation location : new JsonLocation[] {lastEnd, memberStart, recordStart}) {
            if (location != null) {
                Position p = segment.position(location);
                long past = location == lastEnd ? p.offset() : p.offset() + 1;
                if (past >= from) {
                    from = past;
                    after = p;
                }
            }
        }
        Position search = new Position(from, after.line());
        for (Position candidate = JsonRecovery.nextMemberStart(file, search); candidate != null;
                candidate = JsonRecovery.nextMemberStart(file, new Position(candidate.offset() + 1,
                        candidate.line()))) {
            Segment next = classify(candidate, search);
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    /**
     * What a member found after malformed JSON starts: its key, whether it holds an array, and the first key of the
     * object it holds (or of the first object of the array), {@code null} for an empty object.
     */
    private record Member(String key, boolean array, String firstKey) {
    }

    private Segment classify(Position candidate, Position search) throws IOException {
        Member member = JsonRecovery.probe(ProvJsonValues.FACTORY, file, candidate, "{", true, parser -> {
            parser.nextToken();
            String key = parser.nextFieldName();
            JsonToken value = key == null ? null : parser.nextToken();
            boolean array = value == JsonToken.START_ARRAY;
            if (array && parser.nextToken() != JsonToken.START_OBJECT || !array && value != JsonToken.START_OBJECT) {
                return null; // an array of values, not of records
            }
            JsonToken token = parser.nextToken();
            if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
                return null;
            }
            return new Member(key, array, token == JsonToken.FIELD_NAME ? parser.currentName() : null);
        });
        if (member == null || member.firstKey() != null && LITERAL_KEYS.contains(member.firstKey())) {
            return null; // a typed literal is an attribute's value, not a record
        }
        String key = structureKey(member.key());
        if (!member.array() && ProvJsonSyntax.BUNDLE.equals(key)) {
            return new Segment(candidate, "{", null);
        }
        if (!member.array() && key != null) {
            return new Segment(candidate, prefixOf(openContainer), openContainer.bundleId == null ? null
                    : openContainer);
        }
        String firstKey = member.firstKey() == null ? null : structureKey(member.firstKey());
        if (!member.array() && firstKey != null && !ProvJsonSyntax.BUNDLE.equals(firstKey)) {
            return new Segment(candidate, "{\"bundle\":{", null); // a bundle: it holds prefixes or maps
        }
        String type = mapKeyBefore(search, candidate, openType != null);
        if (type == null && openType != null) {
            type = openType;
        }
        if (type == null) {
            return null; // a record, but of no map that can be told
        }
        return new Segment(candidate, prefixOf(openContainer) + JsonRecovery.asciiString(type) + ":{",
                openContainer.bundleId == null ? null : openContainer);
    }

    /** A letter of a PROV-JSON key: ASCII (a byte flipped above 0x7F is damage, not part of a key). */
    private static boolean isKeyLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /**
     * The record type a word in damaged text names: the type, the type damaged in a character, or the type with a
     * letter before or after it (a quote around the key flipped into a letter, {@code "activityb:}).
     */
    private static String mapType(String word) {
        String type = structureKey(word);
        if (type == null && word.length() > 2) {
            for (String trimmed : new String[] {word.substring(1), word.substring(0, word.length() - 1)}) {
                if (ProvJsonSyntax.SHAPES.containsKey(trimmed)) {
                    return trimmed;
                }
            }
        }
        return type != null && ProvJsonSyntax.SHAPES.containsKey(type) ? type : null;
    }

    /** A PROV-JSON structure key (prefix, bundle, a record type), also when one character of it is damaged. */
    private static String structureKey(String name) {
        return ProvJsonSyntax.TOP_LEVEL_KEYS.contains(name) ? name
                : JsonRecovery.damagedKey(name, ProvJsonSyntax.TOP_LEVEL_KEYS);
    }

    /** The synthetic text that puts a parser among the members of a container. */
    private static String prefixOf(Container container) {
        return container.bundleId == null ? "{"
                : "{\"bundle\":{" + JsonRecovery.asciiString(container.bundleId) + ":{";
    }

    /**
     * The record type whose map key comes right before a record, damaged or not ({@code #activity": {}): when a
     * map's key or its brace is broken, the first record after it is still known to be of that map. Between the
     * key and the record lie white space and at most four other characters, among them a colon or a brace (so
     * that a type's name written as a value, {@code "prov:label": "agent"}, is not taken for a key). With
     * {@code adjacent} false (no map was read before the damage) the key may also come before other records, damaged
     * ones: the last word that looks like a map key (a type's name, not after a colon as a qualified name's local
     * part is, followed by a colon or brace).
     */
    private String mapKeyBefore(Position search, Position candidate, boolean adjacent) throws IOException {
        long start = Math.max(search.offset(), candidate.offset() - (adjacent ? MAP_KEY_CONTEXT
                : FIRST_MAP_KEY_CONTEXT));
        if (start >= candidate.offset()) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) (candidate.offset() - start));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.read(buffer, start);
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
        StringBuilder rest = new StringBuilder(); // what lies between a word and the candidate, white space aside
        StringBuilder after = new StringBuilder(); // what lies between a word and the next word
        int end = text.length();
        while (end > 0) {
            after.setLength(0);
            while (end > 0 && !isKeyLetter(text.charAt(end - 1))) {
                if (!Character.isWhitespace(text.charAt(end - 1))) {
                    rest.append(text.charAt(end - 1));
                    after.append(text.charAt(end - 1));
                }
                end--;
            }
            int begin = end;
            while (begin > 0 && isKeyLetter(text.charAt(begin - 1))) {
                begin--;
            }
            String word = text.substring(begin, end);
            if (adjacent && rest.length() > 4) {
                return null;
            }
            String type = mapType(word);
            // Between a map key and the next word: '": {' and the next key's quote, and a damaged byte perhaps.
            boolean keyLike = after.length() <= 5 && (after.indexOf(":") >= 0 || after.indexOf("{") >= 0);
            if (type != null) {
                if (rest.length() <= 4 && (rest.indexOf(":") >= 0 || rest.indexOf("{") >= 0)) {
                    return type;
                }
                if (!adjacent && keyLike && (begin == 0 || text.charAt(begin - 1) != ':')) {
                    return type;
                }
            }
            rest.append(word); // a damaged colon or brace may be a letter
            end = begin;
        }
        return null;
    }

    // ---------------------------------------------------------------- structure

    /**
     * Whether a document is UTF-16 or UTF-32: a byte-order mark of those, or a NUL byte among its first two (JSON
     * starts with an ASCII character, which takes a NUL byte beside it in those encodings).
     */
    private static boolean mayBeUtf16(byte[] start) {
        if (start.length >= 2 && (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF
                || start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)) {
            return true;
        }
        return start.length >= 2 && (start[0] == 0 || start[1] == 0);
    }

    private void container(JsonParser parser, Container container, boolean topLevel) throws IOException {
        for (String key = parser.nextFieldName(); key != null && !stopped; key = parser.nextFieldName()) {
            openContainer = container;
            JsonLocation keyAt = parser.currentTokenLocation();
            long keyLine = line(keyAt);
            String name = key;
            if (!ProvJsonSyntax.TOP_LEVEL_KEYS.contains(key)) {
                String meant = JsonRecovery.damagedKey(key, ProvJsonSyntax.TOP_LEVEL_KEYS);
                if (meant != null && (topLevel || !ProvJsonSyntax.BUNDLE.equals(meant))) {
                    problems.report(Severity.WARNING, keyLine, 0, "'" + key + "' is not a PROV-JSON key; read as '"
                            + meant + "', the key it is closest to (a damaged file?)");
                    name = meant;
                }
            }
            boolean structure = ProvJsonSyntax.TOP_LEVEL_KEYS.contains(name);
            if (structure) {
                // Before its value is read: damage right after the key still tells which map follows.
                memberStart = keyAt;
                if (ProvJsonSyntax.SHAPES.containsKey(name)) {
                    openType = name;
                }
            }
            JsonToken value = parser.nextToken();
            if (!structure && key.indexOf(':') >= 0 && value == JsonToken.START_OBJECT && openType != null) {
                // A qualified name holding an object is a record: a stray closing brace (or a resumed reading whose
                // structure was shallower than the file's) ended its map early. Resume at it, in that map.
                throw new JsonParseException(parser, "the record " + key + " is outside of any map (a stray closing"
                        + " brace before it?)");
            }
            memberStart = keyAt;
            if (ProvJsonSyntax.PREFIX.equals(name)) {
                prefixes(parser, container, keyLine);
            } else if (ProvJsonSyntax.BUNDLE.equals(name) && topLevel) {
                bundles(parser, container);
            } else if (ProvJsonSyntax.SHAPES.containsKey(name)) {
                if (value != JsonToken.START_OBJECT) {
                    problems.report(Severity.ERROR, keyLine, 0, "'" + key
                            + "' must be a JSON object mapping identifiers to records; ignored");
                    parser.skipChildren();
                } else {
                    records(parser, container, name);
                }
            } else {
                problems.report(Severity.WARNING, keyLine, 0, "'" + key + "' is not a PROV-JSON "
                        + (topLevel ? "top-level key" : "key in a bundle") + "; ignored");
                parser.skipChildren();
            }
            openContainer = container;
            memberStart = null;
            lastEnd = parser.currentLocation();
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
            problems.report(Severity.ERROR, line(parser.currentTokenLocation()), 0,
                    "'bundle' must map bundle identifiers to bundles; ignored");
            parser.skipChildren();
            return;
        }
        for (String id = parser.nextFieldName(); id != null && !stopped; id = parser.nextFieldName()) {
            long line = line(parser.currentTokenLocation());
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.report(Severity.ERROR, line, 0, "bundle " + id + " must be a JSON object; ignored");
                parser.skipChildren();
                continue;
            }
            Container bundle;
            if (synthetic != null) {
                bundle = synthetic; // the bundle a resumed segment's prefix stands for
                synthetic = null;
            } else if (scanning()) {
                bundle = new Container(id, document, line);
                document.bundles.add(bundle);
            } else {
                bundle = known.get(++nextBundle);
            }
            container(parser, bundle, false);
            openContainer = document;
        }
    }

    private void records(JsonParser parser, Container container, String type) throws IOException {
        boolean wanted = scanning() || types.test(type);
        for (String id = parser.nextFieldName(); id != null && !stopped; id = parser.nextFieldName()) {
            if (wanted || !unclosed.isEmpty()) {
                recordStart = parser.currentTokenLocation();
                if (!unclosed.isEmpty() && unclosed.contains(segment.position(recordStart).offset())) {
                    records++;
                    current = type + " " + id;
                    throw new JsonParseException(parser, "the record is never closed: it takes what follows as its"
                            + " attributes");
                }
            }
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
            long line = line(recordStart);
            // A record is an object; an array of objects is several records sharing one identifier.
            if (token == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY && !stopped) {
                    instance(parser, container, type, id, line);
                }
            } else {
                instance(parser, container, type, id, line);
            }
            recordStart = null;
            lastEnd = parser.currentLocation();
        }
    }

    private void instance(JsonParser parser, Container container, String type, String id, long line)
            throws IOException {
        records++;
        current = type + " " + id;
        Object value = values.read(parser);
        current = null;
        lastEnd = parser.currentLocation();
        if (values.tooDeep()) {
            bad++;
            problems.report(Severity.ERROR, line, records, type + " " + id + ": nested deeper than "
                    + ProvJsonValues.MAX_DEPTH + " levels, which no PROV-JSON record is; skipped");
        } else if (value instanceof Map<?, ?> map) {
            if (swallower == null && scanning() && map.values().stream().anyMatch(ProvJsonReader::holdsRecord)) {
                swallower = segment.position(recordStart);
            }
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

    /** Whether an attribute value holds an object that is not a typed literal, as a record taken in would be. */
    private static boolean holdsRecord(Object value) {
        if (value instanceof Map<?, ?> map) {
            return LITERAL_KEYS.stream().noneMatch(map::containsKey);
        }
        return value instanceof List<?> list && list.stream().anyMatch(ProvJsonReader::holdsRecord);
    }

    private static String describe(Object value) {
        return value == null ? "null" : value instanceof List ? "an array" : value instanceof Map ? "an object"
                : "'" + value + "'";
    }

    private long line(JsonLocation location) {
        return location == null ? 0 : segment.position(location).line();
    }
}
