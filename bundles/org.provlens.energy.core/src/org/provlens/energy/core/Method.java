package org.provlens.energy.core;

import java.util.Locale;

/**
 * How an energy figure was obtained, from the most direct to none. A sum of figures obtained in several ways takes the
 * least direct of them ({@link #weakest}).
 */
public enum Method {
    /** Energy counters read at start and end (AMD energy_accumulator, NVML total energy, RAPL), or recorded as measured. */
    MEASURED,
    /** Power samples integrated over time (trapezoid rule), a series or the start and end snapshots. */
    INTEGRATED,
    /** A model: device power figures and utilisation, or a share of the enclosing task's measured energy by time. */
    MODELLED,
    /** Nothing measured and nothing to model from: shown as no data, never as 0 J. */
    NONE;

    /**
     * The lower-case name used in JSON and columns.
     *
     * @return {@code measured}, {@code integrated}, {@code modelled} or {@code none}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The method of a sum of figures of two methods: the less direct one; {@link #NONE} adds nothing.
     *
     * @param a one method
     * @param b the other
     * @return the weaker, ignoring NONE unless both are
     */
    public static Method weakest(Method a, Method b) {
        if (a == NONE) {
            return b;
        }
        if (b == NONE) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
