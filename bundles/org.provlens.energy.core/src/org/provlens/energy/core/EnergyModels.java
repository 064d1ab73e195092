package org.provlens.energy.core;

/**
 * The formulas and constants of ProvLens's energy accounting, each from a published method (see
 * {@code docs/energy.md} for every source): counter differences with wrap-around, trapezoid integration of power
 * samples, CodeCarbon's CPU and RAM power models and Green Algorithms' memory model. Pure functions, no state.
 */
public final class EnergyModels {

    /** Joules in a kilowatt-hour. */
    public static final double JOULES_PER_KWH = 3.6e6;

    /** CodeCarbon's TDP of a CPU found in no table ({@code external/cpu.py} POWER_CONSTANT), W. */
    public static final double CPU_UNKNOWN_TDP_WATTS = 85;

    /** CodeCarbon's share of the TDP drawn when the load is unknown ({@code CONSUMPTION_PERCENTAGE_CONSTANT}). */
    public static final double CPU_CONSTANT_SHARE = 0.5;

    /** CodeCarbon's floor of the machine-load model: 10 % of the TDP at idle ({@code _get_power_from_cpu_load}). */
    public static final double CPU_IDLE_SHARE = 0.1;

    /** CodeCarbon v3's power of a DIMM on x86 ({@code external/ram.py} RAM_SLOT_POWER_X86), W. */
    public static final double RAM_WATTS_PER_DIMM = 5;

    /** Green Algorithms' power of memory, W per GB (Lannelongue et al., Adv. Sci. 2021). */
    public static final double RAM_WATTS_PER_GB = 0.3725;

    /** Green Algorithms' default PUE when the data centre's is unknown. */
    public static final double DEFAULT_PUE = 1.67;

    /** CodeCarbon's world-average carbon intensity when nothing better is known, gCO2e/kWh. */
    public static final double DEFAULT_INTENSITY = 475;

    /** Green Algorithms' default usage factor of a processor whose utilisation is unknown. */
    public static final double DEFAULT_USAGE = 1.0;

    private static final double BYTES_PER_GIB = 1024.0 * 1024 * 1024;

    private EnergyModels() {
    }

    /**
     * Energy in kilowatt-hours.
     *
     * @param joules energy in joules
     * @return kWh
     */
    public static double kwh(double joules) {
        return joules / JOULES_PER_KWH;
    }

    /**
     * The energy a counter counted between two readings. A counter that went back either wrapped around (when its
     * range is known: the difference plus the range, as Linux powercap's {@code max_energy_range_uj} defines it) or
     * was reset (a driver reload, a GPU reset): then what it counted is unknown.
     *
     * @param start the reading at start
     * @param end the reading at end
     * @param range the counter's range (the value at which it wraps to 0), NaN or 0 when unknown
     * @return end minus start, corrected for one wrap; NaN when a reading is absent or the counter was reset
     */
    public static double counterDelta(double start, double end, double range) {
        if (Double.isNaN(start) || Double.isNaN(end)) {
            return Double.NaN;
        }
        double delta = end - start;
        if (delta >= 0) {
            return delta;
        }
        if (range > 0 && start <= range && end >= 0) {
            return delta + range;
        }
        return Double.NaN;
    }

    /**
     * A CPU's power in CodeCarbon's machine-load model ({@code cpu_load} mode, machine scope): a tenth of the TDP at
     * idle rising with the cube of the load, {@code TDP × (0.1 + 0.9 × load³)}.
     *
     * @param tdp the thermal design power, W
     * @param loadPercent the machine's CPU load, 0 to 100 (clamped)
     * @return the power, W
     */
    public static double cpuWatts(double tdp, double loadPercent) {
        double load = Math.max(0, Math.min(100, loadPercent)) / 100.0;
        return tdp * (CPU_IDLE_SHARE + (1 - CPU_IDLE_SHARE) * load * load * load);
    }

    /**
     * A CPU's power when its load is unknown, CodeCarbon's constant mode: half the TDP.
     *
     * @param tdp the thermal design power, W
     * @return the power, W
     */
    public static double cpuConstantWatts(double tdp) {
        return tdp * CPU_CONSTANT_SHARE;
    }

    /**
     * CodeCarbon v3's guess of the number of DIMMs of a machine from its memory ({@code RAM._estimate_dimm_count}).
     *
     * @param gib the memory, GiB (CodeCarbon divides bytes by 1024³)
     * @return the number of DIMMs
     */
    public static int dimmCount(double gib) {
        if (gib <= 2) {
            return 1;
        }
        if (gib <= 32) {
            return gib <= 16 ? 2 : 4;
        }
        if (gib <= 128) {
            return gib <= 64 ? 4 : 8;
        }
        int count = 8;
        for (int size : new int[] {128, 64, 32, 16, 8, 4}) {
            if (size <= gib / 8) {
                count = Math.min((int) Math.ceil(gib / size), 32);
                break;
            }
        }
        return count;
    }

    /**
     * The power of a machine's memory in CodeCarbon v3's model on x86: 5 W per DIMM for the first 4, 90 % of that for
     * the next 4, 80 % up to 16 and 70 % beyond, at least 10 W ({@code RAM._calculate_ram_power}).
     *
     * @param bytes the machine's memory, bytes
     * @return the power, W
     */
    public static double ramWattsPerDimm(double bytes) {
        int dimms = dimmCount(bytes / BYTES_PER_GIB);
        double w = RAM_WATTS_PER_DIMM;
        double power;
        if (dimms <= 4) {
            power = w * dimms;
        } else if (dimms <= 8) {
            power = w * 4 + w * 0.9 * (dimms - 4);
        } else if (dimms <= 16) {
            power = w * 4 + w * 0.9 * 4 + w * 0.8 * (dimms - 8);
        } else {
            power = w * 4 + w * 0.9 * 4 + w * 0.8 * 8 + w * 0.7 * (dimms - 16);
        }
        return Math.max(2 * w, power);
    }

    /**
     * The power of memory in Green Algorithms' model: 0.3725 W per GB.
     *
     * @param bytes the memory, bytes (GB are 10⁹ bytes)
     * @return the power, W
     */
    public static double ramWattsPerGb(double bytes) {
        return RAM_WATTS_PER_GB * bytes / 1e9;
    }

    /**
     * The integral of power samples over an interval by the trapezoid rule, the samples linearly interpolated at the
     * interval's ends; nothing is assumed outside the samples. Its bounds take, on each segment, the smaller and the
     * larger of the two samples as constant.
     *
     * @param xs sample times, seconds, ascending
     * @param ys power, W, one per time; NaN samples are skipped
     * @param from start of the interval
     * @param to end of the interval
     * @return the energy with its bounds and the seconds the samples covered
     */
    public static Integral trapezoid(double[] xs, double[] ys, double from, double to) {
        double value = 0;
        double lower = 0;
        double upper = 0;
        double covered = 0;
        int previous = -1;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i]) || Double.isNaN(xs[i])) {
                continue;
            }
            if (previous >= 0) {
                double x0 = xs[previous];
                double x1 = xs[i];
                double a = Math.max(x0, from);
                double b = Math.min(x1, to);
                if (b > a && x1 > x0) {
                    double ya = ys[previous] + (ys[i] - ys[previous]) * (a - x0) / (x1 - x0);
                    double yb = ys[previous] + (ys[i] - ys[previous]) * (b - x0) / (x1 - x0);
                    double width = b - a;
                    value += (ya + yb) / 2 * width;
                    lower += Math.min(ys[previous], ys[i]) * width;
                    upper += Math.max(ys[previous], ys[i]) * width;
                    covered += width;
                }
            }
            previous = i;
        }
        return new Integral(value, lower, upper, covered);
    }

    /**
     * Energy integrated from power samples.
     *
     * @param joules the trapezoid integral, J
     * @param lowerJoules the integral of the smaller sample of each segment, J
     * @param upperJoules the integral of the larger sample of each segment, J
     * @param seconds how much of the interval the samples covered
     */
    public record Integral(double joules, double lowerJoules, double upperJoules, double seconds) {
    }
}
