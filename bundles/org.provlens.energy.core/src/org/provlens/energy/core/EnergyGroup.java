package org.provlens.energy.core;

import java.util.List;
import java.util.Map;

/**
 * The energy of a group of executions (an activity, a level, a host, a run, ...) or of all of them.
 *
 * @param key the group's key (an activity, a level number, a host name, a run id); {@code null} for the total
 * @param label a readable name (a task's activity, a run's name), {@code null} when the key is enough
 * @param tasks how many tasks the group has
 * @param joules IT energy inclusive of children, J: each joule once (the group's executions whose parent is not in
 *            the group); NaN when nothing is known
 * @param exclusiveJoules IT energy of the executions themselves, their children's taken out, J: the remainders of
 *            parents; summed over the groups of a grouping they give the total
 * @param facilityJoules IT energy × PUE, J
 * @param co2eGrams emissions of the facility energy at the carbon intensity of the hours it was used, gCO2e
 * @param lowerJoules the least the IT energy can be, J
 * @param upperJoules the most it can be, J
 * @param components IT energy per component, inclusive
 * @param renewablePercent the renewable share of the facility energy, percent; NaN without a grid series
 * @param perUnit energy per epoch, token or sample, where the group's provenance counts them
 */
public record EnergyGroup(String key, String label, long tasks, double joules, double exclusiveJoules,
        double facilityJoules, double co2eGrams, double lowerJoules, double upperJoules,
        Map<Component, ComponentEnergy> components, double renewablePercent, List<PerUnit> perUnit) {

    /** Copies the collections. */
    public EnergyGroup {
        components = Map.copyOf(components);
        perUnit = List.copyOf(perUnit);
    }

    /**
     * The facility energy in kilowatt-hours, the energy the grid delivered and the emissions are computed from.
     *
     * @return facility kWh
     */
    public double kwh() {
        return EnergyModels.kwh(facilityJoules);
    }

    /**
     * The energy of a component.
     *
     * @param component the component
     * @return its energy, {@link ComponentEnergy#NONE} without data
     */
    public ComponentEnergy component(Component component) {
        return components.getOrDefault(component, ComponentEnergy.NONE);
    }
}
