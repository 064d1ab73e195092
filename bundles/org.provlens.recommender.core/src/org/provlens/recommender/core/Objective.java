package org.provlens.recommender.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The metric seeds are ranked by and whether higher is better.
 *
 * @param key the metric key, e.g. {@code val_auc}
 * @param maximize true when higher is better
 */
public record Objective(String key, boolean maximize) {

    /** Metric names that are minimised when no direction is given. */
    private static final Pattern LOWER_IS_BETTER = Pattern.compile(
            "(?i).*(loss|error|err|rmse|mse|mae|mape|perplexity|wer|cer|latency|time|cost|energy).*");

    /** Checks the key. */
    public Objective {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an objective needs a metric key");
        }
    }

    /**
     * Parses {@code key:max} or {@code key:min}; a bare key takes its direction from its name.
     *
     * @param text e.g. {@code val_auc:max}
     * @return the objective
     * @throws IllegalArgumentException when the direction is neither max nor min
     */
    public static Objective parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon < 0) {
            return new Objective(trimmed, !LOWER_IS_BETTER.matcher(trimmed).matches());
        }
        String direction = trimmed.substring(colon + 1).toLowerCase(Locale.ROOT);
        if (!direction.equals("max") && !direction.equals("min")) {
            throw new IllegalArgumentException("objective '" + text + "': expected KEY:max or KEY:min");
        }
        return new Objective(trimmed.substring(0, colon), direction.equals("max"));
    }

    /**
     * Whether one outcome is better than another.
     *
     * @param a an outcome
     * @param b another
     * @return true when a is strictly better
     */
    public boolean better(double a, double b) {
        return maximize ? a > b : a < b;
    }

    @Override
    public String toString() {
        return key + (maximize ? ":max" : ":min");
    }
}
