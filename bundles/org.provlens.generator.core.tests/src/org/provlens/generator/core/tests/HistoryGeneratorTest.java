package org.provlens.generator.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.generator.core.HistoryGenerator;
import org.provlens.generator.core.HistorySettings;
import org.provlens.generator.core.HpoCatalogue;
import org.provlens.generator.core.HpoCatalogue.Hyperparameter;
import org.provlens.generator.core.HpoCatalogue.Model;
import org.provlens.generator.core.HpoTask;

/** The history generator: deterministic from its seed, and response surfaces with the documented optimum. */
class HistoryGeneratorTest {

    @TempDir
    Path dir;

    private static String digest(Path folder) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            sha.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void theSameSeedWritesTheSameBytesAnotherSeedOthers() throws Exception {
        HistoryGenerator.Result a = new HistoryGenerator(HistorySettings.small(3)).write(dir.resolve("a"));
        new HistoryGenerator(HistorySettings.small(3)).write(dir.resolve("b"));
        new HistoryGenerator(HistorySettings.small(4)).write(dir.resolve("c"));
        assertEquals(digest(dir.resolve("a")), digest(dir.resolve("b")));
        assertNotEquals(digest(dir.resolve("a")), digest(dir.resolve("c")));
        assertEquals(30, a.tasks());
        assertTrue(a.mlflowRuns() > 0 && a.flowceptTasks() > 0, a.summary());
        assertTrue(Files.isRegularFile(dir.resolve("a/telemetry/emissions.csv")));
        assertEquals(a.trials() + 1, Files.readAllLines(dir.resolve("a/telemetry/emissions.csv")).size(),
                "one CodeCarbon row per trial");
    }

    @Test
    void theQualityPeaksAtTheOptimumAndTheLossIsItsNegative() {
        for (HpoTask task : HistoryGenerator.newTasks(9, 8, false)) {
            for (Model model : task.category().models()) {
                double[] u = task.optimum(model);
                Map<String, Double> at = new LinkedHashMap<>();
                Map<String, Double> off = new LinkedHashMap<>();
                for (int d = 0; d < u.length; d++) {
                    Hyperparameter h = model.parameters().get(d);
                    at.put(h.name(), h.log() ? Math.exp(Math.log(h.low()) + u[d] * (Math.log(h.high())
                            - Math.log(h.low()))) : h.low() + u[d] * (h.high() - h.low()));
                    off.put(h.name(), h.value(u[d] > 0.5 ? 0 : 1));
                }
                assertEquals(task.top(model), task.quality(model.name(), at), 1e-9, task + " " + model.name());
                assertTrue(task.quality(model.name(), off) < task.top(model));
                assertTrue(task.energyJoules(model.name(), at) > 0);
            }
            assertEquals(task.category().maximize() ? 0.5 : -0.5, task.metric(0.5));
        }
        assertEquals(30, HpoCatalogue.FAMILIES.size());
    }

    @Test
    void farTasksLieBeyondTheSizesOfTheirCategoryInAnUnseenDomain() {
        for (HpoTask task : HistoryGenerator.newTasks(9, 10, true)) {
            assertTrue(task.rows() > task.category().rows()[1], task.toString());
            assertTrue(task.family().domain().startsWith("novel_"), task.toString());
        }
    }
}
