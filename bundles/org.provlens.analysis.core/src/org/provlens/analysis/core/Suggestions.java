package org.provlens.analysis.core;

/** "Did you mean …?" for mistyped names: field names of filters, command names of the headless command. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The Levenshtein distance of two strings: the fewest insertions, deletions and substitutions between them.
     *
     * @param a one string
     * @param b the other
     * @return the distance
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
