package org.provlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.provlens.analysis.core.Csv;
import org.provlens.analysis.core.provider.JsonNumbers;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes rows of cells as an aligned text table, RFC 4180 CSV or a JSON array of objects. */
final class Tabular {

    /** Longest cell of the text table; longer values are cut with an ellipsis. */
    private static final int MAX_WIDTH = 40;

    private Tabular() {
    }

    /**
     * Writes rows.
     *
     * @param out where to
     * @param format {@code table}, {@code csv} or {@code json}
     * @param header the column names
     * @param rows cells: {@link Double} (NaN absent), {@link Long}, {@link String} or {@code null}
     * @throws IOException when writing fails
     */
    static void write(PrintStream out, String format, List<String> header, List<List<Object>> rows)
            throws IOException {
        switch (format) {
            case "csv" -> csv(out, header, rows);
            case "json" -> json(out, header, rows);
            case "table" -> table(out, header, rows);
            default -> throw new UsageException("unknown output format '" + format + "': use table, csv or json");
        }
    }

    private static String text(Object cell) {
        return Csv.cell(cell);
    }

    private static void table(PrintStream out, List<String> header, List<List<Object>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> texts = new ArrayList<>();
            for (Object cell : row) {
                String t = text(cell);
                texts.add(t.length() > MAX_WIDTH ? t.substring(0, MAX_WIDTH - 1) + "…" : t);
            }
            cells.add(texts);
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(MAX_WIDTH, header.get(i).length());
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            line.append(pad(header.get(i), widths[i])).append(i + 1 < widths.length ? "  " : "");
        }
        out.println(line.toString().stripTrailing());
        for (List<String> row : cells) {
            line.setLength(0);
            for (int i = 0; i < widths.length; i++) {
                line.append(pad(row.get(i), widths[i])).append(i + 1 < widths.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static void csv(PrintStream out, List<String> header, List<List<Object>> rows) throws IOException {
        Csv.write(out, header, rows);
    }

    private static void json(PrintStream out, List<String> header, List<List<Object>> rows) throws IOException {
        try (JsonGenerator json = Json.to(out)) {
            json.writeStartArray();
            for (List<Object> row : rows) {
                json.writeStartObject();
                for (int i = 0; i < header.size(); i++) {
                    json.writeFieldName(header.get(i));
                    Object cell = row.get(i);
                    switch (cell) {
                        case null -> json.writeNull();
                        case Double d -> JsonNumbers.number(json, d);
                        case Long l -> json.writeNumber(l);
                        default -> json.writeString(cell.toString());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }
}
