package org.provlens.energy.core;

import java.util.Objects;

import org.provlens.model.Site;

/**
 * What turns the energy of executions into facility energy and carbon, and what models use where nothing was
 * measured. An execution is priced at, in this order: the override of a re-pricing ({@link #repricedAt}); for the
 * intensity, the grid series for the hours it ran, then the intensity its tool recorded when it ran (CodeCarbon);
 * the PUE and intensity of its host's site in the workspace ({@link Site#getPue()},
 * {@link Site#getCarbonIntensity()}: the per-site overrides); and the defaults here (the user's preferences, else
 * Green Algorithms' PUE 1.67 and CodeCarbon's world intensity 475 gCO2e/kWh).
 *
 * @param pue the PUE of sites that have none, with its source
 * @param intensity the carbon intensity of sites that have none, gCO2e/kWh, with its source
 * @param pueOverride the PUE of every execution, NaN for none (re-pricing at another site)
 * @param intensityOverride the intensity of every execution, NaN for none
 * @param overrideSource where the overrides come from (the command line, a site)
 * @param grid the hourly grid intensity, {@code null} for none
 * @param devices the device power table of the models
 * @param gpuUsage the utilisation of GPUs whose utilisation was not recorded, 0 to 1
 */
public record Assumptions(Factor pue, Factor intensity, double pueOverride, double intensityOverride,
        String overrideSource, GridIntensity grid, DevicePowers devices, double gpuUsage) {

    /**
     * A number and where it comes from.
     *
     * @param value the number
     * @param source its source, for the report
     */
    public record Factor(double value, String source) {

        /** Checks the invariants. */
        public Factor {
            Objects.requireNonNull(source, "source");
        }
    }

    /** Checks the invariants. */
    public Assumptions {
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(devices, "devices");
        overrideSource = overrideSource == null ? "" : overrideSource;
        if (!(pue.value() >= 1)) {
            throw new IllegalArgumentException("a PUE is at least 1, found " + pue.value());
        }
        if (!(intensity.value() >= 0)) {
            throw new IllegalArgumentException("a carbon intensity is at least 0 gCO2e/kWh, found "
                    + intensity.value());
        }
        if (!Double.isNaN(pueOverride) && !(pueOverride >= 1)) {
            throw new IllegalArgumentException("a PUE is at least 1, found " + pueOverride);
        }
        if (!Double.isNaN(intensityOverride) && !(intensityOverride >= 0)) {
            throw new IllegalArgumentException("a carbon intensity is at least 0 gCO2e/kWh, found "
                    + intensityOverride);
        }
        if (!(gpuUsage > 0 && gpuUsage <= 1)) {
            throw new IllegalArgumentException("a GPU utilisation is between 0 and 1, found " + gpuUsage);
        }
    }

    /**
     * The built-in defaults: Green Algorithms' PUE, CodeCarbon's world intensity, the built-in device table, GPUs
     * of unknown utilisation used fully (Green Algorithms' usage factor 1).
     *
     * @return the defaults
     */
    public static Assumptions defaults() {
        return new Assumptions(
                new Factor(EnergyModels.DEFAULT_PUE, "default: Green Algorithms' PUE of a data centre of unknown"
                        + " efficiency"),
                new Factor(EnergyModels.DEFAULT_INTENSITY, "default: CodeCarbon's world average"), Double.NaN,
                Double.NaN, "", null, DevicePowers.builtIn(), EnergyModels.DEFAULT_USAGE);
    }

    /**
     * These assumptions with other defaults for sites without their own figures.
     *
     * @param defaultPue the PUE
     * @param defaultIntensity the intensity, gCO2e/kWh
     * @param source where they come from (e.g. the preferences)
     * @return the changed assumptions
     */
    public Assumptions withDefaults(double defaultPue, double defaultIntensity, String source) {
        return new Assumptions(new Factor(defaultPue, source), new Factor(defaultIntensity, source), pueOverride,
                intensityOverride, overrideSource, grid, devices, gpuUsage);
    }

    /**
     * Re-prices every execution at one PUE and intensity, whatever its site: "this campaign at another site".
     *
     * @param newPue the PUE, NaN to keep each site's
     * @param newIntensity the intensity, gCO2e/kWh, NaN to keep each site's (and the grid series)
     * @param source where they come from, for the report
     * @return the changed assumptions
     */
    public Assumptions repricedAt(double newPue, double newIntensity, String source) {
        return new Assumptions(pue, intensity, newPue, newIntensity, source, grid, devices, gpuUsage);
    }

    /**
     * Re-prices every execution at a site's PUE and intensity (those it has).
     *
     * @param site the site
     * @return the changed assumptions
     */
    public Assumptions repricedAt(Site site) {
        String name = site.getName() != null && !site.getName().isEmpty() ? site.getName() : site.getId();
        return repricedAt(site.getPue(), site.getCarbonIntensity(), "site " + name);
    }

    /**
     * These assumptions with a grid intensity series.
     *
     * @param series the series, {@code null} for none
     * @return the changed assumptions
     */
    public Assumptions withGrid(GridIntensity series) {
        return new Assumptions(pue, intensity, pueOverride, intensityOverride, overrideSource, series, devices,
                gpuUsage);
    }

    /**
     * These assumptions with another device table.
     *
     * @param table the table
     * @return the changed assumptions
     */
    public Assumptions withDevices(DevicePowers table) {
        return new Assumptions(pue, intensity, pueOverride, intensityOverride, overrideSource, grid, table,
                gpuUsage);
    }

    /**
     * These assumptions with another utilisation of GPUs whose utilisation was not recorded.
     *
     * @param usage 0 (exclusive) to 1
     * @return the changed assumptions
     */
    public Assumptions withGpuUsage(double usage) {
        return new Assumptions(pue, intensity, pueOverride, intensityOverride, overrideSource, grid, devices, usage);
    }
}
