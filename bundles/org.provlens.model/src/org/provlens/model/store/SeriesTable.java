package org.provlens.model.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The samples of every series: per row its x values then its y values, appended to one data file, with an index of
 * (offset, length) per row. Rows never move. A series is read whole, or mapped for scans of long series (a
 * decimation reads ten million points without copying them onto the heap).
 */
final class SeriesTable {

    /** Bytes buffered before a write to the data file. */
    private static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel data;
    /** Guarded by this. */
    private long[] offsets;
    private int[] lengths;
    private int rows;
    /** Bytes written to the data file or buffered, the offset of the next series. */
    private long end;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    private SeriesTable(FileChannel data, long[] offsets, int[] lengths, int rows, long end) {
        this.data = data;
        this.offsets = offsets;
        this.lengths = lengths;
        this.rows = rows;
        this.end = end;
    }

    /** Opens the table with the committed rows a manifest lists; later bytes are cut off. */
    static SeriesTable open(Path path, long[] offsets, int[] lengths) throws IOException {
        FileChannel data = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long end = 0;
        for (int i = 0; i < offsets.length; i++) {
            end = Math.max(end, offsets[i] + 2L * lengths[i] * Double.BYTES);
        }
        long size = data.size();
        if (size < end) {
            data.close();
            throw new IOException(path + ": the series file is shorter (" + size + " bytes) than its manifest"
                    + " says (" + end + " bytes)");
        }
        if (size > end) {
            data.truncate(end);
        }
        int capacity = Math.max(16, offsets.length * 2);
        return new SeriesTable(data, Arrays.copyOf(offsets, capacity), Arrays.copyOf(lengths, capacity),
                offsets.length, end);
    }

    /** Appends a series; x and y of the same length. */
    synchronized long append(double[] xs, double[] ys) throws IOException {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a series needs as many x values (" + xs.length + ") as y values ("
                    + ys.length + ")");
        }
        if (rows == offsets.length) {
            offsets = Arrays.copyOf(offsets, rows * 2);
            lengths = Arrays.copyOf(lengths, rows * 2);
        }
        offsets[rows] = end;
        lengths[rows] = xs.length;
        put(xs);
        put(ys);
        return rows++;
    }

    private void put(double[] values) throws IOException {
        int i = 0;
        while (i < values.length) {
            if (buffer.remaining() < Double.BYTES) {
                flush();
            }
            int n = Math.min(values.length - i, buffer.remaining() / Double.BYTES);
            buffer.asDoubleBuffer().put(values, i, n);
            buffer.position(buffer.position() + n * Double.BYTES);
            end += (long) n * Double.BYTES;
            i += n;
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        long position = end - buffer.remaining();
        while (buffer.hasRemaining()) {
            data.write(buffer, position + buffer.position());
        }
        buffer.clear();
    }

    synchronized long[][] commit() throws IOException {
        flush();
        data.force(true);
        long[] committedLengths = new long[rows];
        for (int i = 0; i < rows; i++) {
            committedLengths[i] = lengths[i];
        }
        return new long[][] {Arrays.copyOf(offsets, rows), committedLengths};
    }

    synchronized int rows() {
        return rows;
    }

    synchronized int length(long row) {
        check(row);
        return lengths[(int) row];
    }

    /** Series up to this many bytes are read with one positional read rather than mapped. */
    private static final int READ_BYTES = 1 << 16;

    /** The x (or y) values of a row, copied. */
    double[] read(long row, boolean ys) throws IOException {
        long offset;
        int length;
        synchronized (this) {
            check(row);
            offset = offsets[(int) row];
            length = lengths[(int) row];
        }
        long bytes = (long) length * Double.BYTES;
        if (bytes > READ_BYTES) {
            DoubleBuffer view = view(row, ys);
            double[] values = new double[view.remaining()];
            view.get(values);
            return values;
        }
        synchronized (this) {
            if (offset + 2 * bytes > end - buffer.position()) {
                flush();
            }
        }
        ByteBuffer in = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        long position = offset + (ys ? bytes : 0);
        while (in.hasRemaining()) {
            if (data.read(in, position + in.position()) < 0) {
                throw new IOException("the series file ends inside row " + row);
            }
        }
        in.flip();
        double[] values = new double[length];
        in.asDoubleBuffer().get(values);
        return values;
    }

    /**
     * A read-only view of a row's x or y values, mapped from the file.
     *
     * @param row the row
     * @param ys the y values (else the x values)
     * @return a buffer positioned at the first value, limited to the series' length
     */
    DoubleBuffer view(long row, boolean ys) throws IOException {
        long offset;
        int length;
        synchronized (this) {
            check(row);
            offset = offsets[(int) row];
            length = lengths[(int) row];
            if (offset + 2L * length * Double.BYTES > end - buffer.position()) {
                flush(); // the row is still in the buffer
            }
        }
        if (length == 0) {
            return DoubleBuffer.allocate(0);
        }
        long start = offset + (ys ? (long) length * Double.BYTES : 0);
        return data.map(FileChannel.MapMode.READ_ONLY, start, (long) length * Double.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
    }

    private void check(long row) {
        if (row < 0 || row >= rows) {
            throw new IllegalArgumentException("row " + row + " is not in the series table (" + rows + " rows)");
        }
    }

    void close() throws IOException {
        data.close();
    }
}
