package org.provlens.energy.core;

import java.util.List;

/**
 * The {@link EnergyProvider}'s answer: the total of the executions asked for, its groups, the top consumers, what
 * was assumed and what the user should know.
 *
 * @param by the grouping
 * @param total everything asked for, each joule once (the roots of the hierarchy, not the sum of its levels)
 * @param groups one per key, largest IT energy first
 * @param top the tasks of largest exclusive energy, largest first
 * @param sites the PUE and intensity used per site
 * @param assumptions the assumptions
 * @param warnings what is estimated, missing or suspicious, each kind once
 * @param ledger the per-execution figures, to reuse for other queries of the same workspace and assumptions
 */
public record EnergyReport(GroupBy by, EnergyGroup total, List<EnergyGroup> groups, List<EnergyGroup> top,
        List<SiteAssumption> sites, Assumptions assumptions, List<String> warnings, EnergyLedger ledger) {

    /** Copies the lists. */
    public EnergyReport {
        groups = List.copyOf(groups);
        top = List.copyOf(top);
        sites = List.copyOf(sites);
        warnings = List.copyOf(warnings);
    }
}
