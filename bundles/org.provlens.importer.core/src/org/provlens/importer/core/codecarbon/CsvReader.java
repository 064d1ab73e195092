package org.provlens.importer.core.codecarbon;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as pandas' {@code to_csv} writes them (RFC 4180): comma-separated, fields with commas, quotes
 * or line breaks in double quotes, quotes doubled inside. A quoted field may span lines, so each record remembers
 * the line it starts on, for problems.
 */
final class CsvReader {

    private final BufferedReader reader;
    private long lineNumber;
    private long recordLine;
    private boolean unterminated;

    CsvReader(BufferedReader reader) {
        this.reader = reader;
    }

    /**
     * The next record.
     *
     * @return its fields, an empty list for a blank line, {@code null} at the end of the input
     * @throws IOException when reading fails
     */
    List<String> next() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        lineNumber++;
        recordLine = lineNumber;
        unterminated = false;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        List<String> fields = new ArrayList<>();
        if (line.isBlank()) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    break;
                }
                // A line break inside quotes belongs to the field.
                String more = reader.readLine();
                if (more == null) {
                    unterminated = true;
                    break;
                }
                lineNumber++;
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
            } else if (c != '\r' || i < line.length()) {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * The line the last record started on.
     *
     * @return the 1-based line
     */
    long line() {
        return recordLine;
    }

    /**
     * Whether the last record ended inside a quoted field (a truncated file).
     *
     * @return true when the closing quote is missing
     */
    boolean unterminated() {
        return unterminated;
    }
}
