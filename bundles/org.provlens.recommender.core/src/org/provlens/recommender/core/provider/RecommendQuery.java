package org.provlens.recommender.core.provider;

import org.provlens.recommender.core.KnowledgeGraph;
import org.provlens.recommender.core.SimilarityMetric;
import org.provlens.recommender.core.TaskCharacteristics;

/**
 * What the recommender is asked.
 *
 * @param subjectId the id of the run or task whose task seeds are wanted ({@code --like}), may be {@code null}
 * @param described traits of the task given by the user ({@code --task}), added to the subject's (they win), may
 *            be empty
 * @param objective {@code KEY:max|min}, or {@code null}: the task's {@code objective} trait, else the metric most
 *            trials of the neighbours recorded
 * @param top how many seeds, at least 1
 * @param energyWeight the weight of cheapness against quality in the score, in [0, 1]
 * @param threshold the similarity a past task needs to be a neighbour, in [0, 1]
 * @param metric the similarity metric
 * @param perTask how many of the top seeds may come from one past task, at least 1
 * @param nearestWhenNoNeighbour whether to draw on the nearest tasks when none passes the threshold (for
 *            evaluations; the answer says so)
 */
public record RecommendQuery(String subjectId, TaskCharacteristics described, String objective, int top,
        double energyWeight, double threshold, SimilarityMetric metric, int perTask, boolean nearestWhenNoNeighbour) {

    /** The default number of seeds. */
    public static final int DEFAULT_TOP = 5;

    /** The default cap of seeds from one past task. */
    public static final int DEFAULT_PER_TASK = 2;

    /** Checks the ranges. */
    public RecommendQuery {
        described = described == null ? TaskCharacteristics.EMPTY : described;
        metric = metric == null ? SimilarityMetric.DEFAULT : metric;
        if (top < 1) {
            throw new IllegalArgumentException("the number of seeds must be at least 1, found " + top);
        }
        if (!(energyWeight >= 0 && energyWeight <= 1)) {
            throw new IllegalArgumentException("the energy weight must be in [0, 1], found " + energyWeight);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the similarity threshold must be in [0, 1], found " + threshold);
        }
        if (perTask < 1) {
            throw new IllegalArgumentException("seeds per task must be at least 1, found " + perTask);
        }
    }

    /**
     * The defaults for a run or task.
     *
     * @param subjectId its id
     * @return the query
     */
    public static RecommendQuery like(String subjectId) {
        return new RecommendQuery(subjectId, null, null, DEFAULT_TOP, 0, KnowledgeGraph.DEFAULT_THRESHOLD, null,
                DEFAULT_PER_TASK, false);
    }

    /**
     * The defaults for a described task.
     *
     * @param task its traits
     * @return the query
     */
    public static RecommendQuery described(TaskCharacteristics task) {
        return new RecommendQuery(null, task, null, DEFAULT_TOP, 0, KnowledgeGraph.DEFAULT_THRESHOLD, null,
                DEFAULT_PER_TASK, false);
    }

    /**
     * This query with another energy weight.
     *
     * @param weight in [0, 1]
     * @return the query
     */
    public RecommendQuery withEnergyWeight(double weight) {
        return new RecommendQuery(subjectId, described, objective, top, weight, threshold, metric, perTask,
                nearestWhenNoNeighbour);
    }

    /**
     * This query with another objective.
     *
     * @param key {@code KEY:max|min}
     * @return the query
     */
    public RecommendQuery withObjective(String key) {
        return new RecommendQuery(subjectId, described, key, top, energyWeight, threshold, metric, perTask,
                nearestWhenNoNeighbour);
    }

    /**
     * This query drawing on the nearest tasks when none passes the threshold.
     *
     * @param nearest whether to
     * @return the query
     */
    public RecommendQuery withNearestWhenNoNeighbour(boolean nearest) {
        return new RecommendQuery(subjectId, described, objective, top, energyWeight, threshold, metric, perTask,
                nearest);
    }
}
