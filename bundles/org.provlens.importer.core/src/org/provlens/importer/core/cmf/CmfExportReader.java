package org.provlens.importer.core.cmf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.provlens.importer.core.cmf.CmfNode.Kind;
import org.provlens.importer.core.cmf.CmfNode.Where;
import org.provlens.importer.core.internal.JsonRecovery;
import org.provlens.importer.core.internal.JsonRecovery.Position;
import org.provlens.importer.core.internal.JsonSegment;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.TextInputs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Reads a CMF metadata export ({@code cmfquery.dumptojson}, {@code cmf metadata export}) into {@link CmfNode} trees,
 * remembering the line and JSON path of every pipeline, stage, execution and event.
 *
 * <p>The structure is walked with the streaming parser instead of being read as one value, for two reasons: problems
 * can name the line of the very event that is wrong, and a truncated file keeps every execution read before the
 * cut. Each node is attached to its parent before its content is read, so the tree read so far survives the
 * exception; only nodes read to their end are marked complete. dumptojson writes a node's {@code stages},
 * {@code executions} or {@code events} before its own name and times, which is why mapping waits for the whole
 * tree.</p>
 *
 * <p>Malformed JSON costs only the execution it is in: reading resumes at the next object after the last node read
 * to its end and past the start of the node that failed, that is a pipeline, stage, execution or event (told by its
 * first children key) of a node still open, with a parser opened there behind a synthetic prefix that re-creates
 * the nesting ({@code {"Pipeline":[{"stages":[} ...), whose levels are bound to the nodes already read. When the
 * export's frame itself is damaged (the brace of a pipeline or stage), a stage or execution found with no open
 * parent gets one made up, which takes the parent's name and times from the text after its children, where
 * dumptojson writes them. A structure key damaged in a character or two ({@code "stagds"}) is read as the key it
 * differs from, with a warning.</p>
 */
final class CmfExportReader {

    private final Path file;
    private final String source;
    private final CmfMapper session;
    private final List<CmfNode> pipelines = new ArrayList<>();
    /** The nodes being read, innermost first: on truncation, says where the file was cut. */
    private final Deque<CmfNode> open = new ArrayDeque<>();
    /** Nodes the synthetic prefix of a resumed parser stands for, outermost first. */
    private final Deque<CmfNode> reuse = new ArrayDeque<>();
    /** Where the current parser was opened, and its prefix. */
    private Position base;
    private String prefix = "";
    /** The current parser. */
    private JsonSegment segment;
    /** Just after the last node read to its end, in the current segment. */
    private JsonLocation lastClosed;
    private int executions;
    private boolean foundPipelines;
    /** Offsets of objects found never to be closed. */
    private final Set<Long> poisoned = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    /** dumptojson's root key. */
    private static final String PIPELINE = "Pipeline";

    /** An event's key of its artifact. */
    private static final String ARTIFACT = "artifact";

    /** The keys that tell the kind of a node, by the children it has. */
    private static final List<String> CHILDREN_KEYS = List.of("stages", "executions", "events", ARTIFACT);

    private CmfExportReader(Path file, CmfMapper session) {
        this.file = file;
        this.source = file.toString();
        this.session = session;
    }

    /**
     * Reads an export; problems go to the session.
     *
     * @param file the export
     * @param session receives problems
     * @return the pipelines read, the last ones possibly incomplete
     * @throws IOException when the file cannot be read
     */
    static List<CmfNode> read(Path file, CmfMapper session) throws IOException {
        return new CmfExportReader(file, session).read();
    }

    private List<CmfNode> read() throws IOException {
        int bom;
        try (InputStream in = Files.newInputStream(file)) {
            bom = TextInputs.hasBom(in.readNBytes(3)) ? 3 : 0;
        }
        // An object that is never closed swallows the rest of the file as its content, which shows only at the
        // end of the file; the read is then done again, with that object taken as malformed.
        while (true) {
            pipelines.clear();
            problems.clear();
            executions = 0;
            foundPipelines = false;
            base = new Position(bom, 1);
            prefix = "";
            if (attempt()) {
                break;
            }
        }
        for (Problem problem : problems) {
            if (problem.warning()) {
                session.warning(problem.where(), problem.message());
            } else {
                session.error(problem.where(), problem.message());
            }
        }
        return pipelines;
    }

    /** One problem, kept until the read is final. */
    private record Problem(Where where, String message, boolean warning) {
    }

    private void error(Where where, String message) {
        problems.add(new Problem(where, message, false));
    }

    private void warning(Where where, String message) {
        problems.add(new Problem(where, message, true));
    }

    /** Reads the file; false when it must be read again because an unclosed object was found. */
    private boolean attempt() throws IOException {
        List<CmfNode> context = null;
        while (true) {
            segment = JsonSegment.open(JsonTrees.FACTORY, file, base, prefix, null);
            JsonParser parser = segment.parser();
            lastClosed = null;
            // Not try-with-resources: the parser must still be open in the catch to tell where it stopped.
            try {
                open.clear();
                reuse.clear();
                if (context != null) {
                    reuse.addAll(context);
                }
                readRoot(parser);
                if (!foundPipelines) {
                    error(session.file(), "no \"Pipeline\" array: not a CMF metadata export");
                }
                return true;
            } catch (JsonProcessingException e) {
                Position where = segment.where(e);
                // Whatever the error, an unclosed object read before it is the first cause: read again without it.
                CmfNode swallower = swallower();
                if (swallower != null && poisoned.add(swallower.offset)) {
                    return false;
                }
                if (segment.isTruncation(e)) {
                    // The execution the file ends in is not imported, nor are its events read again; but an object
                    // never closed may have taken complete executions in before the cut: they are read.
                    CmfNode execution = openExecution();
                    if (execution != null) {
                        execution.broken = true;
                    }
                    CmfNode unclosed = open.peek();
                    context = resume();
                    if (context == null) {
                        truncated(where);
                        return true;
                    }
                    neverClosed(unclosed, where);
                } else {
                    malformed(e, where);
                    context = resume();
                    if (context == null) {
                        return true;
                    }
                }
            } finally {
                parser.close();
            }
            if (session.cancelled()) {
                return true;
            }
        }
    }

    /**
     * The first node (in file order) that holds, among its attribute values, an object shaped like a pipeline,
     * stage, execution or event: one that was never closed and took what follows as its content.
     */
    private CmfNode swallower() {
        CmfNode first = null;
        Deque<CmfNode> todo = new ArrayDeque<>(pipelines);
        while (!todo.isEmpty()) {
            CmfNode node = todo.pop();
            if (node.offset >= 0 && !poisoned.contains(node.offset) && (first == null || node.offset < first.offset)
                    && node.attrs.values().stream().anyMatch(CmfExportReader::holdsNode)) {
                first = node;
            }
            todo.addAll(node.children);
            if (node.artifact != null) {
                todo.add(node.artifact);
            }
        }
        return first;
    }

    private static boolean holdsNode(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.containsKey("events") || map.containsKey("executions") || map.containsKey("stages")
                    || map.containsKey("artifact") || map.values().stream().anyMatch(CmfExportReader::holdsNode);
        }
        return value instanceof List<?> list && list.stream().anyMatch(CmfExportReader::holdsNode);
    }

    /** Stops reading at a node found to swallow what follows it, as if it were malformed there. */
    private void checkPoisoned(JsonParser parser, CmfNode node) throws JsonParseException {
        if (poisoned.contains(node.offset)) {
            open.push(node);
            throw new JsonParseException(parser, "this object is never closed: it takes the rest of the file as its"
                    + " content");
        }
    }

    private void readRoot(JsonParser parser) throws IOException {
        if (next(parser) != JsonToken.START_OBJECT) {
            // A damaged start: the pipelines after it are found by resynchronising.
            throw new JsonParseException(parser, "expected a CMF metadata export, a JSON object {\"Pipeline\": [...]}");
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = next(parser);
            if (!isKey(parser, name, PIPELINE, token == JsonToken.START_ARRAY)) {
                parser.skipChildren();
                continue;
            }
            foundPipelines = true;
            while ((token = next(parser)) != JsonToken.END_ARRAY) {
                String path = "Pipeline[" + pipelines.size() + "]";
                if (token != JsonToken.START_OBJECT) {
                    notAnObject(parser, path, 0);
                    continue;
                }
                CmfNode pipeline = reuse.pollFirst();
                if (pipeline == null) {
                    pipeline = new CmfNode(Kind.PIPELINE, where(parser, path, 0));
                    pipeline.offset = offset(parser);
                    pipelines.add(pipeline);
                    checkPoisoned(parser, pipeline);
                }
                readObject(parser, pipeline);
                if (session.cancelled()) {
                    return;
                }
            }
        }
    }

    /** Reads the fields of an object whose START_OBJECT is the current token, up to its END_OBJECT. */
    private void readObject(JsonParser parser, CmfNode node) throws IOException {
        open.push(node);
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = next(parser);
            if (node.kind.childrenKey != null && isKey(parser, name, node.kind.childrenKey,
                    token == JsonToken.START_ARRAY)) {
                while ((token = next(parser)) != JsonToken.END_ARRAY) {
                    String path = node.where.path() + "." + name + "[" + node.children.size() + "]";
                    Kind kind = node.kind.childKind();
                    CmfNode child = reuse.pollFirst();
                    if (child == null) {
                        long record = kind == Kind.EXECUTION ? ++executions : node.where.record();
                        if (token != JsonToken.START_OBJECT) {
                            notAnObject(parser, path, record);
                            continue;
                        }
                        child = new CmfNode(kind, where(parser, path, record));
                        child.offset = offset(parser);
                        node.children.add(child);
                        checkPoisoned(parser, child);
                    }
                    readObject(parser, child);
                }
            } else if (node.kind == Kind.EVENT && isKey(parser, name, ARTIFACT, token == JsonToken.START_OBJECT)) {
                node.artifact = new CmfNode(Kind.ARTIFACT, where(parser, node.where.path() + ".artifact",
                        node.where.record()));
                readObject(parser, node.artifact);
            } else {
                node.attrs.put(name, JsonTrees.read(parser));
            }
        }
        node.complete = !node.broken;
        open.pop();
        lastClosed = parser.currentLocation();
    }

    /**
     * Whether a field is a structure key ({@code Pipeline}, a children key, {@code artifact}) holding what it
     * should: the key itself, or a key damaged in a character or two (flipped bytes), with a warning.
     */
    private boolean isKey(JsonParser parser, String name, String key, boolean shaped) {
        if (!shaped) {
            return false;
        }
        if (name.equals(key)) {
            return true;
        }
        if (JsonRecovery.damagedKey(name, List.of(key)) == null) {
            return false;
        }
        warning(new Where(source, segment.tokenStart().line(), 0, null), "'" + name + "' is not a CMF key; read as '"
                + key + "', the key it is closest to (a damaged file?)");
        return true;
    }

    /**
     * After malformed JSON: the next object, after the last node read to its end and past the start of the node
     * that failed (which may have taken good nodes in, as an object never closed does), that starts a node of a
     * kind whose parent is still open or may be made up, and the nodes down to that parent (the context to resume
     * in), or {@code null} at the end of the file.
     */
    private List<CmfNode> resume() throws IOException {
        List<CmfNode> stack = new ArrayList<>(open);
        Collections.reverse(stack); // outermost first
        long from = base.offset() + 1;
        long line = base.line();
        if (lastClosed != null && segment.position(lastClosed).offset() > from) {
            from = segment.position(lastClosed).offset();
            line = segment.position(lastClosed).line();
        }
        CmfNode failed = open.peek();
        if (failed != null && failed.offset >= from) {
            from = failed.offset + 1;
            line = failed.where.line();
        }
        for (Position candidate = JsonRecovery.nextObjectStart(file, new Position(from, line), false);
                candidate != null; candidate = JsonRecovery.nextObjectStart(file, new Position(candidate.offset() + 1,
                        candidate.line()), false)) {
            Kind kind = kindAt(candidate);
            if (kind == null) {
                continue;
            }
            List<CmfNode> context = context(stack, kind, candidate);
            if (context != null) {
                base = candidate;
                prefix = prefix(context);
                return context;
            }
        }
        return null;
    }

    /**
     * The open nodes a node of a kind would be a child of, outermost first. A stage or execution whose parent is not
     * open (the frame around it is damaged) gets the missing levels made up below the deepest open one; an event
     * or artifact only goes into an execution still open and not broken, which is a record and never made up.
     */
    private List<CmfNode> context(List<CmfNode> stack, Kind kind, Position candidate) {
        if (kind == Kind.PIPELINE) {
            return List.of();
        }
        int parentLevel = kind.ordinal() - 1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            CmfNode node = stack.get(i);
            if (node.broken || node.kind.ordinal() > parentLevel) {
                continue;
            }
            if (node.kind.ordinal() < parentLevel && kind.ordinal() > Kind.EXECUTION.ordinal()) {
                return null;
            }
            List<CmfNode> context = new ArrayList<>(stack.subList(0, i + 1));
            madeUp(context, node, parentLevel, candidate);
            return context;
        }
        if (kind.ordinal() > Kind.EXECUTION.ordinal()) {
            return null;
        }
        List<CmfNode> context = new ArrayList<>();
        madeUp(context, null, parentLevel, candidate);
        return context;
    }

    /** Adds made-up nodes below {@code parent} (a pipeline, or none) down to a level, attached to the tree. */
    private void madeUp(List<CmfNode> context, CmfNode parent, int level, Position candidate) {
        for (int l = parent == null ? 0 : parent.kind.ordinal() + 1; l <= level; l++) {
            Kind kind = Kind.values()[l];
            CmfNode node;
            if (parent == null) {
                node = new CmfNode(kind, new Where(source, candidate.line(), 0, "Pipeline[" + pipelines.size() + "]"));
                pipelines.add(node);
            } else {
                node = new CmfNode(kind, new Where(source, candidate.line(), parent.where.record(),
                        parent.where.path() + "." + parent.kind.childrenKey + "[" + parent.children.size() + "]"));
                parent.children.add(node);
            }
            context.add(node);
            parent = node;
        }
    }

    /** The synthetic text that puts a parser inside the children array of the context's innermost node. */
    private static String prefix(List<CmfNode> context) {
        StringBuilder text = new StringBuilder("{\"Pipeline\":[");
        for (CmfNode node : context) {
            text.append("{\"").append(node.kind.childrenKey).append("\":[");
        }
        return text.toString();
    }

    /**
     * The kind of node an object at a position starts, by its first children key ({@code stages},
     * {@code executions}, {@code events}, {@code artifact}) directly in it, whether or not the object is well formed
     * after that key.
     */
    private Kind kindAt(Position candidate) throws IOException {
        return JsonRecovery.probe(JsonTrees.FACTORY, file, candidate, "", false, parser -> {
            parser.nextToken();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                String key = CHILDREN_KEYS.contains(name) ? name : JsonRecovery.damagedKey(name, CHILDREN_KEYS);
                switch (key == null ? "" : key) {
                    case "stages":
                        return Kind.PIPELINE;
                    case "executions":
                        return Kind.STAGE;
                    case "events":
                        return Kind.EXECUTION;
                    case ARTIFACT:
                        return Kind.EVENT;
                    default:
                        parser.nextToken();
                        parser.skipChildren();
                }
            }
            return null;
        });
    }

    private void notAnObject(JsonParser parser, String path, long record) throws IOException {
        Where where = where(parser, path, record);
        Object value = JsonTrees.read(parser);
        error(where, "expected a JSON object, found " + (value instanceof List ? "an array" : "'" + value + "'")
                + "; ignored");
    }

    private void truncated(Position at) {
        CmfNode execution = openExecution();
        if (execution != null) {
            error(new Where(source, at.line(), execution.where.record(), null), "the file ends inside "
                    + execution.where.path() + " (truncated?): that execution was not imported,"
                    + " the complete executions before it were");
        } else {
            String inside = open.isEmpty() ? "" : " inside " + open.peek().where.path();
            error(new Where(source, at.line(), 0, null), "the file ends" + inside
                    + " (truncated?); the complete executions before were imported");
        }
    }

    /** An object that the file ends in, and took complete nodes in as its content: it was never closed. */
    private void neverClosed(CmfNode node, Position at) {
        CmfNode execution = openExecution();
        error(new Where(source, at.line(), execution == null ? 0 : execution.where.record(), null),
                (node == null ? "an object" : node.where.path()) + " is never closed: it takes what follows as its"
                        + " content" + (execution == null ? "" : "; " + execution.where.path() + " was not imported")
                        + "; reading resumed at the next pipeline, stage, execution or event");
    }

    private void malformed(JsonProcessingException e, Position at) {
        CmfNode execution = openExecution();
        if (execution != null) {
            execution.broken = true;
        }
        error(new Where(source, at.line(), execution == null ? 0 : execution.where.record(), null),
                "malformed JSON (" + JsonRecovery.reason(e) + ")" + (execution == null ? ""
                        : " in " + execution.where.path() + ", which was not imported")
                        + "; reading resumed at the next pipeline, stage, execution or event");
    }

    private CmfNode openExecution() {
        return open.stream().filter(n -> n.kind == Kind.EXECUTION).findFirst().orElse(null);
    }

    private long offset(JsonParser parser) {
        return segment.position(parser.currentTokenLocation()).offset();
    }

    private Where where(JsonParser parser, String path, long record) {
        return new Where(source, segment.position(parser.currentTokenLocation()).line(), record, path);
    }

    /** The next token; the end of the input inside the export is a truncation. */
    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonEOFException(parser, null, "unexpected end of the input");
        }
        return token;
    }
}
