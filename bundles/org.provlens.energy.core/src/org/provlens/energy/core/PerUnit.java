package org.provlens.energy.core;

/**
 * Energy per unit of work, where the provenance counts the units: per epoch (the epoch tasks of a run), per token
 * and per sample (the runs' and tasks' recorded counts, such as Flowcept's {@code generated.tokens_seen}).
 *
 * @param unit {@code epoch}, {@code token} or {@code sample}
 * @param count how many units the group's executions did
 * @param joules IT energy per unit, J
 */
public record PerUnit(String unit, double count, double joules) {
}
