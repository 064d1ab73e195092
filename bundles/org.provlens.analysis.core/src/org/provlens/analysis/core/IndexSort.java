package org.provlens.analysis.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders row indexes by a primitive key without boxing, for tables of a million rows: one key per row is computed
 * once, then row numbers are sorted by it. Equal keys keep row order (the row number breaks ties), so a sort is
 * stable; NaN (absent) keys go last in both directions.
 */
final class IndexSort {

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
        double[] k = new double[n];
        boolean[] absent = new boolean[n]; // absent values sort after every present one, whichever the direction
        for (int i = 0; i < n; i++) {
            absent[i] = Double.isNaN(keys[i]);
            k[i] = descending ? -keys[i] : keys[i];
        }
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        sort(index, k, absent, 0, n - 1);
        return index;
    }

    /**
     * The row order of text keys.
     *
     * @param keys one key per row, {@code null} for absent
     * @param descending last in alphabetical order first
     * @return row numbers in order
     */
    static int[] byText(String[] keys, boolean descending) {
        // Rank the distinct values once: status, activity or host columns have few, so this is cheap, and rows
        // are then ordered by an int.
        Map<String, Integer> ranks = new HashMap<>();
        for (String key : keys) {
            if (key != null) {
                ranks.putIfAbsent(key, 0);
            }
        }
        String[] distinct = ranks.keySet().toArray(String[]::new);
        Arrays.parallelSort(distinct);
        for (int i = 0; i < distinct.length; i++) {
            ranks.put(distinct[i], i);
        }
        double[] numeric = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            numeric[i] = keys[i] == null ? Double.NaN : ranks.get(keys[i]);
        }
        return byNumber(numeric, descending);
    }

    /** Quicksort of row numbers by (key, absent, row number), three-way around the pivot. */
    private static void sort(int[] index, double[] key, boolean[] absent, int low, int high) {
        while (low < high) {
            if (high - low < 16) {
                insertion(index, key, absent, low, high);
                return;
            }
            int middle = (low + high) >>> 1;
            int pivot = index[median(index, key, absent, low, middle, high)];
            int lt = low;
            int gt = high;
            int i = low;
            while (i <= gt) {
                int c = compare(index[i], pivot, key, absent);
                if (c < 0) {
                    swap(index, lt++, i++);
                } else if (c > 0) {
                    swap(index, i, gt--);
                } else {
                    i++;
                }
            }
            // Recurse into the smaller part, loop on the larger: bounded stack depth.
            if (lt - low < high - gt) {
                sort(index, key, absent, low, lt - 1);
                low = gt + 1;
            } else {
                sort(index, key, absent, gt + 1, high);
                high = lt - 1;
            }
        }
    }

    private static int compare(int a, int b, double[] key, boolean[] absent) {
        if (absent[a] != absent[b]) {
            return absent[a] ? 1 : -1;
        }
        int c = Double.compare(key[a], key[b]);
        return c != 0 ? c : Integer.compare(a, b);
    }

    private static int median(int[] index, double[] key, boolean[] absent, int a, int b, int c) {
        int x = index[a];
        int y = index[b];
        int z = index[c];
        if (compare(x, y, key, absent) < 0) {
            if (compare(y, z, key, absent) < 0) {
                return b;
            }
            return compare(x, z, key, absent) < 0 ? c : a;
        }
        if (compare(x, z, key, absent) < 0) {
            return a;
        }
        return compare(y, z, key, absent) < 0 ? c : b;
    }

    private static void insertion(int[] index, double[] key, boolean[] absent, int low, int high) {
        for (int i = low + 1; i <= high; i++) {
            int value = index[i];
            int j = i - 1;
            while (j >= low && compare(index[j], value, key, absent) > 0) {
                index[j + 1] = index[j];
                j--;
            }
            index[j + 1] = value;
        }
    }

    private static void swap(int[] index, int i, int j) {
        int t = index[i];
        index[i] = index[j];
        index[j] = t;
    }
}
