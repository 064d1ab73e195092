package org.provlens.compare.core;

import java.util.List;

/**
 * One series of every compared run, aligned for an overlay chart: by step and by time since each run's start.
 *
 * @param key the series key
 * @param unit the unit of its values
 * @param telemetry whether it is telemetry
 * @param runs one entry per run, in order; {@code null} where a run does not have the series
 */
public record Overlay(String key, String unit, boolean telemetry, List<Samples> runs) {

    /**
     * The samples of one run, in step order (else time order).
     *
     * @param steps the step of each sample, {@code null} when the series has no steps
     * @param times the seconds since the run's start of each sample, {@code null} when unknown
     * @param values the values
     */
    public record Samples(double[] steps, double[] times, double[] values) {

        /**
         * The x values of an axis.
         *
         * @param byStep steps, else times
         * @return the x values, {@code null} when the run has none on that axis
         */
        public double[] xs(boolean byStep) {
            return byStep ? steps : times;
        }
    }
}
