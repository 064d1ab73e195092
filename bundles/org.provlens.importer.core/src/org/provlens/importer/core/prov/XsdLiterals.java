package org.provlens.importer.core.prov;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.provlens.importer.core.internal.RecordValues;

/**
 * Lexical forms of the XML Schema datatypes PROV-JSON literals use, shared by the exporter, the importer and the
 * validator so that what one writes the others accept.
 */
final class XsdLiterals {

    /** {@code xsd:dateTime}: year, month, day, time with optional fraction, optional zone. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(-?\\d{4,})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private static final Pattern DOUBLE = Pattern.compile(
            "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([Ee][+-]?\\d+)?|[+-]?INF|NaN");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private XsdLiterals() {
    }

    /**
     * An epoch-second time as {@code xsd:dateTime} in UTC, exact: the fraction has as many digits as the shortest
     * decimal that reads back as the same double (at least milliseconds, for readability).
     *
     * @param epochSeconds a finite time
     * @return e.g. {@code 2024-02-08T20:05:29.000Z}
     */
    static String dateTime(double epochSeconds) {
        BigDecimal exact = new BigDecimal(Double.toString(epochSeconds));
        BigDecimal whole = exact.setScale(0, RoundingMode.FLOOR);
        String fraction = exact.subtract(whole).stripTrailingZeros().toPlainString();
        String digits = fraction.startsWith("0.") ? fraction.substring(2) : "";
        while (digits.length() < 3) {
            digits += "0";
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(whole.longValueExact(), 0, ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.%sZ", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond(), digits);
    }

    /**
     * Reads an {@code xsd:dateTime}; a time without zone is taken as UTC. Reading is exact: the text written by
     * {@link #dateTime(double)} gives back the same double.
     *
     * @param text the lexical form
     * @return epoch seconds, NaN when the text is not an {@code xsd:dateTime}
     */
    static double parseDateTime(String text) {
        Matcher m = DATE_TIME.matcher(text.trim());
        if (!m.matches()) {
            return Double.NaN;
        }
        try {
            int hour = Integer.parseInt(m.group(4));
            boolean endOfDay = hour == 24;
            LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), endOfDay ? 0 : hour, Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            if (endOfDay) {
                // xsd:dateTime allows 24:00:00 for the end of a day, the next day's midnight.
                if (time.getMinute() != 0 || time.getSecond() != 0 || m.group(7) != null && !isZero(m.group(7))) {
                    return Double.NaN;
                }
                time = time.plusDays(1);
            }
            String zone = m.group(8);
            int offset = zone == null || "Z".equals(zone) ? 0 : ZoneOffset.of(zone).getTotalSeconds();
            BigDecimal seconds = BigDecimal.valueOf(time.toEpochSecond(ZoneOffset.UTC) - offset);
            if (m.group(7) != null) {
                seconds = seconds.add(new BigDecimal("0" + m.group(7)));
            }
            return seconds.doubleValue();
        } catch (DateTimeException | NumberFormatException e) {
            return Double.NaN; // month 13, February 30th, an offset beyond 18 h
        }
    }

    private static boolean isZero(String fraction) {
        return fraction.substring(1).chars().allMatch(c -> c == '0');
    }

    /**
     * Whether text is an {@code xsd:dateTime}.
     *
     * @param text the text
     * @return true when valid
     */
    static boolean isDateTime(String text) {
        return !Double.isNaN(parseDateTime(text));
    }

    /**
     * A double as {@code xsd:double}: the model's canonical decimal, {@code INF}, {@code -INF} or {@code NaN}.
     *
     * @param value the value
     * @return its lexical form
     */
    static String doubleText(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        }
        return RecordValues.decimal(value);
    }

    /**
     * Reads an {@code xsd:double} (or a decimal or integer, which are doubles too).
     *
     * @param text the lexical form
     * @return the value; {@code null} when the text is not a double
     */
    static Double parseDouble(String text) {
        String trimmed = text.trim();
        if (!DOUBLE.matcher(trimmed).matches()) {
            return null;
        }
        return switch (trimmed) {
            case "INF", "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(trimmed);
        };
    }

    /**
     * Whether a lexical form is valid for a datatype. Datatypes outside the checked XML Schema types (strings,
     * URIs, binary, ProvLens's {@code provlens:JSON}, which the callers check themselves) are accepted.
     *
     * @param datatype the datatype's full IRI
     * @param text the lexical form
     * @return an explanation of what is wrong, {@code null} when the form is valid
     */
    static String check(String datatype, String text) {
        if (!datatype.startsWith(ProvNames.XSD_NS)) {
            return null;
        }
        String type = datatype.substring(ProvNames.XSD_NS.length());
        String trimmed = text.trim();
        boolean ok = switch (type) {
            case "dateTime", "dateTimeStamp" -> isDateTime(trimmed)
                    && (!"dateTimeStamp".equals(type) || trimmed.endsWith("Z") || trimmed.matches(".*[+-]\\d{2}:\\d{2}"));
            case "double", "float" -> DOUBLE.matcher(trimmed).matches();
            case "decimal" -> DECIMAL.matcher(trimmed).matches();
            case "boolean" -> "true".equals(trimmed) || "false".equals(trimmed) || "1".equals(trimmed)
                    || "0".equals(trimmed);
            case "integer" -> INTEGER.matcher(trimmed).matches();
            case "long" -> inRange(trimmed, Long.MIN_VALUE, Long.MAX_VALUE);
            case "int" -> inRange(trimmed, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "short" -> inRange(trimmed, Short.MIN_VALUE, Short.MAX_VALUE);
            case "byte" -> inRange(trimmed, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case "nonNegativeInteger", "unsignedLong" -> sign(trimmed) >= 0;
            case "positiveInteger" -> sign(trimmed) > 0;
            case "nonPositiveInteger" -> sign(trimmed) <= 0 && INTEGER.matcher(trimmed).matches();
            case "negativeInteger" -> sign(trimmed) < 0 && INTEGER.matcher(trimmed).matches();
            case "unsignedInt" -> inRange(trimmed, 0, 0xFFFFFFFFL);
            case "unsignedShort" -> inRange(trimmed, 0, 0xFFFF);
            case "unsignedByte" -> inRange(trimmed, 0, 0xFF);
            default -> true;
        };
        return ok ? null : "'" + text + "' is not a valid xsd:" + type;
    }

    /** The sign of an integer's lexical form; -2 when it is not an integer. */
    private static int sign(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return -2;
        }
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text).signum();
    }

    private static boolean inRange(String text, long min, long max) {
        if (!INTEGER.matcher(text).matches()) {
            return false;
        }
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /**
     * Whether text is an integer ({@code xsd:integer} lexical form) that fits in a {@code long}.
     *
     * @param text the text
     * @return true when it does
     */
    static boolean isLong(String text) {
        return inRange(text.trim(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Whether text is an integer of any size.
     *
     * @param text the text
     * @return true for the {@code xsd:integer} lexical form
     */
    static boolean isInteger(String text) {
        return INTEGER.matcher(text.trim()).matches();
    }
}
