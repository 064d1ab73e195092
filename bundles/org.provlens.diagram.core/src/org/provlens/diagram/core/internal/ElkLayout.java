package org.provlens.diagram.core.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.provlens.diagram.core.DiagramGeometry;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.ViewEdge;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.LayoutAlgorithm;
import org.provlens.diagram.core.description.LayoutDescription;
import org.provlens.diagram.core.description.LayoutDirection;

/**
 * Lays out the visible nodes with ELK layered: hierarchical, the content of expanded containers inside them,
 * orthogonal edges. Incremental where it can be: when the nodes, their sizes and containers and the edges are
 * those of the previous layout (the user changed colours, renamed nothing that resized, moved a node, or the
 * data changed elsewhere), the previous layout is reused; nodes the user placed keep their places either way,
 * and the edges they move are drawn straight.
 */
public final class ElkLayout {

    /** The height of a container's header, where its label is drawn. */
    public static final double HEADER = 26;

    static {
        // ELK finds its algorithms through ServiceLoader on a plain class path, but not inside OSGi.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new CoreOptions(),
                new LayeredMetaDataProvider());
    }

    /** What ELK computed, before user placements: reused while the laid-out structure stays the same. */
    private record Base(List<String> structure, Map<String, double[]> nodes, Map<String, double[]> edges) {
    }

    private ElkLayout() {
    }

    /**
     * Lays out a synchronization's result.
     *
     * @param description the description's name
     * @param result the visible nodes and edges
     * @param settings the description's layout settings, may be {@code null}
     * @param previous the view shown so far, whose layout is reused when nothing laid out changed; {@code null}
     *            to lay out afresh
     * @return the view model
     */
    public static DiagramView layout(String description, Synchronizer.Result result, LayoutDescription settings,
            DiagramView previous) {
        List<String> structure = structure(result);
        Base base = previous != null && previous.layoutBase() instanceof Base b && b.structure().equals(structure) ? b
                : elk(result, settings, structure);
        return place(description, result, base);
    }

    /**
     * A view model without layout: every node at the origin with its label's size, edges from centre to centre.
     *
     * @param description the description's name
     * @param result the visible nodes and edges
     * @return the view model
     */
    public static DiagramView unplaced(String description, Synchronizer.Result result) {
        Map<String, double[]> nodes = new HashMap<>();
        for (Shape s : result.shapes()) {
            nodes.put(s.id, new double[] {0, 0, s.width, s.height});
        }
        return place(description, result, new Base(List.of(), nodes, Map.of()), false);
    }

    private static List<String> structure(Synchronizer.Result result) {
        List<String> structure = new ArrayList<>(result.shapes().size() + result.links().size());
        for (Shape s : result.shapes()) {
            structure.add(s.id + '\u0000' + (s.parent == null ? "" : s.parent.id) + '\u0000' + s.width + 'x'
                    + s.height + (s.container ? "c" : ""));
        }
        for (Link l : result.links()) {
            structure.add(l.kind() + ':' + l.source().id + "->" + l.target().id);
        }
        return structure;
    }

    private static Base elk(Synchronizer.Result result, LayoutDescription settings, List<String> structure) {
        ElkNode graph = ElkGraphUtil.createGraph();
        boolean down = settings != null && settings.getDirection() == LayoutDirection.DOWN;
        double nodeSpacing = settings == null ? 16 : settings.getNodeSpacing();
        double layerSpacing = settings == null ? 48 : settings.getLayerSpacing();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, down ? Direction.DOWN : Direction.RIGHT);
        // Content of containers is laid out with the whole graph, so edges can cross container borders; a graph without
        // containers skips ELK's compound-graph steps.
        boolean nested = result.shapes().stream().anyMatch(s -> s.container);
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, nested ? HierarchyHandling.INCLUDE_CHILDREN
                : HierarchyHandling.SEPARATE_CHILDREN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, Math.max(12, layerSpacing / 3));
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        graph.setProperty(CoreOptions.RANDOM_SEED, 1);
        // Edges into or out of one node share their ends and first segments: a fan of edges reads as one bundle.
        graph.setProperty(LayeredOptions.MERGE_EDGES, true);
        // Brandes-Köpf places large graphs in a fraction of network simplex's time, with straight long edges.
        int count = result.shapes().size();
        if (count > 400) {
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
            graph.setProperty(LayeredOptions.THOROUGHNESS, count > 1500 ? 1 : 3);
        }
        boolean box = settings != null && settings.getAlgorithm() == LayoutAlgorithm.BOX;
        if (box) {
            box(graph, nodeSpacing);
        }
        Map<Shape, ElkNode> elk = new IdentityHashMap<>();
        Map<ElkNode, Integer> order = new IdentityHashMap<>();
        for (Shape s : result.shapes()) {
            ElkNode parent = s.parent == null ? graph : elk.get(s.parent);
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setIdentifier(s.id);
            node.setDimensions(s.width, s.height);
            if (box) {
                // The box algorithm sorts by priority, then size: decreasing priorities keep the model's order.
                int index = order.merge(parent, 1, Integer::sum);
                node.setProperty(CoreOptions.PRIORITY, 1_000_000 - index);
                if (s.container) {
                    box(node, nodeSpacing);
                }
            }
            if (s.container) {
                node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(s.width, HEADER + 12));
                node.setProperty(CoreOptions.PADDING, new ElkPadding(HEADER + 8, 12, 12, 12));
            }
            elk.put(s, node);
        }
        Map<ElkEdge, Link> edges = new IdentityHashMap<>();
        for (Link link : result.links()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(elk.get(link.source()), elk.get(link.target()));
            ElkGraphUtil.updateContainment(edge);
            edges.put(edge, link);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        Map<String, double[]> nodes = new HashMap<>();
        for (Map.Entry<Shape, ElkNode> e : elk.entrySet()) {
            ElkNode n = e.getValue();
            nodes.put(e.getKey().id, new double[] {n.getX(), n.getY(), n.getWidth(), n.getHeight()});
        }
        Map<String, double[]> routes = new HashMap<>();
        for (Map.Entry<ElkEdge, Link> e : edges.entrySet()) {
            ElkEdge edge = e.getKey();
            if (edge.getSections().isEmpty()) {
                continue;
            }
            double[] origin = absolute(edge.getContainingNode());
            List<Double> points = new ArrayList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                points.add(section.getStartX() + origin[0]);
                points.add(section.getStartY() + origin[1]);
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(bend.getX() + origin[0]);
                    points.add(bend.getY() + origin[1]);
                }
                points.add(section.getEndX() + origin[0]);
                points.add(section.getEndY() + origin[1]);
            }
            double[] route = new double[points.size()];
            for (int i = 0; i < route.length; i++) {
                route[i] = points.get(i);
            }
            routes.put(id(e.getValue()), route);
        }
        return new Base(structure, nodes, routes);
    }

    /** Packs a node's content in rows, in model order: for nested containers without edges to follow. */
    private static void box(ElkNode node, double spacing) {
        node.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
        node.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        node.setProperty(CoreOptions.SPACING_NODE_NODE, spacing);
        node.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
    }

    private static String id(Link link) {
        return link.kind() + ":" + link.source().id + "->" + link.target().id;
    }

    private static double[] absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] {x, y};
    }

    private static DiagramView place(String description, Synchronizer.Result result, Base base) {
        return place(description, result, base, true);
    }

    /** Absolute coordinates from the base layout and the user's placements; edges the placements moved go straight. */
    private static DiagramView place(String description, Synchronizer.Result result, Base base, boolean laidOut) {
        Map<Shape, double[]> absolute = new IdentityHashMap<>();
        Map<Shape, double[]> shift = new IdentityHashMap<>();
        List<ViewNode> nodes = new ArrayList<>(result.shapes().size());
        for (Shape s : result.shapes()) {
            double[] b = base.nodes().getOrDefault(s.id, new double[] {0, 0, s.width, s.height});
            double[] parent = s.parent == null ? new double[] {0, 0} : absolute.get(s.parent);
            double[] parentShift = s.parent == null ? new double[] {0, 0} : shift.get(s.parent);
            boolean moved = !Double.isNaN(s.userX) && !Double.isNaN(s.userY);
            double x = parent[0] + (moved ? s.userX : b[0]);
            double y = parent[1] + (moved ? s.userY : b[1]);
            absolute.put(s, new double[] {x, y});
            // How far the node is from where the base layout put it: edges between nodes shifted alike move along.
            double[] origin = s.parent == null ? new double[] {b[0], b[1]}
                    : new double[] {parent[0] - parentShift[0] + b[0], parent[1] - parentShift[1] + b[1]};
            shift.put(s, new double[] {x - origin[0], y - origin[1]});
            nodes.add(new ViewNode(s.id, s.kind, s.role, s.label, s.tooltip, s.parent == null ? null : s.parent.id, x,
                    y, b[2], b[3], s.container, s.expandable, s.hidden, s.mapping == null ? null : s.mapping.getName(),
                    s.style, s.elements, s.pinned, moved));
        }
        Map<String, ViewNode> byId = new HashMap<>();
        for (ViewNode n : nodes) {
            byId.put(n.id(), n);
        }
        List<ViewEdge> edges = new ArrayList<>(result.links().size());
        for (Link link : result.links()) {
            double[] a = shift.get(link.source());
            double[] b = shift.get(link.target());
            double[] route = base.edges().get(id(link));
            if (route != null && a[0] == b[0] && a[1] == b[1]) {
                double[] moved = route.clone();
                for (int i = 0; i < moved.length; i += 2) {
                    moved[i] += a[0];
                    moved[i + 1] += a[1];
                }
                route = moved;
            } else {
                route = DiagramGeometry.straight(byId.get(link.source().id), byId.get(link.target().id));
            }
            edges.add(new ViewEdge(link.source().id, link.target().id, link.kind(), link.count(), link.style(), route));
        }
        return new DiagramView(description, nodes, edges, result.shownBy(), result.mapped(), result.note(), laidOut,
                base);
    }
}
