package org.provlens.importer.core.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.provlens.importer.core.tests.fuzz.ImportFuzzer.Figures;
import org.provlens.importer.core.tests.fuzz.ImportFuzzer.Format;

/**
 * A bounded run of the fuzzing harness over every format (about 3,000 damaged inputs): no exception escapes an
 * importer, every import ends within the time bound, and every record the damage left intact is imported with its
 * values. The seed is fixed, so a failure is reproduced by running the same test; the message names the seed and
 * damage of the first failing inputs.
 */
class ImportFuzzTest {

    @TempDir
    static Path work;

    private static ImportFuzzer fuzzer;

    @BeforeAll
    static void start() {
        fuzzer = new ImportFuzzer(work, 20_000);
    }

    @AfterAll
    static void stop() {
        fuzzer.close();
    }

    private static int inputs(Format format) {
        return switch (format) {
            case FLOWCEPT_JSONL, FLOWCEPT_ARRAY -> 700;
            case CMF_EXPORT, CODECARBON_CSV, PROV_JSON -> 400;
            case CMF_STORE, MLFLOW_SQLITE, MLFLOW_FILES -> 120;
        };
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void noCrashNoHangNoIntactRecordLost(Format format) {
        Figures figures = fuzzer.run(format, inputs(format), 20261202);
        System.out.println(figures.row());
        String failures = String.join("\n", figures.examples());
        assertEquals(inputs(format), figures.inputs());
        assertEquals(0, figures.crashes(), failures);
        assertEquals(0, figures.hangs(), failures);
        assertEquals(0, figures.lost(), failures);
    }
}
