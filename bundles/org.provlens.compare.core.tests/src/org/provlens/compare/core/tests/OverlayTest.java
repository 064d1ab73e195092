package org.provlens.compare.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.Decimation;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.OverlayProvider;
import org.provlens.compare.core.OverlayQuery;
import org.provlens.workspace.core.WorkspaceSession;

/** Overlay data of the compared runs (by step, by time since start) and its decimation. */
class OverlayTest {

    @Test
    void telemetryOverlaysAreOverTimeSinceEachRunsStart() throws IOException {
        try (WorkspaceSession session = Fixtures.imported(Fixtures.sample("llm_finetune_sample.jsonl"))) {
            Comparison comparison = new ComparisonProvider()
                    .fetch(ComparisonQuery.of(session.workspace(), Fixtures.THREE_RUNS), null).model();
            ProviderResponse<List<Overlay>> response = new OverlayProvider().fetch(new OverlayQuery(
                    comparison.executions(), List.of("telemetry:gpu.power", "train_batch_iteration:loss"), 0), null);
            assertTrue(response.isCompleted(), response.message());
            Overlay power = response.model().get(0);
            assertEquals("W", power.unit());
            assertTrue(power.telemetry());
            for (Overlay.Samples run : power.runs()) {
                assertNull(run.steps(), "telemetry has no steps");
                double[] times = run.times();
                assertTrue(times[0] >= 0, "since the run's start");
                for (int i = 1; i < times.length; i++) {
                    assertTrue(times[i] >= times[i - 1], "in time order");
                }
                assertTrue(Arrays.stream(run.values()).allMatch(v -> v >= 0 && v < 16 * 560), "watts of 8 GCDs");
            }
            Overlay loss = response.model().get(1);
            double[] steps = loss.runs().get(0).steps();
            assertEquals(24, steps.length, "6 recorded batches in each of 4 epochs");
            for (int i = 1; i < steps.length; i++) {
                assertTrue(steps[i] > steps[i - 1], "by global_step");
            }
            // The raw batch records of the first run, by their global_step: the same values.
            List<Map<String, Object>> batches = RawRecords.tasks(RawRecords.read(Fixtures.sample("llm_finetune_sample.jsonl")),
                    comparison.runs().get(0).id(), "train_batch_iteration");
            double[] expected = batches.stream()
                    .sorted((a, b) -> Double.compare(step(a), step(b)))
                    .mapToDouble(b -> (Double) ((Map<?, ?>) b.get("generated")).get("loss")).toArray();
            assertArrayEquals(expected, loss.runs().get(0).values(), 1e-12);
            assertNotNull(loss.runs().get(0).times());
        }
    }

    private static double step(Map<String, Object> batch) {
        return (Double) ((Map<?, ?>) batch.get("used")).get("global_step");
    }

    @Test
    void decimationKeepsEachSlicesExtremesAndEnds() {
        int n = 100_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = Math.sin(i / 1000.0);
        }
        ys[54_321] = 50; // a spike
        ys[77_777] = -50;
        int[] kept = Decimation.minMax(xs, ys, 200);
        assertTrue(kept.length <= 800, "at most four samples a slice: " + kept.length);
        assertEquals(0, kept[0]);
        assertEquals(n - 1, kept[kept.length - 1]);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 54_321), "the spike survives");
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 77_777));
        for (int i = 1; i < kept.length; i++) {
            assertTrue(kept[i] > kept[i - 1], "ascending, no repeats");
        }
        assertArrayEquals(new int[] {0, 1, 2}, Decimation.minMax(new double[] {0, 1, 2}, new double[] {5, 6, 7}, 200),
                "a short series is kept whole");
    }
}
