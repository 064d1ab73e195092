package org.provlens.importer.core.codecarbon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 */
final class CsvReader {

    /** Longer lines are not CSV rows of any tool this reader serves; they are skipped, not held. */
    static final int MAX_LINE_BYTES = 16 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * One record.
     *
     * @param fields its fields; empty for a blank line
     * @param line the 1-based line it starts on
     * @param unterminated whether it ended inside a quoted field (a truncated file)
     * @param notUtf8 whether a line of it was not UTF-8 and was read as Windows-1252
     * @param tooLong whether a line of it was longer than {@link CsvReader#MAX_LINE_BYTES} (then it has no fields)
     */
    record Row(List<String> fields, long line, boolean unterminated, boolean notUtf8, boolean tooLong) {
    }

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long lineNumber;
    private boolean lineTooLong;
    private boolean lineNotUtf8;
    private boolean atEnd;

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
        String line = readLine();
        if (line == null) {
            return null;
        }
        long start = lineNumber;
        boolean notUtf8 = lineNotUtf8;
        boolean tooLong = lineTooLong;
        List<String> fields = new ArrayList<>();
        if (tooLong || line.isBlank()) {
            return new Row(fields, start, false, notUtf8, tooLong);
        }
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
                String more = readLine();
                if (more == null) {
                    unterminated = true;
                    break;
                }
                notUtf8 |= lineNotUtf8;
                if (lineTooLong) {
                    return new Row(List.of(), start, false, notUtf8, true);
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
        return new Row(fields, start, unterminated, notUtf8, false);
    }

    /**
     * The next physical line without its line end, decoded; sets {@link #lineNotUtf8} and {@link #lineTooLong}.
     *
     * @return the line, {@code null} at the end of the input
     */
    private String readLine() throws IOException {
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
