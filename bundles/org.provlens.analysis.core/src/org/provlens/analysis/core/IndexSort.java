package org.provlens.analysis.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders row indexes by a primitive key without boxing or comparators, for tables of a million rows: each row's key
 * is turned into a rank, rank and row number are packed into one {@code long}, and the longs are sorted with the
 * JDK's primitive sort. Equal keys keep row order (the row number is the low half), so a sort is stable; absent keys
 * (NaN, {@code null}) go last in both directions.
 */
final class IndexSort {

    /** The rank of absent keys: after every present one. */
    private static final int ABSENT = Integer.MAX_VALUE;

    private IndexSort() {
    }

    /**
     * The row order of numeric keys.
     *
     * @param keys one key per row, NaN for absent
     * @param descending largest first
     * @return row numbers in order
     */
    static int[] byNumber(double[] keys, boolean descending) {
        int n = keys.length;
        double[] present = new double[n];
        int count = 0;
        for (double key : keys) {
            if (!Double.isNaN(key)) {
                present[count++] = key;
            }
        }
        present = Arrays.copyOf(present, count);
        Arrays.sort(present);
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            double key = keys[i];
            if (Double.isNaN(key)) {
                ranks[i] = ABSENT;
            } else {
                // Equal keys get one rank: the first position of the key, counted from the end when descending.
                ranks[i] = descending ? count - 1 - last(present, key) : first(present, key);
            }
        }
        return order(ranks);
    }

    /**
     * The row order of text keys.
     *
     * @param keys one key per row, {@code null} for absent
     * @param descending last in alphabetical order first
     * @return row numbers in order
     */
    static int[] byText(String[] keys, boolean descending) {
        // Rank the distinct values once: status, activity or host columns have few, so this is cheap.
        Map<String, Integer> ranks = new HashMap<>();
        for (String key : keys) {
            if (key != null) {
                ranks.putIfAbsent(key, 0);
            }
        }
        String[] distinct = ranks.keySet().toArray(String[]::new);
        Arrays.parallelSort(distinct);
        for (int i = 0; i < distinct.length; i++) {
            ranks.put(distinct[i], descending ? distinct.length - 1 - i : i);
        }
        int[] rowRanks = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            rowRanks[i] = keys[i] == null ? ABSENT : ranks.get(keys[i]);
        }
        return order(rowRanks);
    }

    /** Sorts rows by rank, then by row number: (rank, row) packed into a long and sorted as primitives. */
    private static int[] order(int[] ranks) {
        int n = ranks.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ranks[i] << 32) | i;
        }
        Arrays.parallelSort(packed);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = (int) packed[i];
        }
        return rows;
    }

    /** The first index of a key in a sorted array that holds it. */
    private static int first(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Double.compare(sorted[middle], key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The last index of a key in a sorted array that holds it. */
    private static int last(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Double.compare(sorted[middle], key) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low - 1;
    }
}
