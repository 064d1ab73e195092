package org.provlens.compare.core;

import java.util.List;

/**
 * One configuration key of the compared runs and each run's value. Nested values (JSON or Python dicts and lists)
 * give a row of their own text followed by one row per leaf ({@code used.optimizer.betas[1]}), one level deeper.
 *
 * @param section what the key configures: {@code parameter}, {@code data}, {@code model}, {@code code},
 *            {@code environment}, {@code host} or {@code artifact}
 * @param key the key, e.g. {@code used.learning_rate}, {@code artifact.validation_shard}, {@code code.sha}
 * @param depth 0 for a key of the run, 1 and more for the parts of a nested value
 * @param values one value per run as text, {@code null} where a run does not have the key; an unmodifiable list
 * @param differs whether the runs' values are not all equal (a missing value differs from any present one)
 */
public record ConfigRow(String section, String key, int depth, List<String> values, boolean differs) {
}
