package org.provlens.energy.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV tables of energy accounting (device power figures, grid intensity exports) record by record:
 * comma-separated, fields in double quotes may hold commas and doubled quotes (RFC 4180), a byte-order mark is
 * dropped, blank lines and lines starting with {@code #} are skipped. Quoted line breaks are not supported: none of
 * these exports writes them, and a record per line lets every problem name its line.
 */
final class CsvLines {

    private final BufferedReader in;
    private final String file;
    private int line;

    CsvLines(BufferedReader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The fields of the next record, {@code null} at the end. */
    List<String> next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
        } while (text.isBlank() || text.startsWith("#"));
        return split(text);
    }

    /** The line of the record {@link #next()} returned last, from 1. */
    int line() {
        return line;
    }

    /** Where a problem is: {@code file:line}. */
    String where() {
        return file + ":" + line;
    }

    private List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(where() + ": a quoted field is not closed on its line");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
