package org.provlens.energy.core;

import java.util.Arrays;

import org.provlens.model.Series;
import org.provlens.model.util.Bulk;

/**
 * A recorded power series (W over epoch seconds) prepared for integrating over many intervals: the trapezoid
 * integrals from its first sample are kept, so the energy of a task is two lookups instead of a pass over the
 * samples. Samples that are NaN are dropped.
 */
final class PowerSeries {

    private final Component component;
    private final double[] xs;
    private final double[] ys;
    private final double[] value;
    private final double[] lower;
    private final double[] upper;

    PowerSeries(Component component, Series series) {
        this.component = component;
        double[] x = Bulk.xs(series);
        double[] y = Bulk.ys(series);
        int n = Math.min(x.length, y.length);
        int kept = 0;
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i]) && (kept == 0 || x[i] > cx[kept - 1])) {
                cx[kept] = x[i];
                cy[kept++] = y[i];
            }
        }
        xs = Arrays.copyOf(cx, kept);
        ys = Arrays.copyOf(cy, kept);
        value = new double[kept];
        lower = new double[kept];
        upper = new double[kept];
        for (int i = 1; i < kept; i++) {
            double width = xs[i] - xs[i - 1];
            value[i] = value[i - 1] + (ys[i] + ys[i - 1]) / 2 * width;
            lower[i] = lower[i - 1] + Math.min(ys[i], ys[i - 1]) * width;
            upper[i] = upper[i - 1] + Math.max(ys[i], ys[i - 1]) * width;
        }
    }

    Component component() {
        return component;
    }

    /** Whether the samples cover any of an interval. */
    boolean covers(double from, double to) {
        return xs.length >= 2 && to > xs[0] && from < xs[xs.length - 1];
    }

    /** The energy over an interval (the whole series when the interval is unknown), as {@link EnergyModels#trapezoid}. */
    EnergyModels.Integral integral(double from, double to) {
        if (xs.length < 2) {
            return new EnergyModels.Integral(0, 0, 0, 0);
        }
        double a = Double.isNaN(from) ? xs[0] : Math.max(from, xs[0]);
        double b = Double.isNaN(to) ? xs[xs.length - 1] : Math.min(to, xs[xs.length - 1]);
        if (!(b > a)) {
            return new EnergyModels.Integral(0, 0, 0, 0);
        }
        double[] at = cumulative(a);
        double[] bt = cumulative(b);
        return new EnergyModels.Integral(bt[0] - at[0], bt[1] - at[1], bt[2] - at[2], b - a);
    }

    /** The integrals from the first sample to t, within the samples: value, lower, upper. */
    private double[] cumulative(double t) {
        int i = Arrays.binarySearch(xs, t);
        if (i >= 0) {
            return new double[] {value[i], lower[i], upper[i]};
        }
        int k = -i - 2; // the segment [xs[k], xs[k+1]) holding t
        double width = t - xs[k];
        double y = ys[k] + (ys[k + 1] - ys[k]) * width / (xs[k + 1] - xs[k]);
        return new double[] {value[k] + (ys[k] + y) / 2 * width,
                lower[k] + Math.min(ys[k], ys[k + 1]) * width, upper[k] + Math.max(ys[k], ys[k + 1]) * width};
    }
}
