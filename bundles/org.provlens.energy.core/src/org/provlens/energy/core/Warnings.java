package org.provlens.energy.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The warnings of an energy computation: each kind once, with how many executions it concerns and an example. */
final class Warnings {

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, String> examples = new LinkedHashMap<>();

    /** A warning about the whole computation, reported once. */
    synchronized void add(String message) {
        counts.putIfAbsent(message, null);
    }

    /** A warning about one execution, reported once with the count of executions. */
    synchronized void count(String message, String example) {
        long[] n = counts.get(message);
        if (n == null) {
            n = new long[1];
            counts.put(message, n);
            examples.put(message, example);
        }
        n[0]++;
    }

    /** The warnings, in the order first seen. */
    synchronized List<String> list() {
        List<String> list = new ArrayList<>();
        counts.forEach((message, n) -> list.add(n == null ? message
                : String.format(Locale.ROOT, "%s (%,d execution%s, e.g. %s)", message, n[0], n[0] == 1 ? "" : "s",
                        examples.get(message))));
        return List.copyOf(list);
    }
}
