package org.provlens.diagram.core;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.provlens.diagram.core.description.LineStyle;

/**
 * The view model as an SVG picture, the same as the canvas draws at 1:1: container frames, then edges, then
 * nodes, each node a group carrying its element's id in {@code data-id} (and {@code data-kind}), with its tooltip
 * as an SVG title. Needs no display, so reports can embed diagrams.
 */
public final class DiagramSvg {

    private static final double MARGIN = 10;

    private DiagramSvg() {
    }

    /**
     * Writes a view model.
     *
     * @param view the laid-out view model
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(DiagramView view, Writer out) throws IOException {
        double[] b = view.bounds();
        double ox = MARGIN - b[0];
        double oy = MARGIN - b[1];
        double width = b[2] - b[0] + 2 * MARGIN;
        double height = b[3] - b[1] + 2 * MARGIN;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" data-diagram=\"%s\">%n", width, height, width, height,
                escape(view.description())));
        out.write("<style>text{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:12px;dominant-baseline:central}"
                + " .badge{font-size:11px;font-weight:bold}</style>\n");
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.write(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f)\">%n", ox, oy));
        out.write("<g class=\"containers\">\n");
        for (ViewNode node : view.nodes()) {
            if (node.container()) {
                node(out, node);
            }
        }
        out.write("</g>\n<g class=\"edges\">\n");
        for (ViewEdge edge : view.edges()) {
            edge(out, edge);
        }
        out.write("</g>\n<g class=\"nodes\">\n");
        for (ViewNode node : view.nodes()) {
            if (!node.container()) {
                node(out, node);
            }
        }
        out.write("</g>\n</g>\n</svg>\n");
    }

    private static void edge(Writer out, ViewEdge edge) throws IOException {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < edge.pointCount(); i++) {
            d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f ", edge.x(i), edge.y(i)));
        }
        EdgeStyle style = edge.style();
        String color = DiagramGeometry.hex(style.color());
        String dash = style.line() == LineStyle.DASH ? " stroke-dasharray=\"6 4\""
                : style.line() == LineStyle.DOT ? " stroke-dasharray=\"2 3\"" : "";
        out.write(String.format(Locale.ROOT, "<g class=\"edge\" data-kind=\"%s\" data-source=\"%s\" data-target=\"%s\""
                + " data-count=\"%d\"><path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\"%s/>",
                edge.kind(), escape(edge.source()), escape(edge.target()), edge.count(), d.toString().trim(), color,
                style.width() + (edge.count() > 1 ? 1 : 0), dash));
        double[] a = DiagramGeometry.arrow(edge);
        out.write(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>", a[0],
                a[1], a[2], a[3], a[4], a[5], color));
        if (edge.count() > 1) {
            String count = "×" + edge.count();
            double[] at = DiagramGeometry.countLabel(edge, TextMeasure.ESTIMATE.width(count) * 10 / 12, 12);
            if (at != null) {
                out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" font-size=\"10\">%s</text>",
                        at[0], at[1] + 6, color, count));
            }
        }
        out.write("</g>\n");
    }

    private static void node(Writer out, ViewNode node) throws IOException {
        NodeStyle style = node.style();
        String fill = DiagramGeometry.hex(style.fill());
        String stroke = DiagramGeometry.hex(style.border());
        String line = String.format(Locale.ROOT, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s", fill, stroke,
                style.borderWidth(), style.dashed() ? " stroke-dasharray=\"5 3\"" : "");
        double[] body = DiagramGeometry.body(node);
        double x = body[0];
        double y = body[1];
        double w = body[2];
        double h = body[3];
        out.write(String.format(Locale.ROOT, "<g class=\"node\" data-id=\"%s\" data-kind=\"%s\" data-role=\"%s\">",
                escape(node.id()), node.kind(), node.role().name().toLowerCase(Locale.ROOT)));
        out.write("<title>" + escape(node.tooltip() == null ? node.label() : node.tooltip()) + "</title>");
        if (style.stacked() && !node.container()) {
            for (int i = 2; i >= 1; i--) {
                double d = DiagramGeometry.STACK * i;
                out.write(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " rx=\"%.0f\"%s/>", x + d, y - d, w, h, DiagramGeometry.CORNER, line));
            }
        }
        switch (node.container() ? org.provlens.diagram.core.description.NodeShape.ROUNDED_RECTANGLE : style.shape()) {
            case RECTANGLE -> out.write(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\"%s/>", x, y, w, h, line));
            case ELLIPSE -> out.write(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\""
                    + " ry=\"%.1f\"%s/>", x + w / 2, y + h / 2, w / 2, h / 2, line));
            case NOTE -> {
                out.write("<polygon points=\"" + points(DiagramGeometry.note(x, y, w, h)) + "\"" + line + "/>");
                out.write("<polyline points=\"" + points(DiagramGeometry.noteFold(x, y, w)) + "\" fill=\"none\" stroke=\""
                        + stroke + "\"/>");
            }
            case CYLINDER -> {
                double e = DiagramGeometry.CYLINDER_LIP;
                out.write(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f A%.1f,%.1f 0 0 1 %.1f,%.1f L%.1f,%.1f"
                        + " A%.1f,%.1f 0 0 1 %.1f,%.1f Z\"%s/>", x, y + e, w / 2, e, x + w, y + e, x + w, y + h - e,
                        w / 2, e, x, y + h - e, line));
                out.write(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f A%.1f,%.1f 0 0 0 %.1f,%.1f\" fill=\"none\""
                        + " stroke=\"%s\"/>", x, y + e, w / 2, e, x + w, y + e, stroke));
            }
            default -> out.write(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\" rx=\"%.0f\"%s/>", x, y, w, h, DiagramGeometry.CORNER, line));
        }
        if (node.container()) {
            out.write(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-opacity=\"0.5\"/>", x, y + DiagramGeometry.HEADER, x + w, y + DiagramGeometry.HEADER,
                    stroke));
        }
        double[] label = DiagramGeometry.label(node);
        out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>", label[0], label[1],
                DiagramGeometry.hex(style.text()), node.container() ? " font-weight=\"bold\"" : "",
                escape(node.label())));
        if (DiagramGeometry.hasBadge(node)) {
            double[] badge = DiagramGeometry.badge(node);
            out.write(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\""
                    + " fill=\"#ffffff\" stroke=\"%s\"/><text class=\"badge\" x=\"%.1f\" y=\"%.1f\" fill=\"%s\""
                    + " text-anchor=\"middle\">%s</text>", badge[0], badge[1], badge[2], badge[2], stroke,
                    badge[0] + badge[2] / 2, badge[1] + badge[2] / 2, stroke, node.container() ? "−" : "+"));
        }
        out.write("</g>\n");
    }

    private static String points(double[] xy) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            s.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[i], xy[i + 1]));
        }
        return s.toString().trim();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
