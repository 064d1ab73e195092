package org.provlens.energy.core;

import java.util.Arrays;
import java.util.Locale;

/** What the energy of a set of executions is rolled up by. */
public enum GroupBy {
    /** The task's activity (Flowcept activity_id); runs' own energy under {@code (run)}. */
    ACTIVITY,
    /** The task's depth in its run: 0 for top-level tasks, 1 for their children, ...; runs' own under {@code (run)}. */
    LEVEL,
    /** The host (node) an execution ran on, {@code (no host)} when unknown. */
    HOST,
    /** The site of the host, {@code (no site)} when unknown. */
    SITE,
    /** The workflow run. */
    WORKFLOW,
    /** The campaign. */
    CAMPAIGN,
    /** The pipeline phase: the run's subtype (data_prep, training, inference, ...), {@code (none)} when unset. */
    PHASE;

    /**
     * The lower-case name used on the command line.
     *
     * @return the key
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a grouping name.
     *
     * @param name a {@link #key()}, any case
     * @return the grouping
     * @throws IllegalArgumentException naming the choices
     */
    public static GroupBy parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown grouping '" + name + "': use one of "
                    + String.join(", ", Arrays.stream(values()).map(GroupBy::key).toList()), e);
        }
    }
}
