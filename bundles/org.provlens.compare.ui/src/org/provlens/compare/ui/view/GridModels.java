package org.provlens.compare.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.Better;
import org.provlens.compare.core.ComparedRun;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ConfigRow;
import org.provlens.compare.core.OutcomeRow;

/** What the three grids of the comparison show: the configuration, the outcomes and the aligned children. */
final class GridModels {

    private GridModels() {
    }

    /** A run's column header: its name, marked when it is the baseline. */
    static String runLabel(Comparison comparison, int column) {
        ComparedRun run = comparison.runs().get(column);
        return (column == comparison.baseline() ? "★ " : "") + run.name();
    }

    /**
     * The configuration rows: those that differ, or all; those whose key contains a text.
     *
     * @param comparison the comparison shown
     * @param showEqual whether equal rows are listed too
     * @param filter a text the keys must contain, empty for all
     * @return the model
     */
    static DiffGrid.Model configuration(Comparison comparison, boolean showEqual, String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        List<ConfigRow> rows = new ArrayList<>();
        for (ConfigRow row : comparison.parameters()) {
            if ((showEqual || row.differs()) && (wanted.isEmpty() || row.key().toLowerCase(Locale.ROOT).contains(wanted))) {
                rows.add(row);
            }
        }
        return new Model(comparison) {
            @Override
            public int rows() {
                return rows.size();
            }

            @Override
            public String rowLabel(int row) {
                ConfigRow config = rows.get(row);
                if (config.depth() == 0) {
                    return config.key();
                }
                // A leaf of a nested value: indented, its own part of the path.
                String key = config.key();
                int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
                return "    ".repeat(config.depth()) + key.substring(cut < 0 ? 0 : cut + (key.charAt(cut) == '.' ? 1 : 0));
            }

            @Override
            public String text(int row, int column) {
                String value = rows.get(row).values().get(column);
                return value == null ? Formats.MISSING : shortPath(value);
            }

            @Override
            public String tooltip(int row, int column) {
                String value = rows.get(row).values().get(column);
                return value == null ? "not recorded in this run" : value;
            }

            @Override
            public void labels(int row, int column, List<String> labels) {
                List<String> values = rows.get(row).values();
                String value = values.get(column);
                if (value == null) {
                    labels.add(DiffGrid.MISSING);
                }
                if (column != comparison.baseline() && !Objects.equals(value, values.get(comparison.baseline()))) {
                    labels.add(DiffGrid.DIFFERS);
                }
                if (column == comparison.baseline()) {
                    labels.add(DiffGrid.BASELINE);
                }
            }

            @Override
            public boolean emphasised(int row) {
                return rows.get(row).differs();
            }
        };
    }

    /**
     * The outcome rows, the runs' status first.
     *
     * @param comparison the comparison shown
     * @param mode what the cells show
     * @param sortKey the outcome the runs are sorted by, {@code null} for none
     * @param descending whether sorted with the largest first
     * @return the model
     */
    static DiffGrid.Model outcomes(Comparison comparison, Mode mode, String sortKey, boolean descending) {
        List<OutcomeRow> rows = comparison.outcomes();
        return new Model(comparison) {
            @Override
            public int rows() {
                return rows.size() + 1;
            }

            @Override
            public String rowLabel(int row) {
                if (row == 0) {
                    return "status";
                }
                OutcomeRow outcome = rows.get(row - 1);
                return label(outcome) + (outcome.key().equals(sortKey) ? descending ? "  ▼" : "  ▲" : "");
            }

            @Override
            public String text(int row, int column) {
                return row == 0 ? comparison.runs().get(column).status() : cell(rows.get(row - 1), column, mode,
                        comparison.baseline());
            }

            @Override
            public void labels(int row, int column, List<String> labels) {
                if (row == 0) {
                    String status = comparison.runs().get(column).status();
                    if ("ERROR".equals(status) || "KILLED".equals(status)) {
                        labels.add(DiffGrid.WORSE);
                    }
                } else {
                    outcomeLabels(rows.get(row - 1), column, mode, comparison.baseline(), labels);
                }
                if (column == comparison.baseline()) {
                    labels.add(DiffGrid.BASELINE);
                }
            }

            @Override
            public boolean emphasised(int row) {
                return row > 0 && rows.get(row - 1).key().equals(sortKey);
            }
        };
    }

    /**
     * The aligned children of one level, one outcome of each.
     *
     * @param comparison the comparison shown (for its runs and baseline)
     * @param nodes the nodes, in the runs' shown order
     * @param key the outcome shown
     * @param mode what the cells show
     * @return the model
     */
    static DiffGrid.Model hierarchy(Comparison comparison, List<AlignedNode> nodes, String key, Mode mode) {
        int n = comparison.runs().size();
        return new Model(comparison) {
            @Override
            public int rows() {
                return nodes.size();
            }

            @Override
            public String rowLabel(int row) {
                AlignedNode node = nodes.get(row);
                return node.label() + (node.matched() < n ? "   (" + node.matched() + " of " + n + ")" : "");
            }

            @Override
            public String text(int row, int column) {
                AlignedNode node = nodes.get(row);
                if (node.members().get(column) == null) {
                    return "unmatched";
                }
                OutcomeRow outcome = node.outcome(key);
                return outcome == null ? Formats.MISSING : cell(outcome, column, mode, comparison.baseline());
            }

            @Override
            public void labels(int row, int column, List<String> labels) {
                AlignedNode node = nodes.get(row);
                if (node.members().get(column) == null) {
                    labels.add(DiffGrid.UNMATCHED);
                    return;
                }
                OutcomeRow outcome = node.outcome(key);
                if (outcome == null) {
                    labels.add(DiffGrid.MISSING);
                } else {
                    outcomeLabels(outcome, column, mode, comparison.baseline(), labels);
                }
                if (column == comparison.baseline()) {
                    labels.add(DiffGrid.BASELINE);
                }
            }

            @Override
            public boolean emphasised(int row) {
                return nodes.get(row).matched() < n;
            }
        };
    }

    /** A long path as its end, where paths differ ({@code …/openweb-2026/shard_14.parquet}); the tooltip has it all. */
    static String shortPath(String value) {
        if (value.length() <= 40 || value.indexOf('/') < 0 || value.contains(" ")) {
            return value;
        }
        int last = value.lastIndexOf('/', value.length() - 2);
        int before = last > 0 ? value.lastIndexOf('/', last - 1) : -1;
        return "…" + value.substring(before >= 0 ? before : Math.max(0, last));
    }

    /** An outcome's row label: its key, unit and direction. */
    static String label(OutcomeRow outcome) {
        String arrow = outcome.better() == Better.LOWER ? "  ↓" : outcome.better() == Better.HIGHER ? "  ↑" : "";
        return outcome.key() + (outcome.unit().isEmpty() ? "" : " (" + outcome.unit() + ")") + arrow;
    }

    private static String cell(OutcomeRow outcome, int column, Mode mode, int baseline) {
        if (mode == Mode.VALUES || column == baseline) {
            return Formats.number(outcome.value(column));
        }
        return mode == Mode.DELTA ? Formats.delta(outcome.delta(column)) : Formats.percent(outcome.relative(column));
    }

    private static void outcomeLabels(OutcomeRow outcome, int column, Mode mode, int baseline, List<String> labels) {
        if (outcome.best() == column) {
            labels.add(DiffGrid.BEST);
        }
        double delta = outcome.delta(column);
        if (Double.isNaN(outcome.value(column))) {
            labels.add(DiffGrid.MISSING);
        } else if (mode != Mode.VALUES && column != baseline && delta != 0 && !Double.isNaN(delta)
                && outcome.better() != Better.NONE) {
            labels.add((delta < 0) == (outcome.better() == Better.LOWER) ? DiffGrid.BETTER : DiffGrid.WORSE);
        }
    }

    /** The part every grid shares: one column per run, headed by its name. */
    private abstract static class Model implements DiffGrid.Model {
        private final Comparison comparison;

        Model(Comparison comparison) {
            this.comparison = comparison;
        }

        @Override
        public int columns() {
            return comparison.runs().size();
        }

        @Override
        public String columnLabel(int column) {
            return runLabel(comparison, column);
        }
    }
}
