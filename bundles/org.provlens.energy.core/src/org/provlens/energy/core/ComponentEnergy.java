package org.provlens.energy.core;

/**
 * The IT energy of one component of a group, with how it was obtained.
 *
 * @param joules the energy, J; NaN when nothing was measured or modelled (never 0 for "no data")
 * @param method the method of most of the joules, {@link Method#NONE} without data
 * @param measured the joules of it that were measured, J
 * @param integrated the joules integrated from power samples, J
 * @param modelled the joules modelled, J
 */
public record ComponentEnergy(double joules, Method method, double measured, double integrated, double modelled) {

    /** No data. */
    public static final ComponentEnergy NONE = new ComponentEnergy(Double.NaN, Method.NONE, 0, 0, 0);
}
