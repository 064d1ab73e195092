package org.provlens.ui.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.ColumnSource;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.Levels;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;

/**
 * The state of the Level table view, without widgets: the level path (breadcrumb), the filter, the sort, the
 * grouping and the visible columns, and the rows they give. Every operation on a million rows happens here, so it
 * can be measured without a display. Not thread-safe: the view changes a {@link #copy()} in a job and then shows
 * it, so the model it paints from never changes under it.
 */
public final class LevelTableModel {

    /** Telemetry summaries shown by default: the ones the issue names (CPU, GPU power and temperature, memory, IO). */
    private static final Pattern DEFAULT_TELEMETRY = Pattern.compile(
            "telemetry\\.(cpu\\.percent_all\\.(mean|max)|gpu\\.gpu_0\\.(power|power\\.average_socket_power)\\.(mean|max)"
                    + "|gpu\\.gpu_0\\.temperature(\\.edge)?\\.max|memory\\.virtual\\.percent\\.max"
                    + "|disk\\.io_sum\\.(read|write)_bytes\\.delta)");

    /**
     * Energy columns shown by default: the measured GPU energy, the IT energy and its parts, facility and carbon;
     * methods, bounds and the remainder are a click away (Columns…).
     */
    private static final Pattern DEFAULT_ENERGY = Pattern.compile(
            "energy\\.(gpu\\.measured|total|gpu|cpu|ram|other|facility|co2e_g)");

    private final Workspace workspace;
    private final List<ColumnSource> sources;
    private final Deque<String> path = new ArrayDeque<>();
    private LevelTable base;
    private LevelTable shown;
    private LevelTable.Grouped grouped;
    private String filter = "";
    private String sortColumn;
    private boolean descending;
    private String groupBy;
    private LevelTable.Aggregate aggregate = LevelTable.Aggregate.MEAN;
    private List<String> visible = List.of();
    private List<String> groupedNames = List.of();
    private int[] groupedIndexes = new int[0];
    /** The brushed runs or tasks the rows are restricted to (with the tasks under them), {@code null} for none. */
    private java.util.Set<Task> restriction;

    /**
     * A model over a workspace, at no level yet.
     *
     * @param workspace the workspace
     */
    public LevelTableModel(Workspace workspace) {
        this(workspace, List.of());
    }

    /**
     * A model over a workspace with the columns of other areas (the energy columns contributed to
     * {@code org.provlens.ui.levelColumns}), at no level yet.
     *
     * @param workspace the workspace
     * @param sources the sources of further columns, asked each time a level opens
     */
    public LevelTableModel(Workspace workspace, List<ColumnSource> sources) {
        this.workspace = workspace;
        this.sources = List.copyOf(sources);
    }

    /**
     * A copy to change while this one stays as it is: the view shows one model while the next is computed in a
     * job. Cheap: the level tables are immutable and shared.
     *
     * @return the copy
     */
    public LevelTableModel copy() {
        LevelTableModel copy = new LevelTableModel(workspace, sources);
        copy.path.addAll(path);
        copy.base = base;
        copy.shown = shown;
        copy.grouped = grouped;
        copy.filter = filter;
        copy.sortColumn = sortColumn;
        copy.descending = descending;
        copy.groupBy = groupBy;
        copy.aggregate = aggregate;
        copy.visible = visible;
        copy.groupedNames = groupedNames;
        copy.groupedIndexes = groupedIndexes;
        copy.restriction = restriction;
        return copy;
    }

    /**
     * The workspace.
     *
     * @return the workspace
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * Goes to a level, forgetting the drill-down path.
     *
     * @param level an activity, subtype or {@code children-of:<id>}
     */
    public void open(String level) {
        path.clear();
        enter(level);
    }

    /**
     * Drills down to the children of a task.
     *
     * @param task the task
     * @return whether it has children to show
     */
    public boolean drillDown(Task task) {
        if (Tasks.children(task).isEmpty()) {
            return false;
        }
        enter(Levels.CHILDREN_OF + task.getId());
        return true;
    }

    /**
     * Goes back up one step of the path, or from the children of a task to the level of its activity.
     *
     * @return whether there was a level above
     */
    public boolean up() {
        if (path.size() > 1) {
            path.pop();
            load(path.peek());
            return true;
        }
        String level = path.peek();
        if (level != null && level.startsWith(Levels.CHILDREN_OF) && !base.rows().isEmpty()) {
            Task parent = base.rows().get(0).getParent();
            if (parent != null && parent.getActivity() != null) {
                open(parent.getActivity());
                return true;
            }
        }
        return false;
    }

    private void enter(String level) {
        path.push(level);
        load(level);
    }

    private void load(String level) {
        base = LevelTable.of(workspace, level, sources);
        List<String> names = base.columns().names();
        visible = new ArrayList<>();
        for (String name : names) {
            if (List.of("id", "activity", "status", "duration", "host").contains(name) || name.startsWith("used.")
                    || name.startsWith("generated.") || DEFAULT_ENERGY.matcher(name).matches()
                    || DEFAULT_TELEMETRY.matcher(name).matches()) {
                visible.add(name);
            }
        }
        if (sortColumn != null && base.columns().get(sortColumn) == null) {
            sortColumn = null;
        }
        if (groupBy != null && base.columns().get(groupBy) == null) {
            groupBy = null;
        }
        try {
            apply(filter);
        } catch (IllegalArgumentException e) {
            filter = ""; // the filter named columns this level lacks
            apply("");
        }
    }

    /**
     * Filters the rows of the level.
     *
     * @param expression a filter expression, blank for all rows
     * @throws org.provlens.analysis.core.FilterException when it does not compile; the rows are then unchanged
     */
    public void setFilter(String expression) {
        apply(expression);
        filter = expression == null ? "" : expression;
    }

    private void apply(String expression) {
        LevelTable filtered = base.filter(expression);
        if (restriction != null) {
            filtered = filtered.retain(this::withinRestriction);
        }
        shown = sortColumn == null ? filtered : filtered.sort(sortColumn, descending);
        regroup();
    }

    /**
     * Restricts the rows to some runs or tasks and the tasks under them (a brush in a chart), or lifts it.
     *
     * @param elements the tasks, {@code null} for no restriction
     */
    public void restrict(java.util.Collection<Task> elements) {
        restriction = elements == null ? null : java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (elements != null) {
            restriction.addAll(elements);
        }
        if (base != null) {
            apply(filter);
        }
    }

    /**
     * The restriction of the rows.
     *
     * @return the number of brushed tasks the rows are restricted to, -1 when not restricted
     */
    public int restriction() {
        return restriction == null ? -1 : restriction.size();
    }

    private boolean withinRestriction(Task task) {
        for (Task t = task; t != null; t = t.getParent()) {
            if (restriction.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sorts the rows.
     *
     * @param column a column name
     * @param largestFirst descending order
     */
    public void sort(String column, boolean largestFirst) {
        sortColumn = column;
        descending = largestFirst;
        shown = shown.sort(column, largestFirst);
        regroup();
    }

    /**
     * Groups rows by a column and aggregates the numeric columns, or stops grouping.
     *
     * @param column a column name, {@code null} for no grouping
     * @param how the aggregate
     */
    public void group(String column, LevelTable.Aggregate how) {
        groupBy = column;
        aggregate = how;
        regroup();
    }

    private void regroup() {
        grouped = groupBy == null ? null : shown.group(groupBy, aggregate);
        selectGroupedColumns();
    }

    /**
     * The shown columns of the grouped rows and where they are in a grouped row, computed once per grouping: the
     * table asks for the columns and cells on every paint.
     */
    private void selectGroupedColumns() {
        groupedNames = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        if (grouped != null) {
            List<String> all = grouped.columns();
            for (int i = 0; i < all.size(); i++) {
                String name = all.get(i);
                if (name.equals(groupBy) || name.equals("count") || visible.contains(name)) {
                    groupedNames.add(name);
                    indexes.add(i);
                }
            }
        }
        groupedIndexes = indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Reads the values of the shown columns of the level ahead of sorting, for a background job: sorting by any of
     * them is then a matter of milliseconds.
     *
     * @param stop asked before each column: true stops
     * @return how many columns were read
     */
    public int prefetch(java.util.function.BooleanSupplier stop) {
        return base == null ? 0 : base.prefetch(visible, stop);
    }

    /**
     * Shows some columns only.
     *
     * @param names column names of the level, in display order
     */
    public void setVisibleColumns(List<String> names) {
        visible = List.copyOf(names);
        selectGroupedColumns();
    }

    /**
     * The columns shown: the visible ones, or the grouping column, count and numeric columns when grouped.
     *
     * @return the column names
     */
    public List<String> columnNames() {
        return grouped != null ? groupedNames : visible;
    }

    /**
     * The number of rows shown.
     *
     * @return tasks, or groups when grouped
     */
    public int rowCount() {
        return grouped != null ? grouped.rows().size() : shown == null ? 0 : shown.rows().size();
    }

    /**
     * A cell.
     *
     * @param column the index in {@link #columnNames()}
     * @param row the row
     * @return the value: {@link Double} (NaN absent), {@link Long}, {@link String} or {@code null}
     */
    public Object cell(int column, int row) {
        if (grouped != null) {
            return grouped.rows().get(row).get(groupedIndexes[column]);
        }
        Column c = shown.columns().get(visible.get(column));
        return c.value(shown.rows().get(row));
    }

    /**
     * The task of a row.
     *
     * @param row the row
     * @return the task, {@code null} when grouped
     */
    public Task task(int row) {
        return grouped != null ? null : shown.rows().get(row);
    }

    /**
     * The row of a task.
     *
     * @param task a task
     * @return its row, -1 when it is not shown
     */
    public int rowOf(Task task) {
        return grouped != null || shown == null ? -1 : shown.indexOf(task);
    }

    /**
     * Every column of the level.
     *
     * @return the names, in their natural order
     */
    public List<String> allColumns() {
        return base == null ? List.of() : base.columns().names();
    }

    /**
     * The level table, for filters' completion.
     *
     * @return the unfiltered table of the level
     */
    public LevelTable base() {
        return base;
    }

    /**
     * The path for the breadcrumb.
     *
     * @return levels from the first opened to the current one
     */
    public List<String> path() {
        List<String> list = new ArrayList<>(path);
        java.util.Collections.reverse(list);
        return list;
    }

    /**
     * The current filter.
     *
     * @return the expression, empty for none
     */
    public String filter() {
        return filter;
    }

    /**
     * The sort column.
     *
     * @return the column, {@code null} when unsorted
     */
    public String sortColumn() {
        return sortColumn;
    }

    /**
     * The sort direction.
     *
     * @return whether largest first
     */
    public boolean descending() {
        return descending;
    }

    /**
     * The grouping column.
     *
     * @return the column, {@code null} when not grouped
     */
    public String groupBy() {
        return groupBy;
    }
}
