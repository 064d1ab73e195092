package org.provlens.model.util;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * Text form of the {@code DoubleArray} data type: base64 of little-endian IEEE 754 doubles. Exact (NaN and
 * infinities included), about 11 characters a sample, and fast to read back; used by the generated factory for
 * XMI and binary resources alike.
 */
public final class DoubleArrays {

    /** The empty array, shared. */
    public static final double[] EMPTY = new double[0];

    private DoubleArrays() {
    }

    /**
     * Encodes samples.
     *
     * @param values the samples, may be {@code null}
     * @return their text form, {@code null} for {@code null}
     */
    public static String toString(double[] values) {
        if (values == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    /**
     * Decodes samples written by {@link #toString(double[])}.
     *
     * @param text the text form, may be {@code null}
     * @return the samples, {@code null} for {@code null}
     * @throws IllegalArgumentException when the text is not base64 of a whole number of doubles
     */
    public static double[] fromString(String text) {
        if (text == null) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(text.trim());
        if (bytes.length % Double.BYTES != 0) {
            throw new IllegalArgumentException(
                    "A double array needs a multiple of 8 bytes, got " + bytes.length + " bytes");
        }
        double[] values = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }

    /**
     * An array of {@code length} NaN values, the "absent" marker of telemetry channels.
     *
     * @param length the number of values
     * @return a new array filled with NaN
     */
    public static double[] nans(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
