package org.provlens.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Transform;
import org.provlens.diagram.core.DiagramGeometry;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.NodeStyle;
import org.provlens.diagram.core.ViewEdge;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.LineStyle;
import org.provlens.diagram.core.description.NodeShape;

/**
 * Draws a laid-out diagram on any GC (the canvas, the overview, a PNG): container frames, then edges, then nodes,
 * in diagram coordinates under a zoom transform, skipping what lies outside the viewport and, when zoomed far out,
 * labels and arrow heads, so that a redraw stays in a few milliseconds at thousands of nodes.
 */
public final class DiagramPainter {

    /** Below this zoom labels are not drawn: they would be a few pixels high. */
    public static final double LABEL_ZOOM = 0.45;

    private static final int SELECTION = 0x1a73e8;
    private static final int MATCH = 0xf29900;

    /**
     * What part of the diagram is shown: the zoom, and the diagram point at the top-left corner.
     *
     * @param zoom screen pixels per diagram unit
     * @param x the diagram x at the left edge
     * @param y the diagram y at the top edge
     */
    public record Viewport(double zoom, double x, double y) {

        /**
         * The diagram x of a screen x.
         *
         * @param sx screen x
         * @return diagram x
         */
        public double viewX(double sx) {
            return x + sx / zoom;
        }

        /**
         * The diagram y of a screen y.
         *
         * @param sy screen y
         * @return diagram y
         */
        public double viewY(double sy) {
            return y + sy / zoom;
        }
    }

    private final Device device;
    private final Font font;
    private final Map<Integer, Color> colors = new HashMap<>();

    /**
     * A painter.
     *
     * @param device the display or printer
     * @param font the labels' font, the one their sizes were measured with
     */
    public DiagramPainter(Device device, Font font) {
        this.device = device;
        this.font = font;
    }

    /**
     * Paints a diagram.
     *
     * @param gc where to paint
     * @param view the diagram, {@code null} for an empty one
     * @param viewport what part of it to show
     * @param width the width painted, in pixels
     * @param height the height painted, in pixels
     * @param selected ids of the selected nodes
     * @param matches ids of the nodes the find field matched
     */
    public void paint(GC gc, DiagramView view, Viewport viewport, int width, int height, Set<String> selected,
            Set<String> matches) {
        gc.setBackground(color(0xffffff));
        gc.fillRectangle(0, 0, width, height);
        if (view == null) {
            return;
        }
        double zoom = viewport.zoom();
        double left = viewport.x();
        double top = viewport.y();
        double right = viewport.viewX(width);
        double bottom = viewport.viewY(height);
        boolean labels = zoom >= LABEL_ZOOM;
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(font);
        Transform transform = new Transform(device);
        try {
            transform.scale((float) zoom, (float) zoom);
            transform.translate((float) -left, (float) -top);
            gc.setTransform(transform);
            gc.setLineWidth(1);
            for (ViewNode node : view.nodes()) {
                if (node.container() && visible(node, left, top, right, bottom)) {
                    node(gc, node, labels, selected.contains(node.id()), matches.contains(node.id()));
                }
            }
            // The edges of selected nodes last and in the selection's colour: in a bundle of merged edges, the
            // selected node's own ones stand out.
            List<ViewEdge> highlighted = new ArrayList<>();
            for (ViewEdge edge : view.edges()) {
                if (selected.contains(edge.source()) || selected.contains(edge.target())) {
                    highlighted.add(edge);
                }
            }
            gc.setAlpha(highlighted.isEmpty() ? 255 : 90);
            for (ViewEdge edge : view.edges()) {
                if (!(selected.contains(edge.source()) || selected.contains(edge.target()))
                        && visible(edge, left, top, right, bottom)) {
                    edge(gc, edge, labels, zoom, false);
                }
            }
            gc.setAlpha(255);
            for (ViewEdge edge : highlighted) {
                if (visible(edge, left, top, right, bottom)) {
                    edge(gc, edge, labels, zoom, true);
                }
            }
            for (ViewNode node : view.nodes()) {
                if (!node.container() && visible(node, left, top, right, bottom)) {
                    node(gc, node, labels, selected.contains(node.id()), matches.contains(node.id()));
                }
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private static boolean visible(ViewNode n, double left, double top, double right, double bottom) {
        return n.x() + n.width() + 6 >= left && n.x() - 6 <= right && n.y() + n.height() + 6 >= top
                && n.y() - 6 <= bottom;
    }

    private static boolean visible(ViewEdge e, double left, double top, double right, double bottom) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < e.pointCount(); i++) {
            minX = Math.min(minX, e.x(i));
            maxX = Math.max(maxX, e.x(i));
            minY = Math.min(minY, e.y(i));
            maxY = Math.max(maxY, e.y(i));
        }
        return maxX + 10 >= left && minX - 10 <= right && maxY + 10 >= top && minY - 10 <= bottom;
    }

    private void edge(GC gc, ViewEdge edge, boolean labels, double zoom, boolean highlight) {
        Color color = color(highlight ? SELECTION : edge.style().color());
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth(edge.style().width() + (edge.count() > 1 ? 1 : 0) + (highlight ? 1 : 0));
        gc.setLineStyle(edge.style().line() == LineStyle.DASH ? SWT.LINE_DASH
                : edge.style().line() == LineStyle.DOT ? SWT.LINE_DOT : SWT.LINE_SOLID);
        int[] points = new int[edge.pointCount() * 2];
        for (int i = 0; i < edge.pointCount(); i++) {
            points[2 * i] = (int) Math.round(edge.x(i));
            points[2 * i + 1] = (int) Math.round(edge.y(i));
        }
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        if (zoom >= 0.2) {
            double[] a = DiagramGeometry.arrow(edge);
            gc.fillPolygon(round(a));
        }
        if (labels && edge.count() > 1) {
            String text = "×" + edge.count();
            Point extent = gc.stringExtent(text);
            double[] at = DiagramGeometry.countLabel(edge, extent.x, extent.y);
            if (at != null) {
                gc.drawString(text, (int) Math.round(at[0]), (int) Math.round(at[1]), true);
            }
        }
    }

    private void node(GC gc, ViewNode node, boolean labels, boolean selected, boolean match) {
        NodeStyle style = node.style();
        double[] body = DiagramGeometry.body(node);
        int x = (int) Math.round(body[0]);
        int y = (int) Math.round(body[1]);
        int w = (int) Math.round(body[2]);
        int h = (int) Math.round(body[3]);
        Color fill = color(style.fill());
        Color border = color(style.border());
        int corner = (int) DiagramGeometry.CORNER * 2;
        gc.setLineWidth(style.borderWidth());
        gc.setLineStyle(style.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
        if (style.stacked() && !node.container()) {
            for (int i = 2; i >= 1; i--) {
                int d = (int) (DiagramGeometry.STACK * i);
                gc.setBackground(fill);
                gc.fillRoundRectangle(x + d, y - d, w, h, corner, corner);
                gc.setForeground(border);
                gc.drawRoundRectangle(x + d, y - d, w, h, corner, corner);
            }
        }
        gc.setBackground(fill);
        gc.setForeground(border);
        NodeShape shape = node.container() ? NodeShape.ROUNDED_RECTANGLE : style.shape();
        switch (shape) {
            case RECTANGLE -> {
                gc.fillRectangle(x, y, w, h);
                gc.drawRectangle(x, y, w, h);
            }
            case ELLIPSE -> {
                gc.fillOval(x, y, w, h);
                gc.drawOval(x, y, w, h);
            }
            case NOTE -> {
                int[] outline = round(DiagramGeometry.note(x, y, w, h));
                gc.fillPolygon(outline);
                gc.drawPolygon(outline);
                gc.drawPolyline(round(DiagramGeometry.noteFold(x, y, w)));
            }
            case CYLINDER -> {
                int e = (int) DiagramGeometry.CYLINDER_LIP;
                gc.fillOval(x, y + h - 2 * e, w, 2 * e);
                gc.fillRectangle(x, y + e, w, h - 2 * e);
                gc.fillOval(x, y, w, 2 * e);
                gc.drawOval(x, y, w, 2 * e);
                gc.drawLine(x, y + e, x, y + h - e);
                gc.drawLine(x + w, y + e, x + w, y + h - e);
                gc.drawArc(x, y + h - 2 * e, w, 2 * e, 180, 180);
            }
            default -> {
                gc.fillRoundRectangle(x, y, w, h, corner, corner);
                gc.drawRoundRectangle(x, y, w, h, corner, corner);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        if (node.container()) {
            gc.setForeground(border);
            gc.setAlpha(128);
            int header = y + (int) DiagramGeometry.HEADER;
            gc.drawLine(x, header, x + w, header);
            gc.setAlpha(255);
        }
        if (selected || match) {
            gc.setForeground(color(selected ? SELECTION : MATCH));
            gc.setLineWidth(3);
            gc.drawRoundRectangle(x - 3, y - 3, w + 6, h + 6, corner + 4, corner + 4);
            gc.setLineWidth(1);
        }
        if (!labels) {
            return;
        }
        double[] label = DiagramGeometry.label(node);
        gc.setForeground(color(style.text()));
        Point extent = gc.stringExtent(node.label());
        gc.drawString(node.label(), (int) Math.round(label[0]), (int) Math.round(label[1] - extent.y / 2.0), true);
        if (DiagramGeometry.hasBadge(node)) {
            double[] b = DiagramGeometry.badge(node);
            int bx = (int) Math.round(b[0]);
            int by = (int) Math.round(b[1]);
            int bs = (int) Math.round(b[2]);
            gc.setBackground(color(0xffffff));
            gc.fillRectangle(bx, by, bs, bs);
            gc.setForeground(border);
            gc.drawRectangle(bx, by, bs, bs);
            int mid = by + bs / 2;
            gc.drawLine(bx + 3, mid, bx + bs - 3, mid);
            if (!node.container()) {
                gc.drawLine(bx + bs / 2, by + 3, bx + bs / 2, by + bs - 3);
            }
        }
    }

    private static int[] round(double[] xy) {
        int[] points = new int[xy.length];
        for (int i = 0; i < xy.length; i++) {
            points[i] = (int) Math.round(xy[i]);
        }
        return points;
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
    }

    /**
     * Releases the colours. Since SWT 3.114 colours hold no operating system resource, so this only empties the
     * cache.
     */
    public void dispose() {
        colors.clear();
    }
}
