package org.provlens.diagram.core;

import java.util.Objects;

/**
 * An edge of a laid-out diagram: between two visible nodes, standing for one or more semantic edges (edges of
 * elements inside a collapsed container or group end at that container or group). Its route is a polyline in
 * absolute diagram coordinates, from the source's border to the target's.
 */
public final class ViewEdge {

    private final String id;
    private final String source;
    private final String target;
    private final String kind;
    private final int count;
    private final EdgeStyle style;
    private final double[] points;

    /**
     * An edge.
     *
     * @param source the source node's id
     * @param target the target node's id
     * @param kind {@code used}, {@code generated}, {@code dependency} or {@code contains}
     * @param count how many semantic edges it stands for
     * @param style its look
     * @param points the route, x and y in turn, at least two points; copied
     */
    public ViewEdge(String source, String target, String kind, int count, EdgeStyle style, double[] points) {
        this.source = Objects.requireNonNull(source);
        this.target = Objects.requireNonNull(target);
        this.kind = Objects.requireNonNull(kind);
        this.id = kind + ":" + source + "->" + target;
        this.count = count;
        this.style = style;
        this.points = points.clone();
    }

    /**
     * The edge's identity: kind, source and target.
     *
     * @return {@code kind:source->target}
     */
    public String id() {
        return id;
    }

    /**
     * The source node.
     *
     * @return its id
     */
    public String source() {
        return source;
    }

    /**
     * The target node.
     *
     * @return its id
     */
    public String target() {
        return target;
    }

    /**
     * What the edge stands for.
     *
     * @return {@code used}, {@code generated}, {@code dependency} or {@code contains}
     */
    public String kind() {
        return kind;
    }

    /**
     * How many semantic edges it stands for.
     *
     * @return at least 1
     */
    public int count() {
        return count;
    }

    /**
     * Its look.
     *
     * @return the style
     */
    public EdgeStyle style() {
        return style;
    }

    /**
     * The number of points of the route.
     *
     * @return at least 2
     */
    public int pointCount() {
        return points.length / 2;
    }

    /**
     * The x of a point of the route.
     *
     * @param i the point's index
     * @return x
     */
    public double x(int i) {
        return points[2 * i];
    }

    /**
     * The y of a point of the route.
     *
     * @param i the point's index
     * @return y
     */
    public double y(int i) {
        return points[2 * i + 1];
    }

    /**
     * The same edge on another route.
     *
     * @param route the new points, x and y in turn
     * @return the rerouted edge
     */
    public ViewEdge withRoute(double[] route) {
        return new ViewEdge(source, target, kind, count, style, route);
    }

    @Override
    public String toString() {
        return id + (count > 1 ? " x" + count : "");
    }
}
