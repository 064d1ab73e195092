package org.provlens.model.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.model.Execution;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.store.BulkStore;

/**
 * Where the telemetry of a fixed list of executions is kept, found once, so that any channel of all of them is then
 * read without visiting the executions again: per schema, the positions in the list and the store rows, and the
 * executions whose values are on the heap.
 *
 * <p>For a reader of many channels of the same executions at different times (a level table sorting by one
 * telemetry column after another): {@link Bulk#channel} walks a million tasks' telemetry for every call, this walks
 * them once, and a read is then one pass over the store's column per schema, written straight into the result when
 * every execution has the one schema (a campaign's usual case). The locator holds 8 bytes per execution (the rows)
 * and reflects the executions' telemetry as it was when it was made.</p>
 */
public final class TelemetryLocator {

    private final int size;
    private final BulkStore store;
    private final TelemetrySchema[] schemas;
    /** Per schema, the positions of its executions in the list; {@code null} when it is every position. */
    private final int[][] positions;
    private final long[][] rows;
    private final int[] heldPositions;
    private final Telemetry[] held;

    private TelemetryLocator(int size, BulkStore store, TelemetrySchema[] schemas, int[][] positions,
            long[][] rows, int[] heldPositions, Telemetry[] held) {
        this.size = size;
        this.store = store;
        this.schemas = schemas;
        this.positions = positions;
        this.rows = rows;
        this.heldPositions = heldPositions;
        this.held = held;
    }

    /**
     * Locates the telemetry of executions.
     *
     * @param executions the executions (tasks or runs), in the order of the values read later
     * @return their locator
     */
    public static TelemetryLocator of(List<? extends Execution> executions) {
        int n = executions.size();
        Map<TelemetrySchema, Group> groups = new IdentityHashMap<>();
        List<Integer> heldAt = new ArrayList<>();
        List<Telemetry> heldTelemetry = new ArrayList<>();
        BulkStore store = null;
        TelemetrySchema lastSchema = null;
        Group last = null;
        for (int i = 0; i < n; i++) {
            Telemetry telemetry = executions.get(i).getTelemetry();
            if (telemetry == null) {
                continue;
            }
            if (telemetry.getAtStart() != null || telemetry.getAtEnd() != null || telemetry.getRow() < 0) {
                heldAt.add(i);
                heldTelemetry.add(telemetry);
                continue;
            }
            if (store == null) {
                store = Bulk.store(telemetry);
            }
            TelemetrySchema schema = telemetry.getSchema();
            if (schema != lastSchema) { // the tasks of a campaign mostly share one schema
                lastSchema = schema;
                last = groups.computeIfAbsent(schema, s -> new Group(n));
            }
            last.add(i, telemetry.getRow());
        }
        int g = groups.size();
        TelemetrySchema[] schemas = new TelemetrySchema[g];
        int[][] positions = new int[g][];
        long[][] rows = new long[g][];
        int k = 0;
        for (Map.Entry<TelemetrySchema, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            schemas[k] = entry.getKey();
            rows[k] = Arrays.copyOf(group.rows, group.count);
            positions[k] = group.count == n ? null : Arrays.copyOf(group.positions, group.count);
            k++;
        }
        return new TelemetryLocator(n, store, schemas, positions, rows,
                heldAt.stream().mapToInt(Integer::intValue).toArray(), heldTelemetry.toArray(Telemetry[]::new));
    }

    /**
     * The number of executions located.
     *
     * @return the size of the list it was made of
     */
    public int size() {
        return size;
    }

    /**
     * One channel of every execution located, at start and at end; NaN for executions without telemetry or
     * without the channel.
     *
     * @param channel the channel name
     * @param start receives one start value per execution (at least {@link #size()} long), may be {@code null}
     * @param end receives one end value per execution, may be {@code null}
     */
    public void channel(String channel, double[] start, double[] end) {
        if (start != null) {
            Arrays.fill(start, 0, size, Double.NaN);
        }
        if (end != null) {
            Arrays.fill(end, 0, size, Double.NaN);
        }
        double[] scratch = null;
        for (int g = 0; g < schemas.length; g++) {
            int index = schemas[g].getChannels().indexOf(channel);
            if (index < 0) {
                continue;
            }
            int[] at = positions[g];
            if (at == null) { // every execution: the store writes the result itself
                if (start != null) {
                    store.telemetryColumn(schemas[g], rows[g], index, false, start);
                }
                if (end != null) {
                    store.telemetryColumn(schemas[g], rows[g], index, true, end);
                }
                continue;
            }
            if (scratch == null || scratch.length < at.length) {
                scratch = new double[at.length];
            }
            for (int side = 0; side < 2; side++) {
                double[] out = side == 0 ? start : end;
                if (out != null) {
                    store.telemetryColumn(schemas[g], rows[g], index, side == 1, scratch);
                    for (int j = 0; j < at.length; j++) {
                        out[at[j]] = scratch[j];
                    }
                }
            }
        }
        for (int h = 0; h < held.length; h++) {
            Telemetry telemetry = held[h];
            int index = telemetry.getSchema() == null ? -1 : telemetry.getSchema().getChannels().indexOf(channel);
            if (index >= 0) {
                if (start != null) {
                    start[heldPositions[h]] = heldValue(telemetry.getAtStart(), index);
                }
                if (end != null) {
                    end[heldPositions[h]] = heldValue(telemetry.getAtEnd(), index);
                }
            }
        }
    }

    private static double heldValue(double[] values, int index) {
        return values != null && index < values.length ? values[index] : Double.NaN;
    }

    /** The positions and rows of one schema's executions, growing as they are found. */
    private static final class Group {
        int[] positions;
        long[] rows;
        int count;

        Group(int expected) {
            positions = new int[Math.min(expected, 1024)];
            rows = new long[positions.length];
        }

        void add(int position, long row) {
            if (count == rows.length) {
                int grown = Math.max(16, count + (count >> 1));
                positions = Arrays.copyOf(positions, grown);
                rows = Arrays.copyOf(rows, grown);
            }
            positions[count] = position;
            rows[count++] = row;
        }
    }
}
