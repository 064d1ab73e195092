package org.provlens.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.AlignmentProvider;
import org.provlens.compare.core.AlignmentQuery;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.OverlayProvider;
import org.provlens.compare.core.OverlayQuery;

/**
 * The scale benchmark of the comparison (issue 20): builds {@link CompareWorkspace} (default 1,000 runs of 10,000
 * tasks), then times what opening a comparison of all the runs computes (the {@link ComparisonProvider}: resolving
 * the runs, the configuration diff, outcomes and series of every run, the first level aligned), a lockstep
 * drill-down two levels deep, and the overlay data of one series of every run. Each is run {@code reps} times after
 * one warm-up; the first (cold) time and the median are printed.
 */
public final class CompareBenchmark {

    private CompareBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code [runs] [reps]}
     * @throws Exception when the store cannot be created
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CompareWorkspace built = CompareWorkspace.announce(runs);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap with the workspace: %,d MB%n", heap >> 20);

        ComparisonQuery query = ComparisonQuery.of(built.workspace(), built.runIds());
        time("comparison of all runs, first answer (configuration, own outcomes, children)", reps, () -> {
            check(new ComparisonProvider().fetch(query.withSeries(false), null));
        });
        Comparison[] last = new Comparison[1];
        time("comparison of all runs, with every series and telemetry summarised", reps, () -> {
            ProviderResponse<Comparison> response = new ComparisonProvider().fetch(query, null);
            check(response);
            last[0] = response.model();
        });
        Comparison comparison = last[0];
        System.out.printf(Locale.ROOT, "  %d configuration rows (%d differ), %d outcome rows, %d series, %d aligned top-level nodes%n",
                comparison.parameters().size(), comparison.parameters().stream().filter(r -> r.differs()).count(),
                comparison.outcomes().size(), comparison.series().size(), comparison.levels().size());
        AlignedNode train = comparison.levels().get(0);
        List<AlignedNode>[] epochs = new List[1];
        time("drill-down model_train → epochs (" + runs + " × " + CompareWorkspace.EPOCHS + " tasks)", reps, () -> {
            ProviderResponse<List<AlignedNode>> response = new AlignmentProvider()
                    .fetch(AlignmentQuery.below(train, comparison.baseline()), null);
            check(response);
            epochs[0] = response.model();
        });
        AlignedNode epoch = epochs[0].get(0);
        time("drill-down epoch → batches (" + runs + " × " + CompareWorkspace.BATCHES + " tasks)", reps, () -> {
            check(new AlignmentProvider().fetch(AlignmentQuery.below(epoch, comparison.baseline()), null));
        });
        time("overlay train_batch_iteration:loss of every run (999 points each)", reps, () -> {
            ProviderResponse<List<Overlay>> response = new OverlayProvider().fetch(new OverlayQuery(
                    comparison.executions(), List.of("train_batch_iteration:loss"), 2000), null);
            check(response);
        });
        time("overlay telemetry:gpu.temperature of every run (20,000 snapshots each)", reps, () -> {
            check(new OverlayProvider().fetch(new OverlayQuery(comparison.executions(),
                    List.of("telemetry:gpu.temperature"), 2000), null));
        });
        built.store().close();
    }

    private static void check(ProviderResponse<?> response) {
        if (!response.isCompleted()) {
            throw new IllegalStateException(response.status() + ": " + response.message());
        }
    }

    private static void time(String what, int reps, Runnable run) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= reps; i++) {
            long start = System.nanoTime();
            run.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        double cold = times.get(0);
        double[] warm = times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-78s cold %7.0f ms, median %7.0f ms, min %7.0f ms, max %7.0f ms%n", what,
                cold, warm[warm.length / 2], warm[0], warm[warm.length - 1]);
        System.out.flush();
        System.err.println("  runs (ms): " + Arrays.toString(times.stream().mapToLong(Math::round).toArray()));
    }
}
