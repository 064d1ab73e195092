package org.provlens.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.prov.ProvJsonExporter;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.importer.core.prov.ProvJsonValidator;
import org.provlens.model.Workspace;

/**
 * Measures the PROV-JSON export, its validation and its import on a workspace imported from a Flowcept JSONL file,
 * to show that none of them holds the document in memory: the heap each needs beyond the model, against the size
 * of the document. With enough tasks the document is larger than 2 GiB, which a {@code byte[]} cannot hold.
 *
 * <p>Usage: {@code ProvExportBenchmark <file.jsonl> <out.prov.json>}. One run of each step (each takes seconds to
 * minutes at the sizes that matter); peaks are the sums of the heap pools' peak usages, reset before each step,
 * after a full collection.</p>
 */
public final class ProvExportBenchmark {

    private ProvExportBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args the JSONL file and the PROV-JSON file to write
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path jsonl = Path.of(args[0]);
        Path prov = Path.of(args[1]);
        System.out.printf(Locale.ROOT, "ProvLens PROV-JSON export benchmark: %s, %.1f MiB%n", jsonl,
                Files.size(jsonl) / 1048576.0);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("bench");
        long start = System.nanoTime();
        ImportResult imported = new FlowceptImporter().importFile(jsonl, builder, null);
        Workspace workspace = builder.workspace();
        builder = null;
        long tasks = ImportBenchmark.count(workspace);
        long model = ImportBenchmark.usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "%-28s %8.1f s  %,d tasks, %,d problems, model %,d MiB%n", "import JSONL",
                seconds(start), tasks, imported.problems().size(), model >> 20);

        resetPeaks();
        start = System.nanoTime();
        long records = new ProvJsonExporter().write(workspace, prov);
        double exportSeconds = seconds(start);
        long exportPeak = peak();
        long bytes = Files.size(prov);
        System.out.printf(Locale.ROOT, "%-28s %8.1f s  %,d records, %,.1f MiB (%s 2 GiB), heap peak %,d MiB"
                + " (model %,d MiB)%n", "export PROV-JSON", exportSeconds, records, bytes / 1048576.0,
                bytes > Integer.MAX_VALUE ? "over" : "under", exportPeak >> 20, model >> 20);

        ImportBenchmark.usedHeapAfterGc();
        resetPeaks();
        start = System.nanoTime();
        List<String> problems = ProvJsonValidator.validate(prov);
        System.out.printf(Locale.ROOT, "%-28s %8.1f s  %d problems, heap peak %,d MiB (model %,d MiB held)%n",
                "validate (two passes)", seconds(start), problems.size(), peak() >> 20, model >> 20);
        if (!problems.isEmpty()) {
            System.out.println("  first problem: " + problems.get(0));
        }

        workspace = null;
        long empty = ImportBenchmark.usedHeapAfterGc();
        resetPeaks();
        start = System.nanoTime();
        WorkspaceBuilder again = WorkspaceBuilder.forNewWorkspace("bench");
        ImportResult reread = new ProvJsonImporter().importFile(prov, again, null);
        double importSeconds = seconds(start);
        long importPeak = peak();
        long reimported = ImportBenchmark.count(again.workspace());
        long model2 = ImportBenchmark.usedHeapAfterGc() - empty;
        System.out.printf(Locale.ROOT, "%-28s %8.1f s  %,d tasks, %,d problems, %.1f MiB/s, heap peak %,d MiB,"
                + " model %,d MiB%n", "import PROV-JSON (5 passes)", importSeconds, reimported,
                reread.problems().size(), bytes / 1048576.0 / importSeconds, importPeak >> 20, model2 >> 20);
        if (!reread.problems().isEmpty()) {
            System.out.println("  first problem: " + reread.problems().get(0));
        }
        if (reimported != tasks || !problems.isEmpty()) {
            System.out.println("FAILED: " + tasks + " tasks exported, " + reimported + " read back");
            System.exit(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
