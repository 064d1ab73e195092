package org.provlens.compare.ui.view;

import java.util.Locale;

import org.provlens.analysis.core.Column;

/** How numbers of a comparison read in its grids: short, with SI prefixes for large magnitudes, signed deltas. */
public final class Formats {

    /** What a cell shows for a run without the value. */
    public static final String MISSING = "—";

    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P"};

    private Formats() {
    }

    /**
     * A value.
     *
     * @param value the value
     * @return e.g. {@code 2.1382}, {@code 17779.7}, {@code 498 k}, {@code 28.37 M}; {@link #MISSING} for NaN
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        double magnitude = Math.abs(value);
        // From six digits on: 498 k J beside 30.11 M J reads better than 498038.815.
        if (magnitude >= 1e5) {
            int prefix = Math.min(PREFIXES.length - 1, (int) (Math.log10(magnitude) / 3));
            double scaled = value / Math.pow(1000, prefix);
            String mantissa = String.format(Locale.ROOT, "%.4g", scaled);
            if (mantissa.contains(".")) {
                mantissa = mantissa.replaceFirst("\\.?0+$", "");
            }
            return mantissa.replace('-', '−') + " " + PREFIXES[prefix];
        }
        return Column.format(value).replace('-', '−');
    }

    /**
     * A difference, signed.
     *
     * @param delta the difference
     * @return e.g. {@code +0.12}, {@code −3.4 k}, {@code 0}; {@link #MISSING} for NaN
     */
    public static String delta(double delta) {
        if (Double.isNaN(delta)) {
            return MISSING;
        }
        String text = number(delta);
        return delta > 0 ? "+" + text : text;
    }

    /**
     * A relative difference as a percentage.
     *
     * @param relative the difference divided by the baseline's magnitude
     * @return e.g. {@code +12.5 %}; {@link #MISSING} for NaN
     */
    public static String percent(double relative) {
        if (Double.isNaN(relative)) {
            return MISSING;
        }
        if (Double.isInfinite(relative)) {
            return relative > 0 ? "+∞ %" : "−∞ %";
        }
        String text = String.format(Locale.ROOT, "%.1f %%", relative * 100).replace('-', '−');
        return relative > 0 ? "+" + text : text;
    }
}
