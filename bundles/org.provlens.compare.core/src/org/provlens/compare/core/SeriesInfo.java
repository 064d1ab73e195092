package org.provlens.compare.core;

/**
 * A series the compared runs can be overlaid by.
 *
 * @param key {@code series:<key>} for a series recorded on the run (MLflow metric histories and system metrics),
 *            {@code <activity>:<metric>} for the metric of the run's tasks of one activity in step order
 *            ({@code epochs_loop_iteration:val_loss}), {@code telemetry:<gpu.power|gpu.temperature|gpu.utilisation|cpu.utilisation>}
 *            for the telemetry snapshots of the run's tasks in time order
 * @param unit the unit of its values, empty when unknown
 * @param telemetry whether it is telemetry (summarised by mean and max) rather than a metric (last, min, max)
 * @param steps whether some run has it over steps
 * @param times whether some run has it over time since the run's start
 * @param points the number of samples of each run, 0 where a run has none; not to be modified
 */
public record SeriesInfo(String key, String unit, boolean telemetry, boolean steps, boolean times, int[] points) {
}
