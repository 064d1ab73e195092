package org.provlens.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.LevelTable;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Task;

/** {@code provlens query}: the horizontal level table of the workbench, from a script. */
final class QueryCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens query <inputs>... --level <activity|subtype|children-of:ID> [--where '<filter>']
                       [--columns a,b,c] [--sort col[:desc]] [--group-by col --agg mean|sum|max]
                       [--format table|csv|json] [--list-columns]

                One row per task of the level. Columns: id, activity, subtype, status, host, workflow, parent,
                started, ended, duration, children, used.<parameter>, generated.<output>, telemetry summaries
                telemetry.<channel>.mean/.max (gauges) or .delta (counters), and energy where the provenance
                gives any (see 'provlens energy --help'): energy.gpu.measured (J, the GPUs' energy counters over
                the task), energy.total and energy.<gpu|cpu|ram|other> (IT J, inclusive of children) with
                energy.<component>.method, energy.exclusive, energy.lower, energy.upper, energy.facility (J × PUE)
                and energy.co2e_g, at the default PUE and intensity. Default columns: id, activity, status,
                duration, host and every used.*, generated.* and energy.* column. --list-columns prints them all.
                Filter language: field op value joined by and, or, not and parentheses; op is = != < <= > >= or
                ~ (text contains), e.g.  activity = model_train and used.lr >= 0.01 and status != ERROR
                --group-by aggregates every numeric column per distinct value of a column (default --agg mean).
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("level", "where", "columns", "sort", "group-by", "agg", "format"),
                Set.of("list-columns"));
        String level = args.option("level");
        if (level == null) {
            throw new UsageException("--level <activity|subtype|children-of:ID> is required");
        }
        String format = args.option("format") == null ? "table" : args.option("format");
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("unknown output format '" + format + "': use table, csv or json");
        }
        Inputs.Loaded loaded = Inputs.load(args.positional(), null, io.progress());
        LevelTable table = LevelTable.of(loaded.workspace(), level,
                List.of(EnergyColumns.of(Assumptions.defaults())));
        if (args.flag("list-columns")) {
            table.columns().all().forEach(c -> io.out().println(c.name() + "\t" + c.type().name().toLowerCase()));
            return Main.OK;
        }
        try {
            table = table.filter(args.option("where"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--where: " + e.getMessage());
        }
        String sort = args.option("sort");
        if (sort != null) {
            boolean descending = sort.endsWith(":desc");
            String column = sort.replaceFirst(":(desc|asc)$", "");
            checkColumn(table, column, "--sort");
            table = table.sort(column, descending);
        }
        String groupBy = args.option("group-by");
        if (groupBy != null) {
            checkColumn(table, groupBy, "--group-by");
            LevelTable.Aggregate aggregate;
            try {
                aggregate = LevelTable.Aggregate.parse(args.option("agg") == null ? "mean" : args.option("agg"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--agg: " + e.getMessage());
            }
            LevelTable.Grouped grouped = table.group(groupBy, aggregate);
            List<String> wanted = columns(args, grouped.columns());
            List<Integer> indexes = wanted.stream().map(grouped.columns()::indexOf).toList();
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : grouped.rows()) {
                rows.add(indexes.stream().map(row::get).toList());
            }
            Tabular.write(io.out(), format, wanted, rows);
        } else {
            List<String> defaults = table.columns().names().stream().filter(n -> List.of("id", "activity", "status",
                    "duration", "host").contains(n) || n.startsWith("used.") || n.startsWith("generated.")
                    || n.startsWith("energy.")).toList();
            List<String> wanted = args.option("columns") == null ? defaults : columns(args, table.columns().names());
            List<Column> columns = new ArrayList<>();
            for (String name : wanted) {
                columns.add(table.column(name));
            }
            List<List<Object>> rows = new ArrayList<>();
            for (Task task : table.rows()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (Column column : columns) {
                    row.add(column.value(task));
                }
                rows.add(row);
            }
            Tabular.write(io.out(), format, wanted, rows);
        }
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private static List<String> columns(Args args, List<String> available) {
        if (args.option("columns") == null) {
            return available;
        }
        List<String> wanted = Arrays.stream(args.option("columns").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        for (String name : wanted) {
            if (!available.contains(name)) {
                throw new UsageException("--columns: unknown column '" + name + "' (see --list-columns)");
            }
        }
        return wanted;
    }

    private static void checkColumn(LevelTable table, String column, String option) {
        if (table.columns().get(column) == null) {
            throw new UsageException(option + ": unknown column '" + column + "' (see --list-columns)");
        }
    }
}
