package org.provlens.compare.core;

import static org.provlens.analysis.core.provider.JsonNumbers.number;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.provlens.model.Execution;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The comparison as JSON, the same for {@code provlens compare --format json} and the editor's export. Stable keys:
 * <ul>
 * <li>{@code runs[]}: {@code id}, {@code name}, {@code kind} ({@code workflow} or {@code task}), {@code status},
 * {@code workflow};</li>
 * <li>{@code baseline}: the id of the baseline run; {@code at_step}: the step asked, or null;</li>
 * <li>{@code parameters[]}: {@code key}, {@code section}, {@code depth}, {@code values[]} (one per run, null where a
 * run has none), {@code differs};</li>
 * <li>{@code outcomes[]}: {@code key}, {@code unit}, {@code better} ({@code lower}, {@code higher} or null),
 * {@code values[]}, {@code delta[]} and {@code relative[]} against the baseline, {@code best} (the id of the best
 * run, or null);</li>
 * <li>{@code levels[]}: the aligned children, depth first: {@code path}, {@code parent} (the parent's path, null
 * at depth 1), {@code depth}, {@code activity}, {@code label}, {@code ids[]} (one task id per run, null where
 * unmatched), {@code matched}, {@code outcomes[]} as above;</li>
 * <li>{@code series[]}: {@code key}, {@code unit}, {@code telemetry}, {@code points[]} (samples per run), and with
 * the overlay data {@code runs[]}: per run null or {@code step[]} (or null), {@code time[]} (seconds since the
 * run's start, or null) and {@code value[]}.</li>
 * </ul>
 * Absent numbers and NaN are null.
 */
public final class ComparisonJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ComparisonJson() {
    }

    /**
     * Writes a comparison.
     *
     * @param comparison the comparison
     * @param overlays the overlay data of its series (those listed), may be empty
     * @param out where to; not closed
     * @throws IOException when writing fails
     */
    public static void write(Comparison comparison, List<Overlay> overlays, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("runs");
            for (ComparedRun run : comparison.runs()) {
                json.writeStartObject();
                json.writeStringField("id", run.id());
                json.writeStringField("name", run.name());
                json.writeStringField("kind", run.kind());
                json.writeStringField("status", run.status());
                json.writeStringField("workflow", run.workflow());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("baseline", comparison.runs().get(comparison.baseline()).id());
            json.writeFieldName("at_step");
            if (comparison.atStep() == null) {
                json.writeNull();
            } else {
                json.writeNumber(comparison.atStep());
            }
            json.writeArrayFieldStart("parameters");
            for (ConfigRow row : comparison.parameters()) {
                json.writeStartObject();
                json.writeStringField("key", row.key());
                json.writeStringField("section", row.section());
                json.writeNumberField("depth", row.depth());
                json.writeArrayFieldStart("values");
                for (String value : row.values()) {
                    json.writeString(value);
                }
                json.writeEndArray();
                json.writeBooleanField("differs", row.differs());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("outcomes");
            outcomes(json, comparison.outcomes(), comparison);
            json.writeArrayFieldStart("levels");
            levels(json, comparison.levels(), null, comparison);
            json.writeEndArray();
            json.writeArrayFieldStart("series");
            for (SeriesInfo info : comparison.series()) {
                series(json, info, overlays.stream().filter(o -> o.key().equals(info.key())).findFirst().orElse(null));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void outcomes(JsonGenerator json, List<OutcomeRow> rows, Comparison comparison)
            throws IOException {
        json.writeStartArray();
        for (OutcomeRow row : rows) {
            json.writeStartObject();
            json.writeStringField("key", row.key());
            json.writeStringField("unit", row.unit());
            json.writeStringField("better", row.better().jsonName());
            json.writeArrayFieldStart("values");
            for (int i = 0; i < row.size(); i++) {
                number(json, row.value(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("delta");
            for (int i = 0; i < row.size(); i++) {
                number(json, row.delta(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("relative");
            for (int i = 0; i < row.size(); i++) {
                number(json, row.relative(i));
            }
            json.writeEndArray();
            json.writeStringField("best", row.best() < 0 ? null : comparison.runs().get(row.best()).id());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void levels(JsonGenerator json, List<AlignedNode> nodes, String parent, Comparison comparison)
            throws IOException {
        if (nodes == null) {
            return;
        }
        for (AlignedNode node : nodes) {
            json.writeStartObject();
            json.writeStringField("path", node.path());
            json.writeStringField("parent", parent);
            json.writeNumberField("depth", node.depth());
            json.writeStringField("activity", node.activity());
            json.writeStringField("label", node.label());
            json.writeArrayFieldStart("ids");
            for (Execution member : node.members()) {
                json.writeString(member == null ? null : member.getId());
            }
            json.writeEndArray();
            json.writeNumberField("matched", node.matched());
            json.writeFieldName("outcomes");
            outcomes(json, node.outcomes(), comparison);
            json.writeEndObject();
            levels(json, node.children(), node.path(), comparison);
        }
    }

    private static void series(JsonGenerator json, SeriesInfo info, Overlay overlay) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", info.key());
        json.writeStringField("unit", info.unit());
        json.writeBooleanField("telemetry", info.telemetry());
        json.writeArrayFieldStart("points");
        for (int points : info.points()) {
            json.writeNumber(points);
        }
        json.writeEndArray();
        if (overlay != null) {
            json.writeArrayFieldStart("runs");
            for (Overlay.Samples samples : overlay.runs()) {
                if (samples == null) {
                    json.writeNull();
                    continue;
                }
                json.writeStartObject();
                numbers(json, "step", samples.steps());
                numbers(json, "time", samples.times());
                numbers(json, "value", samples.values());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void numbers(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeFieldName(field);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (double value : values) {
            number(json, value);
        }
        json.writeEndArray();
    }

}
