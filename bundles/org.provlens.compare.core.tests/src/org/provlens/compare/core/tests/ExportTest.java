package org.provlens.compare.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonCsv;
import org.provlens.compare.core.ComparisonJson;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.OverlayProvider;
import org.provlens.compare.core.OverlayQuery;
import org.provlens.workspace.core.WorkspaceSession;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The JSON and CSV forms of a comparison of three sample runs, read back. */
class ExportTest {

    private static WorkspaceSession session;
    private static Comparison comparison;
    private static List<Overlay> overlays;

    @BeforeAll
    static void compare() throws IOException {
        session = Fixtures.imported(Fixtures.sample("llm_finetune_sample.jsonl"));
        comparison = new ComparisonProvider().fetch(ComparisonQuery.of(session.workspace(), Fixtures.THREE_RUNS)
                .withBaseline(Fixtures.THREE_RUNS.get(2)).withDepth(2), null).model();
        overlays = new OverlayProvider().fetch(new OverlayQuery(comparison.executions(),
                List.of("epochs_loop_iteration:val_loss"), 100), null).model();
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonJson.write(comparison, overlays, out);
        try (JsonParser parser = new JsonFactory().createParser(out.toByteArray())) {
            parser.nextToken();
            return (Map<String, Object>) value(parser);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                yield list;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void theJsonHasTheDocumentedKeys() throws IOException {
        Map<String, Object> json = json();
        assertEquals(List.of("runs", "baseline", "at_step", "parameters", "outcomes", "levels", "series"),
                new ArrayList<>(json.keySet()));
        List<Map<String, Object>> runs = list(json.get("runs"));
        assertEquals(Fixtures.THREE_RUNS, runs.stream().map(r -> r.get("name")).toList());
        assertTrue(runs.get(0).keySet().containsAll(List.of("id", "name")));
        assertEquals(runs.get(2).get("id"), json.get("baseline"));
        assertNull(json.get("at_step"));

        Map<String, Object> lr = list(json.get("parameters")).stream()
                .filter(p -> p.get("key").equals("used.learning_rate")).findFirst().orElseThrow();
        assertEquals(List.of("key", "section", "depth", "values", "differs"), new ArrayList<>(lr.keySet()));
        assertEquals(List.of("0.00003", "0.0003", "0.00003"), lr.get("values"));
        assertEquals(true, lr.get("differs"));

        Map<String, Object> loss = list(json.get("outcomes")).stream()
                .filter(o -> o.get("key").equals("generated.final_val_loss")).findFirst().orElseThrow();
        assertEquals(List.of("key", "unit", "better", "values", "delta", "relative", "best"),
                new ArrayList<>(loss.keySet()));
        assertEquals(List.of(2.1382, 2.21791, 1.99521), loss.get("values"));
        List<?> delta = (List<?>) loss.get("delta");
        assertEquals(2.1382 - 1.99521, (Double) delta.get(0), 1e-9, "against the third run, the baseline");
        assertEquals(0.0, delta.get(2));
        assertEquals(runs.get(2).get("id"), loss.get("best"));
        assertEquals("lower", loss.get("better"));
        Map<String, Object> lastLoss = list(json.get("outcomes")).stream()
                .filter(o -> o.get("key").equals("epochs_loop_iteration:train_loss.last")).findFirst().orElseThrow();
        assertNull(((List<?>) lastLoss.get("values")).get(1), "NaN (the diverged epoch) is null");
    }

    @Test
    void levelsAreListedDepthFirstWithTheirParentAndIds() throws IOException {
        List<Map<String, Object>> levels = list(json().get("levels"));
        Map<String, Object> train = levels.get(0);
        assertEquals("model_train[0]", train.get("path"));
        assertNull(train.get("parent"));
        assertEquals(1.0, train.get("depth"));
        Map<String, Object> third = levels.stream()
                .filter(l -> "model_train[0]/epochs_loop_iteration[i=2]".equals(l.get("path"))).findFirst().orElseThrow();
        assertEquals("model_train[0]", third.get("parent"));
        assertEquals(2.0, third.get("matched"));
        List<?> ids = (List<?>) third.get("ids");
        assertNull(ids.get(1), "ft-003 has no third epoch");
        assertEquals(comparison.levels().get(0).children().stream()
                .filter(n -> n.path().equals(third.get("path"))).findFirst().orElseThrow().members().get(0).getId(),
                ids.get(0));
        assertTrue(list(third.get("outcomes")).stream().anyMatch(o -> o.get("key").equals("generated.val_loss")));
        assertEquals(1 + comparison.levels().get(0).children().size(), levels.size());
    }

    @Test
    void seriesCarryTheOverlayDataByStepAndTime() throws IOException {
        Map<String, Object> loss = list(json().get("series")).stream()
                .filter(s -> s.get("key").equals("epochs_loop_iteration:val_loss")).findFirst().orElseThrow();
        assertEquals(List.of(4.0, 1.0, 4.0), loss.get("points"));
        List<Map<String, Object>> runs = list(loss.get("runs"));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), runs.get(0).get("step"));
        assertEquals(List.of(2.37999, 2.22989, 2.15391, 2.1382), runs.get(0).get("value"));
        List<?> times = (List<?>) runs.get(0).get("time");
        assertTrue((Double) times.get(0) > 0 && (Double) times.get(3) > (Double) times.get(0), "seconds since start");
        Map<String, Object> other = list(json().get("series")).stream()
                .filter(s -> s.get("key").equals("train_batch_iteration:loss")).findFirst().orElseThrow();
        assertNull(other.get("runs"), "only the series asked for carry their samples");
    }

    @Test
    void theCsvHasOneColumnPerRunAndTheOutcomesDeltas() throws IOException {
        StringBuilder out = new StringBuilder();
        ComparisonCsv.write(comparison, out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("section,key," + String.join(",", Fixtures.THREE_RUNS), lines.get(0));
        assertTrue(lines.contains("parameter,used.learning_rate,0.00003,0.0003,0.00003"), lines.toString());
        assertTrue(lines.contains("outcome,generated.final_val_loss,2.1382,2.21791,1.99521"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("delta,generated.final_val_loss,0.14299")), "against ft-006");
        assertTrue(lines.contains("data,artifact.dataset.shard_14,/lustre/orion/csc000/proj-shared/provlens-llm-ft/data/openweb-2026/shard_14.parquet,,"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("level,model_train[0]/epochs_loop_iteration[i=3] generated.val_loss,2.1382,,")));
    }
}
