package org.provlens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.provlens.cli.Main;
import org.provlens.importer.core.internal.JsonTrees;

import com.fasterxml.jackson.core.JsonParser;

/** {@code provlens compare} on the bundled sample: its JSON keys, its table and CSV, and its usage errors. */
class CompareCommandTest {

    private static final String RUNS = "ft-000-L32-H2048-lr3e-5-bs64,ft-003-L48-H5120-lr3e-4-bs128,"
            + "ft-006-L48-H5120-lr3e-5-bs32";

    private static String sample() {
        return Stream.of(Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                .map(d -> d.resolve("flowcept").resolve("llm_finetune_sample.jsonl")).filter(Files::exists)
                .findFirst().orElseThrow(() -> new IllegalStateException("the sample is not found from "
                        + Path.of("").toAbsolutePath())).toString();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) throws IOException {
        try (JsonParser parser = JsonTrees.FACTORY.createParser(text)) {
            parser.nextToken();
            return (Map<String, Object>) JsonTrees.read(parser);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void jsonHasTheIssuesKeys() throws IOException {
        Run run = run("compare", sample(), "--runs", RUNS, "--baseline", "ft-006-L48-H5120-lr3e-5-bs32",
                "--at-step", "2", "--format", "json");
        assertEquals(Main.OK, run.status(), run.err());
        Map<String, Object> json = json(run.out());
        assertTrue(json.keySet().containsAll(List.of("runs", "baseline", "parameters", "outcomes", "levels")),
                json.keySet().toString());
        List<Map<String, Object>> runs = list(json.get("runs"));
        assertEquals(List.of(RUNS.split(",")), runs.stream().map(r -> r.get("name")).toList());
        assertEquals(runs.get(2).get("id"), json.get("baseline"));
        assertEquals(2L, json.get("at_step"));
        Map<String, Object> parameter = list(json.get("parameters")).get(0);
        assertTrue(parameter.keySet().containsAll(List.of("key", "values", "differs")), parameter.keySet().toString());
        Map<String, Object> loss = list(json.get("outcomes")).stream()
                .filter(o -> "generated.final_val_loss".equals(o.get("key"))).findFirst().orElseThrow();
        assertTrue(loss.keySet().containsAll(List.of("key", "values", "delta", "relative", "best")));
        assertEquals(runs.get(2).get("id"), loss.get("best"));
        assertEquals(0L, ((List<?>) loss.get("delta")).get(2), "the baseline against itself");
        assertTrue(list(json.get("outcomes")).stream().anyMatch(o -> "epochs_loop_iteration:val_loss.at_step_2"
                .equals(o.get("key"))));
        List<Map<String, Object>> levels = list(json.get("levels"));
        assertEquals("model_train[0]", levels.get(0).get("path"));
        assertTrue(levels.stream().anyMatch(l -> Long.valueOf(2).equals(l.get("depth"))), "--depth 2 by default");
        Map<String, Object> series = list(json.get("series")).stream()
                .filter(s -> "epochs_loop_iteration:val_loss".equals(s.get("key"))).findFirst().orElseThrow();
        assertEquals(3, list(series.get("runs")).size(), "overlay samples of each run");

        // Energy and carbon of each run as provlens energy --by workflow reports them.
        Run energy = run("energy", sample(), "--by", "workflow", "--format", "json");
        assertEquals(Main.OK, energy.status(), energy.err());
        List<Map<String, Object>> groups = list(json(energy.out()).get("groups"));
        for (String[] keys : new String[][] {{"energy.total", "joules"}, {"energy.co2e_g", "co2e_g"}}) {
            Map<String, Object> outcome = list(json.get("outcomes")).stream().filter(o -> keys[0].equals(o.get("key")))
                    .findFirst().orElseThrow(() -> new AssertionError("no outcome " + keys[0]));
            for (int i = 0; i < runs.size(); i++) {
                Object id = runs.get(i).get("id");
                Map<String, Object> group = groups.stream().filter(g -> id.equals(g.get("key"))).findFirst()
                        .orElseThrow();
                double expected = ((Number) group.get(keys[1])).doubleValue();
                double actual = ((Number) ((List<?>) outcome.get("values")).get(i)).doubleValue();
                assertEquals(expected, actual, expected * 1e-6, keys[0] + " of " + runs.get(i).get("name"));
            }
        }
    }

    @Test
    void theTableShowsWhatDiffersAndTheCsvEverything() {
        Run table = run("compare", sample(), "--runs", RUNS, "--sort", "generated.final_val_loss");
        assertEquals(Main.OK, table.status(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Runs (baseline ft-000"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("used.learning_rate")), table.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("used.seq_len")), "equal values are left out");
        String loss = lines.stream().filter(l -> l.startsWith("generated.final_val_loss")).findFirst().orElseThrow();
        assertTrue(loss.matches("generated\\.final_val_loss\\s+\\*1\\.99521 \\(-0\\.14299\\)\\s+2\\.1382\\s+2\\.21791 \\(\\+0\\.07971\\)"),
                "sorted by the loss, the best first: " + loss);
        Run csv = run("compare", sample(), "--runs", RUNS, "--format", "csv", "--depth", "0");
        assertEquals(Main.OK, csv.status(), csv.err());
        List<String> rows = new ArrayList<>(csv.out().lines().toList());
        assertEquals("section,key," + RUNS, rows.get(0));
        assertTrue(rows.contains("parameter,used.seq_len,2048,2048,2048"));
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("level,")), "--depth 0: no levels");
    }

    @Test
    void badRunsAndOptionsAreUsageErrors() {
        Run missing = run("compare", sample());
        assertEquals(Main.USAGE_ERROR, missing.status());
        assertTrue(missing.err().contains("--runs"), missing.err());
        Run one = run("compare", sample(), "--runs", "ft-000-L32-H2048-lr3e-5-bs64");
        assertEquals(Main.USAGE_ERROR, one.status());
        assertTrue(one.err().contains("two or more"), one.err());
        Run unknown = run("compare", sample(), "--runs", "ft-000-L32-H2048-lr3e-5-bs64,nope");
        assertEquals(Main.USAGE_ERROR, unknown.status());
        assertTrue(unknown.err().contains("'nope'"), unknown.err());
        Run step = run("compare", sample(), "--runs", RUNS, "--at-step", "soon");
        assertEquals(Main.USAGE_ERROR, step.status());
        assertTrue(step.err().contains("--at-step needs a whole number"), step.err());
    }
}
