package org.provlens.analysis.core;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.provlens.model.Task;

/**
 * The values of columns of one level, extracted once per column and kept as primitive arrays in the level's own
 * (workspace) order, so that sorting the same column again, or after a filter, does not touch the tasks. Extracting
 * in workspace order reads the tasks roughly in the order they lie in memory; reading them in a previous sort's
 * order is several times slower. Large levels are extracted on all processors. The least recently used columns are
 * dropped beyond a memory budget. Thread-safe.
 */
final class ColumnKeys {

    /** Budget of the kept arrays: about 36 numeric columns of a 443,000-row level. */
    private static final long BUDGET_BYTES = 128L << 20;
    /** Rows from which extraction is split over processors. */
    private static final int PARALLEL_ROWS = 50_000;

    private final Task[] tasks;
    private final Map<String, Object> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;
    private Map<Task, Integer> indexes;

    /**
     * Keys of the tasks of a level.
     *
     * @param tasks the level's tasks, in workspace order (not copied: never modified)
     */
    ColumnKeys(Task[] tasks) {
        this.tasks = tasks;
    }

    /**
     * The values of a numeric column.
     *
     * @param column the column
     * @return one value per task of the level, NaN when absent; shared, not to be modified
     */
    double[] numbers(Column column) {
        Object keys = cached(column.name());
        if (keys instanceof double[] numbers) {
            return numbers;
        }
        double[] numbers = new double[tasks.length];
        range(tasks.length).forEach(i -> numbers[i] = column.number().applyAsDouble(tasks[i]));
        keep(column.name(), numbers, 8L * numbers.length);
        return numbers;
    }

    /**
     * The values of a text column and their sort keys.
     *
     * @param column the column
     * @return one value and key per task of the level; shared, not to be modified
     */
    IndexSort.TextKeys texts(Column column) {
        Object keys = cached(column.name());
        if (keys instanceof IndexSort.TextKeys texts) {
            return texts;
        }
        String[] texts = new String[tasks.length];
        range(tasks.length).forEach(i -> texts[i] = column.text().apply(tasks[i]));
        IndexSort.TextKeys sortKeys = IndexSort.textKeys(texts);
        keep(column.name(), sortKeys, 12L * texts.length); // a reference (the strings are the tasks' own) and a key
        return sortKeys;
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

    private static IntStream range(int n) {
        IntStream range = IntStream.range(0, n);
        return n >= PARALLEL_ROWS ? range.parallel() : range;
    }

    private synchronized Object cached(String name) {
        return kept.get(name);
    }

    private synchronized void keep(String name, Object keys, long bytes) {
        if (kept.put(name, keys) == null) {
            keptBytes += bytes;
        }
        var eldest = kept.entrySet().iterator();
        while (keptBytes > BUDGET_BYTES && kept.size() > 1) {
            Object dropped = eldest.next().getValue();
            eldest.remove();
            keptBytes -= dropped instanceof double[] d ? 8L * d.length
                    : 12L * ((IndexSort.TextKeys) dropped).values().length;
        }
    }
}
