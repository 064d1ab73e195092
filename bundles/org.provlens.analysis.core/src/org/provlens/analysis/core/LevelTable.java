package org.provlens.analysis.core;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * The horizontal view of one level: one row per task, its columns, an optional filter and sort, and aggregation
 * of rows grouped by a column. Immutable: every operation returns a new table. Tables derived from one level share
 * its tasks and the values of the columns already sorted by, so re-sorting or sorting after a filter is cheap.
 */
public final class LevelTable {

    private final String level;
    private final TaskColumns columns;
    /** Every task of the level, in workspace order. */
    private final Task[] tasks;
    /** The rows: indexes into {@link #tasks}, filtered and sorted. */
    private final int[] order;
    private final ColumnKeys keys;
    /** The position of each task of the level among the rows, -1 when filtered out; computed when first asked. */
    private volatile int[] positions;

    private LevelTable(String level, TaskColumns columns, Task[] tasks, int[] order, ColumnKeys keys) {
        this.level = level;
        this.columns = columns;
        this.tasks = tasks;
        this.order = order;
        this.keys = keys;
    }

    /** How grouped rows are combined, per numeric column. */
    public enum Aggregate {
        /** Arithmetic mean of the present values. */
        MEAN,
        /** Sum of the present values. */
        SUM,
        /** Largest present value. */
        MAX;

        /**
         * Parses an aggregate name.
         *
         * @param name {@code mean}, {@code sum} or {@code max}, any case
         * @return the aggregate
         * @throws IllegalArgumentException for other names
         */
        public static Aggregate parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown aggregate '" + name + "': use mean, sum or max", e);
            }
        }
    }

    /**
     * Aggregated rows: the group key, how many rows it holds, and one value per column.
     *
     * @param columns the column names: the grouping column, {@code count}, then the numeric columns
     * @param rows one row per group, values as {@link String} (group), {@link Long} (count) or {@link Double}
     */
    public record Grouped(List<String> columns, List<List<Object>> rows) {
    }

    /**
     * The table of a level.
     *
     * @param workspace the workspace
     * @param level an activity, subtype or {@code children-of:<id>}
     * @return the table with every task of the level, in workspace order
     */
    public static LevelTable of(Workspace workspace, String level) {
        return of(workspace, level, List.of());
    }

    /**
     * The table of a level, with the columns of other areas (energy and carbon, ...).
     *
     * @param workspace the workspace
     * @param level an activity, subtype or {@code children-of:<id>}
     * @param sources sources of further columns (see {@link TaskColumns#of(java.util.Collection, List)})
     * @return the table with every task of the level, in workspace order
     */
    public static LevelTable of(Workspace workspace, String level, List<ColumnSource> sources) {
        List<Task> tasks = Levels.select(workspace, level);
        Task[] array = tasks.toArray(Task[]::new);
        int[] order = new int[array.length];
        Arrays.setAll(order, i -> i);
        return new LevelTable(level, TaskColumns.of(tasks, sources), array, order, new ColumnKeys(array));
    }

    /**
     * The level that was selected.
     *
     * @return an activity, subtype or {@code children-of:<id>}
     */
    public String level() {
        return level;
    }

    /**
     * Every column of the level.
     *
     * @return the columns
     */
    public TaskColumns columns() {
        return columns;
    }

    /**
     * The rows.
     *
     * @return the tasks, filtered and sorted; a read-only view
     */
    public List<Task> rows() {
        return new Rows();
    }

    /**
     * The row of a task.
     *
     * @param task a task
     * @return its position in {@link #rows()}, -1 when it is not a row
     */
    public int indexOf(Task task) {
        int index = keys.indexOf(task);
        if (index < 0) {
            return -1;
        }
        int[] at = positions;
        if (at == null) {
            at = new int[tasks.length];
            Arrays.fill(at, -1);
            for (int i = 0; i < order.length; i++) {
                at[order[i]] = i;
            }
            positions = at;
        }
        return at[index];
    }

    /** The rows as a list without copying a million references. */
    private final class Rows extends AbstractList<Task> implements RandomAccess {
        @Override
        public Task get(int index) {
            return tasks[order[index]];
        }

        @Override
        public int size() {
            return order.length;
        }
    }

    /**
     * Keeps the rows a filter accepts.
     *
     * @param expression a filter expression, see {@link Filter}
     * @return the filtered table
     * @throws FilterException when the expression is invalid
     */
    public LevelTable filter(String expression) {
        Filter filter = Filter.compile(expression, columns);
        int[] kept = Arrays.stream(order).filter(i -> filter.test(tasks[i])).toArray();
        return new LevelTable(level, columns, tasks, kept, keys);
    }

    /**
     * Keeps the rows a predicate accepts: a restriction that the filter language cannot say, such as the runs brushed
     * in a chart.
     *
     * @param predicate the test
     * @return the restricted table
     */
    public LevelTable retain(java.util.function.Predicate<Task> predicate) {
        int[] kept = Arrays.stream(order).filter(i -> predicate.test(tasks[i])).toArray();
        return new LevelTable(level, columns, tasks, kept, keys);
    }

    /**
     * Sorts the rows by a column; absent values last in either direction.
     *
     * @param column a column name
     * @param descending whether the largest value comes first
     * @return the sorted table
     * @throws IllegalArgumentException for an unknown column
     */
    public LevelTable sort(String column, boolean descending) {
        Column c = column(column);
        int n = order.length;
        int[] positions = c.type() == Column.Type.NUMBER ? IndexSort.byNumber(keys.numbers(c), order, descending)
                : IndexSort.byText(keys.texts(c), order, descending);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = order[positions[i]];
        }
        return new LevelTable(level, columns, tasks, sorted, keys);
    }

    /**
     * Reads the values of columns before they are sorted by, for a background job after a level opens: sorting by
     * them then only orders kept keys. Stops before the level's memory budget would drop a column already kept.
     *
     * @param names column names, the most wanted first; unknown names are skipped
     * @param stop asked before each column: true stops
     * @return how many columns were read or already kept
     */
    public int prefetch(List<String> names, java.util.function.BooleanSupplier stop) {
        int read = 0;
        for (String name : names) {
            Column c = columns.get(name);
            if (c == null) {
                continue;
            }
            if (stop.getAsBoolean() || !keys.fits(c)) {
                break;
            }
            keys.read(c);
            read++;
        }
        return read;
    }

    /**
     * Groups rows by the text of a column and aggregates every numeric column.
     *
     * @param column the grouping column
     * @param aggregate how values are combined
     * @return one row per distinct value, in order of first appearance
     */
    public Grouped group(String column, Aggregate aggregate) {
        Column key = column(column);
        List<Column> numeric = columns.all().stream()
                .filter(c -> c.type() == Column.Type.NUMBER && !c.name().equals(column)).toList();
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (int index : order) {
            Task task = tasks[index];
            String group = String.valueOf(key.text().apply(task));
            double[] acc = sums.computeIfAbsent(group, g -> initial(numeric.size(), aggregate));
            long[] n = counts.computeIfAbsent(group, g -> new long[numeric.size()]);
            sizes.merge(group, 1L, Long::sum);
            for (int i = 0; i < numeric.size(); i++) {
                double v = numeric.get(i).number().applyAsDouble(task);
                if (Double.isNaN(v)) {
                    continue;
                }
                acc[i] = aggregate == Aggregate.MAX ? Math.max(acc[i], v) : acc[i] + v;
                n[i]++;
            }
        }
        List<String> names = new ArrayList<>();
        names.add(column);
        names.add("count");
        numeric.forEach(c -> names.add(c.name()));
        List<List<Object>> out = new ArrayList<>();
        sums.forEach((group, acc) -> {
            long[] n = counts.get(group);
            List<Object> row = new ArrayList<>();
            row.add(group);
            row.add(sizes.get(group));
            for (int i = 0; i < acc.length; i++) {
                row.add(n[i] == 0 ? Double.NaN : aggregate == Aggregate.MEAN ? acc[i] / n[i] : acc[i]);
            }
            out.add(row);
        });
        return new Grouped(List.copyOf(names), List.copyOf(out));
    }

    /**
     * A column by name.
     *
     * @param name the column name
     * @return the column
     * @throws IllegalArgumentException naming the column when there is none
     */
    public Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("unknown column '" + name + "'");
        }
        return column;
    }

    private static double[] initial(int size, Aggregate aggregate) {
        double[] values = new double[size];
        if (aggregate == Aggregate.MAX) {
            Arrays.fill(values, Double.NEGATIVE_INFINITY);
        }
        return values;
    }
}
