package org.provlens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.cli.Main;
import org.provlens.generator.core.HistoryGenerator;
import org.provlens.generator.core.HistorySettings;
import org.provlens.importer.core.internal.JsonTrees;

import com.fasterxml.jackson.core.JsonParser;

/** {@code provlens recommend} on a generated history: the JSON keys, the table, the export for HPO tools. */
class RecommendCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        Object json() throws IOException {
            try (JsonParser parser = JsonTrees.FACTORY.createParser(out)) {
                parser.nextToken();
                return JsonTrees.read(parser);
            }
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonKeysTableAndExport() throws IOException {
        Path history = dir.resolve("history");
        new HistoryGenerator(HistorySettings.small(2)).write(history);
        Path task = dir.resolve("task.json");
        Files.writeString(task, """
                {"task": {"category": "churn_prediction", "modality": "tabular", "domain": "telco", "rows": 6000,
                 "features": 18}}
                """);
        Path export = dir.resolve("seeds.json");
        Run json = run("recommend", history.toString(), "--task", task.toString(), "--top", "3", "--format", "json",
                "--export", export.toString());
        assertEquals(Main.OK, json.status(), json.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) json.json();
        assertEquals("val_auc:max", answer.get("objective"), "the neighbours' objective");
        assertEquals(6000L, ((Map<?, ?>) answer.get("task")).get("rows"));
        List<?> seeds = (List<?>) answer.get("seeds");
        assertEquals(3, seeds.size());
        Map<?, ?> seed = (Map<?, ?>) seeds.get(0);
        for (String key : List.of("rank", "model", "parameters", "score", "evidence")) {
            assertTrue(seed.containsKey(key), key);
        }
        Map<?, ?> evidence = (Map<?, ?>) ((List<?>) seed.get("evidence")).get(0);
        for (String key : List.of("run", "task", "similarity", "outcome", "energy_joules")) {
            assertTrue(evidence.containsKey(key), key);
        }
        Map<?, ?> neighbour = (Map<?, ?>) ((List<?>) answer.get("neighbours")).get(0);
        assertEquals("telco-churn_prediction-01", neighbour.get("task"));
        assertTrue(((Number) neighbour.get("similarity")).doubleValue() >= 0.7);

        List<?> trials;
        try (JsonParser parser = JsonTrees.FACTORY.createParser(Files.readString(export))) {
            parser.nextToken();
            trials = (List<?>) JsonTrees.read(parser);
        }
        assertEquals(3, trials.size());
        assertEquals(seed.get("model"), ((Map<?, ?>) trials.get(0)).get("model"));

        Run table = run("recommend", history.toString(), "--like", String.valueOf(evidence.get("run")));
        assertEquals(Main.OK, table.status(), table.err());
        assertTrue(table.out().contains("objective   val_auc:max"), table.out());
        assertTrue(table.out().contains("rank  model"), table.out());
        assertFalse(table.out().contains(String.valueOf(evidence.get("run")).substring(0, 12) + " "),
                "the run asked about is not its own evidence");

        assertEquals(Main.USAGE_ERROR, run("recommend", history.toString()).status());
        Run unknown = run("recommend", history.toString(), "--like", "nope");
        assertEquals(Main.DATA_ERROR, unknown.status());
        assertTrue(unknown.err().contains("no run or task nope in the workspace"), unknown.err());
        assertEquals(Main.USAGE_ERROR, run("recommend", history.toString(), "--task", task.toString(),
                "--energy-weight", "2").status());
    }
}
