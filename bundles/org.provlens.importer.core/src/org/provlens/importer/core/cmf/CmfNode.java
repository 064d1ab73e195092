package org.provlens.importer.core.cmf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pipeline, stage, execution, event or artifact as CMF's {@code dumptojson} shapes it, whatever it was read
 * from. The export reader and the MLMD store reader both produce these trees, so that a single mapper turns either
 * into model elements and the two sources of one pipeline give identical results.
 */
final class CmfNode {

    /** What a node stands for; decides which child list it has. */
    enum Kind {
        PIPELINE("stages"), STAGE("executions"), EXECUTION("events"), EVENT(null), ARTIFACT(null);

        /** The export's key of the children, {@code null} for leaves. */
        final String childrenKey;

        Kind(String childrenKey) {
            this.childrenKey = childrenKey;
        }

        Kind childKind() {
            return switch (this) {
                case PIPELINE -> STAGE;
                case STAGE -> EXECUTION;
                case EXECUTION -> EVENT;
                default -> null;
            };
        }
    }

    /**
     * Where a node was read, for problems.
     *
     * @param source the file, or the file and table of a store
     * @param line the 1-based line in a JSON file, 0 for a store
     * @param record the execution's number in the file, or the row id in the store's table
     * @param path the node's JSON path ({@code Pipeline[0].stages[1]}), {@code null} for a store row
     */
    record Where(String source, long line, long record, String path) {
    }

    final Kind kind;
    final Where where;
    /** The scalar attributes and the {@code properties} and {@code custom_properties} maps. */
    final Map<String, Object> attrs = new LinkedHashMap<>();
    /** Stages, executions or events, in source order. */
    final List<CmfNode> children = new ArrayList<>();
    /** The artifact of an event. */
    CmfNode artifact;
    /**
     * Whether the node was read to its end: a truncated export leaves its last nodes incomplete, and their
     * attributes may be missing.
     */
    boolean complete;
    /**
     * Whether malformed JSON was met inside the node (an execution): it is then not imported, even when reading
     * resumed inside it and reached its end.
     */
    boolean broken;
    /** The byte offset of the node's opening brace in an export, -1 when not read from one. */
    long offset = -1;

    CmfNode(Kind kind, Where where) {
        this.kind = kind;
        this.where = where;
    }

    /**
     * A property map of the node: {@code properties} or {@code custom_properties}.
     *
     * @param key which map
     * @return the map, empty when absent
     */
    Map<?, ?> map(String key) {
        return attrs.get(key) instanceof Map<?, ?> map ? map : Map.of();
    }
}
