package org.provlens.compare.core;

import java.util.List;

import org.provlens.model.Execution;

/**
 * Which series to overlay.
 *
 * @param executions the compared runs, in order
 * @param keys the series keys (see {@link SeriesInfo#key()}), empty for every series the runs have
 * @param maxPoints the most samples to keep of each run's series (min/max decimation), 0 for all
 */
public record OverlayQuery(List<Execution> executions, List<String> keys, int maxPoints) {

    /** Checks the invariants. */
    public OverlayQuery {
        executions = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(executions));
        keys = List.copyOf(keys);
        if (maxPoints < 0) {
            throw new IllegalArgumentException("maxPoints must be 0 or more, not " + maxPoints);
        }
    }
}
