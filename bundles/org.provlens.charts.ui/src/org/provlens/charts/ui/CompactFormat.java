package org.provlens.charts.ui;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/** Tick labels that stay short: four significant digits, with k, M, G, T for large numbers (70M, not 70000000). */
public final class CompactFormat extends Format {

    private static final long serialVersionUID = 1L;

    private final boolean decadesOnly;

    /** Labels every tick. */
    public CompactFormat() {
        this(false);
    }

    /**
     * Labels every tick, or on a log axis only the powers of ten (its minor ticks stay unlabelled).
     *
     * @param decadesOnly whether only powers of ten are labelled
     */
    public CompactFormat(boolean decadesOnly) {
        this.decadesOnly = decadesOnly;
    }

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
        double v = ((Number) value).doubleValue();
        if (decadesOnly && v > 0 && Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) > 1e-9) {
            return to;
        }
        return to.append(text(v));
    }

    /**
     * A number as a short label.
     *
     * @param v the number
     * @return e.g. {@code 0.385}, {@code 12.2k}, {@code 70M}, {@code 3e-05}
     */
    public static String text(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        String[] prefixes = {"", "k", "M", "G", "T", "P"};
        if (a >= 1e4) {
            int p = Math.min(prefixes.length - 1, (int) Math.floor(Math.log10(a) / 3));
            return trim(String.format(Locale.ROOT, "%.4g", v / Math.pow(1000, p))) + prefixes[p];
        }
        if (a != 0 && a < 1e-3) {
            String s = String.format(Locale.ROOT, "%.3g", v);
            int e = s.indexOf('e');
            return e < 0 ? trim(s) : trim(s.substring(0, e)) + s.substring(e);
        }
        return trim(String.format(Locale.ROOT, "%.4g", v));
    }

    private static String trim(String s) {
        if (s.contains("e") || !s.contains(".")) {
            return s;
        }
        return s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        return null; // labels are only shown
    }
}
