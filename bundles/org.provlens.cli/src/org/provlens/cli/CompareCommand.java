package org.provlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.ComparedRun;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonCsv;
import org.provlens.compare.core.ComparisonJson;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.ConfigRow;
import org.provlens.compare.core.OutcomeRow;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.OverlayProvider;
import org.provlens.compare.core.OverlayQuery;
import org.provlens.compare.core.SeriesInfo;

/** {@code provlens compare}: the comparison editor's numbers, from a script (a thin layer over the providers). */
final class CompareCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens compare <inputs>... --runs ID,ID[,...] [--baseline ID] [--at-step N] [--depth N]
                       [--sort outcome[:desc]] [--format table|csv|json] [--points N]

                Compares two or more runs or tasks side by side. A run is given by its id (a Flowcept workflow id,
                an MLflow run id, a CMF pipeline or stage id, a task id) or by its name. --baseline (default the
                first) is what deltas are taken against; --at-step N adds the value of every metric series at step
                N; --depth N aligns N levels of children (default 2, 0 for none); --sort orders the runs by an
                outcome. table shows what differs; csv and json list everything. JSON keys: runs[] (id, name, kind,
                status, workflow), baseline, at_step, parameters[] (key, section, depth, values[] one per run,
                differs), outcomes[] (key, unit, better, values[], delta[] and relative[] against the baseline,
                best), levels[] (path, parent, depth, activity, label, ids[], matched, outcomes[]) and series[]
                (key, unit, telemetry, points[], runs[] with step[], time[] and value[], at most --points samples
                per run, default 200; --points 0 leaves the samples out).
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("runs", "baseline", "at-step", "depth", "sort", "format", "points"),
                Set.of());
        String runs = args.option("runs");
        if (runs == null) {
            throw new UsageException("--runs ID,ID[,...] is required: the runs or tasks to compare");
        }
        List<String> ids = Arrays.stream(runs.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String format = args.option("format") == null ? "table" : args.option("format");
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("unknown output format '" + format + "': use table, csv or json");
        }
        Long atStep = args.option("at-step") == null ? null : number("at-step", args.option("at-step"));
        int depth = args.option("depth") == null ? 2 : (int) number("depth", args.option("depth"));
        int points = args.option("points") == null ? 200 : (int) number("points", args.option("points"));
        Inputs.Loaded loaded = Inputs.load(args.positional(), null, io.progress());
        ProviderResponse<Comparison> response = new ComparisonProvider().fetch(new ComparisonQuery(
                loaded.workspace(), ids, args.option("baseline"), atStep, depth, true), io.progress());
        if (!response.isCompleted()) {
            throw new UsageException(response.message());
        }
        Comparison comparison = sorted(response.model(), args.option("sort"));
        switch (format) {
            case "json" -> {
                List<Overlay> overlays = List.of();
                if (points > 0 && !comparison.series().isEmpty()) {
                    overlays = new OverlayProvider().fetch(new OverlayQuery(comparison.executions(),
                            comparison.series().stream().map(SeriesInfo::key).toList(), points), io.progress()).model();
                }
                ComparisonJson.write(comparison, overlays == null ? List.of() : overlays, io.out());
            }
            case "csv" -> {
                ComparisonCsv.write(comparison, io.out());
                io.out().flush();
            }
            default -> table(io.out(), comparison);
        }
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private static long number(String option, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw new UsageException("--" + option + " must be 0 or more, not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a whole number, not '" + text + "'");
        }
    }

    private static Comparison sorted(Comparison comparison, String sort) {
        if (sort == null) {
            return comparison;
        }
        boolean descending = sort.endsWith(":desc");
        String key = sort.replaceFirst(":(desc|asc)$", "");
        if (comparison.outcome(key) == null) {
            throw new UsageException("--sort: no outcome '" + key + "' (outcomes: "
                    + String.join(", ", comparison.outcomes().stream().map(OutcomeRow::key).limit(12).toList())
                    + (comparison.outcomes().size() > 12 ? ", ..." : "") + ")");
        }
        return comparison.reordered(comparison.order(key, descending), comparison.baseline());
    }

    /** What differs, as text tables: the runs, the configuration, the outcomes with deltas, the aligned levels. */
    private static void table(PrintStream out, Comparison comparison) throws IOException {
        List<String> runs = ComparisonCsv.headers(comparison);
        ComparedRun baseline = comparison.runs().get(comparison.baseline());
        out.println("Runs (baseline " + baseline.name() + ")");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < comparison.runs().size(); i++) {
            ComparedRun run = comparison.runs().get(i);
            rows.add(List.of(i == comparison.baseline() ? "*" : "", run.id(), run.name(), run.kind(), run.status()));
        }
        Tabular.write(out, "table", List.of("", "id", "name", "kind", "status"), rows);

        List<ConfigRow> differing = comparison.parameters().stream().filter(ConfigRow::differs).toList();
        out.println();
        out.println("Configuration: " + differing.stream().filter(r -> r.depth() == 0).count() + " of "
                + comparison.parameters().stream().filter(r -> r.depth() == 0).count()
                + " values differ (equal ones left out; --format json lists all)");
        rows.clear();
        for (ConfigRow row : differing) {
            List<Object> cells = new ArrayList<>();
            cells.add("  ".repeat(row.depth()) + row.key());
            row.values().forEach(v -> cells.add(v == null ? "-" : v));
            rows.add(cells);
        }
        Tabular.write(out, "table", header("key", runs), rows);

        out.println();
        out.println("Outcomes (difference to the baseline in parentheses, * the best)");
        rows.clear();
        for (OutcomeRow row : comparison.outcomes()) {
            rows.add(outcomeCells(row.key() + (row.unit().isEmpty() ? "" : " (" + row.unit() + ")"), row,
                    comparison.baseline()));
        }
        Tabular.write(out, "table", header("outcome", runs), rows);

        if (!comparison.levels().isEmpty()) {
            out.println();
            out.println("Aligned children (duration in s; '-' where a run has no match)");
            rows.clear();
            levels(comparison.levels(), comparison.baseline(), rows);
            List<String> header = new ArrayList<>(List.of("path", "matched"));
            header.addAll(runs);
            Tabular.write(out, "table", header, rows);
        }
        out.flush();
    }

    private static List<String> header(String first, List<String> runs) {
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(runs);
        return header;
    }

    private static List<Object> outcomeCells(String label, OutcomeRow row, int baseline) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (int i = 0; i < row.size(); i++) {
            String value = text(row.value(i));
            if (i != baseline && !Double.isNaN(row.delta(i))) {
                value += " (" + (row.delta(i) > 0 ? "+" : "") + text(row.delta(i)) + ")";
            }
            cells.add((row.best() == i ? "*" : "") + value);
        }
        return cells;
    }

    private static void levels(List<AlignedNode> nodes, int baseline, List<List<Object>> rows) {
        if (nodes == null) {
            return;
        }
        for (AlignedNode node : nodes) {
            OutcomeRow duration = node.outcome("duration");
            List<Object> cells = new ArrayList<>();
            cells.add(node.path());
            cells.add(node.matched() + "/" + node.members().size());
            for (int i = 0; i < node.members().size(); i++) {
                cells.add(node.members().get(i) == null ? "-" : duration == null ? "" : text(duration.value(i)));
            }
            rows.add(cells);
            levels(node.children(), baseline, rows);
        }
    }

    private static String text(double value) {
        String text = Column.format(value);
        return text == null ? "-" : text;
    }
}
