package org.provlens.energy.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares a node between the executions that ran on it at the same time. Telemetry and CodeCarbon measure a node,
 * not a process: two tasks overlapping on one node each read the node's whole energy, so each is charged its share.
 *
 * <p>The executions of a node whose nearest ancestor on that node is the same (siblings, or the independent
 * executions of the node, such as the runs of several users) form a group; at each instant the share of a member is
 * its anchor's share divided by the number of members running then. A member's factor is the mean of its share over
 * its interval, so that with its energy spread evenly over the interval it is charged {@code energy × factor}: every
 * joule of a node is counted once, and a parent is never charged less than its concurrent children together.
 * Executions without a host or an interval are not shared (factor 1).</p>
 */
final class Sharing {

    /** A piecewise constant function: {@code values[k]} on {@code [breaks[k], breaks[k+1])}. */
    private record Step(double[] breaks, double[] values) {

        double at(double t) {
            if (t < breaks[0] || t >= breaks[breaks.length - 1]) {
                return Double.NaN;
            }
            int i = Arrays.binarySearch(breaks, t);
            return values[i >= 0 ? i : -i - 2];
        }
    }

    private Sharing() {
    }

    /**
     * The share factors of executions.
     *
     * @param parent the parent of each execution, -1 for roots; parents come before their children
     * @param host the host index of each, -1 when unknown
     * @param start start times
     * @param end end times
     * @return one factor per execution, in (0, 1]
     */
    static double[] factors(int[] parent, int[] host, double[] start, double[] end) {
        int n = parent.length;
        double[] factor = new double[n];
        Arrays.fill(factor, 1.0);
        int[] anchor = new int[n];
        boolean[] isAnchor = new boolean[n];
        // Group ids by anchor (its slot is anchor + 1): nearly always the anchor's children share one host, so an
        // array does; a map holds the groups of the other hosts of an anchor.
        int[] hostOfAnchor = new int[n + 1];
        int[] groupOfAnchor = new int[n + 1];
        Arrays.fill(hostOfAnchor, -1);
        Map<Long, Integer> others = new HashMap<>();
        int groups = 0;
        int[] group = new int[n];
        Arrays.fill(group, -1);
        for (int i = 0; i < n; i++) {
            if (host[i] < 0 || !(end[i] > start[i])) {
                continue;
            }
            int a = parent[i];
            while (a >= 0 && host[a] != host[i]) {
                a = parent[a];
            }
            anchor[i] = a;
            int id;
            if (hostOfAnchor[a + 1] < 0) {
                hostOfAnchor[a + 1] = host[i];
                id = groupOfAnchor[a + 1] = groups++;
            } else if (hostOfAnchor[a + 1] == host[i]) {
                id = groupOfAnchor[a + 1];
            } else {
                long key = ((long) (a + 1) << 32) | host[i];
                Integer known = others.get(key);
                if (known == null) {
                    known = groups++;
                    others.put(key, known);
                }
                id = known;
            }
            group[i] = id;
            if (a >= 0) {
                isAnchor[a] = true;
            }
        }
        if (groups == 0) {
            return factor;
        }
        // Members of each group (CSR), in index order, and the groups in the order of their anchors: an anchor's
        // share is known before the groups it anchors.
        int[] offset = new int[groups + 1];
        int[] groupAnchor = new int[groups];
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                offset[group[i] + 1]++;
                groupAnchor[group[i]] = anchor[i];
            }
        }
        for (int g = 0; g < groups; g++) {
            offset[g + 1] += offset[g];
        }
        int[] members = new int[offset[groups]];
        int[] fill = Arrays.copyOf(offset, groups);
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                members[fill[group[i]]++] = i;
            }
        }
        long[] byAnchor = new long[groups];
        for (int g = 0; g < groups; g++) {
            byAnchor[g] = ((long) (groupAnchor[g] + 1) << 32) | g;
        }
        Arrays.sort(byAnchor);
        Map<Integer, Step> shares = new HashMap<>();
        int previousAnchor = Integer.MIN_VALUE;
        for (long packed : byAnchor) {
            int g = (int) packed;
            int a = groupAnchor[g];
            if (a != previousAnchor) {
                shares.remove(previousAnchor); // every group it anchors is done
                previousAnchor = a;
            }
            int[] m = Arrays.copyOfRange(members, offset[g], offset[g + 1]);
            sortByStart(m, start);
            Step anchorShare = a >= 0 ? shares.get(a) : null;
            boolean overlapping = false;
            double reach = Double.NEGATIVE_INFINITY;
            for (int i : m) {
                overlapping |= start[i] < reach;
                reach = Math.max(reach, end[i]);
            }
            if (!overlapping && anchorShare == null) {
                continue; // alone on the node, as its anchor: nothing shared
            }
            Step concurrency = overlapping ? concurrency(m, start, end) : null;
            for (int i : m) {
                Step share = combine(anchorShare, concurrency, start[i], end[i]);
                double integral = 0;
                boolean whole = true;
                for (int k = 0; k < share.values().length; k++) {
                    integral += share.values()[k] * (share.breaks()[k + 1] - share.breaks()[k]);
                    whole &= share.values()[k] == 1.0;
                }
                factor[i] = Math.min(1.0, integral / (end[i] - start[i]));
                if (isAnchor[i] && !whole) {
                    shares.put(i, share);
                }
            }
        }
        return factor;
    }

    /** Sorts members by start time (they usually are already: a run records its tasks in order). */
    private static void sortByStart(int[] m, double[] start) {
        for (int k = 1; k < m.length; k++) {
            if (start[m[k]] < start[m[k - 1]]) {
                Integer[] boxed = Arrays.stream(m).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (x, y) -> Double.compare(start[x], start[y]));
                for (int j = 0; j < m.length; j++) {
                    m[j] = boxed[j];
                }
                return;
            }
        }
    }

    /** How many members run at each instant of their union (1 where one runs; gaps count 1 too). */
    private static Step concurrency(int[] m, double[] start, double[] end) {
        int count = m.length;
        double[] times = new double[2 * count];
        int[] deltas = new int[2 * count];
        for (int k = 0; k < count; k++) {
            times[2 * k] = start[m[k]];
            deltas[2 * k] = 1;
            times[2 * k + 1] = end[m[k]];
            deltas[2 * k + 1] = -1;
        }
        Integer[] events = new Integer[2 * count];
        for (int k = 0; k < events.length; k++) {
            events[k] = k;
        }
        // Ends before starts at the same instant: intervals that touch do not overlap.
        Arrays.sort(events, (x, y) -> {
            int c = Double.compare(times[x], times[y]);
            return c != 0 ? c : Integer.compare(deltas[x], deltas[y]);
        });
        double[] breaks = new double[events.length];
        double[] values = new double[events.length];
        int segments = 0;
        int running = 0;
        for (int k = 0; k < events.length; k++) {
            int e = events[k];
            running += deltas[e];
            double t = times[e];
            if (k + 1 < events.length && times[events[k + 1]] == t) {
                continue; // the count after every event of this instant
            }
            breaks[segments] = t;
            values[segments++] = Math.max(1, running);
        }
        return new Step(Arrays.copyOf(breaks, segments), Arrays.copyOf(values, segments - 1));
    }

    /** The share over [s, e]: the anchor's share (1 outside it or without one) over the concurrency. */
    private static Step combine(Step anchor, Step concurrency, double s, double e) {
        double[] points = new double[2 + (anchor == null ? 0 : anchor.breaks().length)
                + (concurrency == null ? 0 : concurrency.breaks().length)];
        int p = 0;
        points[p++] = s;
        points[p++] = e;
        for (Step step : new Step[] {anchor, concurrency}) {
            if (step != null) {
                int from = Arrays.binarySearch(step.breaks(), s);
                from = from >= 0 ? from : -from - 1;
                for (int k = from; k < step.breaks().length && step.breaks()[k] < e; k++) {
                    points[p++] = step.breaks()[k];
                }
            }
        }
        double[] sorted = Arrays.copyOf(points, p);
        Arrays.sort(sorted);
        double[] breaks = new double[p];
        int b = 0;
        for (double t : sorted) {
            if (t >= s && t <= e && (b == 0 || t > breaks[b - 1])) {
                breaks[b++] = t;
            }
        }
        breaks = Arrays.copyOf(breaks, b);
        double[] values = new double[b - 1];
        for (int k = 0; k + 1 < b; k++) {
            double mid = (breaks[k] + breaks[k + 1]) / 2;
            double a = anchor == null ? 1.0 : anchor.at(mid);
            double c = concurrency == null ? 1.0 : concurrency.at(mid);
            values[k] = (Double.isNaN(a) ? 1.0 : a) / (Double.isNaN(c) ? 1.0 : c);
        }
        return new Step(breaks, values);
    }
}
