package org.provlens.energy.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Energy and carbon figures as text, the same in the Energy view, the level table and the headless command. */
public final class EnergyFormat {

    private EnergyFormat() {
    }

    /**
     * A number to four significant digits, thousands separated from 1,000 on.
     *
     * @param value the number
     * @return its text; empty for NaN (no data), ∞ for an unbounded figure
     */
    public static String figure(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000 || magnitude == 0) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * An energy in the unit that suits it: J, kJ, MJ below a kWh, then kWh, MWh, GWh.
     *
     * @param joules the energy
     * @return e.g. {@code 725 J}, {@code 3.75 MJ}, {@code 70.03 kWh}; empty for no data
     */
    public static String energy(double joules) {
        if (Double.isNaN(joules)) {
            return "";
        }
        double magnitude = Math.abs(joules);
        if (magnitude < 1e3) {
            return figure(joules) + " J";
        }
        if (magnitude < 1e6) {
            return figure(joules / 1e3) + " kJ";
        }
        if (magnitude < EnergyModels.JOULES_PER_KWH) {
            return figure(joules / 1e6) + " MJ";
        }
        double kwh = EnergyModels.kwh(joules);
        if (Math.abs(kwh) < 1e4) {
            return figure(kwh) + " kWh";
        }
        return Math.abs(kwh) < 1e7 ? figure(kwh / 1e3) + " MWh" : figure(kwh / 1e6) + " GWh";
    }

    /**
     * Emissions in the unit that suits them: g, kg, t.
     *
     * @param grams gCO2e
     * @return e.g. {@code 225 g CO2e}, {@code 24.69 t CO2e}; empty for no data
     */
    public static String carbon(double grams) {
        return Double.isNaN(grams) ? "" : mass(grams) + " CO2e";
    }

    /**
     * A mass in the unit that suits it, for columns whose header says what it is of.
     *
     * @param grams grams
     * @return e.g. {@code 225 g}, {@code 55.55 kg}, {@code 24.69 t}; empty for no data
     */
    public static String mass(double grams) {
        if (Double.isNaN(grams)) {
            return "";
        }
        double magnitude = Math.abs(grams);
        return magnitude < 1e3 ? figure(grams) + " g" : magnitude < 1e6 ? figure(grams / 1e3) + " kg"
                : figure(grams / 1e6) + " t";
    }
}
