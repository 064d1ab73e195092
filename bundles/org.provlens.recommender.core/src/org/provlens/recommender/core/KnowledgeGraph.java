package org.provlens.recommender.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.Providers;

/**
 * The knowledge graph of past tasks: a node per unique task ({@link TaskNode}), and an edge between two tasks if
 * and only if their similarity ({@link SimilarityMetric}) is at least the threshold: {@code sim >= threshold}
 * (a similarity equal to the threshold passes, one below it does not).
 *
 * @param nodes the tasks
 * @param edges the pairs of tasks that pass the threshold, each pair once (first index below second)
 * @param metric the similarity metric
 * @param threshold the threshold, in [0, 1]
 */
public record KnowledgeGraph(List<TaskNode> nodes, List<Edge> edges, SimilarityMetric metric, double threshold) {

    /** The threshold of the recommender when none is given. */
    public static final double DEFAULT_THRESHOLD = 0.7;

    /**
     * An edge.
     *
     * @param a index of one task in {@link KnowledgeGraph#nodes}
     * @param b index of the other, above a
     * @param similarity their similarity, at least the threshold
     */
    public record Edge(int a, int b, double similarity) {
    }

    /**
     * A task near another and how near.
     *
     * @param node the task
     * @param similarity the similarity to the task asked about
     */
    public record Neighbour(TaskNode node, double similarity) {
    }

    /** Copies the lists and checks the threshold. */
    public KnowledgeGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the similarity threshold must be in [0, 1], found " + threshold);
        }
    }

    /**
     * Builds the graph: every pair of tasks is compared once.
     *
     * @param nodes the tasks
     * @param metric the similarity
     * @param threshold the threshold, in [0, 1]
     * @param monitor cancellation, may be {@code null}
     * @return the graph
     */
    public static KnowledgeGraph build(List<TaskNode> nodes, SimilarityMetric metric, double threshold,
            IProgressMonitor monitor) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the similarity threshold must be in [0, 1], found " + threshold);
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Providers.checkCancelled(monitor);
            for (int j = i + 1; j < nodes.size(); j++) {
                double s = metric.similarity(nodes.get(i).characteristics(), nodes.get(j).characteristics());
                if (s >= threshold) {
                    edges.add(new Edge(i, j, s));
                }
            }
        }
        return new KnowledgeGraph(nodes, edges, metric, threshold);
    }

    /**
     * The tasks of the graph a task would be linked to: those whose similarity to it passes the threshold, most
     * similar first.
     *
     * @param task the task asked about (in the graph or not)
     * @return the neighbours
     */
    public List<Neighbour> neighbours(TaskCharacteristics task) {
        return nearest(task, Integer.MAX_VALUE).stream().filter(n -> n.similarity() >= threshold).toList();
    }

    /**
     * The most similar tasks, whatever their similarity.
     *
     * @param task the task asked about
     * @param count how many at most
     * @return the nearest tasks, most similar first (ties in node order)
     */
    public List<Neighbour> nearest(TaskCharacteristics task, int count) {
        List<Neighbour> all = new ArrayList<>();
        for (TaskNode node : nodes) {
            all.add(new Neighbour(node, metric.similarity(task, node.characteristics())));
        }
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return all.subList(0, Math.min(count, all.size()));
    }

    /**
     * The neighbours of a node of the graph, from its edges.
     *
     * @param index the node's index
     * @return its neighbours, most similar first
     */
    public List<Neighbour> neighboursOf(int index) {
        List<Neighbour> list = new ArrayList<>();
        for (Edge e : edges) {
            if (e.a() == index) {
                list.add(new Neighbour(nodes.get(e.b()), e.similarity()));
            } else if (e.b() == index) {
                list.add(new Neighbour(nodes.get(e.a()), e.similarity()));
            }
        }
        list.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return list;
    }
}
