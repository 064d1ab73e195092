package org.provlens.recommender.core.evaluation;

import org.provlens.recommender.core.evaluation.SearchSpace.Point;

/** A sequential hyperparameter search: it proposes a point, is told what the point scored, proposes the next. */
public interface Search {

    /**
     * The next point to evaluate.
     *
     * @return the point
     */
    Point next();

    /**
     * Tells the search what a point scored (higher is better); seeds are told this way before the first
     * {@link #next}.
     *
     * @param point the point
     * @param score its observed score
     */
    void observe(Point point, double score);
}
