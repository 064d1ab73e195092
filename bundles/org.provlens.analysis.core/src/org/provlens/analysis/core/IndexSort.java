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
        return keys.length < 1 << ROW_BITS && asciiPrefixes(keys) ? byPrefix(keys, descending) : byRank(keys, descending);
    }

    /** Rows of a prefix-packed key: 21 bits of row number, after 35 bits (5 ASCII characters) of prefix. */
    private static final int ROW_BITS = 21;
    private static final int PREFIX_CHARS = 5;
    private static final int PREFIX_BITS = 7 * PREFIX_CHARS;
    private static final long MAX_PREFIX = (1L << PREFIX_BITS) - 1;

    private static boolean asciiPrefixes(String[] keys) {
        for (String key : keys) {
            if (key != null) {
                for (int i = 0, n = Math.min(PREFIX_CHARS, key.length()); i < n; i++) {
                    if (key.charAt(i) >= 128) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Ids and other text with many distinct values: the first five characters, the absent flag and the row number
     * are packed into one long and sorted as primitives, then only the runs of rows whose prefixes tie are ordered by
     * their whole text. Ranking hundreds of thousands of distinct strings first would cost several times more.
     */
    private static int[] byPrefix(String[] keys, boolean descending) {
        int n = keys.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            String key = keys[i];
            long high;
            if (key == null) {
                high = 1L << PREFIX_BITS; // after every prefix
            } else {
                long prefix = 0;
                for (int c = 0; c < PREFIX_CHARS; c++) {
                    prefix = (prefix << 7) | (c < key.length() ? key.charAt(c) : 0); // shorter sorts first
                }
                high = descending ? MAX_PREFIX - prefix : prefix;
            }
            packed[i] = (high << ROW_BITS) | i;
        }
        Arrays.parallelSort(packed);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = (int) (packed[i] & ((1L << ROW_BITS) - 1));
        }
        java.util.Comparator<Integer> order = (a, b) -> {
            int c = descending ? keys[b].compareTo(keys[a]) : keys[a].compareTo(keys[b]);
            return c != 0 ? c : Integer.compare(a, b);
        };
        for (int start = 0; start < n;) {
            int end = start + 1;
            while (end < n && packed[end] >>> ROW_BITS == packed[start] >>> ROW_BITS) {
                end++;
            }
            if (end - start > 1 && keys[rows[start]] != null) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = rows[i];
                }
                Arrays.sort(run, order);
                for (int i = start; i < end; i++) {
                    rows[i] = run[i - start];
                }
            }
            start = end;
        }
        return rows;
    }

    /** Text with characters beyond ASCII in its prefix: rank the distinct values, then sort by rank. */
    private static int[] byRank(String[] keys, boolean descending) {
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
