package org.provlens.model.util;

import java.time.Instant;

/** Epoch-second times of the model as text. */
public final class Times {

    private Times() {
    }

    /**
     * An epoch-second time as ISO-8601 UTC with milliseconds.
     *
     * @param epochSeconds the time, NaN when unknown
     * @return e.g. {@code 2024-02-08T20:05:29.285Z}, {@code null} for NaN
     */
    public static String iso(double epochSeconds) {
        if (Double.isNaN(epochSeconds) || Double.isInfinite(epochSeconds)) {
            return null;
        }
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).toString();
    }
}
