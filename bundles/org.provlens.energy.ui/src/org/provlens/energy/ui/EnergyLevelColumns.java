package org.provlens.energy.ui;

import java.util.List;

import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.ColumnSource;
import org.provlens.model.Task;

/**
 * The energy and carbon columns of the Level table (contributed to {@code org.provlens.ui.levelColumns}), from the
 * ledger the Energy view shows too.
 */
public class EnergyLevelColumns implements ColumnSource {

    @Override
    public List<Column> columns(List<Task> tasks) {
        return EnergyUi.columns().columns(tasks);
    }
}
