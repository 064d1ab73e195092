package org.provlens.diagram.core;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The view model as JSON, the headless twin of the diagram editors. Stable keys: {@code nodes[]} with {@code id}
 * (the element's id, or a group's key), {@code kind} ({@code task}, {@code artifact}, {@code group}, and
 * {@code workflow} and {@code campaign} where a diagram shows them), {@code label}, {@code x}, {@code y},
 * {@code width}, {@code height} (absolute, pixels at 1:1) and {@code parent} (the container's id or null);
 * {@code edges[]} with {@code source}, {@code target} and {@code kind} ({@code used}, {@code generated},
 * {@code dependency}, {@code contains}). Also {@code role}, {@code hidden}, {@code expandable}, {@code container}
 * and {@code fill} of nodes, {@code count} and {@code points} of edges, and {@code diagram}, {@code root},
 * {@code mapped}, {@code note}.
 */
public final class DiagramJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DiagramJson() {
    }

    /**
     * Writes a view model.
     *
     * @param view the view model
     * @param rootId the element the diagram was opened on, {@code null} for none
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(DiagramView view, String rootId, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("diagram", view.description());
            json.writeStringField("root", rootId);
            json.writeNumberField("mapped", view.mappedElements());
            json.writeStringField("note", view.note());
            json.writeArrayFieldStart("nodes");
            for (ViewNode node : view.nodes()) {
                json.writeStartObject();
                json.writeStringField("id", node.id());
                json.writeStringField("kind", node.kind());
                json.writeStringField("label", node.label());
                json.writeNumberField("x", round(node.x()));
                json.writeNumberField("y", round(node.y()));
                json.writeNumberField("width", round(node.width()));
                json.writeNumberField("height", round(node.height()));
                json.writeStringField("parent", node.parent());
                json.writeStringField("role", node.role().name().toLowerCase(java.util.Locale.ROOT));
                json.writeNumberField("hidden", node.hidden());
                json.writeBooleanField("expandable", node.expandable());
                json.writeBooleanField("container", node.container());
                json.writeStringField("fill", DiagramGeometry.hex(node.style().fill()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (ViewEdge edge : view.edges()) {
                json.writeStartObject();
                json.writeStringField("source", edge.source());
                json.writeStringField("target", edge.target());
                json.writeStringField("kind", edge.kind());
                json.writeNumberField("count", edge.count());
                json.writeArrayFieldStart("points");
                for (int i = 0; i < edge.pointCount(); i++) {
                    json.writeStartArray();
                    json.writeNumber(round(edge.x(i)));
                    json.writeNumber(round(edge.y(i)));
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
