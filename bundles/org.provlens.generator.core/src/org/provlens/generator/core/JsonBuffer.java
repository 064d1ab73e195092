package org.provlens.generator.core;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Writes JSON as Python's {@code json.dumps} does ({@code ", "} and {@code ": "} separators, {@code NaN}, floats
 * in Python's repr) straight into a growable byte array: no intermediate objects, so that a generator can write
 * hundreds of megabytes per second.
 *
 * <p>Separators are kept per nesting level: {@link #key(String)} and {@link #item()} put the comma.</p>
 */
final class JsonBuffer {

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L};
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private byte[] buf;
    private int pos;
    private final boolean[] first = new boolean[64];
    private int depth;

    JsonBuffer(int capacity) {
        buf = new byte[capacity];
    }

    int size() {
        return pos;
    }

    void reset() {
        pos = 0;
        depth = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int extra) {
        if (pos + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + extra));
        }
    }

    private void put(char c) {
        buf[pos++] = (byte) c;
    }

    /** Starts an object (at the top, after a key or after {@link #item()}). */
    JsonBuffer obj() {
        ensure(1);
        put('{');
        first[++depth] = true;
        return this;
    }

    JsonBuffer end() {
        ensure(1);
        put('}');
        depth--;
        return this;
    }

    JsonBuffer arr() {
        ensure(1);
        put('[');
        first[++depth] = true;
        return this;
    }

    JsonBuffer endArr() {
        ensure(1);
        put(']');
        depth--;
        return this;
    }

    /** The separator before an array element. */
    JsonBuffer item() {
        if (!first[depth]) {
            ensure(2);
            put(',');
            put(' ');
        }
        first[depth] = false;
        return this;
    }

    /** A key (plain ASCII, no escaping needed) and its colon. */
    JsonBuffer key(String name) {
        int n = name.length();
        ensure(n + 6);
        if (!first[depth]) {
            put(',');
            put(' ');
        }
        first[depth] = false;
        put('"');
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) name.charAt(i);
        }
        put('"');
        put(':');
        put(' ');
        return this;
    }

    /** A string value, escaped as JSON (UTF-8, non-ASCII as \\u escapes as Python's default does). */
    JsonBuffer str(String value) {
        int n = value.length();
        ensure(n + 2);
        put('"');
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                buf[pos++] = (byte) c;
            } else {
                escape(c, n - i);
            }
        }
        put('"');
        return this;
    }

    private void escape(char c, int remaining) {
        ensure(6 + remaining);
        switch (c) {
            case '"' -> {
                put('\\');
                put('"');
            }
            case '\\' -> {
                put('\\');
                put('\\');
            }
            case '\n' -> {
                put('\\');
                put('n');
            }
            case '\t' -> {
                put('\\');
                put('t');
            }
            case '\r' -> {
                put('\\');
                put('r');
            }
            default -> {
                put('\\');
                put('u');
                String hex = "0123456789abcdef";
                put(hex.charAt((c >> 12) & 0xF));
                put(hex.charAt((c >> 8) & 0xF));
                put(hex.charAt((c >> 4) & 0xF));
                put(hex.charAt(c & 0xF));
            }
        }
    }

    JsonBuffer num(long value) {
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                for (char c : Long.toString(value).toCharArray()) {
                    put(c);
                }
                return this;
            }
            put('-');
            value = -value;
        }
        digits(value);
        return this;
    }

    private void digits(long value) {
        int length = 1;
        for (long v = value; v >= 10; v /= 10) {
            length++;
        }
        int end = pos + length;
        int i = end;
        while (value >= 100) {
            int pair = (int) (value % 100);
            value /= 100;
            buf[--i] = DIGIT_PAIRS[2 * pair + 1];
            buf[--i] = DIGIT_PAIRS[2 * pair];
        }
        if (value >= 10) {
            buf[--i] = DIGIT_PAIRS[2 * (int) value + 1];
            buf[--i] = DIGIT_PAIRS[2 * (int) value];
        } else {
            buf[--i] = (byte) ('0' + value);
        }
        pos = end;
    }

    /**
     * A float rounded to a number of decimals and written as Python would write that rounded value:
     * trailing zeros dropped, at least one decimal ({@code 35.0}).
     *
     * @param value the value (NaN allowed)
     * @param decimals 0 to 9; {@code |value| * 10^decimals} must stay below 2^53
     */
    JsonBuffer fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return nonFinite(value);
        }
        ensure(32);
        long scale = POW10[decimals];
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            put('-');
            scaled = -scaled;
        }
        digits(scaled / scale);
        put('.');
        long fraction = scaled % scale;
        if (fraction == 0) {
            put('0');
            return this;
        }
        int places = decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            places--;
        }
        for (long p = POW10[places - 1]; p > fraction; p /= 10) {
            put('0');
        }
        digits(fraction);
        return this;
    }

    private JsonBuffer nonFinite(double value) {
        ensure(10);
        String text = Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i));
        }
        return this;
    }

    /**
     * A float as Python's {@code repr} writes it: the shortest round-tripping digits, plain between 1e-4 and
     * 1e16, else {@code 1e-05} style. Slower than {@link #fixed}; meant for occasional values.
     */
    JsonBuffer py(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return nonFinite(value);
        }
        return raw(pythonRepr(value));
    }

    static String pythonRepr(double value) {
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = exact.abs().toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int magnitude = Math.abs(exponent);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
    }

    JsonBuffer bool(boolean value) {
        return raw(value ? "true" : "false");
    }

    /** Text written as is (a literal). */
    JsonBuffer raw(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** A complete JSON value written by another buffer, copied as is. */
    JsonBuffer raw(JsonBuffer value) {
        ensure(value.pos);
        System.arraycopy(value.buf, 0, buf, pos, value.pos);
        pos += value.pos;
        return this;
    }

    /** Ends a line (JSONL record). */
    JsonBuffer newline() {
        ensure(1);
        put('\n');
        return this;
    }

    JsonBuffer kv(String key, String value) {
        return key(key).str(value);
    }

    JsonBuffer kv(String key, long value) {
        return key(key).num(value);
    }

    JsonBuffer kv(String key, boolean value) {
        return key(key).bool(value);
    }

    JsonBuffer kvf(String key, double value, int decimals) {
        return key(key).fixed(value, decimals);
    }

    JsonBuffer kvp(String key, double value) {
        return key(key).py(value);
    }
}
