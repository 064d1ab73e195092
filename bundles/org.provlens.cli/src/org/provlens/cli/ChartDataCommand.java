package org.provlens.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.charts.core.ActivityStats;
import org.provlens.charts.core.ActivityStatsProvider;
import org.provlens.charts.core.Effects;
import org.provlens.charts.core.EffectsProvider;
import org.provlens.charts.core.EffectsQuery;
import org.provlens.charts.core.SeriesData;
import org.provlens.charts.core.SeriesProvider;
import org.provlens.charts.core.SeriesQuery;
import org.provlens.charts.core.Timeline;
import org.provlens.charts.core.TimelineProvider;
import org.provlens.charts.core.TimelineQuery;
import org.provlens.charts.core.io.ChartDataWriter;
import org.provlens.model.SeriesAxis;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Bulk;

import com.fasterxml.jackson.core.JsonGenerator;

/** {@code provlens chart-data}: the numbers behind each chart view, from its provider, as JSON or CSV. */
final class ChartDataCommand implements Main.Command {

    private static final List<String> KINDS = List.of("series", "timeline", "activity-stats", "effects");

    @Override
    public String help() {
        return """
                Usage: provlens chart-data <series|timeline|activity-stats|effects> <inputs>... [options]
                       [--format json|csv]

                The data of a chart view, computed by the provider the view uses.
                  series --key K [--run ID]... [--width N] [--from X --to X] [--level L] [--axis step|time]
                         [--list-keys]
                      K: a recorded series (MLflow metric), telemetry.<channel> (per-task intervals of the
                      tasks of level L), or a numeric level column (generated.loss, energy.gpu.measured, ...).
                      --run: a workflow id or name (repeat it, or separate with commas); default every run.
                      JSON: per series run, key, points (the total) and buckets[] of
                      {x0, x1, count, min, max, first, last}: N (--width, default 800) equal-width buckets
                      over the x range, each [x0, x1) (the last closed), min and max exact.
                  timeline [--level L] [--lanes host|gpu|activity|run] [--colour activity|status|duration|energy]
                           [--width N] [--from T --to T]   (T: epoch seconds; default every task, host, activity)
                  activity-stats [--level L]   count, mean, median, min, max, p95 of duration, CPU time, GPU
                           memory, IO and GPU energy per activity, and the dominant resource (default every task)
                  effects [--level L] [--params a,b] [--outcomes x,y] [--pareto x:max,y:min] [--seed N]
                      one task per run (default level model_train); correlations (Pearson, Spearman, n, p),
                      standardized coefficients and permutation importance, the Pareto front
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        // --run may be repeated: collected before the options are parsed.
        List<String> runs = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("--run") && i + 1 < arguments.size()) {
                runs.addAll(Arrays.asList(arguments.get(++i).split(",")));
            } else if (arg.startsWith("--run=")) {
                runs.addAll(Arrays.asList(arg.substring("--run=".length()).split(",")));
            } else {
                rest.add(arg);
            }
        }
        Args args = new Args(rest, Set.of("key", "width", "from", "to", "level", "axis", "lanes", "colour", "color",
                "params", "outcomes", "pareto", "seed", "format"), Set.of("list-keys"));
        if (args.positional().isEmpty() || !KINDS.contains(args.positional().get(0))) {
            throw new UsageException("the first argument is the chart: " + String.join(", ", KINDS));
        }
        String kind = args.positional().get(0);
        String format = args.option("format") == null ? "json" : args.option("format");
        if (!List.of("json", "csv").contains(format)) {
            throw new UsageException("unknown output format '" + format + "': use json or csv");
        }
        int width = integer(args, "width", 800);
        Inputs.Loaded loaded = Inputs.load(args.positional().subList(1, args.positional().size()), null,
                io.progress());
        Writer text = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
        switch (kind) {
            case "series" -> {
                List<Workflow> sources = runs(loaded, runs);
                if (args.flag("list-keys")) {
                    SeriesProvider.keys(sources).forEach(io.out()::println);
                    return Main.OK;
                }
                String key = args.option("key");
                if (key == null) {
                    throw new UsageException("--key is required (see --list-keys)");
                }
                SeriesAxis axis = args.option("axis") == null ? null
                        : SeriesAxis.get(args.option("axis").toUpperCase(Locale.ROOT));
                if (args.option("axis") != null && axis == null) {
                    throw new UsageException("--axis: use step or time");
                }
                SeriesQuery query = new SeriesQuery(sources, key, args.option("level"), axis,
                        number(args, "from"), number(args, "to"), width);
                SeriesData data = answer(new SeriesProvider().fetch(query, io.progress()));
                if (data.lines().isEmpty()) {
                    throw new IllegalArgumentException("no run has '" + key + "' (see --list-keys)");
                }
                write(format, text, io, json -> ChartDataWriter.json(data, json), out -> ChartDataWriter.csv(data, out));
            }
            case "timeline" -> {
                String level = args.option("level") == null ? Levels.ALL : args.option("level");
                TimelineQuery query = new TimelineQuery(
                        choice(args, "lanes", TimelineQuery.Lanes.class, TimelineQuery.Lanes.HOST),
                        choice(args, args.option("color") != null ? "color" : "colour", TimelineQuery.Colour.class,
                                TimelineQuery.Colour.ACTIVITY),
                        number(args, "from"), number(args, "to"), width);
                Timeline data = answer(new TimelineProvider(Levels.select(loaded.workspace(), level))
                        .fetch(query, io.progress()));
                write(format, text, io, json -> ChartDataWriter.json(data, json), out -> ChartDataWriter.csv(data, out));
            }
            case "activity-stats" -> {
                String level = args.option("level") == null ? Levels.ALL : args.option("level");
                ActivityStats data = answer(new ActivityStatsProvider()
                        .fetch(Levels.select(loaded.workspace(), level), io.progress()));
                write(format, text, io, json -> ChartDataWriter.json(data, json), out -> ChartDataWriter.csv(data, out));
            }
            default -> {
                String level = args.option("level") == null ? "model_train" : args.option("level");
                List<Task> tasks = Levels.select(loaded.workspace(), level);
                if (tasks.isEmpty()) {
                    throw new IllegalArgumentException("no task at level '" + level + "'");
                }
                String[] pareto = args.option("pareto") == null ? new String[0] : args.option("pareto").split(",");
                if (pareto.length != 0 && pareto.length != 2) {
                    throw new UsageException("--pareto takes two outcomes, e.g. generated.val_accuracy:max,"
                            + "energy.gpu.measured:min");
                }
                EffectsQuery query = new EffectsQuery(tasks, list(args, "params"), list(args, "outcomes"),
                        pareto.length == 2 ? outcome(pareto[0]) : null, pareto.length == 2 && maximize(pareto[0]),
                        pareto.length == 2 ? outcome(pareto[1]) : null, pareto.length == 2 && maximize(pareto[1]),
                        integer(args, "seed", 1));
                Effects data = answer(new EffectsProvider().fetch(query, io.progress()));
                write(format, text, io, json -> ChartDataWriter.json(data, json), out -> ChartDataWriter.csv(data, out));
            }
        }
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    private interface CsvBody {
        void write(Appendable out) throws IOException;
    }

    private static void write(String format, Writer text, Main.Io io, JsonBody json, CsvBody csv)
            throws IOException {
        if (format.equals("json")) {
            try (JsonGenerator generator = Json.to(io.out())) {
                json.write(generator);
            }
            io.out().println();
        } else {
            csv.write(text);
            text.flush();
        }
    }

    private static <T> T answer(ProviderResponse<T> response) {
        if (!response.isCompleted()) {
            throw new IllegalArgumentException(response.message());
        }
        return response.model();
    }

    private static List<Workflow> runs(Inputs.Loaded loaded, List<String> wanted) {
        List<Workflow> all = Bulk.workflows(loaded.workspace());
        if (wanted.isEmpty()) {
            return all;
        }
        List<Workflow> chosen = new ArrayList<>();
        for (String id : wanted) {
            Workflow run = all.stream().filter(w -> id.equals(w.getId()) || id.equals(w.getName())).findFirst()
                    .orElseThrow(() -> new UsageException("--run: no workflow run with id or name '" + id + "'"));
            chosen.add(run);
        }
        return chosen;
    }

    private static String outcome(String spec) {
        return spec.replaceFirst(":(max|min)$", "");
    }

    private static boolean maximize(String spec) {
        return spec.endsWith(":max");
    }

    private static List<String> list(Args args, String name) {
        String value = args.option(name);
        return value == null ? null : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static <E extends Enum<E>> E choice(Args args, String name, Class<E> type, E otherwise) {
        String value = args.option(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + ": use one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static int integer(Args args, String name, int otherwise) {
        String value = args.option(name);
        try {
            int n = value == null ? otherwise : Integer.parseInt(value);
            if (n < 1) {
                throw new UsageException("--" + name + " must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, not '" + value + "'");
        }
    }

    private static double number(Args args, String name) {
        String value = args.option(name);
        try {
            return value == null ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a number, not '" + value + "'");
        }
    }
}
