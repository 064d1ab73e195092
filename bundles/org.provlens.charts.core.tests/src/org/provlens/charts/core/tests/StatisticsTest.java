package org.provlens.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.provlens.charts.core.stats.Correlation;
import org.provlens.charts.core.stats.Importance;
import org.provlens.charts.core.stats.Pareto;
import org.provlens.charts.core.stats.Summary;

/** The statistics against values computed with NumPy 2.4 and SciPy 1.17 (the expressions are in the comments). */
class StatisticsTest {

    @Test
    void summaryQuantilesAreNumPysLinearOnes() {
        // x = [3,1,4,1,5,9,2,6,5,3,5]; x.mean(), np.percentile(x, 50), np.percentile(x, 95) = 4.0, 4.0, 7.5
        Summary s = Summary.of(new double[] {3, 1, 4, 1, 5, 9, 2, 6, Double.NaN, 5, 3, 5, Double.POSITIVE_INFINITY});
        assertEquals(11, s.n(), "NaN and infinity left out");
        assertEquals(4.0, s.mean(), 1e-12);
        assertEquals(4.0, s.median(), 1e-12);
        assertEquals(7.5, s.p95(), 1e-12);
        assertEquals(1, s.min(), 0);
        assertEquals(9, s.max(), 0);
        assertEquals(0, Summary.of(new double[] {Double.NaN}).n());
    }

    @Test
    void correlationsAndPValuesAreSciPys() {
        // The sample's model_train runs with a val_accuracy: learning_rate against val_accuracy.
        double[] lr = {3e-05, 3e-05, 1e-05, 0.0003, 0.0001, 0.001, 3e-05, 0.0003, 3e-05, 1e-05};
        double[] acc = {0.4588, 0.40187, 0.38222, 0.44369, 0.41188, Double.NaN, 0.48888, 0.46274, 0.46712, 0.42024};
        Correlation c = Correlation.of(lr, acc);
        assertEquals(9, c.n());
        // scipy.stats.pearsonr(lr[m], acc[m]) = (0.2407266205510304, 0.532664630978891)
        assertEquals(0.2407266205510304, c.pearson(), 1e-12);
        assertEquals(0.532664630978891, c.pearsonP(), 1e-9);
        // scipy.stats.spearmanr(lr[m], acc[m]) = (0.3162277660168379, 0.4070838220655893), ties averaged
        assertEquals(0.3162277660168379, c.spearman(), 1e-12);
        assertEquals(0.4070838220655893, c.spearmanP(), 1e-9);
        assertTrue(Double.isNaN(Correlation.of(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}).pearson()),
                "a constant variable has no correlation");
    }

    @Test
    void standardizedCoefficientsAreNumPysLeastSquaresOnZScores() {
        double[][] x = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
            {0, 1, 4, 2, 2, 4, 1, 0, 1, 4, 2, 2},
            {0.0, 0.8414709848078965, 0.9092974268256817, 0.1411200080598672, -0.7568024953079282,
                -0.9589242746631385, -0.27941549819892586, 0.6569865987187891, 0.9893582466233818,
                0.4121184852417566, -0.5440211108893698, -0.9999902065507035}};
        double[] y = {0.3, -0.7792645075960518, -7.44535128658716, 0.47056000402993364, 1.1215987523460358,
            -2.279462137331569, 8.860292250900537, 14.228493299359394, 13.794679123311692, 5.906059242620879,
            13.927989444555314, 15.600004896724649};
        // z = (a - a.mean(0)) / a.std(0, ddof=1); np.linalg.lstsq([1, zX], zy)[0][1:], and its R²
        Importance importance = Importance.of(x, y, 7);
        assertArrayEquals(new double[] {0.9243173065188885, -0.5592183908041165, 0.047135807766534546},
                importance.coefficients(), 1e-9);
        assertEquals(0.9988034199951377, importance.r2(), 1e-9);
        assertEquals(12, importance.n());
        // Permuting the driving parameter loses most of the fit; the weak one loses little.
        assertTrue(importance.permutation()[0] > 0.8, () -> "" + importance.permutation()[0]);
        assertTrue(importance.permutation()[2] < 0.05, () -> "" + importance.permutation()[2]);
        assertArrayEquals(importance.permutation(), Importance.of(x, y, 7).permutation(), 0, "seeded");
        Importance tooFew = Importance.of(x, new double[] {1, 2, 3, 4, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}, 1);
        assertTrue(tooFew.message().startsWith("needs more runs (4) than parameters + 1 (4)"), tooFew.message());
    }

    @Test
    void paretoFrontIsExactlyTheUndominatedPoints() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            int n = random.nextInt(60);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(20);
                y[i] = random.nextInt(20);
            }
            boolean mx = random.nextBoolean();
            boolean my = random.nextBoolean();
            int[] front = Pareto.front(x, mx, y, my);
            java.util.Set<Integer> expected = new java.util.TreeSet<>();
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(x[i])) {
                    continue;
                }
                boolean dominated = false;
                for (int j = 0; j < n && !dominated; j++) {
                    if (j == i || Double.isNaN(x[j])) {
                        continue;
                    }
                    double dx = (mx ? 1 : -1) * (x[j] - x[i]);
                    double dy = (my ? 1 : -1) * (y[j] - y[i]);
                    dominated = dx >= 0 && dy >= 0 && (dx > 0 || dy > 0);
                }
                if (!dominated) {
                    expected.add(i);
                }
            }
            java.util.Set<Integer> actual = new java.util.TreeSet<>();
            for (int i : front) {
                actual.add(i);
            }
            assertEquals(expected, actual, "seed " + seed);
            for (int k = 1; k < front.length; k++) {
                assertTrue(x[front[k - 1]] <= x[front[k]], "ascending x");
            }
        }
    }
}
