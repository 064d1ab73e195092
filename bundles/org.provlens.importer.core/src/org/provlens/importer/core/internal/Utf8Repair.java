package org.provlens.importer.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The bytes of a text file as valid UTF-8: a byte that does not belong to a well-formed UTF-8 sequence (a document
 * written with a Windows code page, or damaged) is read as the Windows-1252 character it would be there, and the
 * lines where that happened are noted, so a JSON parser reads every record instead of stopping at the first bad
 * byte, and the importer can say which lines were repaired. Well-formed input passes through unchanged.
 *
 * <p>A repaired byte takes two or three bytes in the output, so the stream remembers where it repaired: a position
 * a parser reports in the output is turned back into a position in the input with {@link #inputOffset}, as the
 * resynchronisation after a bad record needs ({@link JsonSegment}); that costs 16 bytes per repaired byte.</p>
 */
public final class Utf8Repair extends InputStream {

    private static final char[] WINDOWS_1252 = new char[256];

    static {
        Charset windows1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            WINDOWS_1252[b] = new String(new byte[] {(byte) b}, windows1252).charAt(0);
        }
    }

    private final InputStream in;
    private final byte[] input = new byte[1 << 16];
    private int inputPosition;
    private int inputLength;
    private boolean endOfInput;
    /** Each input byte becomes at most three output bytes (a Windows-1252 character as UTF-8). */
    private final byte[] output = new byte[3 * (1 << 16) + 8];
    private int outputPosition;
    private int outputLength;
    /** Output bytes before those in {@link #output}. */
    private long outputBase;
    private long line;
    private long lastRepairedLine;
    private final LongConsumer repairedLines;
    /** For each repair, the output offset just after it and the output bytes added by repairs up to it. */
    private long[] repairEnds = new long[0];
    private long[] repairExtra = new long[0];
    private int repairs;

    /**
     * A repairing stream.
     *
     * @param in the raw bytes; closed with this stream
     * @param firstLine the line of the file the first byte is on
     * @param repairedLines told, in order, of each line that held bytes that were not UTF-8 (once per line)
     */
    public Utf8Repair(InputStream in, long firstLine, LongConsumer repairedLines) {
        this.in = in;
        this.line = firstLine;
        this.lastRepairedLine = firstLine - 1;
        this.repairedLines = repairedLines;
    }

    /**
     * Where an output byte came from.
     *
     * @param outputOffset an offset in this stream's output, at a character boundary
     * @return the offset of the same place in the input
     */
    public long inputOffset(long outputOffset) {
        int at = Arrays.binarySearch(repairEnds, 0, repairs, outputOffset);
        int before = at >= 0 ? at : -at - 2; // the last repair ending at or before the offset
        return before < 0 ? outputOffset : outputOffset - repairExtra[before];
    }

    @Override
    public int read() throws IOException {
        if (outputPosition == outputLength && !fill()) {
            return -1;
        }
        return output[outputPosition++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (outputPosition == outputLength && !fill()) {
            return -1;
        }
        int n = Math.min(length, outputLength - outputPosition);
        System.arraycopy(output, outputPosition, buffer, offset, n);
        outputPosition += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Converts the next chunk of input; false at the end. */
    private boolean fill() throws IOException {
        outputBase += outputLength;
        outputPosition = 0;
        outputLength = 0;
        while (outputLength == 0) {
            topUp();
            if (inputPosition == inputLength) {
                return false;
            }
            // Keep up to three bytes back until more input comes: they may start a sequence continued there.
            int limit = endOfInput ? inputLength : inputLength - 3;
            while (inputPosition < limit) {
                int b = input[inputPosition] & 0xFF;
                if (b < 0x80) {
                    output[outputLength++] = (byte) b;
                    inputPosition++;
                    if (b == '\n') {
                        line++;
                    }
                    continue;
                }
                int n = sequenceLength(inputPosition);
                if (n > 0) {
                    System.arraycopy(input, inputPosition, output, outputLength, n);
                    outputLength += n;
                    inputPosition += n;
                } else {
                    int before = outputLength;
                    encode(WINDOWS_1252[b]);
                    inputPosition++;
                    noteRepair(outputLength - before - 1);
                }
            }
        }
        return true;
    }

    /** Reads more input when fewer than four bytes are left, so a sequence is always seen whole. */
    private void topUp() throws IOException {
        if (endOfInput || inputLength - inputPosition >= 4) {
            return;
        }
        int left = inputLength - inputPosition;
        System.arraycopy(input, inputPosition, input, 0, left);
        inputPosition = 0;
        inputLength = left;
        while (!endOfInput && inputLength < 4) {
            int n = in.read(input, inputLength, input.length - inputLength);
            if (n < 0) {
                endOfInput = true;
            } else {
                inputLength += n;
            }
        }
    }

    /** The length of the well-formed UTF-8 sequence at a position (RFC 3629), 0 when there is none. */
    private int sequenceLength(int at) {
        int b = input[at] & 0xFF;
        int n;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            n = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (at + n > inputLength) {
            return 0;
        }
        int second = input[at + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int i = 2; i < n; i++) {
            int next = input[at + i] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return n;
    }

    private void encode(char c) {
        if (c < 0x800) {
            output[outputLength++] = (byte) (0xC0 | c >> 6);
            output[outputLength++] = (byte) (0x80 | c & 0x3F);
        } else {
            output[outputLength++] = (byte) (0xE0 | c >> 12);
            output[outputLength++] = (byte) (0x80 | c >> 6 & 0x3F);
            output[outputLength++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void noteRepair(int extra) {
        if (repairs == repairEnds.length) {
            repairEnds = Arrays.copyOf(repairEnds, Math.max(16, repairs * 2));
            repairExtra = Arrays.copyOf(repairExtra, repairEnds.length);
        }
        repairEnds[repairs] = outputBase + outputLength;
        repairExtra[repairs] = (repairs == 0 ? 0 : repairExtra[repairs - 1]) + extra;
        repairs++;
        if (line != lastRepairedLine) {
            lastRepairedLine = line;
            repairedLines.accept(line);
        }
    }
}
