package org.provlens.analysis.core;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.provlens.model.Task;

/**
 * The values of columns of one level, extracted once per column and kept as primitive arrays in the level's own
 * (workspace) order, so that sorting the same column again, or after a filter, does not touch the tasks. Extracting
 * in workspace order reads the tasks roughly in the order they lie in memory; reading them in a previous sort's
 * order is several times slower. Large levels are extracted on all processors. A column asked for while another
 * thread extracts it (a sort during the background read of the shown columns) waits for that extraction instead of
 * repeating it. The least recently used columns are dropped beyond a memory budget. Thread-safe.
 */
final class ColumnKeys {

    /**
     * Budget of the kept arrays: the shown columns of a 776,000-row level (about 30, 233 MB), 70 numeric columns of
     * a 443,000-row one. The workspace of a million tasks takes 1.6 GB; the workbench runs with 4 GB.
     */
    private static final long BUDGET_BYTES = 256L << 20;
    /** Bytes a row of a numeric column takes: a double. */
    private static final long NUMBER_BYTES = 8;
    /** Bytes a row of a text column takes: a reference (the strings are the tasks' own) and a sort key. */
    private static final long TEXT_BYTES = 12;
    /** Rows from which extraction is split over processors. */
    private static final int PARALLEL_ROWS = 50_000;

    private final Task[] tasks;
    /** The tasks as one list for every bulk read: readers may keep what they find about it (its identity). */
    private final java.util.List<Task> list;
    /** Guarded by this. */
    private final Map<String, Object> kept = new LinkedHashMap<>(16, 0.75f, true);
    /** Guarded by this: the extractions under way. */
    private final Map<String, CompletableFuture<Object>> reading = new HashMap<>();
    private long keptBytes;
    private Map<Task, Integer> indexes;

    /**
     * Keys of the tasks of a level.
     *
     * @param tasks the level's tasks, in workspace order (not copied: never modified)
     */
    ColumnKeys(Task[] tasks) {
        this.tasks = tasks;
        this.list = java.util.Collections.unmodifiableList(java.util.Arrays.asList(tasks));
    }

    /**
     * The values of a numeric column.
     *
     * @param column the column
     * @return one value per task of the level, NaN when absent; shared, not to be modified
     */
    double[] numbers(Column column) {
        return (double[]) get(column.name(), () -> {
            if (column.bulk() != null) {
                return column.bulk().apply(list); // one pass over the bulk store
            }
            double[] numbers = new double[tasks.length];
            range(tasks.length).forEach(i -> numbers[i] = column.number().applyAsDouble(tasks[i]));
            return numbers;
        });
    }

    /**
     * The values of a text column and their sort keys.
     *
     * @param column the column
     * @return one value and key per task of the level; shared, not to be modified
     */
    IndexSort.TextKeys texts(Column column) {
        return (IndexSort.TextKeys) get(column.name(), () -> {
            String[] texts = new String[tasks.length];
            range(tasks.length).forEach(i -> texts[i] = column.text().apply(tasks[i]));
            return IndexSort.textKeys(texts);
        });
    }

    /**
     * Reads the values of a column unless they are kept already.
     *
     * @param column the column
     */
    void read(Column column) {
        if (column.type() == Column.Type.NUMBER) {
            numbers(column);
        } else {
            texts(column);
        }
    }

    /**
     * Whether the values of another column fit in the budget without dropping any kept column.
     *
     * @param column the column
     * @return true when it fits or is kept already
     */
    synchronized boolean fits(Column column) {
        return kept.containsKey(column.name()) || keptBytes + bytes(column) <= BUDGET_BYTES;
    }

    /**
     * The index of a task in the level.
     *
     * @param task a task
     * @return its index, -1 when it is not in the level
     */
    synchronized int indexOf(Task task) {
        if (indexes == null) {
            indexes = new IdentityHashMap<>(tasks.length * 4 / 3 + 1);
            for (int i = 0; i < tasks.length; i++) {
                indexes.put(tasks[i], i);
            }
        }
        return indexes.getOrDefault(task, -1);
    }

    private Object get(String name, Supplier<Object> extraction) {
        CompletableFuture<Object> pending;
        synchronized (this) {
            Object keys = kept.get(name);
            if (keys != null) {
                return keys;
            }
            pending = reading.get(name);
            if (pending == null) {
                reading.put(name, new CompletableFuture<>());
            }
        }
        if (pending != null) {
            return pending.join(); // another thread reads this column now
        }
        CompletableFuture<Object> mine;
        try {
            Object keys = extraction.get();
            synchronized (this) {
                mine = reading.remove(name);
                keep(name, keys);
            }
            mine.complete(keys);
            return keys;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                mine = reading.remove(name);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static IntStream range(int n) {
        IntStream range = IntStream.range(0, n);
        return n >= PARALLEL_ROWS ? range.parallel() : range;
    }

    private long bytes(Column column) {
        return (column.type() == Column.Type.NUMBER ? NUMBER_BYTES : TEXT_BYTES) * tasks.length;
    }

    /** Keeps a column's values, dropping the least recently used beyond the budget. Holds the lock. */
    private void keep(String name, Object keys) {
        if (kept.put(name, keys) == null) {
            keptBytes += size(keys);
        }
        var eldest = kept.entrySet().iterator();
        while (keptBytes > BUDGET_BYTES && kept.size() > 1) {
            Object dropped = eldest.next().getValue();
            eldest.remove();
            keptBytes -= size(dropped);
        }
    }

    private static long size(Object keys) {
        return keys instanceof double[] numbers ? NUMBER_BYTES * numbers.length
                : TEXT_BYTES * ((IndexSort.TextKeys) keys).values().length;
    }
}
