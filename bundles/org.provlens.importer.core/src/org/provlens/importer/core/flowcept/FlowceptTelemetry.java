package org.provlens.importer.core.flowcept;

import java.util.List;

/**
 * Units of Flowcept telemetry channels ({@code telemetry_at_start} and {@code telemetry_at_end}, read by
 * {@link TelemetryReader}).
 *
 * <p>Channel names are the dotted paths of Flowcept's keys ({@code cpu.percent_all},
 * {@code gpu.gpu_0.temperature.edge}). Values are converted where Flowcept keeps a device's raw unit: NVIDIA
 * (NVML) {@code power} is milliwatts and becomes watts; AMD {@code power.energy_accumulator} counts 15.259 µJ
 * units and becomes joules. Lists (per-CPU arrays), per-interface and per-disk breakdowns and identifiers are left
 * out: they would multiply the channels per task for little analytic value.</p>
 */
public final class FlowceptTelemetry {

    /** Joules per unit of AMD SMI's {@code energy_accumulator} (15.259 µJ). */
    public static final double AMD_ENERGY_UNIT_JOULES = 15.259e-6;

    private FlowceptTelemetry() {
    }

    /**
     * The factor that converts a channel's raw Flowcept value to its canonical unit.
     *
     * @param channel a dotted channel path
     * @return 0.001 for NVML milliwatts, 15.259e-6 for AMD energy accumulator units, else 1
     */
    static double conversionFactor(String channel) {
        String key = channel.substring(channel.lastIndexOf('.') + 1);
        return convert(channel, key, 1.0);
    }

    private static double convert(String path, String key, double value) {
        if (path.startsWith("gpu.")) {
            if (key.equals("power")) {
                return value / 1000.0; // NVML reports milliwatts; AMD's power is an object, never a value
            }
            if (key.equals("energy_accumulator")) {
                return value * AMD_ENERGY_UNIT_JOULES;
            }
        }
        return value;
    }

    /**
     * The unit of a channel, from its name.
     *
     * @param channel a flattened channel name
     * @return the unit, empty for plain counts
     */
    public static String unitOf(String channel) {
        String leaf = channel.substring(channel.lastIndexOf('.') + 1);
        if (channel.startsWith("gpu.")) {
            if (leaf.equals("power") || leaf.equals("average_socket_power")) {
                return "W";
            }
            if (leaf.equals("energy_accumulator")) {
                return "J";
            }
            if (channel.contains(".temperature")) {
                return "°C";
            }
            if (leaf.equals("used") || leaf.equals("total") || leaf.equals("free")) {
                return "B";
            }
            if (channel.contains(".activity") || leaf.endsWith("percent")) {
                return "%";
            }
            if (channel.contains(".others.current_") || leaf.endsWith("clk")) {
                return "MHz";
            }
            return "";
        }
        if (leaf.contains("percent")) {
            return "%";
        }
        if (channel.startsWith("cpu.frequency")) {
            return "MHz";
        }
        if (channel.startsWith("disk.") && leaf.endsWith("_time")) {
            return "ms"; // psutil's disk read_time, write_time and busy_time are milliseconds
        }
        if (channel.startsWith("cpu.times") || channel.contains("cpu_times") || leaf.endsWith("_time")) {
            return "s";
        }
        if (leaf.contains("bytes") || leaf.endsWith("_chars") || BYTE_LEAVES.contains(leaf)) {
            return "B";
        }
        return "";
    }

    private static final List<String> BYTE_LEAVES = List.of("rss", "vms", "shared", "text", "lib", "data", "dirty",
            "uss", "pss", "swap", "total", "available", "used", "free", "active", "inactive", "buffers", "cached",
            "slab", "sin", "sout");
}
