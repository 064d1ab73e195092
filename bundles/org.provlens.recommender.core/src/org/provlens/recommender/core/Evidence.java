package org.provlens.recommender.core;

import org.provlens.model.Execution;

/**
 * One past trial behind a seed.
 *
 * @param run the trial's run or task
 * @param task the task it worked on ({@link TaskNode#key})
 * @param similarity that task's similarity to the task asked about
 * @param outcome its value of the objective
 * @param energyJoules its energy, NaN when unknown
 * @param quality its mid-rank percentile among the trials on its task, in (0, 1), 1 best
 * @param cheapness its mid-rank percentile by energy among the trials on its task (cheapest highest), 0.5 when
 *            unknown
 */
public record Evidence(Execution run, String task, double similarity, double outcome, double energyJoules,
        double quality, double cheapness) {

    /**
     * What the evidence is worth to a seed: the task's similarity times the trial's value, its quality blended
     * with its cheapness by the energy weight.
     *
     * @param energyWeight in [0, 1]
     * @return the support
     */
    public double support(double energyWeight) {
        return similarity * ((1 - energyWeight) * quality + energyWeight * cheapness);
    }
}
