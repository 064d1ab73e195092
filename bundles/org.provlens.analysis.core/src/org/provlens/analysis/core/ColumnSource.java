package org.provlens.analysis.core;

import java.util.List;

import org.provlens.model.Task;

/**
 * Columns that another bundle adds to level tables, such as the energy and carbon columns of
 * {@code org.provlens.energy.core}: analysis knows no area that builds on it, so those areas hand their columns in
 * through {@link TaskColumns#of(java.util.Collection, List)} and {@link LevelTable#of(org.provlens.model.Workspace,
 * String, List)}.
 */
@FunctionalInterface
public interface ColumnSource {

    /**
     * The columns this source adds for a set of tasks. Called once per level table, in the thread that builds it
     * (a job in the workbench, never the display thread), so it may do there the work its columns need; the
     * columns' functions are then called on any thread, several at once.
     *
     * @param tasks the tasks of the table (typically one level), in workspace order; not to be modified
     * @return the columns, in display order; empty when the source has nothing for these tasks
     */
    List<Column> columns(List<Task> tasks);
}
