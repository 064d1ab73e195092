package org.provlens.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Measures the Flowcept importer on a JSONL file: MB/s and records/s of a full import into a new workspace, the
 * heap the imported workspace retains per task, and, for comparison, the rate at which jackson-core's raw
 * streaming parser merely tokenises the same file (the practical ceiling of any JSON importer on this JVM).
 *
 * <p>Usage: {@code ImportBenchmark <file.jsonl> [repetitions]}. Medians of the repetitions after one warm-up.</p>
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args the JSONL file and optionally the number of measured repetitions (default 3)
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double megabytes = Files.size(file) / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "ProvLens import benchmark: %s, %.1f MB%n", file, megabytes);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB; medians of %d runs after 1 warm-up"
                + "; MB = 2^20 bytes%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, repetitions);

        List<Double> raw = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; i <= repetitions; i++) {
            long start = System.nanoTime();
            tokens = tokenise(file);
            if (i > 0) {
                raw.add((System.nanoTime() - start) / 1e9);
            }
        }

        List<Double> times = new ArrayList<>();
        ImportResult result = null;
        long retained = 0;
        long tasks = 0;
        for (int i = 0; i <= repetitions; i++) {
            long before = usedHeapAfterGc();
            long start = System.nanoTime();
            WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("bench");
            result = new FlowceptImporter().importFile(file, builder, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (i > 0) {
                times.add(seconds);
            }
            Workspace workspace = builder.workspace();
            builder = null; // the index is part of the import, not of the open workspace
            retained = usedHeapAfterGc() - before;
            tasks = count(workspace);
            workspace = null;
        }
        double rawSeconds = median(raw);
        double importSeconds = median(times);
        System.out.printf(Locale.ROOT, "%-34s %8s %10s %12s%n", "", "s", "MB/s", "records/s");
        System.out.printf(Locale.ROOT, "%-34s %8.2f %10.1f %12s%n", "jackson-core tokenising (ceiling)", rawSeconds,
                megabytes / rawSeconds, "-");
        System.out.printf(Locale.ROOT, "%-34s %8.2f %10.1f %,12.0f%n", "FlowceptImporter (full import)",
                importSeconds, megabytes / importSeconds, result.records() / importSeconds);
        System.out.printf(Locale.ROOT, "records %,d, tasks %,d, skipped %d, tokens %,d%n", result.records(), tasks,
                result.skipped(), tokens);
        System.out.printf(Locale.ROOT, "retained heap of the imported workspace: %.1f MB, %,d bytes per task%n",
                retained / (1024.0 * 1024.0), tasks == 0 ? 0 : retained / tasks);
    }

    /** Reads every token of the file with jackson-core's streaming parser, building nothing. */
    private static long tokenise(Path file) throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonTrees.FACTORY.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens++;
                if (token == JsonToken.VALUE_STRING) {
                    parser.getText();
                } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    parser.getDoubleValue();
                } else if (token == JsonToken.VALUE_NUMBER_INT) {
                    parser.getLongValue();
                }
            }
        }
        return tokens;
    }

    /** The tasks of a workspace (also used by {@link ProvExportBenchmark}). */
    static long count(Workspace workspace) {
        long tasks = 0;
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task) {
                tasks++;
            }
        }
        return tasks;
    }

    /** The used heap after full collections (also used by {@link ProvExportBenchmark}). */
    static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return memory.getUsed();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
