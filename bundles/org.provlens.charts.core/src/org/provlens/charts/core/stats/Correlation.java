package org.provlens.charts.core.stats;

import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Pearson's and Spearman's correlation of two variables over the rows where both are finite, with two-sided
 * p-values from Student's t distribution with n - 2 degrees of freedom (as SciPy's {@code pearsonr} and
 * {@code spearmanr} give them; Spearman's is the t approximation on ranks, ties averaged). Apache Commons Math.
 *
 * @param n the number of rows with both values
 * @param pearson Pearson's r, NaN when n &lt; 3 or a variable is constant
 * @param pearsonP its p-value
 * @param spearman Spearman's rho
 * @param spearmanP its p-value
 */
public record Correlation(int n, double pearson, double pearsonP, double spearman, double spearmanP) {

    /**
     * Correlates two variables.
     *
     * @param x values of the first, NaN where absent
     * @param y values of the second, as many
     * @return the correlation
     */
    public static Correlation of(double[] x, double[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
            }
        }
        double[][] rows = new double[n][2];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                rows[k][0] = x[i];
                rows[k++][1] = y[i];
            }
        }
        if (n < 3 || constant(rows, 0) || constant(rows, 1)) {
            return new Correlation(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        BlockRealMatrix matrix = new BlockRealMatrix(rows);
        PearsonsCorrelation pearson = new PearsonsCorrelation(matrix);
        PearsonsCorrelation ranks = new SpearmansCorrelation(matrix).getRankCorrelation();
        return new Correlation(n, pearson.getCorrelationMatrix().getEntry(0, 1),
                pValue(pearson.getCorrelationPValues().getEntry(0, 1), pearson.getCorrelationMatrix().getEntry(0, 1)),
                ranks.getCorrelationMatrix().getEntry(0, 1),
                pValue(ranks.getCorrelationPValues().getEntry(0, 1), ranks.getCorrelationMatrix().getEntry(0, 1)));
    }

    /** Commons Math answers 0 for |r| = 1, where the t statistic is infinite: the p-value is 0 then indeed. */
    private static double pValue(double p, double r) {
        return Double.isNaN(r) ? Double.NaN : p;
    }

    private static boolean constant(double[][] rows, int column) {
        for (double[] row : rows) {
            if (row[column] != rows[0][column]) {
                return false;
            }
        }
        return true;
    }
}
