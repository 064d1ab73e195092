package org.provlens.importer.core.flowcept;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.TelemetrySchema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads Flowcept telemetry blocks straight from the parser into channel numbers and primitive values, without
 * building a map per block or a path string per value: the telemetry blocks are most of a Flowcept record, so
 * this is where an import spends its time.
 *
 * <p>Channel paths live in a tree of nodes created once per distinct key path; a value costs one hash lookup of
 * its (canonicalised) key in its parent node. Channel layouts are compared as {@code int[]}, so records of the
 * same shape share one {@link TelemetrySchema} at the cost of one array comparison. One reader per import: not
 * thread safe.</p>
 */
final class TelemetryReader {

    /**
     * One telemetry block: the channel numbers in document order and their values in canonical units.
     *
     * @param channels channel numbers of this reader
     * @param values the values, as many as channels
     */
    record Snapshot(int[] channels, double[] values) {
    }

    /** Breakdowns that repeat a total once per device (see {@link FlowceptTelemetry}). */
    private static final Set<String> PER_DEVICE_BREAKDOWNS = Set.of("netio_per_interface", "io_per_disk");

    private static final Set<String> IDENTIFIERS = Set.of("pid", "id", "gpu_ix", "cpu_number");

    private final Node root = new Node(null, "", false);
    private final List<Node> channels = new ArrayList<>();
    private final Map<Key, TelemetrySchema> schemas = new HashMap<>();
    private int[] lastLayout;
    private TelemetrySchema lastSchema;

    /** A key path; a channel once a number was seen at it. */
    private final class Node {
        final String path;
        final boolean skipped;
        final Map<String, Node> children = new HashMap<>();
        int channel = -1;
        double factor = 1.0;

        Node(Node parent, String key, boolean skipped) {
            this.path = parent == null ? "" : parent.path.isEmpty() ? key : parent.path + "." + key;
            this.skipped = skipped;
        }

        Node child(String key) {
            Node child = children.get(key);
            if (child == null) {
                child = new Node(this, key, skipped || PER_DEVICE_BREAKDOWNS.contains(key) || IDENTIFIERS.contains(key));
                children.put(key, child);
            }
            return child;
        }

        int channel() {
            if (channel < 0) {
                channel = channels.size();
                channels.add(this);
                factor = FlowceptTelemetry.conversionFactor(path);
            }
            return channel;
        }
    }

    /**
     * Reads the block at the parser's current START_OBJECT, leaving the parser on its END_OBJECT.
     *
     * @param parser the parser
     * @return the block's channels and values
     * @throws IOException on malformed JSON
     */
    Snapshot read(JsonParser parser) throws IOException {
        Buffer buffer = new Buffer();
        walk(parser, root, buffer);
        return new Snapshot(Arrays.copyOf(buffer.ids, buffer.size), Arrays.copyOf(buffer.values, buffer.size));
    }

    /** The values of one block as they are read. */
    private static final class Buffer {
        int[] ids = new int[64];
        double[] values = new double[64];
        int size;

        void add(int id, double value) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size] = value;
            size++;
        }
    }

    private void walk(JsonParser parser, Node node, Buffer buffer) throws IOException {
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            Node child = node.child(key);
            if (token == JsonToken.START_OBJECT) {
                if (child.skipped) {
                    parser.skipChildren();
                } else {
                    walk(parser, child, buffer);
                }
            } else if (token == JsonToken.START_ARRAY) {
                parser.skipChildren(); // per-CPU lists
            } else if (token.isNumeric() && !child.skipped) {
                buffer.add(child.channel(), parser.getDoubleValue() * child.factor);
            }
            // Strings (device names), booleans and nulls are not channels.
        }
    }

    /**
     * The name of a channel number.
     *
     * @param channel a channel number of this reader
     * @return its dotted path, e.g. {@code gpu.gpu_0.power}
     */
    String name(int channel) {
        return channels.get(channel).path;
    }

    /**
     * The channel number of a name, registering it when new (for telemetry an earlier import stored).
     *
     * @param name a dotted channel path
     * @return its number
     */
    int channel(String name) {
        Node node = root;
        for (String key : name.split("\\.")) {
            node = node.child(key);
        }
        return node.channel();
    }

    /**
     * The shared schema of a channel layout, created through the builder on first use.
     *
     * @param layout channel numbers in order
     * @param builder creates (or finds) the schema by names
     * @return the schema
     */
    TelemetrySchema schema(int[] layout, WorkspaceBuilder builder) {
        if (lastLayout != null && Arrays.equals(lastLayout, layout)) {
            return lastSchema;
        }
        TelemetrySchema schema = schemas.computeIfAbsent(new Key(layout), k -> {
            List<String> names = new ArrayList<>(layout.length);
            List<String> units = new ArrayList<>(layout.length);
            for (int channel : layout) {
                names.add(name(channel));
                units.add(FlowceptTelemetry.unitOf(name(channel)));
            }
            return builder.telemetrySchema(names, units);
        });
        lastLayout = layout;
        lastSchema = schema;
        return schema;
    }

    /** An int[] with value equality, for the schema cache. */
    private record Key(int[] layout) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(layout, key.layout);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(layout);
        }
    }
}
