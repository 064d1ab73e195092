package org.provlens.recommender.core.evaluation;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.provlens.recommender.core.evaluation.SearchSpace.Point;

/**
 * The measure of the evaluation: how many evaluations a search needs until a configuration reaches the target.
 * Seeds are evaluated first, in order, and count as evaluations; then the search proposes points. Whether a point
 * reaches the target is judged on its true value, while the search only sees the noisy observation.
 */
public final class EvaluationsToTarget {

    private EvaluationsToTarget() {
    }

    /**
     * Runs a search until the target or the budget.
     *
     * @param search the search
     * @param seeds points to evaluate first, may be empty
     * @param observe the noisy score of a point (higher is better)
     * @param reached whether a point's true value reaches the target
     * @param budget the most evaluations
     * @return the number of the first evaluation that reached the target (1 for the first), {@code budget + 1}
     *         when none did
     */
    public static int run(Search search, List<Point> seeds, ToDoubleFunction<Point> observe, Predicate<Point> reached,
            int budget) {
        int evaluations = 0;
        for (Point seed : seeds) {
            if (evaluations == budget) {
                return budget + 1;
            }
            evaluations++;
            if (reached.test(seed)) {
                return evaluations;
            }
            search.observe(seed, observe.applyAsDouble(seed));
        }
        while (evaluations < budget) {
            Point p = search.next();
            evaluations++;
            if (reached.test(p)) {
                return evaluations;
            }
            search.observe(p, observe.applyAsDouble(p));
        }
        return budget + 1;
    }
}
