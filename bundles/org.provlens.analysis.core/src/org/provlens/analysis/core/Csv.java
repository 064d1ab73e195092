package org.provlens.analysis.core;

import java.io.IOException;
import java.util.List;

/** RFC 4180 CSV of table cells: numbers as {@link Column#format(double)} writes them, absent values empty. */
public final class Csv {

    private Csv() {
    }

    /**
     * Writes a header and rows.
     *
     * @param out where to
     * @param header the column names
     * @param rows cells: {@link Double} (NaN absent), {@link Long}, {@link String} or {@code null}
     * @throws IOException when writing fails
     */
    public static void write(Appendable out, List<String> header, List<? extends List<?>> rows) throws IOException {
        line(out, header);
        for (List<?> row : rows) {
            line(out, row);
        }
    }

    /**
     * Writes one line.
     *
     * @param out where to
     * @param cells the cells
     * @throws IOException when writing fails
     */
    public static void line(Appendable out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cell(cells.get(i))));
        }
        out.append('\n');
    }

    /**
     * The text of a cell.
     *
     * @param cell a cell value
     * @return its text, empty for absent values
     */
    public static String cell(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double d -> {
                String s = Column.format(d);
                yield s == null ? "" : s;
            }
            default -> cell.toString();
        };
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
