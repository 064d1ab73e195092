package org.provlens.importer.core.cmf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.provlens.importer.core.cmf.CmfNode.Kind;
import org.provlens.importer.core.cmf.CmfNode.Where;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.TextInputs;

import com.fasterxml.jackson.core.JsonLocation;
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
 */
final class CmfExportReader {

    private final String source;
    private final CmfMapper session;
    /** The nodes being read, innermost first: on truncation, says where the file was cut. */
    private final Deque<CmfNode> open = new ArrayDeque<>();
    private int executions;

    private CmfExportReader(Path file, CmfMapper session) {
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
        return new CmfExportReader(file, session).read(file);
    }

    private List<CmfNode> read(Path file) throws IOException {
        List<CmfNode> pipelines = new ArrayList<>();
        try (InputStream in = TextInputs.open(file); JsonParser parser = JsonTrees.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                session.error(where(parser, null, 0),
                        "expected a CMF metadata export, a JSON object {\"Pipeline\": [...]}");
                return pipelines;
            }
            boolean found = false;
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken token = next(parser);
                if (!"Pipeline".equals(name) || token != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                found = true;
                int index = 0;
                while ((token = next(parser)) != JsonToken.END_ARRAY) {
                    String path = "Pipeline[" + index++ + "]";
                    if (token != JsonToken.START_OBJECT) {
                        notAnObject(parser, path, 0);
                        continue;
                    }
                    CmfNode pipeline = new CmfNode(Kind.PIPELINE, where(parser, path, 0));
                    pipelines.add(pipeline);
                    readObject(parser, pipeline);
                    if (session.cancelled()) {
                        return pipelines;
                    }
                }
            }
            if (!found) {
                session.error(session.file(), "no \"Pipeline\" array: not a CMF metadata export");
            }
        } catch (JsonProcessingException e) {
            // Jackson reports a cut inside an object's entries as a plain parse error, not always as
            // JsonEOFException.
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                truncated(e.getLocation());
            } else {
                malformed(e);
            }
        }
        return pipelines;
    }

    /** Reads the fields of an object whose START_OBJECT is the current token, up to its END_OBJECT. */
    private void readObject(JsonParser parser, CmfNode node) throws IOException {
        open.push(node);
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = next(parser);
            if (name.equals(node.kind.childrenKey) && token == JsonToken.START_ARRAY) {
                int index = 0;
                while ((token = next(parser)) != JsonToken.END_ARRAY) {
                    String path = node.where.path() + "." + name + "[" + index++ + "]";
                    Kind kind = node.kind.childKind();
                    long record = kind == Kind.EXECUTION ? ++executions : node.where.record();
                    if (token != JsonToken.START_OBJECT) {
                        notAnObject(parser, path, record);
                        continue;
                    }
                    CmfNode child = new CmfNode(kind, where(parser, path, record));
                    node.children.add(child);
                    readObject(parser, child);
                }
            } else if (node.kind == Kind.EVENT && "artifact".equals(name) && token == JsonToken.START_OBJECT) {
                node.artifact = new CmfNode(Kind.ARTIFACT, where(parser, node.where.path() + ".artifact",
                        node.where.record()));
                readObject(parser, node.artifact);
            } else {
                node.attrs.put(name, JsonTrees.read(parser));
            }
        }
        node.complete = true;
        open.pop();
    }

    private void notAnObject(JsonParser parser, String path, long record) throws IOException {
        Where where = where(parser, path, record);
        Object value = JsonTrees.read(parser);
        session.error(where, "expected a JSON object, found " + (value instanceof List ? "an array" : "'" + value + "'")
                + "; ignored");
    }

    private void truncated(JsonLocation at) {
        long line = at == null ? 0 : at.getLineNr();
        CmfNode execution = openExecution();
        if (execution != null) {
            session.error(new Where(source, line, execution.where.record(), null), "the file ends inside "
                    + execution.where.path() + " (truncated?): that execution was not imported,"
                    + " the complete executions before it were");
        } else {
            String inside = open.isEmpty() ? "" : " inside " + open.peek().where.path();
            session.error(new Where(source, line, 0, null), "the file ends" + inside
                    + " (truncated?); the complete executions before were imported");
        }
    }

    private void malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        CmfNode execution = openExecution();
        session.error(new Where(source, at == null ? 0 : at.getLineNr(),
                execution == null ? 0 : execution.where.record(), null), "malformed JSON (" + e.getOriginalMessage()
                        + ")" + (execution == null ? "" : " in " + execution.where.path() + ", which was not imported")
                        + "; the rest of the file was not read, the complete executions before were imported");
    }

    private CmfNode openExecution() {
        return open.stream().filter(n -> n.kind == Kind.EXECUTION).findFirst().orElse(null);
    }

    private Where where(JsonParser parser, String path, long record) {
        return new Where(source, parser.currentTokenLocation().getLineNr(), record, path);
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
