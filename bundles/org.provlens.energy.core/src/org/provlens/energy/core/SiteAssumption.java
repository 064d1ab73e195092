package org.provlens.energy.core;

/**
 * The PUE and carbon intensity an energy computation used for one site, and where they come from.
 *
 * @param site the site id, {@code (no site)} for hosts without one
 * @param name the site's name
 * @param pue the PUE
 * @param pueSource where the PUE comes from (the workspace's site, a default, an override)
 * @param intensity the carbon intensity, gCO2e/kWh; NaN when the grid series or recorded figures priced every
 *            execution of the site
 * @param intensitySource where it comes from
 */
public record SiteAssumption(String site, String name, double pue, String pueSource, double intensity,
        String intensitySource) {
}
