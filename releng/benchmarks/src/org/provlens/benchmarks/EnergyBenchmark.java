package org.provlens.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyFormat;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GroupBy;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * The energy of a large campaign by level and by activity after its import (issue 18's target: under 5 s at a
 * million tasks): the time of the energy provider from nothing (the ledger of every run and task, then the two
 * groupings), the same again with the ledger reused, and the heap the ledger takes.
 *
 * <p>Usage: {@code EnergyBenchmark <campaign.jsonl> [repetitions]}. The first run is what a user waits for after an
 * import (a cold JIT); the medians of the repetitions after it are the steady figures.</p>
 */
public final class EnergyBenchmark {

    /** Thread CPU time: on a shared machine the wall time also counts the other processes. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    private EnergyBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args the Flowcept JSONL file and optionally the repetitions (default 3)
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB; %s (%,d MB)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, file.getFileName(),
                Files.size(file) >> 20);
        try (WorkspaceSession session = WorkspaceSession.inMemory("energy-benchmark")) {
            long start = System.nanoTime();
            session.importFiles(List.of(file), null, null);
            double imported = seconds(start);
            long heapWithWorkspace = ImportBenchmark.usedHeapAfterGc();
            var workspace = session.workspace();
            Assumptions assumptions = Assumptions.defaults();
            EnergyProvider provider = new EnergyProvider();

            start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            EnergyReport byLevel = answer(provider.fetch(EnergyQuery.of(workspace, GroupBy.LEVEL, assumptions),
                    null));
            EnergyReport byActivity = answer(provider.fetch(EnergyQuery.of(workspace, GroupBy.ACTIVITY, assumptions)
                    .reusing(byLevel.ledger()), null));
            double first = seconds(start);
            double firstCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
            EnergyLedger ledger = byLevel.ledger();
            System.out.printf(Locale.ROOT, "imported %,d executions (%,d runs) in %.1f s; heap with the workspace %,d"
                    + " MB%n", ledger.size(), ledger.workflows(), imported, heapWithWorkspace >> 20);
            long heapWithLedger = ImportBenchmark.usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "first answer after the import (ledger, by level, by activity): %.2f s"
                    + " (%.2f s of CPU in its thread)%n", first, firstCpu);

            List<Double> ledgers = new ArrayList<>();
            List<Double> groupings = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (int r = 0; r < repetitions; r++) {
                cpu = CPU.getCurrentThreadCpuTime();
                start = System.nanoTime();
                EnergyLedger again = EnergyLedger.compute(workspace, assumptions, null);
                ledgers.add(seconds(start));
                start = System.nanoTime();
                answer(provider.fetch(EnergyQuery.of(workspace, GroupBy.LEVEL, assumptions).reusing(again), null));
                answer(provider.fetch(EnergyQuery.of(workspace, GroupBy.ACTIVITY, assumptions).reusing(again), null));
                groupings.add(seconds(start));
                totals.add(ledgers.get(r) + groupings.get(r));
                cpus.add((CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
            System.out.printf(Locale.ROOT, "steady, medians of %d runs: ledger %.2f s, by level + by activity %.2f s,"
                    + " total %.2f s (%.2f s of CPU in its thread)%n", repetitions, median(ledgers), median(groupings),
                    median(totals), median(cpus));
            System.out.printf(Locale.ROOT, "heap of the ledger: %,d MB, %,d bytes per execution%n",
                    (heapWithLedger - heapWithWorkspace) >> 20,
                    (heapWithLedger - heapWithWorkspace) / Math.max(1, ledger.size()));
            print("by level", byLevel);
            print("by activity", byActivity);
            byActivity.warnings().forEach(w -> System.out.println("warning: " + w));
        }
    }

    private static EnergyReport answer(ProviderResponse<EnergyReport> response) {
        if (!response.isCompleted()) {
            throw new IllegalStateException("the provider failed: " + response.message());
        }
        return response.model();
    }

    private static void print(String title, EnergyReport report) {
        System.out.println(title + ":");
        System.out.printf(Locale.ROOT, "  %-24s %10s %14s %14s %12s  %s%n", "key", "tasks", "IT", "own", "CO2e",
                "GPU / CPU / RAM methods");
        List<EnergyGroup> rows = new ArrayList<>(report.groups());
        rows.add(report.total());
        for (EnergyGroup g : rows) {
            System.out.printf(Locale.ROOT, "  %-24s %,10d %14s %14s %12s  %s / %s / %s%n",
                    g.key() == null ? "(total)" : g.key(), g.tasks(), EnergyFormat.energy(g.joules()),
                    EnergyFormat.energy(g.exclusiveJoules()), EnergyFormat.carbon(g.co2eGrams()),
                    g.component(Component.GPU).method().key(), g.component(Component.CPU).method().key(),
                    g.component(Component.RAM).method().key());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
