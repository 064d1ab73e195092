package org.provlens.diagram.core.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.provlens.diagram.core.EdgeStyle;
import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.EdgeMapping;
import org.provlens.diagram.core.description.Layer;
import org.provlens.diagram.core.internal.SemanticTree.Entry;

/**
 * The edges of a diagram: every semantic edge the edge mappings of the active layers find, drawn between the visible
 * shapes that show its ends (a collapsed container or group stands for its content), one visible edge per kind and
 * pair of shapes with the count of the semantic edges it stands for.
 */
final class Links {

    private final List<Layer> layers;
    private final SemanticTree tree;
    private final Evaluator evaluator;

    Links(List<Layer> layers, SemanticTree tree, Evaluator evaluator) {
        this.layers = layers;
        this.tree = tree;
        this.evaluator = evaluator;
    }

    /** The edges between the shapes that {@code rep} says show each entry ({@code null}: not shown). */
    List<Link> find(Function<Entry, Shape> rep) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (Layer layer : layers) {
            for (EdgeMapping mapping : layer.getEdgeMappings()) {
                String kind = mapping.getKind().getLiteral();
                EdgeStyle style = Styles.edge(mapping.getStyle(), mapping.getName());
                if (mapping.getDomainClass() == null) {
                    for (AbstractNodeMapping source : mapping.getSourceMapping()) {
                        for (Entry from : tree.byMapping.getOrDefault(source, List.of())) {
                            Shape s = rep.apply(from);
                            if (s == null) {
                                continue;
                            }
                            for (EObject end : evaluator.find(mapping.getTargetFinder(), from.element())) {
                                link(links, rep, s, end, mapping.getTargetMapping(), kind, style);
                            }
                        }
                    }
                } else {
                    elementBased(mapping, rep, links, kind, style);
                }
            }
        }
        return new ArrayList<>(links.values());
    }

    private void elementBased(EdgeMapping mapping, Function<Entry, Shape> rep, Map<String, Link> links, String kind, EdgeStyle style) {
        Set<EObject> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<AbstractNodeMapping> ends = new LinkedHashSet<>(mapping.getSourceMapping());
        ends.addAll(mapping.getTargetMapping());
        for (AbstractNodeMapping end : ends) {
            for (Entry entry : tree.byMapping.getOrDefault(end, List.of())) {
                if (rep.apply(entry) == null) {
                    continue;
                }
                for (EObject edge : evaluator.find(mapping.getSemanticCandidates(), entry.element())) {
                    if (!mapping.getDomainClass().isInstance(edge) || !seen.add(edge)
                            || !evaluator.holds(mapping.getPrecondition(), edge)) {
                        continue;
                    }
                    List<EObject> sources = mapping.getSourceFinder() == null ? List.of(edge)
                            : evaluator.find(mapping.getSourceFinder(), edge);
                    for (EObject source : sources) {
                        for (Entry from : tree.entries(source)) {
                            Shape s = mapping.getSourceMapping().contains(from.mapping) ? rep.apply(from) : null;
                            if (s != null) {
                                for (EObject targetEnd : evaluator.find(mapping.getTargetFinder(), edge)) {
                                    link(links, rep, s, targetEnd, mapping.getTargetMapping(), kind, style);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private void link(Map<String, Link> links, Function<Entry, Shape> rep, Shape source, EObject targetElement,
            List<AbstractNodeMapping> targetMappings, String kind, EdgeStyle style) {
        for (Entry to : tree.entries(targetElement)) {
            if (!targetMappings.contains(to.mapping)) {
                continue;
            }
            Shape t = rep.apply(to);
            // Edges inside one node, or between a container and its own content, show nothing nesting does not.
            if (t == null || t == source || t.isInside(source) || source.isInside(t)) {
                continue;
            }
            links.merge(kind + ":" + source.id + "->" + t.id, new Link(source, t, kind, 1, style),
                    (a, b) -> new Link(a.source(), a.target(), kind, a.count() + 1, style));
        }
    }

}
