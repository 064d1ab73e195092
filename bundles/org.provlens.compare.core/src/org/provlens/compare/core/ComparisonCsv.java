package org.provlens.compare.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.provlens.analysis.core.Csv;

/**
 * The comparison as one CSV table (RFC 4180), the same for {@code provlens compare --format csv} and the editor's
 * export: columns {@code section}, {@code key}, then one per run (headed by the run's name, or its id when names
 * repeat). Rows: the configuration (section {@code parameter}, {@code data}, ...), the outcomes (section
 * {@code outcome}) followed by their differences to the baseline ({@code delta}) and relative differences
 * ({@code relative}), and the outcomes of each aligned level ({@code level}, key {@code <path> <outcome>}).
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    /**
     * Writes a comparison.
     *
     * @param comparison the comparison
     * @param out where to
     * @throws IOException when writing fails
     */
    public static void write(Comparison comparison, Appendable out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("section");
        header.add("key");
        header.addAll(headers(comparison));
        Csv.line(out, header);
        for (ConfigRow row : comparison.parameters()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.section());
            cells.add(row.key());
            cells.addAll(row.values());
            Csv.line(out, cells);
        }
        for (OutcomeRow row : comparison.outcomes()) {
            outcome(out, "outcome", row.key(), row, 0);
        }
        for (OutcomeRow row : comparison.outcomes()) {
            outcome(out, "delta", row.key(), row, 1);
        }
        for (OutcomeRow row : comparison.outcomes()) {
            outcome(out, "relative", row.key(), row, 2);
        }
        levels(out, comparison.levels());
    }

    /**
     * The column headers of the runs: their names, or their ids when two runs share a name.
     *
     * @param comparison the comparison
     * @return one header per run
     */
    public static List<String> headers(Comparison comparison) {
        Set<String> names = new HashSet<>();
        boolean unique = comparison.runs().stream().allMatch(r -> names.add(r.name()));
        return comparison.runs().stream().map(r -> unique ? r.name() : r.id()).toList();
    }

    private static void levels(Appendable out, List<AlignedNode> nodes) throws IOException {
        if (nodes == null) {
            return;
        }
        for (AlignedNode node : nodes) {
            for (OutcomeRow row : node.outcomes()) {
                outcome(out, "level", node.path() + " " + row.key(), row, 0);
            }
            levels(out, node.children());
        }
    }

    private static void outcome(Appendable out, String section, String key, OutcomeRow row, int what)
            throws IOException {
        List<Object> cells = new ArrayList<>(row.size() + 2);
        cells.add(section);
        cells.add(key);
        for (int i = 0; i < row.size(); i++) {
            cells.add(what == 0 ? row.value(i) : what == 1 ? row.delta(i) : row.relative(i));
        }
        Csv.line(out, cells);
    }
}
