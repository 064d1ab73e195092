package org.provlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.model.util.AtomicFiles;
import org.provlens.recommender.core.KnowledgeGraph;
import org.provlens.recommender.core.RecommendationJson;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.Seed;
import org.provlens.recommender.core.SimilarityMetric;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.provider.RecommendQuery;
import org.provlens.recommender.core.provider.RecommenderProvider;

/** {@code provlens recommend}: the Recommendations view's seeds, from a script. */
final class RecommendCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens recommend <inputs>... (--like RUN_OR_TASK_ID | --task FILE.json) [--top K]
                       [--objective KEY:min|max] [--energy-weight W] [--threshold S] [--weights trait=w,...]
                       [--format json|table] [--export SEEDS.json]

                Seeds (model and hyperparameters) for a task, from the trials of similar past tasks in the inputs.
                --like takes the task of a run or task of the inputs (its trials are left out); --task a JSON
                object of traits, e.g. {"category": "churn_prediction", "modality": "tabular", "rows": 12000,
                "features": 40}; both together: the file's traits win. Similar: similarity >= --threshold
                (default %s) over category, modality, domain, rows, features, classes, sequence_length, size_bytes
                (--weights changes them, e.g. domain=0). Score: similarity times the trial's quality percentile on
                its task, blended with its energy percentile by --energy-weight (0..1, default 0). Default
                --objective: the task's objective trait, else the metric most neighbours recorded. --top 5.
                JSON keys: task, objective, threshold, energy_weight, message, neighbours[] (task, similarity,
                trials), seeds[] (rank, model, parameters, score, quality, energy_joules, expected_outcome, pareto,
                evidence[] with run, task, similarity, outcome, energy_joules) and pareto[].
                --export writes the seeds as a list of parameter dicts for Optuna's study.enqueue_trial or Ray
                Tune's points_to_evaluate.
                """.formatted(TaskCharacteristics.format(KnowledgeGraph.DEFAULT_THRESHOLD));
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("like", "task", "top", "objective", "energy-weight", "threshold",
                "weights", "format", "export"), Set.of());
        String format = args.option("format") == null ? "table" : args.option("format");
        if (!List.of("table", "json").contains(format)) {
            throw new UsageException("unknown output format '" + format + "': use table or json");
        }
        if (args.option("like") == null && args.option("task") == null) {
            throw new UsageException("--like RUN_OR_TASK_ID or --task FILE.json is required");
        }
        TaskCharacteristics described = args.option("task") == null ? TaskCharacteristics.EMPTY
                : TaskCharacteristics.fromJson(Path.of(args.option("task")));
        SimilarityMetric metric = SimilarityMetric.DEFAULT;
        RecommendQuery query;
        try {
            if (args.option("weights") != null) {
                metric = metric.withWeights(args.option("weights"));
            }
            query = new RecommendQuery(args.option("like"), described, args.option("objective"),
                    integer(args, "top", RecommendQuery.DEFAULT_TOP), number(args, "energy-weight", 0),
                    number(args, "threshold", KnowledgeGraph.DEFAULT_THRESHOLD), metric,
                    RecommendQuery.DEFAULT_PER_TASK, false);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Inputs.Loaded loaded = Inputs.load(args.positional(), null, io.progress());
        ProviderResponse<Recommendations> response = loaded.session()
                .read(workspace -> new RecommenderProvider(workspace).fetch(query, null));
        if (!response.isCompleted()) {
            throw new IllegalArgumentException(response.message());
        }
        Recommendations r = response.model();
        if (args.option("export") != null) {
            AtomicFiles.write(Path.of(args.option("export")), out -> RecommendationJson.writeTrials(out, r.seeds()));
        }
        if (format.equals("json")) {
            RecommendationJson.write(io.out(), r);
        } else {
            table(io, r);
        }
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private static void table(Main.Io io, Recommendations r) throws IOException {
        io.out().println("task        " + r.task().format());
        io.out().println("objective   " + (r.objective() == null ? "none" : r.objective()));
        if (!r.message().isEmpty()) {
            io.out().println("note        " + r.message());
        }
        io.out().printf(Locale.ROOT, "neighbours  %d at similarity >= %s%n", r.neighbours().size(),
                TaskCharacteristics.format(r.threshold()));
        r.neighbours().stream().limit(10).forEach(n -> io.out().printf(Locale.ROOT, "  %.3f  %s (%d trials)%n",
                n.similarity(), n.node().key(), n.node().trials().size()));
        io.out().println();
        List<List<Object>> rows = new ArrayList<>();
        for (Seed s : r.seeds()) {
            rows.add(List.of((long) s.rank(), s.model(), s.score(), s.expectedOutcome(), s.energyJoules(),
                    s.pareto() ? "yes" : "", (long) s.evidence().size(), parameters(s)));
        }
        Tabular.write(io.out(), "table", List.of("rank", "model", "score", "expected", "energy_j", "pareto",
                "evidence", "parameters"), rows);
    }

    private static String parameters(Seed s) {
        StringBuilder text = new StringBuilder();
        s.parameters().forEach((k, v) -> text.append(text.isEmpty() ? "" : " ").append(k).append('=')
                .append(v instanceof Double d ? TaskCharacteristics.format(d) : v));
        return text.toString();
    }

    private static int integer(Args args, String name, int fallback) {
        return option(args, name, fallback, Integer::parseInt, "a whole number");
    }

    private static double number(Args args, String name, double fallback) {
        return option(args, name, fallback, Double::parseDouble, "a number");
    }

    private static <T> T option(Args args, String name, T fallback, java.util.function.Function<String, T> parse,
            String what) {
        String text = args.option(name);
        try {
            return text == null ? fallback : parse.apply(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects " + what + ", found '" + text + "'");
        }
    }
}
