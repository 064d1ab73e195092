package org.provlens.charts.ui;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Tick labels of an axis of epoch seconds, in UTC, as precise as the visible span needs. */
public final class EpochFormat extends Format {

    private static final long serialVersionUID = 1L;

    private final double span;

    /**
     * A format for a span.
     *
     * @param span the visible range in seconds
     */
    public EpochFormat(double span) {
        this.span = span;
    }

    @Override
    public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
        return to.append(text(((Number) value).doubleValue(), span));
    }

    /**
     * An epoch-second time as text for a span.
     *
     * @param seconds the time
     * @param span the visible range in seconds
     * @return e.g. {@code 03-02 14:20}, {@code 14:20:05} or {@code 14:20:05.123}
     */
    public static String text(double seconds, double span) {
        String pattern = span > 200 * 86400 ? "yyyy-MM-dd" : span > 3 * 86400 ? "MM-dd HH:mm" : span > 120 ? "HH:mm" : span > 5 ? "HH:mm:ss" : "HH:mm:ss.SSS";
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC)
                .format(Instant.ofEpochMilli(Math.round(seconds * 1000)));
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        return null; // labels are only shown
    }
}
