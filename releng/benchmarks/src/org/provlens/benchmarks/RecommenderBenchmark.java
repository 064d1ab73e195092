package org.provlens.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.generator.core.HistoryGenerator;
import org.provlens.generator.core.HistorySettings;
import org.provlens.generator.core.HpoCatalogue;
import org.provlens.generator.core.HpoTask;
import org.provlens.importer.core.ImportInputs;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.History;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.Recommender;
import org.provlens.recommender.core.Seed;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.evaluation.BayesianSearch;
import org.provlens.recommender.core.evaluation.EvaluationsToTarget;
import org.provlens.recommender.core.evaluation.RandomSearch;
import org.provlens.recommender.core.evaluation.Search;
import org.provlens.recommender.core.evaluation.SearchSpace;
import org.provlens.recommender.core.evaluation.SearchSpace.Point;
import org.provlens.recommender.core.provider.RecommendQuery;

/**
 * What recommended seeds are worth: generates the history of hyperparameter searches, imports it through the real
 * importers, and for new tasks of the history's families (and for tasks with no similar neighbour) measures
 * evaluations-to-target of random search and of the Bayesian search, each without and with the top seeds.
 *
 * <p>Target: a configuration whose true quality is at least the 98th percentile of the task's quality over
 * uniformly random configurations (2,000 drawn): random search needs 50 evaluations on average to reach it.
 * Searches see noisy scores (the history's noise); the target is judged on the true surface. Budget 150
 * evaluations; a search that does not reach the target counts 151 (censored, reported). One repetition is one new
 * task with its own random streams.</p>
 *
 * <p>Usage: {@code RecommenderBenchmark <work dir> [repetitions (100)] [seed (24)]}</p>
 */
public final class RecommenderBenchmark {

    private static final int BUDGET = 150;
    private static final int TOP = 5;

    private RecommenderBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the work folder, repetitions, seed
     * @throws IOException when the history cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 24;
        Path folder = work.resolve("history");
        long t0 = System.nanoTime();
        HistoryGenerator.Result written = new HistoryGenerator(HistorySettings.standard(seed)).write(folder);
        System.out.printf(Locale.ROOT, "history: %s (%.1f s)%n", written.summary(), seconds(t0));

        long t1 = System.nanoTime();
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("history");
        Map<String, Integer> formats = new LinkedHashMap<>();
        int problems = 0;
        for (Path input : ImportInputs.expand(List.of(folder)).inputs()) {
            ImportResult result = Importers.importFile(input, builder, new NullProgressMonitor());
            formats.merge(result.format(), 1, Integer::sum);
            problems += result.problems().size();
        }
        Workspace workspace = builder.workspace();
        History history = History.of(workspace, null);
        long withEnergy = history.trials().stream().filter(t -> Double.isFinite(t.energyJoules())).count();
        System.out.printf(Locale.ROOT, "imported %s with %d problems (%.1f s): %d trials (%d with energy) on %d"
                + " tasks%n", formats, problems, seconds(t1), history.trials().size(), withEnergy,
                history.nodes().size());

        evaluate(history, HistoryGenerator.newTasks(seed, repetitions, false), false, seed);
        // Far tasks whose most similar past task still reaches the threshold are not tasks without a neighbour.
        List<HpoTask> far = new ArrayList<>();
        int drawn = 0;
        for (HpoTask task : HistoryGenerator.newTasks(seed, 4 * repetitions, true)) {
            if (far.size() == repetitions) {
                break;
            }
            drawn++;
            if (Recommender.recommend(history, traits(task), null, RecommendQuery.described(traits(task)), null)
                    .neighbours().isEmpty()) {
                far.add(task);
            }
        }
        System.out.printf(Locale.ROOT, "%n%d of the first %d far tasks have no neighbour at the threshold; those are"
                + " evaluated%n", far.size(), drawn);
        evaluate(history, far, true, seed);
    }

    private static void evaluate(History history, List<HpoTask> tasks, boolean far, long seed) {
        long start = System.nanoTime();
        int[][] evaluations = new int[4][tasks.size()];
        int withNeighbours = 0;
        int seedsReached = 0;
        double[] similarity = new double[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            HpoTask task = tasks.get(i);
            RecommendQuery query = new RecommendQuery(null, traits(task), null, TOP, 0,
                    org.provlens.recommender.core.KnowledgeGraph.DEFAULT_THRESHOLD, null,
                    RecommendQuery.DEFAULT_PER_TASK, true);
            Recommendations r = Recommender.recommend(history, query.described(), null, query, null);
            if (!r.message().contains("nearest anyway")) {
                withNeighbours++;
            }
            similarity[i] = r.neighbours().isEmpty() ? 0 : r.neighbours().get(0).similarity();
            SearchSpace space = space(task.category());
            List<Point> seeds = new ArrayList<>();
            for (Seed s : r.seeds()) {
                Map<String, Number> values = new LinkedHashMap<>();
                s.parameters().forEach((k, v) -> {
                    if (v instanceof Number n) {
                        values.put(k, n);
                    }
                });
                Point p = space.point(s.model(), values);
                if (p != null) {
                    seeds.add(p);
                }
            }
            double target = target(task, space, new SplittableRandom(seed * 31 + i));
            double noise = task.category().maximize() ? 0.006 : 0.015;
            SplittableRandom noiseStream = new SplittableRandom(seed * 37 + i);
            java.util.function.ToDoubleFunction<Point> observe = p -> task.quality(
                    task.category().models().get(p.model()).name(), space.values(p)) + noise * noiseStream.nextGaussian();
            java.util.function.Predicate<Point> reached = p -> task.quality(
                    task.category().models().get(p.model()).name(), space.values(p)) >= target;
            if (seeds.stream().anyMatch(reached)) {
                seedsReached++;
            }
            for (int strategy = 0; strategy < 4; strategy++) {
                SplittableRandom rng = new SplittableRandom(seed * 1_000 + i);
                Search search = strategy < 2 ? new RandomSearch(space, rng) : new BayesianSearch(space, rng, 5, 300);
                List<Point> first = strategy % 2 == 1 ? seeds : List.of();
                evaluations[strategy][i] = EvaluationsToTarget.run(search, first, observe, reached, BUDGET);
            }
            if (System.getenv("BENCH_VERBOSE") != null) {
                System.out.printf(Locale.ROOT, "  %-48s sim %.2f seeds %d: %d %d %d %d%n", task.name(), similarity[i],
                        seeds.size(), evaluations[0][i], evaluations[1][i], evaluations[2][i], evaluations[3][i]);
            }
        }
        String title = far ? "tasks with no similar neighbour (beyond the history's sizes, unseen domains; seeds"
                + " forced from the nearest tasks)" : "new tasks of the history's families";
        System.out.printf(Locale.ROOT, "%n== %s: %d repetitions, %.0f s%n", title, tasks.size(), seconds(start));
        System.out.printf(Locale.ROOT, "tasks with a neighbour at similarity >= %.2f: %d of %d; most similar past"
                + " task: median %.2f (quartiles %.2f, %.2f)%n",
                org.provlens.recommender.core.KnowledgeGraph.DEFAULT_THRESHOLD, withNeighbours, tasks.size(),
                quantile(similarity, 0.5), quantile(similarity, 0.25), quantile(similarity, 0.75));
        System.out.printf(Locale.ROOT, "a seed itself reached the target in %d of %d tasks%n", seedsReached,
                tasks.size());
        String[] names = {"random", "random + seeds", "bayesian (GP-EI)", "bayesian + seeds"};
        System.out.println("evaluations to target (budget " + BUDGET + ", censored counted as " + (BUDGET + 1) + ")");
        System.out.println("  strategy             median    Q1    Q3   censored");
        for (int s = 0; s < 4; s++) {
            double[] e = Arrays.stream(evaluations[s]).asDoubleStream().toArray();
            long censored = Arrays.stream(evaluations[s]).filter(v -> v > BUDGET).count();
            System.out.printf(Locale.ROOT, "  %-18s %7.1f %6.1f %6.1f %6d%n", names[s], quantile(e, 0.5),
                    quantile(e, 0.25), quantile(e, 0.75), censored);
        }
        System.out.println("speed-up per task (evaluations without seeds / with seeds)");
        System.out.println("  comparison                               median    Q1    Q3   seeded faster / slower");
        speedup("random search: without / with seeds", evaluations[0], evaluations[1]);
        speedup("bayesian search: without / with seeds", evaluations[2], evaluations[3]);
        speedup("bayesian without seeds / random with seeds", evaluations[2], evaluations[1]);
        speedup("random without / bayesian with seeds", evaluations[0], evaluations[3]);
    }

    /** What a team would record about a new task: its traits without its name, which no past search shares. */
    private static TaskCharacteristics traits(HpoTask task) {
        Map<String, Object> traits = new LinkedHashMap<>(task.traits());
        traits.remove("name");
        return new TaskCharacteristics(traits);
    }

    private static void speedup(String name, int[] without, int[] with) {
        double[] ratio = new double[without.length];
        int faster = 0;
        int slower = 0;
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = (double) without[i] / with[i];
            faster += with[i] < without[i] ? 1 : 0;
            slower += with[i] > without[i] ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "  %-40s %6.2f %6.2f %6.2f   %d / %d%n", name, quantile(ratio, 0.5),
                quantile(ratio, 0.25), quantile(ratio, 0.75), faster, slower);
    }

    /** The category's search space: every model and its hyperparameters. */
    static SearchSpace space(HpoCatalogue.Category category) {
        List<SearchSpace.ModelSpace> models = new ArrayList<>();
        for (HpoCatalogue.Model m : category.models()) {
            List<SearchSpace.Dimension> dims = m.parameters().stream().map(h -> new SearchSpace.Dimension(h.name(),
                    h.low(), h.high(), h.log(), h.integer())).toList();
            models.add(new SearchSpace.ModelSpace(m.name(), dims));
        }
        return new SearchSpace(models);
    }

    /** The 98th percentile of the quality of uniformly random configurations. */
    private static double target(HpoTask task, SearchSpace space, SplittableRandom random) {
        double[] q = new double[2000];
        for (int i = 0; i < q.length; i++) {
            Point p = space.random(random);
            q[i] = task.quality(task.category().models().get(p.model()).name(), space.values(p));
        }
        return quantile(q, 0.98);
    }

    /** Linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = p * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
