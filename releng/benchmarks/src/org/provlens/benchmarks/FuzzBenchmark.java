package org.provlens.benchmarks;

import java.io.IOException;

import org.provlens.importer.core.tests.fuzz.ImportFuzzer;

/**
 * The long run of the importers' fuzzing harness ({@link ImportFuzzer}): the figures per format on standard
 * output, every failure on standard error.
 */
public final class FuzzBenchmark {

    private FuzzBenchmark() {
    }

    /**
     * Runs the harness.
     *
     * @param args inputs per format (default 2000), seed (default 1), formats (default all)
     * @throws IOException when the work folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        System.exit(ImportFuzzer.runAll(args));
    }
}
