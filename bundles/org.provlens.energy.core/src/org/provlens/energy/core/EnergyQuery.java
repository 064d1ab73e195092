package org.provlens.energy.core;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.provlens.model.Workspace;

/**
 * What the {@link EnergyProvider} is asked: the energy of some executions of a workspace, grouped one way, at some
 * assumptions.
 *
 * @param workspace the workspace
 * @param scope the campaigns, workflow runs and tasks whose energy is wanted, with everything below them; empty for
 *            the whole workspace
 * @param by how to group
 * @param assumptions PUE, intensity, device figures
 * @param top how many top consumers to list (the tasks of largest exclusive energy)
 * @param ledger a ledger computed before for the same workspace and assumptions, to reuse; {@code null} to compute
 *            one
 */
public record EnergyQuery(Workspace workspace, List<? extends EObject> scope, GroupBy by, Assumptions assumptions,
        int top, EnergyLedger ledger) {

    /** Checks the invariants. */
    public EnergyQuery {
        Objects.requireNonNull(workspace, "workspace");
        scope = scope == null ? List.of() : List.copyOf(scope);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(assumptions, "assumptions");
        if (top < 0) {
            throw new IllegalArgumentException("top should be 0 or more, found " + top);
        }
        if (ledger != null && (ledger.workspace() != workspace || !ledger.assumptions().equals(assumptions))) {
            throw new IllegalArgumentException("the ledger was computed for another workspace or other assumptions");
        }
    }

    /**
     * The energy of a whole workspace.
     *
     * @param workspace the workspace
     * @param by how to group
     * @param assumptions the assumptions
     * @return the query
     */
    public static EnergyQuery of(Workspace workspace, GroupBy by, Assumptions assumptions) {
        return new EnergyQuery(workspace, List.of(), by, assumptions, 10, null);
    }

    /**
     * This query for other executions.
     *
     * @param executions campaigns, runs or tasks
     * @return the changed query
     */
    public EnergyQuery scoped(List<? extends EObject> executions) {
        return new EnergyQuery(workspace, executions, by, assumptions, top, ledger);
    }

    /**
     * This query grouped another way.
     *
     * @param grouping how to group
     * @return the changed query
     */
    public EnergyQuery groupedBy(GroupBy grouping) {
        return new EnergyQuery(workspace, scope, grouping, assumptions, top, ledger);
    }

    /**
     * This query reusing a ledger.
     *
     * @param computed a ledger of the same workspace and assumptions
     * @return the changed query
     */
    public EnergyQuery reusing(EnergyLedger computed) {
        return new EnergyQuery(workspace, scope, by, assumptions, top, computed);
    }
}
