package org.provlens.recommender.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.provlens.recommender.core.evaluation.BayesianSearch;
import org.provlens.recommender.core.evaluation.EvaluationsToTarget;
import org.provlens.recommender.core.evaluation.GaussianProcess;
import org.provlens.recommender.core.evaluation.RandomSearch;
import org.provlens.recommender.core.evaluation.SearchSpace;
import org.provlens.recommender.core.evaluation.SearchSpace.Dimension;
import org.provlens.recommender.core.evaluation.SearchSpace.ModelSpace;
import org.provlens.recommender.core.evaluation.SearchSpace.Point;

/**
 * The hand-written Gaussian process against values computed here independently (closed-form two-point posterior,
 * one-point likelihood, expected improvement by numerical integration), and the searches of the evaluation.
 */
class EvaluationTest {

    /** The Matérn 5/2 covariance written out again, for the closed forms. */
    private static double matern(double r, double l) {
        double s = Math.sqrt(5) * r / l;
        return (1 + s + s * s / 3) * Math.exp(-s);
    }

    @Test
    void twoPointPosteriorMatchesTheClosedForm() {
        double l = 0.5;
        double n2 = 0.01;
        double[][] x = {{0}, {1}};
        double[] y = {1, -1};
        GaussianProcess gp = new GaussianProcess(x, y, l, n2, 1, false);
        // (K + n2 I)^-1 of a 2 x 2 matrix by hand.
        double k12 = matern(1, l);
        double d = 1 + n2;
        double det = d * d - k12 * k12;
        double[][] inv = {{d / det, -k12 / det}, {-k12 / det, d / det}};
        double[] ks = {matern(0.25, l), matern(0.75, l)};
        double mean = 0;
        double quad = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                mean += ks[i] * inv[i][j] * y[j];
                quad += ks[i] * inv[i][j] * ks[j];
            }
        }
        double[] posterior = gp.predict(new double[] {0.25});
        assertEquals(mean, posterior[0], 1e-12);
        assertEquals(1 - quad, posterior[1], 1e-12);
        // At a training point: k* = (1, k12).
        double atZero = inv[0][0] * y[0] + inv[0][1] * y[1] + k12 * (inv[1][0] * y[0] + inv[1][1] * y[1]);
        assertEquals(atZero, gp.predict(new double[] {0})[0], 1e-12);
    }

    @Test
    void onePointLikelihoodMatchesTheClosedForm() {
        GaussianProcess gp = new GaussianProcess(new double[][] {{0.3, 0.4}}, new double[] {2}, 0.3, 0.01, 1,
                false);
        double expected = -0.5 * 4 / 1.01 - 0.5 * Math.log(1.01) - 0.5 * Math.log(2 * Math.PI);
        assertEquals(expected, gp.logLikelihood(), 1e-12);
        // fit picks the grid point of highest likelihood.
        double[][] x = {{0.1}, {0.2}, {0.5}, {0.9}};
        double[] y = {0.1, 0.3, 0.9, 0.2};
        GaussianProcess best = GaussianProcess.fit(x, y);
        for (double l : new double[] {0.15, 0.3, 0.6, 1.2}) {
            for (double n : new double[] {1e-4, 1e-2}) {
                assertTrue(new GaussianProcess(x, y, l, n, 1, true).logLikelihood() <= best.logLikelihood() + 1e-12);
            }
        }
    }

    @Test
    void expectedImprovementMatchesNumericalIntegration() {
        double mu = 0.3;
        double sigma = 0.7;
        double best = 0.5;
        double xi = 0.05;
        // E[max(0, Y - best - xi)], Y ~ N(mu, sigma^2), by the trapezoid rule over +-12 sigma.
        int n = 200_000;
        double low = mu - 12 * sigma;
        double h = 24 * sigma / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double yv = low + i * h;
            double density = Math.exp(-0.5 * ((yv - mu) / sigma) * ((yv - mu) / sigma)) / (sigma * Math.sqrt(2 * Math.PI));
            double f = Math.max(0, yv - best - xi) * density;
            sum += (i == 0 || i == n) ? f / 2 : f;
        }
        assertEquals(sum * h, BayesianSearch.expectedImprovement(mu, sigma, best, xi), 1e-9);
        assertEquals(0.2, BayesianSearch.expectedImprovement(0.8, 0, 0.5, 0.1), 1e-12, "no uncertainty: the gain");
    }

    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new ModelSpace("quadratic", List.of(new Dimension("x", 0, 1, false, false),
                    new Dimension("lr", 1e-4, 1, true, false))),
            new ModelSpace("worse", List.of(new Dimension("x", 0, 1, false, false)))));

    /** Optimum of model 0 at unit (0.3, 0.7); model 1 never reaches the target. */
    private static double value(Point p) {
        if (p.model() == 1) {
            return -1 + 0 * p.u()[0];
        }
        return -((p.u()[0] - 0.3) * (p.u()[0] - 0.3) + (p.u()[1] - 0.7) * (p.u()[1] - 0.7));
    }

    @Test
    void spaceMapsValuesAndUnitsBothWays() {
        Point p = SPACE.point("quadratic", Map.of("x", 0.25, "lr", 0.01));
        assertEquals(0, p.model());
        assertArrayEquals(new double[] {0.25, 0.5}, p.u(), 1e-12);
        assertEquals(0.25, SPACE.values(p).get("x"), 1e-12);
        assertEquals(0.01, SPACE.values(p).get("lr"), 1e-15);
        assertEquals(null, SPACE.point("unknown", Map.of()));
    }

    @Test
    void seedsCountAsEvaluationsAndTheBayesianSearchBeatsRandomOnAQuadratic() {
        ToDoubleFunction<Point> observe = EvaluationTest::value;
        Predicate<Point> reached = p -> value(p) >= -0.005;
        Point atOptimum = new Point(0, new double[] {0.3, 0.7});
        Point miss = new Point(1, new double[] {0.5});
        assertEquals(1, EvaluationsToTarget.run(new RandomSearch(SPACE, new SplittableRandom(1)), List.of(atOptimum),
                observe, reached, 10));
        assertEquals(2, EvaluationsToTarget.run(new RandomSearch(SPACE, new SplittableRandom(1)),
                List.of(miss, atOptimum), observe, reached, 10));
        assertEquals(4, EvaluationsToTarget.run(new RandomSearch(SPACE, new SplittableRandom(1)), List.of(miss), p -> 0,
                p -> false, 3), "budget exhausted: budget + 1");
        int[] random = new int[15];
        int[] bayes = new int[15];
        for (int i = 0; i < random.length; i++) {
            random[i] = EvaluationsToTarget.run(new RandomSearch(SPACE, new SplittableRandom(i)), List.of(), observe,
                    reached, 200);
            bayes[i] = EvaluationsToTarget.run(new BayesianSearch(SPACE, new SplittableRandom(i), 5, 200), List.of(),
                    observe, reached, 200);
        }
        Arrays.sort(random);
        Arrays.sort(bayes);
        assertTrue(bayes[7] < random[7], "median evaluations: bayesian " + bayes[7] + ", random " + random[7]);
    }
}
