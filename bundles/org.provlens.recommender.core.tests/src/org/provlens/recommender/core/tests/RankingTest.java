package org.provlens.recommender.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Annotation;
import org.provlens.model.Execution;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Recommendation;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.History;
import org.provlens.recommender.core.Objective;
import org.provlens.recommender.core.RecommendationJson;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.Recommender;
import org.provlens.recommender.core.Seed;
import org.provlens.recommender.core.SeedOutcomes;
import org.provlens.recommender.core.SeedRecords;
import org.provlens.recommender.core.SimilarityMetric;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.provider.RecommendQuery;
import org.provlens.recommender.core.provider.RecommenderProvider;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Ranking with and without the energy weight, the Pareto set, the JSON keys and the export for HPO tools, and the
 * seed-to-outcome account, on one past search written as Flowcept JSONL with CodeCarbon energy and read through
 * the importers. Four trials on one task (similarity 1 to the query): outcome percentiles 0.875 (A), 0.625 (B),
 * 0.375 (D), 0.125 (C); by energy, cheapest first, C 0.875, B 0.625, A 0.375, D 0.125.
 */
class RankingTest {

    @TempDir
    Path dir;

    /** trial id, model, hyperparameter JSON, val_auc, joules. */
    private static final Object[][] TRIALS = {
        {"a0000000000000000000000000000001", "xgboost", "\"learning_rate\": 0.1, \"max_depth\": 6", 0.90, 4000.0},
        {"b0000000000000000000000000000002", "xgboost", "\"learning_rate\": 0.05, \"max_depth\": 4", 0.88, 1000.0},
        {"c0000000000000000000000000000003", "logistic_regression", "\"C\": 1.0", 0.80, 100.0},
        {"d0000000000000000000000000000004", "random_forest", "\"n_estimators\": 100, \"bootstrap\": true", 0.85,
            8000.0}};

    private Workspace history() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        jsonl.append("{\"type\": \"workflow\", \"workflow_id\": \"w1\", \"campaign_id\": \"c1\", \"name\": \"search\","
                + " \"used\": {\"task\": {\"name\": \"telco-churn\", \"category\": \"churn_prediction\", \"modality\":"
                + " \"tabular\", \"objective\": \"val_auc:max\"}, \"dataset\": {\"rows\": 7043, \"features\": 20}}}\n");
        StringBuilder csv = new StringBuilder("timestamp,project_name,run_id,duration,emissions,cpu_energy,"
                + "gpu_energy,ram_energy,energy_consumed,codecarbon_version\n");
        double t = 1.7e9;
        for (Object[] trial : TRIALS) {
            jsonl.append("{\"type\": \"task\", \"task_id\": \"").append(trial[0]).append("\", \"workflow_id\": \"w1\","
                    + " \"campaign_id\": \"c1\", \"activity_id\": \"hpo_trial\", \"status\": \"FINISHED\","
                    + " \"started_at\": ").append(t).append(", \"ended_at\": ").append(t + 60)
                    .append(", \"used\": {\"model\": \"").append(trial[1]).append("\", ").append(trial[2])
                    .append("}, \"generated\": {\"val_auc\": ").append(trial[3]).append("}}\n");
            double kwh = (Double) trial[4] / 3.6e6;
            csv.append("2023-11-14T22:14:20,telco-churn,").append(trial[0]).append(",60.0,0.0,0.0,0.0,0.0,")
                    .append(kwh).append(",3.3.0\n");
            t += 100;
        }
        Files.writeString(dir.resolve("a_search.jsonl"), jsonl);
        Files.writeString(dir.resolve("b_emissions.csv"), csv);
        return GeneratedHistory.importFolder(dir);
    }

    private static RecommendQuery query(double energyWeight) {
        return new RecommendQuery(null, TaskCharacteristics.parse("category=churn_prediction, modality=tabular,"
                + " rows=7043, features=20"), null, 4, energyWeight, 0.7, SimilarityMetric.DEFAULT, 4, false);
    }

    private static List<String> models(List<Seed> seeds) {
        List<String> ids = new ArrayList<>();
        seeds.forEach(s -> ids.add(s.evidence().get(0).run().getId().substring(0, 1)));
        return ids;
    }

    @Test
    void withoutEnergyWeightTheBestOutcomesComeFirstWithFullWeightTheCheapest() throws IOException {
        Workspace workspace = history();
        Recommendations quality = Recommender.recommend(workspace, query(0), null);
        assertEquals(new Objective("val_auc", true), quality.objective(), "the task's own objective trait");
        assertEquals(List.of("a", "b", "d", "c"), models(quality.seeds()));
        Seed best = quality.seeds().get(0);
        assertEquals(1, best.rank());
        assertEquals("xgboost", best.model());
        assertEquals(Map.of("learning_rate", 0.1, "max_depth", 6L), best.parameters());
        assertEquals(0.875, best.score(), 1e-12, "similarity 1 x percentile (3 + 0.5) / 4");
        assertEquals(0.90, best.expectedOutcome(), 1e-12);
        assertEquals(4000, best.energyJoules(), 1e-6, "CodeCarbon's kWh, in joules");
        assertEquals(1, quality.neighbours().size());
        assertEquals("telco-churn", quality.neighbours().get(0).node().key());
        assertEquals(1, quality.neighbours().get(0).similarity(), 1e-12);

        assertEquals(List.of("c", "b", "a", "d"), models(Recommender.recommend(workspace, query(1), null).seeds()));
        // Half and half: A and B tie at 0.625 (A first, its quality is higher), C 0.5, D 0.25.
        Recommendations half = Recommender.recommend(workspace, query(0.5), null);
        assertEquals(List.of("a", "b", "c", "d"), models(half.seeds()));
        assertEquals(0.625, half.seeds().get(1).score(), 1e-12);

        // Pareto set of quality against energy: D (worse and dearer than A) is dominated.
        assertEquals(List.of("a", "b", "c"), models(quality.pareto()));
        assertEquals(List.of(true, true, false, true), quality.seeds().stream().map(Seed::pareto).toList());
    }

    @Test
    void theCapPerTaskAndARunIsNotEvidenceForItself() throws IOException {
        Workspace workspace = history();
        RecommendQuery capped = new RecommendQuery(null, query(0).described(), null, 4, 0, 0.7, null, 2, false);
        assertEquals(List.of("a", "b"), models(Recommender.recommend(workspace, capped, null).seeds()),
                "at most two seeds from one past task");
        var like = new RecommenderProvider(workspace).fetch(new RecommendQuery(TRIALS[0][0].toString(), null, null,
                4, 0, 0.7, null, 4, false), null);
        assertTrue(like.isCompleted(), like.message());
        assertEquals(List.of("b", "d", "c"), models(like.model().seeds()), "trial A's own run left out");
        assertEquals("telco-churn", like.model().task().text("name"), "the subject's traits, from its workflow");
        var missing = new RecommenderProvider(workspace).fetch(RecommendQuery.like("nope"), null);
        assertFalse(missing.isCompleted());
        assertEquals("no run or task nope in the workspace", missing.message());
        var unlike = Recommender.recommend(workspace, RecommendQuery.described(TaskCharacteristics.parse(
                "category=image_classification, modality=image, rows=50000")), null);
        assertTrue(unlike.seeds().isEmpty());
        assertTrue(unlike.message().startsWith("no past task reaches similarity 0.70"), unlike.message());
    }

    @Test
    void jsonHasTheDocumentedKeysAndTheExportIsAListOfTypedParameterDicts() throws IOException {
        Recommendations r = Recommender.recommend(history(), query(0), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecommendationJson.write(out, r);
        Map<String, Object> json = read(out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("task", "objective", "threshold", "energy_weight", "message", "neighbours", "seeds",
                "pareto"), new ArrayList<>(json.keySet()));
        assertEquals(7043L, ((Map<?, ?>) json.get("task")).get("rows"));
        Map<?, ?> neighbour = (Map<?, ?>) ((List<?>) json.get("neighbours")).get(0);
        assertEquals(List.of("task", "similarity", "trials"), new ArrayList<>(neighbour.keySet()));
        Map<?, ?> seed = (Map<?, ?>) ((List<?>) json.get("seeds")).get(0);
        assertEquals(List.of("rank", "model", "parameters", "score", "quality", "energy_joules", "expected_outcome",
                "pareto", "evidence"), new ArrayList<>(seed.keySet()));
        assertEquals(1L, seed.get("rank"));
        assertEquals(Map.of("learning_rate", 0.1, "max_depth", 6L), seed.get("parameters"));
        Map<?, ?> evidence = (Map<?, ?>) ((List<?>) seed.get("evidence")).get(0);
        assertEquals(List.of("run", "task", "similarity", "outcome", "energy_joules"),
                new ArrayList<>(evidence.keySet()));
        assertEquals(TRIALS[0][0], evidence.get("run"));
        assertEquals("telco-churn", evidence.get("task"));
        assertEquals(0.9, evidence.get("outcome"));

        out.reset();
        RecommendationJson.writeTrials(out, r.seeds());
        List<?> trials = (List<?>) readValue(out.toString(StandardCharsets.UTF_8));
        assertEquals(4, trials.size());
        assertEquals(Map.of("model", "xgboost", "learning_rate", 0.1, "max_depth", 6L), trials.get(0));
        assertEquals(Map.of("model", "random_forest", "n_estimators", 100L, "bootstrap", true), trials.get(2),
                "booleans stay booleans");
    }

    @Test
    void seedOutcomeBookkeeping() throws IOException {
        Workspace workspace = history();
        Recommendations r = Recommender.recommend(workspace, query(0), null);
        Seed best = r.seeds().get(0);
        Recommendation recommendation = SeedRecords.recommendation(workspace, r, best);
        assertEquals("val_auc:max", recommendation.getObjective());
        assertEquals(0.9, recommendation.getExpectedOutcome(), 1e-12);
        assertEquals(List.of(best.evidence().get(0).run()), recommendation.getEvidence());
        workspace.getRecommendations().add(recommendation);
        assertTrue(SeedRecords.recommendation(workspace, r, best) == recommendation, "the same seed is found again");
        assertEquals(TaskCharacteristics.parse("category=churn_prediction, modality=tabular, rows=7043,"
                + " features=20"), SeedRecords.traits(recommendation));

        Execution worse = task(workspace, TRIALS[3][0]);
        Execution better = ProvlensFactory.eINSTANCE.createTask();
        better.setId("later-run");
        var metric = ProvlensFactory.eINSTANCE.createMetric();
        metric.setKey("val_auc");
        metric.setValue(0.93);
        better.getMetrics().add(metric);
        workspace.getAnnotations().add(SeedRecords.seeded(recommendation, worse, "test"));
        workspace.getAnnotations().add(SeedRecords.seeded(recommendation, better, "test"));
        Annotation finding = ProvlensFactory.eINSTANCE.createAnnotation();
        finding.setText("the seed overfits on small folds");
        finding.setRecommendation(recommendation);
        workspace.getAnnotations().add(finding);
        assertTrue(SeedRecords.isSeeded(workspace, recommendation, worse));

        SeedOutcomes.Review review = SeedOutcomes.of(workspace).get(0);
        assertEquals(List.of(finding), review.findings());
        assertEquals(2, review.runs().size());
        assertEquals(0.85, review.runs().get(0).outcome(), 1e-12);
        assertEquals(-0.05, review.runs().get(0).delta(), 1e-12);
        assertFalse(review.runs().get(0).beat());
        assertEquals(0.03, review.runs().get(1).delta(), 1e-12);
        assertTrue(review.runs().get(1).beat());

        // A search run started from the seed: its best trial counts.
        Execution search = task(workspace, TRIALS[0][0]).eContainer() instanceof Execution e ? e : null;
        assertEquals(0.90, SeedOutcomes.outcome(search, new Objective("val_auc", true)), 1e-12);
        assertEquals(0.80, SeedOutcomes.outcome(search, new Objective("val_auc", false)), 1e-12);
        assertNull(SeedOutcomes.of(ProvlensFactory.eINSTANCE.createWorkspace()).stream().findAny().orElse(null));
    }

    private static Task task(Workspace workspace, Object id) {
        return History.of(workspace, null).trials().stream().map(t -> t.execution())
                .filter(e -> e.getId().equals(id)).map(Task.class::cast).findFirst().orElseThrow();
    }

    private static Map<String, Object> read(String text) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) readValue(text);
        return map;
    }

    private static Object readValue(String text) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return parser.getText();
            }
        }
    }
}
