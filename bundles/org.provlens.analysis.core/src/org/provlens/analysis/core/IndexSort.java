package org.provlens.analysis.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders the rows of a table by one column without boxing, for tables of a million rows. Every row's value is
 * turned into a 64-bit unsigned sort key whose order is the wanted order (numbers by their bits, text with few
 * distinct values by rank, other text by a packed prefix and then, where prefixes tie, by the whole text), and the
 * keys are sorted with a stable least-significant-digit radix sort carrying the row positions. Equal keys keep row order, so a sort is stable and successive sorts
 * compose; absent keys (NaN, {@code null}) go last in both directions.
 */
final class IndexSort {

    /** The sort key of absent values: after every present one. */
    private static final long ABSENT = -1L;

    private IndexSort() {
    }

    /**
     * The order of rows by numeric values.
     *
     * @param values one value per task of the level, NaN for absent
     * @param rows the rows to order: indexes into {@code values}
     * @param descending largest first
     * @return positions in {@code rows}, in order
     */
    static int[] byNumber(double[] values, int[] rows, boolean descending) {
        int n = rows.length;
        long[] sortKeys = new long[n];
        for (int i = 0; i < n; i++) {
            double value = values[rows[i]];
            if (Double.isNaN(value)) {
                sortKeys[i] = ABSENT;
            } else {
                long bits = Double.doubleToRawLongBits(value);
                // Negative numbers: all bits flipped; positive: the sign bit set. Unsigned order is then numeric
                // order (with -0.0 before 0.0, as Double.compare). Descending flips every bit; no value reaches
                // ABSENT: the largest descending key is that of -Infinity, 0xFFF0...
                long ordered = bits ^ ((bits >> 63) | Long.MIN_VALUE);
                sortKeys[i] = descending ? ~ordered : ordered;
            }
        }
        return radix(sortKeys, null);
    }

    /**
     * The sort keys of a text column, computed once per column of a level and kept: sorting by them reads no
     * strings except to order values whose keys tie.
     *
     * @param values one value per task, {@code null} for absent
     * @param keys one unsigned key per value in ascending order, {@link #ABSENT} for absent
     * @param largest the largest present key: descending keys are {@code largest - key}
     * @param exact whether equal keys mean equal values (ranks), or only equal prefixes
     */
    record TextKeys(String[] values, long[] keys, long largest, boolean exact) {
    }

    /**
     * Sort keys of text: the rank among distinct values when there are few (status, host, parameters), else a
     * packed prefix of the first eight ASCII characters (ids), else the rank among all distinct values.
     *
     * @param values one value per task, {@code null} for absent
     * @return the keys
     */
    static TextKeys textKeys(String[] values) {
        Map<String, Integer> few = manyDistinct(values) ? null : distinct(values, Math.max(1024, values.length / 16));
        if (few != null) {
            return ranks(values, few);
        }
        if (!asciiPrefixes(values)) {
            return ranks(values, distinct(values, Integer.MAX_VALUE));
        }
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value == null) {
                keys[i] = ABSENT;
            } else {
                long prefix = 0;
                int length = value.length();
                for (int c = 0; c < PREFIX_CHARS; c++) {
                    prefix = (prefix << 7) | (c < length ? value.charAt(c) : 0); // shorter sorts first
                }
                keys[i] = prefix;
            }
        }
        return new TextKeys(values, keys, PREFIX_MASK, false);
    }

    /**
     * The order of rows by text.
     *
     * @param text the keys of the column
     * @param rows the rows to order: indexes into the column's values
     * @param descending last in alphabetical order first
     * @return positions in {@code rows}, in order
     */
    static int[] byText(TextKeys text, int[] rows, boolean descending) {
        int n = rows.length;
        long[] sortKeys = new long[n];
        long[] keys = text.keys();
        for (int i = 0; i < n; i++) {
            long key = keys[rows[i]];
            sortKeys[i] = descending && key != ABSENT ? text.largest() - key : key;
        }
        if (text.exact()) {
            return radix(sortKeys, null);
        }
        long[] sorted = new long[n];
        int[] positions = radix(sortKeys, sorted);
        String[] values = text.values();
        // Tied prefixes are mostly equal values, often the same shared string: compared by identity first.
        IntComparator order = descending ? (a, b) -> compare(values[rows[b]], values[rows[a]])
                : (a, b) -> compare(values[rows[a]], values[rows[b]]);
        int[] buffer = null;
        for (int start = 0; start < n;) {
            int end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start > 1 && sorted[start] != ABSENT) {
                if (buffer == null || buffer.length < end - start) {
                    buffer = new int[Math.max(end - start, 64)];
                }
                mergeSort(positions, start, end, order, buffer);
            }
            start = end;
        }
        return positions;
    }

    /**
     * Whether the first values already differ so much that ranking all of them will not pay (ids, parents): then
     * the dictionary is not even tried.
     */
    private static boolean manyDistinct(String[] values) {
        int sample = Math.min(values.length, 4096);
        if (sample < 4096) {
            return false;
        }
        Map<String, Integer> distinct = distinct(java.util.Arrays.copyOf(values, sample), sample / 8);
        return distinct == null;
    }

    /** The distinct values, or {@code null} when there are more than {@code limit}. */
    private static Map<String, Integer> distinct(String[] values, int limit) {
        Map<String, Integer> distinct = new HashMap<>();
        String previous = null;
        for (String value : values) {
            if (value != null && value != previous) { // runs of one shared string are common
                distinct.putIfAbsent(value, 0);
                if (distinct.size() > limit) {
                    return null;
                }
                previous = value;
            }
        }
        return distinct;
    }

    private static TextKeys ranks(String[] values, Map<String, Integer> ranks) {
        String[] distinct = ranks.keySet().toArray(String[]::new);
        Arrays.sort(distinct);
        for (int i = 0; i < distinct.length; i++) {
            ranks.put(distinct[i], i);
        }
        long[] keys = new long[values.length];
        String previous = null;
        long rank = ABSENT;
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value != previous) {
                rank = value == null ? ABSENT : ranks.get(value);
                previous = value;
            }
            keys[i] = rank;
        }
        return new TextKeys(values, keys, distinct.length - 1L, true);
    }

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

    /** Characters of an ASCII prefix packed into a sort key, 7 bits each. */
    private static final int PREFIX_CHARS = 8;
    private static final int PREFIX_BITS = 7 * PREFIX_CHARS;
    private static final long PREFIX_MASK = (1L << PREFIX_BITS) - 1;

    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    /** Compares two row numbers. */
    @FunctionalInterface
    private interface IntComparator {
        int compare(int a, int b);
    }

    /** A stable merge sort of {@code rows[from, to)}, insertion sort for short runs. */
    private static void mergeSort(int[] rows, int from, int to, IntComparator order, int[] buffer) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int row = rows[i];
                int j = i - 1;
                while (j >= from && order.compare(rows[j], row) > 0) {
                    rows[j + 1] = rows[j];
                    j--;
                }
                rows[j + 1] = row;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(rows, from, middle, order, buffer);
        mergeSort(rows, middle, to, order, buffer);
        if (order.compare(rows[middle - 1], rows[middle]) <= 0) {
            return;
        }
        System.arraycopy(rows, from, buffer, 0, middle - from);
        int left = 0;
        int leftEnd = middle - from;
        int right = middle;
        int out = from;
        while (left < leftEnd && right < to) {
            rows[out++] = order.compare(rows[right], buffer[left]) < 0 ? rows[right++] : buffer[left++];
        }
        while (left < leftEnd) {
            rows[out++] = buffer[left++];
        }
    }

    /** Bits per digit of the radix sort: six passes at most for 64-bit keys. */
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = (64 + DIGIT_BITS - 1) / DIGIT_BITS;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    /**
     * Stable least-significant-digit radix sort of unsigned keys, returning the row numbers in key order. Digits
     * on which every key agrees are skipped (typical of the high bits of durations or of small ranks).
     *
     * @param keys one key per row (overwritten)
     * @param sortedKeys when not {@code null}, receives the keys in sorted order (the same length)
     * @return row numbers in order
     */
    private static int[] radix(long[] keys, long[] sortedKeys) {
        int n = keys.length;
        int[][] counts = new int[DIGITS][BUCKETS];
        for (long key : keys) {
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * DIGIT_BITS)) & (BUCKETS - 1)]++;
            }
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        long[] keysIn = keys;
        int[] rowsIn = rows;
        long[] keysOut = new long[n];
        int[] rowsOut = new int[n];
        for (int d = 0; d < DIGITS; d++) {
            int[] count = counts[d];
            int shift = d * DIGIT_BITS;
            if (n == 0 || count[(int) (keysIn[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has this digit
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long key = keysIn[i];
                int target = count[(int) (key >>> shift) & (BUCKETS - 1)]++;
                keysOut[target] = key;
                rowsOut[target] = rowsIn[i];
            }
            long[] k = keysIn;
            keysIn = keysOut;
            keysOut = k;
            int[] r = rowsIn;
            rowsIn = rowsOut;
            rowsOut = r;
        }
        if (sortedKeys != null) {
            System.arraycopy(keysIn, 0, sortedKeys, 0, n);
        }
        return rowsIn;
    }
}
