package org.provlens.model.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workspace;
import org.provlens.model.util.AtomicFiles;

/**
 * Bulk numeric data of one workspace, off the Java heap: telemetry snapshot pairs (a table per
 * {@link TelemetrySchema}, rows of start and end values) and series (x and y samples), in memory-mapped files of a
 * folder beside the workspace file. The EMF model keeps the structure and refers to rows
 * ({@code Telemetry.row}, {@code Series.row}); {@link org.provlens.model.util.Bulk} reads values whichever place
 * they are in.
 *
 * <p>The store only grows: imports append rows, rows never move or change, so a row number is a stable reference
 * and readers on other threads see consistent values while an import appends. {@link #commit()} writes what was
 * appended to disk and then the manifest (atomically): a crash at any point leaves the last committed state, and
 * bytes appended after it are cut off when the store is opened again. Rows no longer referenced (a task's
 * telemetry merged from two messages) stay as garbage until a compaction (not implemented: they are rare).</p>
 *
 * <p>Files: {@value #MANIFEST}, {@code telemetry-<schema id>.bin} and {@code series.bin}, all little-endian
 * IEEE 754 doubles.</p>
 */
public final class BulkStore implements Closeable {

    /** The manifest's file name. */
    public static final String MANIFEST = "bulk.manifest";
    private static final String HEADER = "provlens-bulk-store 1";
    private static final String SERIES_FILE = "series.bin";

    private final Path directory;
    private final boolean temporary;
    private final Map<String, TelemetryTable> telemetry = new LinkedHashMap<>();
    private final SeriesTable series;
    private boolean closed;

    private BulkStore(Path directory, boolean temporary, SeriesTable series) {
        this.directory = directory;
        this.temporary = temporary;
        this.series = series;
    }

    /**
     * Opens the store in a folder, creating an empty one when the folder has none.
     *
     * @param directory the folder
     * @return the store, at its last committed state
     * @throws IOException when its files cannot be read or do not match the manifest
     */
    public static BulkStore open(Path directory) throws IOException {
        return open(directory, false);
    }

    /**
     * A store in a new temporary folder that is deleted on {@link #close()}: for headless commands that import
     * without a workspace file, so that a large capture does not need its telemetry on the heap.
     *
     * @return the store
     * @throws IOException when the folder cannot be created
     */
    public static BulkStore temporary() throws IOException {
        return open(Files.createTempDirectory("provlens-bulk"), true);
    }

    private static BulkStore open(Path directory, boolean temporary) throws IOException {
        Files.createDirectories(directory);
        Path manifest = directory.resolve(MANIFEST);
        List<String> lines = Files.exists(manifest) ? Files.readAllLines(manifest, StandardCharsets.UTF_8)
                : List.of();
        if (!lines.isEmpty() && !HEADER.equals(lines.get(0))) {
            throw new IOException(manifest + ": not a ProvLens bulk store manifest (first line '" + lines.get(0)
                    + "')");
        }
        try {
            int i = 1;
            long[] seriesOffsets = new long[0];
            int[] seriesLengths = new int[0];
            Map<String, TelemetryTable> tables = new LinkedHashMap<>();
            while (i < lines.size()) {
                String[] head = lines.get(i++).split(" ");
                switch (head[0]) {
                    case "telemetry" -> {
                        String schema = URLDecoder.decode(head[1], StandardCharsets.UTF_8);
                        int channels = Integer.parseInt(head[2]);
                        int blocks = Integer.parseInt(head[3]);
                        long[] offsets = new long[blocks];
                        int[] counts = new int[blocks];
                        for (int b = 0; b < blocks; b++) {
                            String[] block = lines.get(i++).split(" ");
                            offsets[b] = Long.parseLong(block[0]);
                            counts[b] = Integer.parseInt(block[1]);
                        }
                        tables.put(schema, TelemetryTable.open(directory.resolve(telemetryFile(schema)), schema,
                                channels, offsets, counts));
                    }
                    case "series" -> {
                        int rows = Integer.parseInt(head[1]);
                        seriesOffsets = new long[rows];
                        seriesLengths = new int[rows];
                        for (int r = 0; r < rows; r++) {
                            String[] row = lines.get(i++).split(" ");
                            seriesOffsets[r] = Long.parseLong(row[0]);
                            seriesLengths[r] = Integer.parseInt(row[1]);
                        }
                    }
                    default -> throw new IOException(manifest + ": line " + i + ": unknown entry '" + head[0] + "'");
                }
            }
            BulkStore store = new BulkStore(directory, temporary,
                    SeriesTable.open(directory.resolve(SERIES_FILE), seriesOffsets, seriesLengths));
            store.telemetry.putAll(tables);
            return store;
        } catch (RuntimeException e) {
            throw new IOException(manifest + ": damaged manifest (" + e + ")", e);
        }
    }

    private static String telemetryFile(String schemaId) {
        return "telemetry-" + URLEncoder.encode(schemaId, StandardCharsets.UTF_8) + ".bin";
    }

    /**
     * The folder of the store.
     *
     * @return the folder
     */
    public Path directory() {
        return directory;
    }

    private synchronized TelemetryTable table(TelemetrySchema schema, boolean create) throws IOException {
        check();
        String id = schema.getId();
        TelemetryTable table = telemetry.get(id);
        int channels = schema.getChannels().size();
        if (table == null && create) {
            table = TelemetryTable.open(directory.resolve(telemetryFile(id)), id, channels, new long[0], new int[0]);
            telemetry.put(id, table);
        }
        if (table != null && table.channels() != channels) {
            throw new IllegalStateException("telemetry schema " + id + " has " + channels + " channels, its table in "
                    + directory + " " + table.channels());
        }
        return table;
    }

    /**
     * Appends a snapshot pair of a schema.
     *
     * @param schema the schema; its channel count is the row width
     * @param start the values at start, one per channel (NaN where absent), or {@code null}
     * @param end the values at end likewise
     * @return the row, for {@code Telemetry.row}
     */
    public long appendTelemetry(TelemetrySchema schema, double[] start, double[] end) {
        try {
            return table(schema, true).append(start, end);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the bulk store in " + directory, e);
        }
    }

    /**
     * Reads a snapshot pair.
     *
     * @param schema the schema
     * @param row the row
     * @param start receives the start values (one per channel), may be {@code null}
     * @param end receives the end values, may be {@code null}
     */
    public void telemetry(TelemetrySchema schema, long row, double[] start, double[] end) {
        try {
            existing(schema, row).read(row, start, end);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk store in " + directory, e);
        }
    }

    /**
     * One value of a snapshot pair.
     *
     * @param schema the schema
     * @param row the row
     * @param channel the channel's index in the schema
     * @param atEnd the end value, else the start value
     * @return the value, NaN when absent
     */
    public double telemetryValue(TelemetrySchema schema, long row, int channel, boolean atEnd) {
        try {
            return existing(schema, row).value(row, channel, atEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk store in " + directory, e);
        }
    }

    /**
     * One channel of many rows of a schema: the typed query of level tables and energy sums.
     *
     * @param schema the schema
     * @param rows the rows (-1 for none: NaN), any order; rows in ascending order read fastest
     * @param channel the channel index in the schema
     * @param atEnd end values, else start values
     * @param out receives a value per row
     */
    public void telemetryColumn(TelemetrySchema schema, long[] rows, int channel, boolean atEnd, double[] out) {
        try {
            TelemetryTable table = table(schema, false);
            if (table == null) {
                java.util.Arrays.fill(out, 0, rows.length, Double.NaN);
                return;
            }
            table.column(rows, channel, atEnd, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk store in " + directory, e);
        }
    }

    private TelemetryTable existing(TelemetrySchema schema, long row) throws IOException {
        TelemetryTable table = table(schema, false);
        if (table == null) {
            throw new IllegalArgumentException("no telemetry of schema " + schema.getId() + " in the bulk store "
                    + directory + " (row " + row + ")");
        }
        return table;
    }

    /**
     * Appends a series.
     *
     * @param xs the x values (steps or epoch seconds)
     * @param ys the y values, as many
     * @return the row, for {@code Series.row}
     */
    public long appendSeries(double[] xs, double[] ys) {
        try {
            check();
            return series.append(xs, ys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the bulk store in " + directory, e);
        }
    }

    /**
     * The number of samples of a series.
     *
     * @param row the row
     * @return its length
     */
    public int seriesLength(long row) {
        return series.length(row);
    }

    /**
     * The x or y values of a series, copied onto the heap.
     *
     * @param row the row
     * @param ys the y values, else the x values
     * @return the values
     */
    public double[] seriesValues(long row, boolean ys) {
        try {
            return series.read(row, ys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk store in " + directory, e);
        }
    }

    /**
     * The x or y values of a series as a read-only buffer mapped from the file, for scans of long series without
     * copying them.
     *
     * @param row the row
     * @param ys the y values, else the x values
     * @return the buffer, from position 0 to the series' length
     */
    public DoubleBuffer seriesBuffer(long row, boolean ys) {
        try {
            return series.view(row, ys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk store in " + directory, e);
        }
    }

    /**
     * Writes what was appended to disk, then the manifest listing it: the committed state a reopen finds.
     *
     * @throws IOException when writing fails; the previous committed state is then intact
     */
    public synchronized void commit() throws IOException {
        check();
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (TelemetryTable table : telemetry.values()) {
            long[][] blocks = table.commit();
            lines.add("telemetry " + URLEncoder.encode(table.schemaId(), StandardCharsets.UTF_8) + " "
                    + table.channels() + " " + blocks[0].length);
            for (int b = 0; b < blocks[0].length; b++) {
                lines.add(blocks[0][b] + " " + blocks[1][b]);
            }
        }
        long[][] rows = series.commit();
        lines.add("series " + rows[0].length);
        for (int r = 0; r < rows[0].length; r++) {
            lines.add(rows[0][r] + " " + rows[1][r]);
        }
        AtomicFiles.write(directory.resolve(MANIFEST), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
        });
    }

    /**
     * Closes the files (a temporary store is deleted). Values read before stay valid; reading more fails.
     *
     * @throws IOException when closing fails
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (TelemetryTable table : telemetry.values()) {
            table.close();
        }
        series.close();
        if (temporary) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("the bulk store in " + directory + " is closed");
        }
    }

    /**
     * Makes this store the one of a workspace, so that {@link #of(EObject)} finds it from any of its elements.
     *
     * @param workspace the workspace
     */
    public void attach(Workspace workspace) {
        detach(workspace);
        workspace.eAdapters().add(new Holder(this));
    }

    /**
     * Removes the store of a workspace, if any.
     *
     * @param workspace the workspace
     */
    public static void detach(Workspace workspace) {
        workspace.eAdapters().removeIf(a -> a instanceof Holder);
    }

    /**
     * The store of the workspace an element belongs to.
     *
     * @param element any element of a workspace
     * @return its store, {@code null} when the workspace has none (its bulk data is on the heap)
     */
    public static BulkStore of(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        for (Adapter adapter : root.eAdapters()) {
            if (adapter instanceof Holder holder) {
                return holder.store;
            }
        }
        return null;
    }

    /** Keeps the store on its workspace. */
    private static final class Holder extends AdapterImpl {
        private final BulkStore store;

        Holder(BulkStore store) {
            this.store = store;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == BulkStore.class;
        }
    }
}
