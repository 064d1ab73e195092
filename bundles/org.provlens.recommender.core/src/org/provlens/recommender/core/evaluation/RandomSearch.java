package org.provlens.recommender.core.evaluation;

import java.util.random.RandomGenerator;

import org.provlens.recommender.core.evaluation.SearchSpace.Point;

/** Random search: every point drawn uniformly from the space, whatever was observed. */
public final class RandomSearch implements Search {

    private final SearchSpace space;
    private final RandomGenerator random;

    /**
     * A random search.
     *
     * @param space the space
     * @param random its random stream
     */
    public RandomSearch(SearchSpace space, RandomGenerator random) {
        this.space = space;
        this.random = random;
    }

    @Override
    public Point next() {
        return space.random(random);
    }

    @Override
    public void observe(Point point, double score) {
        // Random search learns nothing.
    }
}
