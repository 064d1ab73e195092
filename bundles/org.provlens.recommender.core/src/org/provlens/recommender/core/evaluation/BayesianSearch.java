package org.provlens.recommender.core.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.provlens.recommender.core.evaluation.SearchSpace.Point;

/**
 * A Bayesian search: a Gaussian process ({@link GaussianProcess}) over the joint encoding of model and
 * hyperparameters ({@link SearchSpace}: a model indicator per model, the other models' slots at 0.5), refitted
 * after every observation, and the point of highest expected improvement among candidates proposed next.
 *
 * <p>Until {@code initial} points have been observed (seeds count), points are drawn at random, as Optuna's
 * samplers do for their startup trials. Candidates: {@code candidates} uniform points and as many perturbations
 * (normal, sd 0.05 in unit coordinates) of the five best points observed. Expected improvement over the best
 * observed score with margin xi = 0.01 (standardised): {@code EI = (mu - best - xi) Phi(z) + sigma phi(z)},
 * {@code z = (mu - best - xi) / sigma}.</p>
 */
public final class BayesianSearch implements Search {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final double XI = 0.01;

    private final SearchSpace space;
    private final RandomGenerator random;
    private final int initial;
    private final int candidates;
    private final List<Point> points = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();

    /**
     * A Bayesian search.
     *
     * @param space the space
     * @param random its random stream
     * @param initial random points before the process takes over
     * @param candidates uniform candidates per proposal (as many perturbations again)
     */
    public BayesianSearch(SearchSpace space, RandomGenerator random, int initial, int candidates) {
        this.space = space;
        this.random = random;
        this.initial = initial;
        this.candidates = candidates;
    }

    @Override
    public void observe(Point point, double score) {
        points.add(point);
        scores.add(score);
    }

    @Override
    public Point next() {
        if (points.size() < initial) {
            return space.random(random);
        }
        double[][] x = new double[points.size()][];
        double[] y = new double[points.size()];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x[i] = space.encode(points.get(i));
            y[i] = scores.get(i);
            best = Math.max(best, y[i]);
        }
        GaussianProcess gp = GaussianProcess.fit(x, y);
        double sd = standardDeviation(y);
        List<Point> pool = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            pool.add(space.random(random));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> y[i]).reversed());
        for (int i = 0; i < candidates; i++) {
            Point around = points.get(order.get(i % Math.min(5, order.size())));
            double[] u = around.u().clone();
            for (int d = 0; d < u.length; d++) {
                u[d] = Math.max(0, Math.min(1, u[d] + 0.05 * random.nextGaussian()));
            }
            pool.add(new Point(around.model(), u));
        }
        Point chosen = pool.get(0);
        double top = Double.NEGATIVE_INFINITY;
        for (Point p : pool) {
            double[] posterior = gp.predict(space.encode(p));
            double ei = expectedImprovement(posterior[0], Math.sqrt(posterior[1]), best, XI * sd);
            if (ei > top) {
                top = ei;
                chosen = p;
            }
        }
        return chosen;
    }

    /**
     * The expected improvement of a normal posterior over a best value.
     *
     * @param mu the posterior mean
     * @param sigma the posterior standard deviation
     * @param best the best value observed
     * @param xi the margin
     * @return {@code (mu - best - xi) Phi(z) + sigma phi(z)}, {@code z = (mu - best - xi) / sigma}
     */
    public static double expectedImprovement(double mu, double sigma, double best, double xi) {
        double gain = mu - best - xi;
        if (sigma <= 0) {
            return Math.max(0, gain);
        }
        double z = gain / sigma;
        return gain * NORMAL.cumulativeProbability(z) + sigma * NORMAL.density(z);
    }

    private static double standardDeviation(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        return y.length > 1 && var > 0 ? Math.sqrt(var / y.length) : 1;
    }
}
