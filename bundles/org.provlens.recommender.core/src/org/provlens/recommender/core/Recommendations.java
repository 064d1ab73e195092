package org.provlens.recommender.core;

import java.util.List;

import org.provlens.model.Execution;
import org.provlens.recommender.core.KnowledgeGraph.Neighbour;

/**
 * The recommender's answer for one task.
 *
 * @param task the characteristics of the task asked about
 * @param subject the run or task it was asked for, {@code null} for a described task
 * @param objective the metric seeds were ranked by, {@code null} when none could be chosen
 * @param threshold the similarity threshold of the graph
 * @param energyWeight the weight of cheapness against quality, in [0, 1]
 * @param graph the knowledge graph of the past tasks (the subject's own trials left out)
 * @param neighbours the past tasks that pass the threshold, most similar first (the nearest ones, below the
 *            threshold, when the query asked for them and none passed; see {@code message})
 * @param seeds the top seeds, best first
 * @param pareto the Pareto set of quality against energy over every candidate, best quality first
 * @param candidates how many distinct (model, configuration) candidates the neighbours gave
 * @param message what a user should know (no characteristics, no similar task, nearest tasks used); empty
 *            otherwise
 */
public record Recommendations(TaskCharacteristics task, Execution subject, Objective objective, double threshold,
        double energyWeight, KnowledgeGraph graph, List<Neighbour> neighbours, List<Seed> seeds, List<Seed> pareto,
        int candidates, String message) {

    /** Copies the lists. */
    public Recommendations {
        neighbours = List.copyOf(neighbours);
        seeds = List.copyOf(seeds);
        pareto = List.copyOf(pareto);
        message = message == null ? "" : message;
    }
}
