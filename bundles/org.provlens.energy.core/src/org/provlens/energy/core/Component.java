package org.provlens.energy.core;

import java.util.Locale;

/** The part of a system an energy figure covers. */
public enum Component {
    /** Accelerators (each GPU or GCD the tools list). */
    GPU,
    /** Processors (packages, sockets). */
    CPU,
    /** Main memory. */
    RAM,
    /** What a recorded total covers beyond its parts, and counters of no known part. */
    OTHER;

    /**
     * The lower-case name used in column names and JSON keys.
     *
     * @return {@code gpu}, {@code cpu}, {@code ram} or {@code other}
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
