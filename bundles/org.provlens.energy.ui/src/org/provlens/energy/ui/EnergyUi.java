package org.provlens.energy.ui;

import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Workspace;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * What the energy parts of the workbench share: the ids, and one ledger of the open workspace at the preferences'
 * assumptions, computed once for the Energy view and the Level table's columns and forgotten before an import
 * changes the tasks.
 */
public final class EnergyUi {

    /** The bundle's symbolic name, also the id of its logged statuses and its preference node. */
    public static final String PLUGIN_ID = "org.provlens.energy.ui";

    /** The Energy view. */
    public static final String ENERGY_VIEW_ID = "org.provlens.energy.ui.views.energy";

    private static EnergyColumns columns;

    private EnergyUi() {
    }

    /**
     * The energy columns and ledger of the workbench.
     *
     * @return the shared source
     */
    public static synchronized EnergyColumns columns() {
        if (columns == null) {
            EnergyColumns created = EnergyColumns.of(EnergyPreferences::assumptions);
            WorkspaceService.getDefault().addListener(new WorkspaceService.Listener() {
                @Override
                public void aboutToChange() {
                    created.forget(); // an import or an open: the tasks change
                }

                @Override
                public void changed(Workspace workspace) {
                    // Edits keep the tasks; the ledger compares the sites and assumptions itself.
                }
            });
            columns = created;
        }
        return columns;
    }
}
