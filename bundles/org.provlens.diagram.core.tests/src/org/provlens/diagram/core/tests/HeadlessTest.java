package org.provlens.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.provlens.diagram.core.DiagramJson;
import org.provlens.diagram.core.DiagramSvg;
import org.provlens.diagram.core.DiagramView;
import org.provlens.model.Workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The view model as JSON and SVG, rendered without a display, on CMF and Flowcept fixtures. */
class HeadlessTest {

    /** The nodes and edges of the JSON: their scalar fields (the points of edges are skipped). */
    private record Json(Map<String, Object> top, List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        Map<String, Object> node(String id) {
            return nodes.stream().filter(n -> id.equals(n.get("id"))).findFirst().orElse(null);
        }
    }

    private static Json json(DiagramView view, String root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramJson.write(view, root, out);
        Map<String, Object> top = new HashMap<>();
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(out.toByteArray())) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    List<Map<String, Object>> into = field.equals("nodes") ? nodes : edges;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, Object> object = new HashMap<>();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String key = parser.currentName();
                            JsonToken t = parser.nextToken();
                            if (t == JsonToken.START_ARRAY) {
                                parser.skipChildren();
                            } else {
                                object.put(key, t == JsonToken.VALUE_NULL ? null : t.isNumeric() ? parser.getDoubleValue()
                                        : t.isBoolean() ? parser.getBooleanValue() : parser.getText());
                            }
                        }
                        into.add(object);
                    }
                } else {
                    top.put(field, value == JsonToken.VALUE_NULL ? null : parser.getText());
                }
            }
        }
        return new Json(top, nodes, edges);
    }

    private static void assertViewModel(Json json) {
        assertFalse(json.nodes().isEmpty());
        Set<String> ids = json.nodes().stream().map(n -> (String) n.get("id")).collect(Collectors.toSet());
        assertEquals(json.nodes().size(), ids.size(), "node ids are unique");
        for (Map<String, Object> node : json.nodes()) {
            for (String key : List.of("id", "kind", "label", "x", "y", "width", "height", "parent")) {
                assertTrue(node.containsKey(key), key + " of " + node);
            }
            assertTrue(Set.of("task", "artifact", "group", "workflow", "campaign").contains(node.get("kind")), node.toString());
            assertTrue((Double) node.get("width") > 0 && (Double) node.get("height") > 0);
            assertTrue(node.get("parent") == null || ids.contains(node.get("parent")), "parents are nodes");
        }
        for (Map<String, Object> edge : json.edges()) {
            assertTrue(ids.contains(edge.get("source")) && ids.contains(edge.get("target")), edge.toString());
            assertTrue(Set.of("used", "generated", "dependency", "contains").contains(edge.get("kind")), edge.toString());
        }
    }

    @Test
    void theLineageOfACmfPipelineAsJson() throws IOException {
        Workspace workspace = Data.load("cmf/export.json");
        Json json = json(Data.diagram(workspace, "lineage", null, -1, null), null);
        assertViewModel(json);
        assertEquals("lineage", json.top().get("diagram"));
        // Artifacts are nodes of their content hash, executions of their uuid; Train ran twice.
        Map<String, Object> trainTsv = json.node("32b715ef0d71ff4c9e61f55b09c15e75");
        assertNotNull(trainTsv);
        assertEquals("artifact", trainTsv.get("kind"));
        assertEquals("artifacts/parsed/train.tsv · 32b715ef", trainTsv.get("label"), "the name CMF gave it, and its hash");
        for (String execution : List.of("1f0e3c4a-8a7b-11ee-a1b2-0242ac120002", "2a9d5e6c-8a7b-11ee-a1b2-0242ac120002",
                "6d1e8f90-8a7b-11ee-a1b2-0242ac120002", "3c4f7a8e-8a7b-11ee-a1b2-0242ac120002")) {
            assertNotNull(json.node(execution), execution + " in " + json.nodes());
            assertEquals("task", json.node(execution).get("kind"));
        }
        assertTrue(json.edges().stream().anyMatch(e -> e.get("kind").equals("generated")
                && e.get("source").equals("1f0e3c4a-8a7b-11ee-a1b2-0242ac120002")
                && e.get("target").equals("32b715ef0d71ff4c9e61f55b09c15e75")), "Prepare generated train.tsv");
        long users = json.edges().stream().filter(e -> e.get("kind").equals("used")
                && e.get("source").equals("32b715ef0d71ff4c9e61f55b09c15e75")).count();
        assertEquals(2, users, "both Train executions used train.tsv");
    }

    @Test
    void theCmfServerListingsAsJson() throws IOException {
        Workspace workspace = Data.load("cmf/server_artifacts.json", "cmf/server_executions.json");
        for (String name : List.of("lineage", "dag", "hierarchy")) {
            Json json = json(Data.diagram(workspace, name, null, 5, null), null);
            assertViewModel(json);
        }
        Json hierarchy = json(Data.diagram(workspace, "hierarchy", null, 5, null), null);
        assertTrue(hierarchy.nodes().stream().anyMatch(n -> n.get("kind").equals("campaign")));
        assertTrue(hierarchy.nodes().stream().anyMatch(n -> n.get("kind").equals("workflow")));
    }

    @Test
    void aFlowceptTrainingAsJsonAndSvg() throws IOException {
        Workspace workspace = Data.load("flowcept/train_nvidia.jsonl");
        DiagramView view = Data.diagram(workspace, "lineage", null, -1, null);
        Json json = json(view, null);
        assertViewModel(json);
        Map<String, Object> dataset = json.nodes().stream().filter(n -> n.get("kind").equals("artifact")
                && json.edges().stream().filter(e -> e.get("source").equals(n.get("id"))).count() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("the dataset, used twice: " + json.nodes()));
        assertEquals("artifact", dataset.get("kind"));

        StringWriter svg = new StringWriter();
        DiagramSvg.write(view, svg);
        String text = svg.toString();
        assertTrue(text.startsWith("<?xml"));
        Matcher ids = Pattern.compile("<g class=\"node\" data-id=\"([^\"]*)\"").matcher(text);
        Set<String> drawn = new java.util.HashSet<>();
        while (ids.find()) {
            drawn.add(ids.group(1));
        }
        assertEquals(json.nodes().stream().map(n -> (String) n.get("id")).collect(Collectors.toSet()), drawn,
                "every node drawn with its element's id");
        assertEquals(view.edges().size(), text.split("<g class=\"edge\"", -1).length - 1);
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length > 1000);
    }

    @Test
    void theDagOfAWorkflowAsJsonHasGroupsAndDependencies() throws IOException {
        Workspace workspace = Data.load("flowcept/llm_finetune_sample.jsonl");
        Json json = json(Data.diagram(workspace, "dag", null, -1, null), null);
        assertViewModel(json);
        Map<String, Object> shards = json.nodes().stream().filter(n -> "tokenize_shard ×16".equals(n.get("label")))
                .findFirst().orElseThrow();
        assertEquals("group", shards.get("kind"));
        assertTrue(json.edges().stream().anyMatch(e -> e.get("kind").equals("dependency")
                && e.get("source").equals(shards.get("id"))), "the shards feed the manifest");
    }
}
