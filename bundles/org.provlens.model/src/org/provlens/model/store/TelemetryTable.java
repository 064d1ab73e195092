package org.provlens.model.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The snapshot pairs of one telemetry schema: rows of {@code channels} start values and as many end values.
 *
 * <p>Rows are kept in blocks of up to {@link #BLOCK_ROWS} rows, each block channel-major (all start values of
 * channel 0, of channel 1, ..., then the end values), so that reading one channel over many tasks reads a few
 * contiguous runs of memory. New rows fill a tail block on the heap; a full tail, or the tail at a commit, is
 * appended to the file and mapped from then on. Rows never move: a row number is a stable reference. Reads may
 * run on several threads at once, also while rows are appended.</p>
 *
 * <p>Full tails are transposed and written by one background thread (shared by every table), so that an import
 * parses on one core while the other writes: a block waits in memory, readable, until its bytes are in the file.
 * A commit waits for the writes before it forces the file.</p>
 */
final class TelemetryTable {

    /** Rows per block: 4,096 rows of 100 channels are 6.5 MB. */
    static final int BLOCK_ROWS = 4096;

    private final String schemaId;
    private final int channels;
    private final FileChannel file;

    /** Written blocks: file offset, first row and row count, in row order. Replaced, never changed in place. */
    private volatile Blocks blocks;
    private final Object appendLock = new Object();
    /** Full tails handed to the writer, oldest first; guarded by appendLock. */
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    /** The last write handed to the writer; guarded by appendLock. */
    private Future<?> lastWrite;
    /** The first failure of a background write, thrown by the next append, commit or close. */
    private volatile IOException failure;
    /** The tail block, row-major ({@code channels} values per row, transposed when written); guarded by appendLock. */
    private double[] tailStart;
    private double[] tailEnd;
    /** The buffer blocks are written from, made on the first; used by the writer thread only. */
    private ByteBuffer writeBuffer;
    private int tailRows;
    private long rows;

    /** The thread that writes full tails, for every table; a daemon, so that it never keeps a JVM alive. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ProvLens bulk store writer");
        thread.setDaemon(true);
        return thread;
    });

    /** A full tail waiting to be written: rows {@code firstRow} to {@code firstRow + count}, row-major. */
    private record Pending(long firstRow, int count, double[] start, double[] end) {
        boolean holds(long row) {
            return row >= firstRow && row < firstRow + count;
        }
    }

    /** The written blocks, immutable. */
    private record Blocks(long[] offsets, long[] firstRows, int[] counts, DoubleBuffer[] maps) {
        int size() {
            return offsets.length;
        }

        /** The block holding a row, -1 when the row is beyond them (in the tail). */
        int find(long row) {
            int index = Arrays.binarySearch(firstRows, row);
            if (index < 0) {
                index = -index - 2;
            }
            if (index < 0 || row >= firstRows[index] + counts[index]) {
                return -1;
            }
            return index;
        }
    }

    private TelemetryTable(String schemaId, int channels, FileChannel file, Blocks blocks) {
        this.schemaId = schemaId;
        this.channels = channels;
        this.file = file;
        this.blocks = blocks;
        int n = blocks.size();
        this.rows = n == 0 ? 0 : blocks.firstRows[n - 1] + blocks.counts[n - 1];
    }

    /**
     * Opens a table, keeping only the blocks a committed manifest lists (later bytes of an interrupted append are
     * cut off).
     */
    static TelemetryTable open(Path path, String schemaId, int channels, long[] offsets, int[] counts)
            throws IOException {
        FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long end = 0;
        long[] firstRows = new long[offsets.length];
        long row = 0;
        for (int i = 0; i < offsets.length; i++) {
            firstRows[i] = row;
            row += counts[i];
            end = Math.max(end, offsets[i] + blockBytes(channels, counts[i]));
        }
        long size = file.size();
        if (size < end) {
            file.close();
            throw new IOException(path + ": the bulk store file is shorter (" + size + " bytes) than its "
                    + "manifest says (" + end + " bytes)");
        }
        if (size > end) {
            file.truncate(end);
        }
        return new TelemetryTable(schemaId, channels, file,
                new Blocks(offsets.clone(), firstRows, counts.clone(), new DoubleBuffer[offsets.length]));
    }

    static long blockBytes(int channels, int rows) {
        return 2L * channels * rows * Double.BYTES;
    }

    String schemaId() {
        return schemaId;
    }

    int channels() {
        return channels;
    }

    /** Rows appended so far, committed or not. */
    long rows() {
        synchronized (appendLock) {
            return rows;
        }
    }

    /**
     * Appends a row.
     *
     * @param start the start values, {@code channels} long (NaN where absent), or {@code null} for none
     * @param end the end values likewise
     * @return the row number
     */
    long append(double[] start, double[] end) throws IOException {
        synchronized (appendLock) {
            if (tailRows == BLOCK_ROWS) {
                flushTail(); // the full tail goes to the writer: a new one is made below
            }
            if (tailStart == null) {
                tailStart = new double[channels * BLOCK_ROWS];
                tailEnd = new double[channels * BLOCK_ROWS];
            }
            // Row by row (one sequential copy per snapshot); the block is transposed into columns when written.
            put(start, tailStart, tailRows * channels);
            put(end, tailEnd, tailRows * channels);
            tailRows++;
            return rows++;
        }
    }

    /** Copies a snapshot's values into a tail row: NaN where absent, or past the end of a shorter array. */
    private void put(double[] values, double[] tail, int at) {
        int given = values == null ? 0 : Math.min(values.length, channels);
        if (given > 0) {
            System.arraycopy(values, 0, tail, at, given);
        }
        if (given < channels) {
            Arrays.fill(tail, at + given, at + channels, Double.NaN);
        }
    }

    /** Hands the tail, however full, to the writer, which appends it as a block to the file. Holds appendLock. */
    private void flushTail() throws IOException {
        throwFailure();
        if (tailRows == 0) {
            return;
        }
        Pending block = new Pending(rows - tailRows, tailRows, tailStart, tailEnd);
        pending.addLast(block);
        tailStart = null;
        tailEnd = null;
        tailRows = 0;
        lastWrite = WRITER.submit(() -> write(block));
    }

    /** Transposes a block into columns and appends it to the file, then lists it. On the writer thread. */
    private void write(Pending block) {
        try {
            int n = block.count();
            int size = (int) blockBytes(channels, n);
            if (writeBuffer == null) {
                // One direct buffer per table, reused by every block: a heap buffer would be zeroed, filled and
                // then copied again into a temporary direct buffer by the channel, for every 6 MB block.
                writeBuffer = ByteBuffer.allocateDirect((int) blockBytes(channels, BLOCK_ROWS))
                        .order(ByteOrder.LITTLE_ENDIAN);
            }
            ByteBuffer bytes = writeBuffer.clear().limit(size);
            DoubleBuffer doubles = bytes.asDoubleBuffer();
            // Transposed in tiles of 64 rows, which stay in the first-level cache while their columns are written.
            int half = channels * n;
            double[][] tails = {block.start(), block.end()};
            for (int t = 0; t < 2; t++) {
                double[] tail = tails[t];
                int base = t * half;
                for (int r0 = 0; r0 < n; r0 += 64) {
                    int r1 = Math.min(n, r0 + 64);
                    for (int c = 0; c < channels; c++) {
                        int out = base + c * n;
                        for (int r = r0, i = r0 * channels + c; r < r1; r++, i += channels) {
                            doubles.put(out + r, tail[i]);
                        }
                    }
                }
            }
            long offset = file.size();
            while (bytes.hasRemaining()) {
                file.write(bytes, offset + bytes.position());
            }
            synchronized (appendLock) {
                Blocks old = blocks;
                int count = old.size();
                blocks = new Blocks(append(old.offsets, offset), append(old.firstRows, block.firstRow()),
                        append(old.counts, n), Arrays.copyOf(old.maps, count + 1));
                pending.remove(block);
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void throwFailure() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException("an earlier write of the telemetry of " + schemaId + " failed: " + e.getMessage(),
                    e);
        }
    }

    /** Waits until every block handed to the writer so far is in the file. */
    private void awaitWrites() throws IOException {
        Future<?> last;
        synchronized (appendLock) {
            last = lastWrite;
        }
        if (last != null) {
            try {
                last.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while the telemetry of " + schemaId
                        + " was written");
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
        }
        throwFailure();
    }

    /** The block waiting for the writer that holds a row, {@code null} when none does. Holds appendLock. */
    private Pending pendingHolding(long row) {
        for (Pending block : pending) {
            if (block.holds(row)) {
                return block;
            }
        }
        return null;
    }

    /**
     * Writes the tail and forces the file to disk.
     *
     * @return the blocks to list in the manifest: offsets and counts
     */
    long[][] commit() throws IOException {
        synchronized (appendLock) {
            flushTail();
        }
        awaitWrites();
        synchronized (appendLock) {
            file.force(true);
            Blocks b = blocks;
            long[] counts = new long[b.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = b.counts[i];
            }
            return new long[][] {b.offsets.clone(), counts};
        }
    }

    /**
     * Reads a row into arrays of {@code channels} values.
     *
     * @param row the row
     * @param start receives the start values, may be {@code null}
     * @param end receives the end values, may be {@code null}
     */
    void read(long row, double[] start, double[] end) throws IOException {
        Blocks b = blocks;
        int block = b.find(row);
        if (block < 0) {
            synchronized (appendLock) {
                b = blocks;
                block = b.find(row);
                if (block < 0) {
                    Pending waiting = pendingHolding(row);
                    if (waiting != null) {
                        int at = (int) (row - waiting.firstRow()) * channels;
                        if (start != null) {
                            System.arraycopy(waiting.start(), at, start, 0, channels);
                        }
                        if (end != null) {
                            System.arraycopy(waiting.end(), at, end, 0, channels);
                        }
                        return;
                    }
                    int r = tailRow(row);
                    for (int c = 0; c < channels; c++) {
                        if (start != null) {
                            start[c] = tailStart[r * channels + c];
                        }
                        if (end != null) {
                            end[c] = tailEnd[r * channels + c];
                        }
                    }
                    return;
                }
            }
        }
        DoubleBuffer values = map(b, block);
        int count = b.counts[block];
        int r = (int) (row - b.firstRows[block]);
        for (int c = 0; c < channels; c++) {
            if (start != null) {
                start[c] = values.get(c * count + r);
            }
            if (end != null) {
                end[c] = values.get((channels + c) * count + r);
            }
        }
    }

    /**
     * One value of a row.
     *
     * @param row the row
     * @param channel the channel index in the schema
     * @param atEnd the end value (else the start value)
     * @return the value, NaN when absent
     */
    double value(long row, int channel, boolean atEnd) throws IOException {
        Blocks b = blocks;
        int block = b.find(row);
        if (block < 0) {
            synchronized (appendLock) {
                b = blocks;
                block = b.find(row);
                if (block < 0) {
                    Pending waiting = pendingHolding(row);
                    if (waiting != null) {
                        int at = (int) (row - waiting.firstRow()) * channels + channel;
                        return (atEnd ? waiting.end() : waiting.start())[at];
                    }
                    int r = tailRow(row);
                    return (atEnd ? tailEnd : tailStart)[r * channels + channel];
                }
            }
        }
        int count = b.counts[block];
        return map(b, block).get(((atEnd ? channels : 0) + channel) * count + (int) (row - b.firstRows[block]));
    }

    private int tailRow(long row) {
        long first = rows - tailRows;
        if (row < first || row >= rows) {
            throw new IllegalArgumentException("row " + row + " is not in the telemetry table of " + schemaId
                    + " (" + rows + " rows)");
        }
        return (int) (row - first);
    }

    /**
     * The values of a block, mapped on first use. Absolute gets leave a buffer unchanged, so one view serves every
     * thread; racing threads may map a block twice, and both views are equal.
     */
    private DoubleBuffer map(Blocks b, int block) throws IOException {
        DoubleBuffer view = b.maps[block];
        if (view == null) {
            view = file.map(FileChannel.MapMode.READ_ONLY, b.offsets[block], blockBytes(channels, b.counts[block]))
                    .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
            b.maps[block] = view;
        }
        return view;
    }

    /**
     * One channel of many rows: the start or end value of each.
     *
     * @param rows the rows, any order (-1 gives NaN)
     * @param channel the channel index
     * @param atEnd end values (else start values)
     * @param out receives one value per row
     */
    void column(long[] rows, int channel, boolean atEnd, double[] out) throws IOException {
        Blocks b = blocks;
        int block = -1;
        long first = 0;
        long limit = -1;
        int base = 0;
        DoubleBuffer values = null;
        for (int i = 0; i < rows.length; i++) {
            long row = rows[i];
            if (row < 0) {
                out[i] = Double.NaN;
                continue;
            }
            if (row < first || row >= limit) {
                block = b.find(row);
                if (block < 0) {
                    out[i] = value(row, channel, atEnd);
                    limit = -1;
                    continue;
                }
                first = b.firstRows[block];
                int count = b.counts[block];
                limit = first + count;
                base = ((atEnd ? channels : 0) + channel) * count;
                values = map(b, block);
            }
            out[i] = values.get(base + (int) (row - first));
        }
    }

    void close() throws IOException {
        try {
            awaitWrites();
        } finally {
            file.close();
        }
    }

    private static long[] append(long[] array, long value) {
        long[] copy = Arrays.copyOf(array, array.length + 1);
        copy[array.length] = value;
        return copy;
    }

    private static int[] append(int[] array, int value) {
        int[] copy = Arrays.copyOf(array, array.length + 1);
        copy[array.length] = value;
        return copy;
    }
}
