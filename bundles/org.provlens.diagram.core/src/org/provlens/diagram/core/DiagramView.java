package org.provlens.diagram.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The view model of a diagram: the visible nodes (containers before their content), the edges between them, and
 * where every mapped element is shown, laid out or not. Immutable; the canvas and the SVG and JSON writers read
 * the same object.
 */
public final class DiagramView {

    private final String description;
    private final List<ViewNode> nodes;
    private final List<ViewEdge> edges;
    private final Map<String, ViewNode> byId;
    private final Map<String, List<ViewNode>> children;
    private final Map<EObject, String> shownBy;
    private final int mappedElements;
    private final String note;
    private final boolean laidOut;
    private final Object layoutBase;

    /**
     * A view model.
     *
     * @param description the name of the diagram description
     * @param nodes the visible nodes, every container before its content
     * @param edges the edges between visible nodes
     * @param shownBy for every mapped element, the id of the visible node that shows it (itself, or the group or
     *            collapsed container it is in); elements hidden or out of the diagram's scope are absent. Not
     *            copied (it holds every element of a large workflow): the caller hands it over
     * @param mappedElements how many elements the mappings found, shown or not
     * @param note what the user should know about what is not shown, empty when everything is
     * @param laidOut whether the coordinates come from a layout
     * @param layoutBase what the layout computed before the user's placements, opaque: the next synchronization
     *            reuses it when nothing laid out changed; may be {@code null}
     */
    public DiagramView(String description, List<ViewNode> nodes, List<ViewEdge> edges, Map<EObject, String> shownBy,
            int mappedElements, String note, boolean laidOut, Object layoutBase) {
        this.description = description;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.shownBy = Collections.unmodifiableMap(shownBy);
        this.mappedElements = mappedElements;
        this.note = note == null ? "" : note;
        this.laidOut = laidOut;
        this.layoutBase = layoutBase;
        Map<String, ViewNode> ids = new LinkedHashMap<>();
        Map<String, List<ViewNode>> content = new HashMap<>();
        for (ViewNode node : this.nodes) {
            ids.put(node.id(), node);
            content.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.children = content;
    }

    /**
     * The name of the diagram description.
     *
     * @return e.g. {@code lineage}
     */
    public String description() {
        return description;
    }

    /**
     * The visible nodes, every container before its content.
     *
     * @return the nodes
     */
    public List<ViewNode> nodes() {
        return nodes;
    }

    /**
     * The edges.
     *
     * @return the edges
     */
    public List<ViewEdge> edges() {
        return edges;
    }

    /**
     * A node by id.
     *
     * @param id the node's id
     * @return the node, {@code null} when not visible
     */
    public ViewNode node(String id) {
        return byId.get(id);
    }

    /**
     * The nodes directly inside a container.
     *
     * @param parent the container's id, {@code null} for the top level
     * @return the nodes, in order
     */
    public List<ViewNode> children(String parent) {
        return children.getOrDefault(parent, List.of());
    }

    /**
     * The node that shows an element: its own, or the group or collapsed container it is in.
     *
     * @param element a semantic element
     * @return the node, {@code null} when the element is hidden, filtered or out of the diagram's scope
     */
    public ViewNode nodeShowing(EObject element) {
        String id = shownBy.get(element);
        return id == null ? null : byId.get(id);
    }

    /**
     * How many elements the mappings found, shown or not.
     *
     * @return the count
     */
    public int mappedElements() {
        return mappedElements;
    }

    /**
     * What is not shown and why (too many elements, out of the neighbourhood), for the status line.
     *
     * @return the note, empty when everything is shown
     */
    public String note() {
        return note;
    }

    /**
     * Whether the coordinates come from a layout.
     *
     * @return false for a view model synchronized without layout
     */
    public boolean laidOut() {
        return laidOut;
    }

    /**
     * What the layout computed before the user's placements.
     *
     * @return an opaque object for the layout, {@code null} when none
     */
    public Object layoutBase() {
        return layoutBase;
    }

    /**
     * The extent of the diagram.
     *
     * @return {minX, minY, maxX, maxY}; zeros when empty
     */
    public double[] bounds() {
        if (nodes.isEmpty()) {
            return new double[4];
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ViewNode n : nodes) {
            minX = Math.min(minX, n.x());
            minY = Math.min(minY, n.y());
            maxX = Math.max(maxX, n.x() + n.width());
            maxY = Math.max(maxY, n.y() + n.height());
        }
        for (ViewEdge e : edges) {
            for (int i = 0; i < e.pointCount(); i++) {
                minX = Math.min(minX, e.x(i));
                minY = Math.min(minY, e.y(i));
                maxX = Math.max(maxX, e.x(i));
                maxY = Math.max(maxY, e.y(i));
            }
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /**
     * The same diagram with other nodes and edges (after the user moved nodes), keeping what shows each element.
     *
     * @param newNodes the nodes
     * @param newEdges the edges
     * @return the new view model
     */
    public DiagramView with(List<ViewNode> newNodes, List<ViewEdge> newEdges) {
        return new DiagramView(description, newNodes, newEdges, shownBy, mappedElements, note, laidOut, layoutBase);
    }
}
