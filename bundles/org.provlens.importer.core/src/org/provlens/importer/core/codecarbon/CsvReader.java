package org.provlens.importer.core.codecarbon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads CSV records as pandas' {@code to_csv} and Python's {@code csv} module write them (RFC 4180):
 * comma-separated, fields with commas, quotes or line breaks in double quotes, quotes doubled inside. A quoted field
 * may span lines, so each record remembers the line it starts on, for problems.
 *
 * <p>Line ends may be {@code \n} or {@code \r\n} (CodeCarbon 1.x wrote through {@code csv.DictWriter}, whose line
 * end is {@code \r\n}); a byte-order mark at the start of a line is dropped. Each line is decoded on its own: a line
 * that is not UTF-8 (a file edited in Excel on Windows) is read as Windows-1252 and the record says so, rather than
 * failing the whole file. A line longer than {@link #MAX_LINE_BYTES} is not data: it is skipped to its end without
 * being held in memory.</p>
 *
 * <p>A quote that opens a field by mistake (a flipped byte) makes the rest of the file one field. So the lines a
 * record spans after its first are kept (up to {@link #MAX_RECORD_LINES} lines, {@link #MAX_RECORD_CHARS}
 * characters; a record spanning more ends there, unterminated), and a caller that finds the record bad has them
 * {@link #reread() read again} as records of their own.</p>
 */
final class CsvReader {

    /** Longer lines are not CSV rows of any tool this reader serves; they are skipped, not held. */
    static final int MAX_LINE_BYTES = 16 << 20;

    /** A quoted field spanning more lines than this is a stray quote: no CodeCarbon value has that many. */
    static final int MAX_RECORD_LINES = 100;

    /** Nor that many characters after its first line. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A physical line read, to be read again. */
    private record Line(String text, long number, boolean notUtf8, boolean tooLong) {
    }

    /**
     * One record.
     *
     * @param fields its fields; empty for a blank line
     * @param line the 1-based line it starts on
     * @param unterminated whether it ended inside a quoted field (a truncated file)
     * @param notUtf8 whether a line of it was not UTF-8 and was read as Windows-1252
     * @param tooLong whether a line of it was longer than {@link CsvReader#MAX_LINE_BYTES} (then it has no fields)
     * @param lines how many lines it spans
     */
    record Row(List<String> fields, long line, boolean unterminated, boolean notUtf8, boolean tooLong, int lines) {
    }

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long lineNumber;
    private boolean lineTooLong;
    private boolean lineNotUtf8;
    private boolean atEnd;
    /** The lines after the first of the last record, which {@link #reread()} reads again. */
    private final List<Line> continuation = new ArrayList<>();
    /** Lines to read again before the input. */
    private final Deque<Line> again = new ArrayDeque<>();

    /**
     * A reader.
     *
     * @param in the bytes, buffered by the caller; a byte-order mark at the start may or may not have been skipped
     */
    CsvReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next record.
     *
     * @return it, {@code null} at the end of the input
     * @throws IOException when reading fails
     */
    Row next() throws IOException {
        continuation.clear();
        String line = readLine();
        if (line == null) {
            return null;
        }
        long start = lineNumber;
        boolean notUtf8 = lineNotUtf8;
        boolean tooLong = lineTooLong;
        List<String> fields = new ArrayList<>();
        if (tooLong || line.isBlank()) {
            return new Row(fields, start, false, notUtf8, tooLong, 1);
        }
        long continued = 0;
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean unterminated = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    break;
                }
                // A line break inside quotes belongs to the field.
                String more = continuation.size() < MAX_RECORD_LINES && continued < MAX_RECORD_CHARS ? readLine()
                        : null;
                if (more == null) {
                    unterminated = true;
                    break;
                }
                continuation.add(new Line(more, lineNumber, lineNotUtf8, lineTooLong));
                continued += more.length();
                notUtf8 |= lineNotUtf8;
                if (lineTooLong) {
                    return new Row(List.of(), start, false, notUtf8, true, 1 + continuation.size());
                }
                field.append('\n');
                line = more;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new Row(fields, start, unterminated, notUtf8, false, 1 + continuation.size());
    }

    /**
     * Whether the last record took in, before the line it ends on, a line that is a record of its own: as many
     * fields as the header. No value of a CodeCarbon file spans lines; one that takes in whole rows is a stray quote.
     *
     * @param width the header's number of fields
     * @return true when a line the record spans would be a row by itself
     */
    boolean tookInRows(int width) {
        for (int i = 0; i < continuation.size() - 1; i++) {
            if (fieldCount(continuation.get(i).text()) == width) {
                return true;
            }
        }
        return false;
    }

    /** The number of fields of one line read as a record by itself (a quote left open ends with the line). */
    private static int fieldCount(String line) {
        int fields = 1;
        boolean quoted = false;
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"' && start) {
                quoted = true;
            } else if (c == ',') {
                fields++;
                start = true;
                continue;
            }
            start = false;
        }
        return fields;
    }

    /**
     * Has the lines the last record spans after its first read again, as records: that record was found bad (a
     * quote opened a field by mistake), and the lines it took in may be good records.
     */
    void reread() {
        for (int i = continuation.size() - 1; i >= 0; i--) {
            again.addFirst(continuation.get(i));
        }
        continuation.clear();
    }

    /**
     * The next physical line without its line end, decoded; sets {@link #lineNotUtf8} and {@link #lineTooLong}.
     *
     * @return the line, {@code null} at the end of the input
     */
    private String readLine() throws IOException {
        if (!again.isEmpty()) {
            Line line = again.poll();
            lineNumber = line.number();
            lineNotUtf8 = line.notUtf8();
            lineTooLong = line.tooLong();
            return line.text();
        }
        if (atEnd) {
            return null;
        }
        buffer.reset();
        lineTooLong = false;
        lineNotUtf8 = false;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (buffer.size() < MAX_LINE_BYTES) {
                buffer.write(b);
            } else {
                lineTooLong = true;
            }
        }
        if (b < 0) {
            atEnd = true;
            if (!any) {
                return null;
            }
        }
        lineNumber++;
        if (lineTooLong) {
            return "";
        }
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int offset = length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3
                : 0;
        ByteBuffer text = ByteBuffer.wrap(bytes, offset, length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(text).toString();
        } catch (CharacterCodingException e) {
            lineNotUtf8 = true;
            return new String(bytes, offset, length - offset, WINDOWS_1252);
        }
    }
}
