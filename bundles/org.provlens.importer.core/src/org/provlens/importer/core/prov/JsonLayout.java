package org.provlens.importer.core.prov;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * The layout of exported PROV-JSON: one record per block with one attribute per line, attribute values (typed
 * literals, arrays) on one line, {@code \n} line ends whatever the platform, so that exports of equal models are
 * byte-identical and diff well. Jackson's default printer cannot put nested objects on one line and, before
 * 2.16, cannot drop the space before the colon.
 */
final class JsonLayout implements PrettyPrinter {

    /** Containers nested deeper than this (document, record-type map, record) are written on one line. */
    private static final int BLOCK_DEPTH = 3;

    /** For each open container: whether it is written on one line. */
    private final Deque<Boolean> inline = new ArrayDeque<>();

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        boolean oneLine = inline.size() >= BLOCK_DEPTH || Boolean.TRUE.equals(inline.peek());
        inline.push(oneLine);
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (!inline.peek()) {
            newLine(g, inline.size());
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline.peek()) {
            g.writeRaw(' ');
        } else {
            newLine(g, inline.size());
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        boolean oneLine = inline.pop();
        if (!oneLine && entries > 0) {
            newLine(g, inline.size());
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        inline.push(true);
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        // Arrays are written on one line.
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        inline.pop();
        g.writeRaw(']');
    }

    private static void newLine(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            g.writeRaw("  ");
        }
    }
}
