package org.provlens.recommender.core.evaluation;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A Gaussian-process regression with a Matérn 5/2 kernel, written by hand on Commons Math's Cholesky
 * decomposition (no maintained Java library of Bayesian optimisation fits an EPL-2.0 product: Smile is GPL).
 *
 * <pre>
 * k(x, x') = s2 (1 + sqrt5 r / l + 5 r^2 / (3 l^2)) exp(-sqrt5 r / l),   r = |x - x'|
 * mean(x*) = k*^T (K + n2 I)^-1 y        var(x*) = s2 - k*^T (K + n2 I)^-1 k*
 * log p(y) = -y^T alpha / 2 - sum log L_ii - n log(2 pi) / 2,   L L^T = K + n2 I, alpha = (K + n2 I)^-1 y
 * </pre>
 *
 * Targets are standardised (mean 0, variance 1) before fitting; {@link #fit} picks the lengthscale l and noise n2
 * of highest marginal likelihood from a small grid, s2 = 1.
 */
public final class GaussianProcess {

    /** The lengthscales tried, in unit coordinates. */
    static final double[] LENGTHSCALES = {0.15, 0.3, 0.6, 1.2};

    /** The noise variances tried, of standardised targets. */
    static final double[] NOISES = {1e-4, 1e-2};

    private static final double SQRT5 = Math.sqrt(5);

    private final double[][] x;
    private final double lengthscale;
    private final double noise;
    private final double signal;
    private final double mean;
    private final double scale;
    private final CholeskyDecomposition cholesky;
    private final RealVector alpha;
    private final double logLikelihood;

    /**
     * A process with given hyperparameters.
     *
     * @param x the inputs, one row per observation
     * @param y the targets
     * @param lengthscale l
     * @param noise n2, of the standardised targets
     * @param signal s2
     * @param standardise whether to standardise the targets first
     */
    public GaussianProcess(double[][] x, double[] y, double lengthscale, double noise, double signal,
            boolean standardise) {
        this.x = x;
        this.lengthscale = lengthscale;
        this.noise = noise;
        this.signal = signal;
        int n = y.length;
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m = standardise && n > 0 ? m / n : 0;
        double var = 0;
        for (double v : y) {
            var += (v - m) * (v - m);
        }
        double sd = standardise && n > 1 ? Math.sqrt(var / n) : 1;
        this.mean = m;
        this.scale = sd > 0 ? sd : 1;
        RealMatrix k = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = kernel(x[i], x[j]);
                k.setEntry(i, j, v);
                k.setEntry(j, i, v);
            }
            k.addToEntry(i, i, noise);
        }
        CholeskyDecomposition c;
        double jitter = 1e-10;
        while (true) {
            try {
                c = new CholeskyDecomposition(k, 1e-12, 1e-14);
                break;
            } catch (NonPositiveDefiniteMatrixException e) {
                // Duplicate points: add a little noise until the matrix factors.
                for (int i = 0; i < n; i++) {
                    k.addToEntry(i, i, jitter);
                }
                jitter *= 10;
            }
        }
        this.cholesky = c;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (y[i] - mean) / scale;
        }
        RealVector target = MatrixUtils.createRealVector(z);
        this.alpha = c.getSolver().solve(target);
        double logDet = 0;
        RealMatrix l = c.getL();
        for (int i = 0; i < n; i++) {
            logDet += Math.log(l.getEntry(i, i));
        }
        this.logLikelihood = -0.5 * target.dotProduct(alpha) - logDet - 0.5 * n * Math.log(2 * Math.PI);
    }

    /**
     * Fits a process, choosing the lengthscale and noise of highest marginal likelihood from the grid.
     *
     * @param x the inputs
     * @param y the targets
     * @return the fitted process
     */
    public static GaussianProcess fit(double[][] x, double[] y) {
        GaussianProcess best = null;
        for (double l : LENGTHSCALES) {
            for (double n2 : NOISES) {
                GaussianProcess gp = new GaussianProcess(x, y, l, n2, 1, true);
                if (best == null || gp.logLikelihood > best.logLikelihood) {
                    best = gp;
                }
            }
        }
        return best;
    }

    /**
     * The Matérn 5/2 covariance of two inputs.
     *
     * @param a an input
     * @param b another
     * @return k(a, b)
     */
    public double kernel(double[] a, double[] b) {
        double r2 = 0;
        for (int i = 0; i < a.length; i++) {
            r2 += (a[i] - b[i]) * (a[i] - b[i]);
        }
        double r = Math.sqrt(r2) / lengthscale;
        return signal * (1 + SQRT5 * r + 5 * r * r / 3) * Math.exp(-SQRT5 * r);
    }

    /**
     * The posterior at an input, in the targets' own units.
     *
     * @param at the input
     * @return {mean, variance}
     */
    public double[] predict(double[] at) {
        int n = x.length;
        double[] ks = new double[n];
        for (int i = 0; i < n; i++) {
            ks[i] = kernel(at, x[i]);
        }
        RealVector k = MatrixUtils.createRealVector(ks);
        double mu = k.dotProduct(alpha);
        RealVector v = cholesky.getSolver().solve(k);
        double var = Math.max(1e-12, signal - k.dotProduct(v));
        return new double[] {mean + scale * mu, scale * scale * var};
    }

    /**
     * The log marginal likelihood of the standardised targets.
     *
     * @return log p(y)
     */
    public double logLikelihood() {
        return logLikelihood;
    }

    /**
     * The lengthscale.
     *
     * @return l
     */
    public double lengthscale() {
        return lengthscale;
    }

    /**
     * The noise variance.
     *
     * @return n2
     */
    public double noise() {
        return noise;
    }
}
