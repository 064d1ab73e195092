package org.provlens.charts.core.stats;

import java.util.Arrays;
import java.util.Random;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * How much each parameter moves an outcome, two ways: standardized regression coefficients (the least-squares
 * coefficients of the outcome on the parameters, all scaled to zero mean and unit standard deviation: the change of
 * the outcome, in standard deviations, per standard deviation of the parameter, the others held), and permutation
 * importance (how much of the fit's R² is lost when the parameter's values are shuffled among the runs, the mean
 * over repeated shuffles). Rows with any value missing are left out; constant parameters get NaN. Apache Commons
 * Math's ordinary least squares.
 *
 * @param n the rows used
 * @param r2 the R² of the fit
 * @param coefficients one standardized coefficient per parameter, NaN when it could not be estimated
 * @param permutation one permutation importance per parameter
 * @param message empty, or why no fit was possible (too few rows, collinear parameters)
 */
public record Importance(int n, double r2, double[] coefficients, double[] permutation, String message) {

    /** Shuffles per parameter for the permutation importance. */
    public static final int SHUFFLES = 30;

    /**
     * Fits an outcome on parameters.
     *
     * @param parameters one array per parameter, NaN where absent
     * @param outcome the outcome, as many rows
     * @param seed the seed of the shuffles (the same seed gives the same importances)
     * @return the importances
     */
    public static Importance of(double[][] parameters, double[] outcome, long seed) {
        int p = parameters.length;
        double[] nan = new double[p];
        Arrays.fill(nan, Double.NaN);
        int rows = 0;
        boolean[] complete = new boolean[outcome.length];
        for (int i = 0; i < outcome.length; i++) {
            boolean ok = Double.isFinite(outcome[i]);
            for (double[] parameter : parameters) {
                ok &= Double.isFinite(parameter[i]);
            }
            complete[i] = ok;
            rows += ok ? 1 : 0;
        }
        double[] y = new double[rows];
        double[][] x = new double[p][rows];
        for (int i = 0, k = 0; i < outcome.length; i++) {
            if (complete[i]) {
                y[k] = outcome[i];
                for (int j = 0; j < p; j++) {
                    x[j][k] = parameters[j][i];
                }
                k++;
            }
        }
        // Constant parameters carry no information (and make the design singular): left out of the fit.
        int[] used = java.util.stream.IntStream.range(0, p).filter(j -> sd(x[j]) > 0).toArray();
        if (used.length == 0 || rows <= used.length + 1) {
            return new Importance(rows, Double.NaN, nan, nan.clone(), rows <= used.length + 1
                    ? "needs more runs (" + rows + ") than parameters + 1 (" + (used.length + 1) + ")"
                    : "no parameter varies");
        }
        if (sd(y) == 0) {
            return new Importance(rows, Double.NaN, nan, nan.clone(), "the outcome does not vary");
        }
        double[] zy = standardize(y);
        double[][] zx = new double[used.length][];
        for (int u = 0; u < used.length; u++) {
            zx[u] = standardize(x[used[u]]);
        }
        double[] beta;
        double r2;
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(zy, design(zx));
            double[] b = ols.estimateRegressionParameters();
            beta = Arrays.copyOfRange(b, 1, b.length);
            r2 = ols.calculateRSquared();
        } catch (SingularMatrixException e) {
            return new Importance(rows, Double.NaN, nan, nan.clone(), "the parameters are collinear");
        }
        double[] coefficients = nan.clone();
        double[] permutation = nan.clone();
        Random random = new Random(seed);
        for (int u = 0; u < used.length; u++) {
            coefficients[used[u]] = beta[u];
            double lost = 0;
            for (int s = 0; s < SHUFFLES; s++) {
                double[] shuffled = zx[u].clone();
                for (int i = shuffled.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    double t = shuffled[i];
                    shuffled[i] = shuffled[j];
                    shuffled[j] = t;
                }
                lost += r2 - rSquared(zy, zx, beta, u, shuffled);
            }
            permutation[used[u]] = lost / SHUFFLES;
        }
        return new Importance(rows, r2, coefficients, permutation, "");
    }

    /** R² of the fitted coefficients when one standardized parameter is replaced (the intercept of z-scores is 0). */
    private static double rSquared(double[] y, double[][] x, double[] beta, int replaced, double[] with) {
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double prediction = 0;
            for (int j = 0; j < x.length; j++) {
                prediction += beta[j] * (j == replaced ? with[i] : x[j][i]);
            }
            residual += (y[i] - prediction) * (y[i] - prediction);
            total += y[i] * y[i];
        }
        return 1 - residual / total;
    }

    private static double[][] design(double[][] columns) {
        double[][] rows = new double[columns[0].length][columns.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < rows.length; i++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    private static double sd(double[] values) {
        return values.length < 2 ? 0 : Math.sqrt(StatUtils.variance(values));
    }

    private static double[] standardize(double[] values) {
        double mean = StatUtils.mean(values);
        double sd = sd(values);
        double[] z = new double[values.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (values[i] - mean) / sd;
        }
        return z;
    }
}
