package org.provlens.diagram.core;

/**
 * The geometry both renderings of a view model share, the SWT canvas and the SVG file, so that they draw the same
 * picture: where a node's label and expand badge go, the outline of notes and the head of an edge's arrow.
 */
public final class DiagramGeometry {

    /** The radius of rounded corners. */
    public static final double CORNER = 6;
    /** The size of a note's folded corner. */
    public static final double FOLD = 9;
    /** The height of a cylinder's top and bottom ellipses, halved. */
    public static final double CYLINDER_LIP = 4;
    /** The length of an arrow head. */
    public static final double ARROW = 9;
    /** The offset of the cards behind a group's node. */
    public static final double STACK = 3;
    /** The height of a container's header, where its label is. */
    public static final double HEADER = 26;
    /** The inner margin of labels. */
    public static final double PADDING = 10;
    /** The size of the expand and collapse badge. */
    public static final double BADGE = 12;

    private DiagramGeometry() {
    }

    /**
     * The rectangle of a node's own shape: the whole node, but for a collapsed group the front card, with the cards
     * behind it drawn above and to the right inside the node's bounds.
     *
     * @param node the node
     * @return {x, y, width, height}
     */
    public static double[] body(ViewNode node) {
        if (node.style().stacked() && !node.container()) {
            double d = 2 * STACK;
            return new double[] {node.x(), node.y() + d, node.width() - d, node.height() - d};
        }
        return new double[] {node.x(), node.y(), node.width(), node.height()};
    }

    /**
     * The expand or collapse badge of a node that has content.
     *
     * @param node the node
     * @return {x, y, size}: a square at the right end of the node or of a container's header
     */
    public static double[] badge(ViewNode node) {
        double[] body = body(node);
        double rowHeight = node.container() ? HEADER : body[3];
        double x = body[0] + body[2] - BADGE - 5;
        double y = body[1] + (rowHeight - BADGE) / 2;
        return new double[] {x, y, BADGE};
    }

    /**
     * Whether a node draws a badge.
     *
     * @param node the node
     * @return true when it can be expanded or collapsed
     */
    public static boolean hasBadge(ViewNode node) {
        return node.expandable() || node.container();
    }

    /**
     * Where a node's label is drawn.
     *
     * @param node the node
     * @return {x, centre y, available width}: left aligned after the padding, vertically centred on the node or
     *         on a container's header
     */
    public static double[] label(ViewNode node) {
        double[] body = body(node);
        double rowHeight = node.container() ? HEADER : body[3];
        double available = body[2] - 2 * PADDING - (hasBadge(node) ? BADGE + 4 : 0);
        return new double[] {body[0] + PADDING, body[1] + rowHeight / 2, available};
    }

    /**
     * The outline of a note: a rectangle with its top-right corner folded.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @return the polygon, x and y in turn
     */
    public static double[] note(double x, double y, double w, double h) {
        return new double[] {x, y, x + w - FOLD, y, x + w, y + FOLD, x + w, y + h, x, y + h};
    }

    /**
     * The fold line of a note.
     *
     * @param x left
     * @param y top
     * @param w width
     * @return the polyline, x and y in turn
     */
    public static double[] noteFold(double x, double y, double w) {
        return new double[] {x + w - FOLD, y, x + w - FOLD, y + FOLD, x + w, y + FOLD};
    }

    /**
     * The head of an edge's arrow at its target.
     *
     * @param edge the edge
     * @return {tip x, tip y, left x, left y, right x, right y}
     */
    public static double[] arrow(ViewEdge edge) {
        int last = edge.pointCount() - 1;
        double tx = edge.x(last);
        double ty = edge.y(last);
        double dx = tx - edge.x(last - 1);
        double dy = ty - edge.y(last - 1);
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            dx = 1;
            dy = 0;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        double bx = tx - ux * ARROW;
        double by = ty - uy * ARROW;
        double half = ARROW * 0.45;
        return new double[] {tx, ty, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half};
    }

    /**
     * A colour as CSS and SVG write it.
     *
     * @param rgb {@code 0xRRGGBB}
     * @return {@code #rrggbb}
     */
    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }

    /**
     * A straight route between two nodes, from border to border along the line between their centres.
     *
     * @param source the source node
     * @param target the target node
     * @return the two points
     */
    public static double[] straight(ViewNode source, ViewNode target) {
        double sx = source.x() + source.width() / 2;
        double sy = source.y() + source.height() / 2;
        double tx = target.x() + target.width() / 2;
        double ty = target.y() + target.height() / 2;
        double[] start = clip(source, sx, sy, tx, ty);
        double[] end = clip(target, tx, ty, sx, sy);
        return new double[] {start[0], start[1], end[0], end[1]};
    }

    /** Where the line from a node's centre towards a point leaves the node's rectangle. */
    private static double[] clip(ViewNode node, double cx, double cy, double px, double py) {
        double dx = px - cx;
        double dy = py - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double hw = node.width() / 2;
        double hh = node.height() / 2;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        t = Math.min(t, 1);
        return new double[] {cx + dx * t, cy + dy * t};
    }

    /**
     * A diagram with some nodes moved, with everything inside them; edges between nodes that moved alike move with
     * them, the others are drawn straight. For the canvas while the user drags, before the move is committed.
     *
     * @param view the diagram
     * @param ids the nodes to move (a node inside another moved one moves once)
     * @param dx the move along x
     * @param dy the move along y
     * @return the diagram after the move
     */
    public static DiagramView move(DiagramView view, java.util.Set<String> ids, double dx, double dy) {
        java.util.Map<String, ViewNode> moved = new java.util.HashMap<>();
        java.util.List<ViewNode> nodes = new java.util.ArrayList<>(view.nodes().size());
        for (ViewNode n : view.nodes()) {
            boolean moves = ids.contains(n.id()) || n.parent() != null && moved.containsKey(n.parent());
            ViewNode m = moves ? new ViewNode(n.id(), n.kind(), n.role(), n.label(), n.tooltip(), n.parent(),
                    n.x() + dx, n.y() + dy, n.width(), n.height(), n.container(), n.expandable(), n.hidden(),
                    n.mapping(), n.style(), n.elements(), n.pinned(), ids.contains(n.id()) || n.moved()) : n;
            if (moves) {
                moved.put(n.id(), m);
            }
            nodes.add(m);
        }
        java.util.Map<String, ViewNode> byId = new java.util.HashMap<>();
        for (ViewNode n : nodes) {
            byId.put(n.id(), n);
        }
        java.util.List<ViewEdge> edges = new java.util.ArrayList<>(view.edges().size());
        for (ViewEdge e : view.edges()) {
            boolean source = moved.containsKey(e.source());
            boolean target = moved.containsKey(e.target());
            if (!source && !target) {
                edges.add(e);
            } else if (source && target) {
                double[] route = new double[e.pointCount() * 2];
                for (int i = 0; i < e.pointCount(); i++) {
                    route[2 * i] = e.x(i) + dx;
                    route[2 * i + 1] = e.y(i) + dy;
                }
                edges.add(e.withRoute(route));
            } else {
                edges.add(e.withRoute(straight(byId.get(e.source()), byId.get(e.target()))));
            }
        }
        return view.with(nodes, edges);
    }

    /**
     * Where the count of an edge that stands for several goes: beside the middle of its longest segment, if that is
     * long enough for the text, so that it neither covers a node nor sits on a bend.
     *
     * @param edge the edge
     * @param width the text's width
     * @param height the text's height
     * @return the text's top-left corner, {@code null} when no segment has room
     */
    public static double[] countLabel(ViewEdge edge, double width, double height) {
        int best = -1;
        double longest = 0;
        for (int i = 1; i < edge.pointCount(); i++) {
            double length = Math.hypot(edge.x(i) - edge.x(i - 1), edge.y(i) - edge.y(i - 1));
            if (length > longest) {
                longest = length;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        boolean horizontal = Math.abs(edge.x(best) - edge.x(best - 1)) >= Math.abs(edge.y(best) - edge.y(best - 1));
        if (longest < (horizontal ? width : height) + 2 * ARROW + 8) {
            return null;
        }
        double mx = (edge.x(best) + edge.x(best - 1)) / 2;
        double my = (edge.y(best) + edge.y(best - 1)) / 2;
        return horizontal ? new double[] {mx - width / 2, my - height - 1} : new double[] {mx + 3, my - height / 2};
    }
}
