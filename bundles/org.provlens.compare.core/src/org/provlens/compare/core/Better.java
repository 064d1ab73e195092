package org.provlens.compare.core;

import java.util.List;
import java.util.Locale;

/** Which way an outcome improves, guessed from its name: it decides the best run of a row and how deltas read. */
public enum Better {
    /** Smaller is better: losses, errors, durations, energy, carbon, temperatures. */
    LOWER,
    /** Larger is better: accuracies, scores, throughput. */
    HIGHER,
    /** Neither (learning rates, counts, utilisation): no best run is marked. */
    NONE;

    private static final List<String> LOWER_WORDS = List.of("loss", "error", "perplexity", "duration", "energy",
            "co2", "carbon", "temperature", "step_time", "latency", "mse", "mae", "rmse", "wer");
    private static final List<String> HIGHER_WORDS = List.of("accuracy", "acc", "f1", "precision", "recall", "auc",
            "score", "bleu", "rouge", "throughput", "tokens_per_second", "samples_per_second", "iou", "map");

    /**
     * The direction of an outcome key. Words are matched whole between the separators {@code . : / _ -}, so
     * {@code val_accuracy} is HIGHER and {@code lr} NONE; LOWER wins over HIGHER ({@code error_rate}).
     *
     * @param key an outcome key such as {@code series:train/loss.min} or {@code energy.gpu.measured}
     * @return the direction
     */
    public static Better of(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String spaced = " " + lower.replaceAll("[.:/\\-_\\s]+", " ") + " ";
        for (String word : LOWER_WORDS) {
            if (lower.contains(word) && (word.contains("_") || spaced.contains(" " + word + " "))) {
                return LOWER;
            }
        }
        for (String word : HIGHER_WORDS) {
            if (lower.contains(word) && (word.contains("_") || spaced.contains(" " + word + " "))) {
                return HIGHER;
            }
        }
        return NONE;
    }

    /**
     * The name written in JSON.
     *
     * @return {@code lower}, {@code higher}, or {@code null} for {@link #NONE}
     */
    public String jsonName() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }
}
