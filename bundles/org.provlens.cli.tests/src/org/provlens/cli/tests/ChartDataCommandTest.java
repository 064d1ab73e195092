package org.provlens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.provlens.cli.Main;

/** {@code provlens chart-data} on the bundled sample: the documented keys and values a script relies on. */
class ChartDataCommandTest {

    private static String sample() {
        return Stream.of(Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                .map(d -> d.resolve("flowcept").resolve("llm_finetune_sample.jsonl")).filter(Files::exists)
                .findFirst().orElseThrow().toString();
    }

    private static CommandsTest.Run run(String... args) {
        return CommandsTest.run(args);
    }

    @Test
    @SuppressWarnings("unchecked")
    void seriesGivesPerRunTheBucketsWithTheDocumentedKeys() throws IOException {
        CommandsTest.Run run = run("chart-data", "series", sample(), "--key", "generated.loss", "--run",
                "ft-000-L32-H2048-lr3e-5-bs64", "--run", "ft-006-L48-H5120-lr3e-5-bs32", "--width", "10");
        assertEquals(Main.OK, run.status(), run.err());
        List<Map<String, Object>> series = (List<Map<String, Object>>) run.json().get("series");
        assertEquals(2, series.size());
        Map<String, Object> first = series.get(0);
        assertEquals("eb4efed0-5c90-405e-917c-a23f76011720", first.get("run"));
        assertEquals("generated.loss", first.get("key"));
        assertEquals(24L, first.get("points"));
        List<Map<String, Object>> buckets = (List<Map<String, Object>>) first.get("buckets");
        assertEquals(10, buckets.size());
        for (Map<String, Object> bucket : buckets) {
            assertEquals(List.of("x0", "x1", "count", "min", "max", "first", "last"), List.copyOf(bucket.keySet()));
        }
        assertEquals(3.20326, ((Number) buckets.get(0).get("max")).doubleValue(), 0, "the first batch's loss");
        long total = buckets.stream().mapToLong(b -> (Long) b.get("count")).sum();
        assertEquals(24, total);
        assertEquals(((Number) buckets.get(9).get("x1")).doubleValue(),
                ((Number) run.json().get("to")).doubleValue(), 0);

        CommandsTest.Run csv = run("chart-data", "series", sample(), "--key", "generated.loss", "--run",
                "ft-000-L32-H2048-lr3e-5-bs64", "--width", "3", "--format", "csv");
        assertEquals(Main.OK, csv.status(), csv.err());
        assertEquals("run,source,key,unit,bucket,x0,x1,count,min,max,first,last", csv.out().lines().findFirst()
                .orElseThrow());
        assertEquals(4, csv.out().lines().count());
    }

    @Test
    @SuppressWarnings("unchecked")
    void timelineActivityStatsAndEffects() throws IOException {
        CommandsTest.Run timeline = run("chart-data", "timeline", sample(), "--lanes", "run", "--colour", "status",
                "--width", "50");
        assertEquals(Main.OK, timeline.status(), timeline.err());
        Map<String, Object> t = timeline.json();
        assertEquals(1687L, t.get("tasks"));
        assertTrue(((List<?>) t.get("rows")).size() >= 11, "a run lane at least per run");

        CommandsTest.Run stats = run("chart-data", "activity-stats", sample());
        assertEquals(Main.OK, stats.status(), stats.err());
        List<Map<String, Object>> activities = (List<Map<String, Object>>) stats.json().get("activities");
        Map<String, Object> tokenize = activities.stream().filter(a -> a.get("activity").equals("tokenize_shard"))
                .findFirst().orElseThrow();
        assertEquals("CPU", tokenize.get("dominant_resource"));
        assertEquals(16L, ((Map<String, Object>) tokenize.get("duration")).get("n"));

        CommandsTest.Run effects = run("chart-data", "effects", sample(), "--params", "used.learning_rate,used.batch_size",
                "--outcomes", "generated.val_accuracy,energy.gpu.measured", "--pareto",
                "generated.val_accuracy:max,energy.gpu.measured:min");
        assertEquals(Main.OK, effects.status(), effects.err());
        Map<String, Object> e = effects.json();
        assertEquals(10, ((List<?>) e.get("runs")).size());
        List<Map<String, Object>> correlations = (List<Map<String, Object>>) e.get("correlations");
        assertEquals(6, correlations.size(), "every pair of 4 axes");
        Map<String, Object> lrAccuracy = correlations.stream().filter(c -> c.get("a").equals("used.learning_rate")
                && c.get("b").equals("generated.val_accuracy")).findFirst().orElseThrow();
        assertEquals(9L, lrAccuracy.get("n"));
        assertEquals(0.2407266205510304, ((Number) lrAccuracy.get("pearson")).doubleValue(), 1e-9);
        Map<String, Object> pareto = (Map<String, Object>) e.get("pareto");
        assertEquals(true, pareto.get("maximize_x"));
        assertTrue(!((List<?>) pareto.get("front")).isEmpty());
    }

    @Test
    void badChartDataCommandsSayWhatIsWrong() {
        CommandsTest.Run none = run("chart-data", "pie", sample());
        assertEquals(Main.USAGE_ERROR, none.status());
        assertTrue(none.err().contains("series, timeline, activity-stats, effects"), none.err());
        CommandsTest.Run key = run("chart-data", "series", sample());
        assertEquals(Main.USAGE_ERROR, key.status());
        assertTrue(key.err().contains("--key is required"), key.err());
        CommandsTest.Run unknown = run("chart-data", "series", sample(), "--key", "generated.nothing");
        assertEquals(Main.DATA_ERROR, unknown.status());
        assertTrue(unknown.err().contains("no run has 'generated.nothing'"), unknown.err());
        CommandsTest.Run lanes = run("chart-data", "timeline", sample(), "--lanes", "rack");
        assertTrue(lanes.err().contains("--lanes: use one of [host, gpu, activity, run]"), lanes.err());
    }
}
