package org.provlens.importer.core.flowcept;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a Flowcept telemetry block ({@code telemetry_at_start} or {@code telemetry_at_end}) into named
 * numeric channels in canonical units.
 *
 * <p>Channel names are the dotted paths of Flowcept's keys ({@code cpu.percent_all},
 * {@code gpu.gpu_0.temperature.edge}). Values are converted where Flowcept keeps a device's raw unit: NVIDIA
 * (NVML) {@code power} is milliwatts and becomes watts; AMD {@code power.energy_accumulator} counts 15.259 µJ
 * units and becomes joules. Lists (per-CPU and per-disk arrays) and identifiers are left out: they would multiply
 * the channels per task for little analytic value.</p>
 */
public final class FlowceptTelemetry {

    /** Joules per unit of AMD SMI's {@code energy_accumulator} (15.259 µJ). */
    public static final double AMD_ENERGY_UNIT_JOULES = 15.259e-6;

    private FlowceptTelemetry() {
    }

    /**
     * Flattens one telemetry block.
     *
     * @param block the block as read from JSON
     * @param into receives channel name to value, in document order
     */
    public static void flatten(Map<?, ?> block, Map<String, Double> into) {
        walk("", block, into);
    }

    /**
     * Flattens one telemetry block into a new map.
     *
     * @param block the block as read from JSON
     * @return channel name to value, in document order
     */
    public static Map<String, Double> flatten(Map<?, ?> block) {
        Map<String, Double> channels = new LinkedHashMap<>();
        flatten(block, channels);
        return channels;
    }

    private static void walk(String prefix, Map<?, ?> map, Map<String, Double> into) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                if (!PER_DEVICE_BREAKDOWNS.contains(key)) {
                    walk(path, nested, into);
                }
            } else if (value instanceof Number number && !isIdentifier(key)) {
                into.put(path, convert(path, key, number.doubleValue()));
            }
            // Strings (device names), booleans and lists are not channels.
        }
    }

    /**
     * Per-interface and per-disk breakdowns repeat the totals Flowcept also records ({@code netio_sum},
     * {@code io_sum}) once per device, which would multiply the channels of every task.
     */
    private static final java.util.Set<String> PER_DEVICE_BREAKDOWNS = java.util.Set.of("netio_per_interface",
            "io_per_disk");

    private static boolean isIdentifier(String key) {
        return key.equals("pid") || key.equals("id") || key.equals("gpu_ix") || key.equals("cpu_number");
    }

    private static double convert(String path, String key, double value) {
        if (path.startsWith("gpu.")) {
            if (key.equals("power")) {
                return value / 1000.0; // NVML reports milliwatts; AMD's power is an object, never reaches here
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
        if (channel.startsWith("cpu.times") || channel.contains("cpu_times") || leaf.endsWith("_time")) {
            return "s";
        }
        if (leaf.contains("bytes") || BYTE_LEAVES.contains(leaf)) {
            return "B";
        }
        return "";
    }

    private static final List<String> BYTE_LEAVES = List.of("rss", "vms", "shared", "text", "lib", "data", "dirty",
            "uss", "pss", "swap", "total", "available", "used", "free", "active", "inactive", "buffers", "cached",
            "slab", "sin", "sout");
}
