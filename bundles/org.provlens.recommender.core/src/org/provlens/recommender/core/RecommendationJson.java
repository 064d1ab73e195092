package org.provlens.recommender.core;

import static org.provlens.analysis.core.provider.JsonNumbers.number;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.provlens.recommender.core.KnowledgeGraph.Neighbour;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The recommendations as JSON, the same for the headless command and the view's copy.
 *
 * <p>Keys (stable): {@code task} (its traits), {@code objective}, {@code threshold}, {@code energy_weight},
 * {@code message}, {@code neighbours[]} ({@code task}, {@code similarity}, {@code trials}), {@code seeds[]}
 * ({@code rank}, {@code model}, {@code parameters}, {@code score}, {@code quality}, {@code energy_joules},
 * {@code expected_outcome}, {@code pareto}, {@code evidence[]} with {@code run}, {@code task}, {@code similarity},
 * {@code outcome}, {@code energy_joules}) and {@code pareto[]} (seeds of the Pareto set, rank 0 when not among the
 * top). Unknown numbers are null.</p>
 *
 * <p>{@link #writeTrials} writes the seeds alone as a list of parameter dicts, what Optuna's
 * {@code study.enqueue_trial} and Ray Tune's {@code points_to_evaluate} take.</p>
 */
public final class RecommendationJson {

    private static final JsonFactory JSON = new JsonFactory();

    private RecommendationJson() {
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        return json;
    }

    /**
     * Writes the recommendations.
     *
     * @param out where to (not closed)
     * @param r the recommendations
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out, Recommendations r) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeFieldName("task");
            traits(json, r.task().traits());
            json.writeFieldName("objective");
            if (r.objective() == null) {
                json.writeNull();
            } else {
                json.writeString(r.objective().toString());
            }
            json.writeFieldName("threshold");
            number(json, r.threshold());
            json.writeFieldName("energy_weight");
            number(json, r.energyWeight());
            json.writeStringField("message", r.message());
            json.writeArrayFieldStart("neighbours");
            for (Neighbour n : r.neighbours()) {
                json.writeStartObject();
                json.writeStringField("task", n.node().key());
                json.writeFieldName("similarity");
                number(json, n.similarity());
                json.writeNumberField("trials", n.node().trials().size());
                json.writeEndObject();
            }
            json.writeEndArray();
            seeds(json, "seeds", r.seeds());
            seeds(json, "pareto", r.pareto());
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void seeds(JsonGenerator json, String field, List<Seed> seeds) throws IOException {
        json.writeArrayFieldStart(field);
        for (Seed s : seeds) {
            json.writeStartObject();
            json.writeNumberField("rank", s.rank());
            json.writeStringField("model", s.model());
            json.writeFieldName("parameters");
            values(json, s.parameters());
            for (Object[] field2 : new Object[][] {{"score", s.score()}, {"quality", s.quality()},
                {"energy_joules", s.energyJoules()}, {"expected_outcome", s.expectedOutcome()}}) {
                json.writeFieldName((String) field2[0]);
                number(json, (Double) field2[1]);
            }
            json.writeBooleanField("pareto", s.pareto());
            json.writeArrayFieldStart("evidence");
            for (Evidence e : s.evidence()) {
                json.writeStartObject();
                json.writeStringField("run", e.run().getId());
                json.writeStringField("task", e.task());
                json.writeFieldName("similarity");
                number(json, e.similarity());
                json.writeFieldName("outcome");
                number(json, e.outcome());
                json.writeFieldName("energy_joules");
                number(json, e.energyJoules());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Writes the seeds as a JSON list of parameter dicts (model included), for HPO tools.
     *
     * @param out where to (not closed)
     * @param seeds the seeds, in order
     * @throws IOException when writing fails
     */
    public static void writeTrials(OutputStream out, List<Seed> seeds) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartArray();
            for (Seed s : seeds) {
                values(json, s.trialParameters());
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static void traits(JsonGenerator json, Map<String, Object> traits) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> e : traits.entrySet()) {
            json.writeFieldName(e.getKey());
            if (e.getValue() instanceof Double d) {
                number(json, d);
            } else {
                json.writeString(String.valueOf(e.getValue()));
            }
        }
        json.writeEndObject();
    }

    private static void values(JsonGenerator json, Map<String, Object> values) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            json.writeFieldName(e.getKey());
            switch (e.getValue()) {
                case Long l -> json.writeNumber(l);
                case Double d when Double.isFinite(d) -> json.writeNumber(d);
                case Double d -> json.writeNull();
                case Boolean b -> json.writeBoolean(b);
                case null -> json.writeNull();
                default -> json.writeString(e.getValue().toString());
            }
        }
        json.writeEndObject();
    }

}
