package org.provlens.energy.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.provlens.model.TelemetrySchema;

/**
 * The telemetry channels of a schema that energy accounting reads: energy counters (AMD {@code energy_accumulator},
 * already in joules after a Flowcept import; NVML total energy; Linux powercap RAPL {@code energy_uj} with its
 * {@code max_energy_range_uj}), GPU power (NVIDIA {@code power}, converted from mW to W by the importer; AMD
 * {@code average_socket_power}), GPU activity, the machine's CPU load and its memory.
 */
final class Channels {

    /** The machine-wide CPU load, percent (psutil {@code cpu_percent}). */
    static final String CPU_LOAD = "cpu.percent_all";

    /** The machine's memory, bytes (psutil {@code virtual_memory().total}). */
    static final String MEMORY_TOTAL = "memory.virtual.total";

    private static final Pattern GPU_POWER = Pattern.compile("gpu\\.[^.]+\\.power(\\.average_socket_power)?");
    private static final Pattern GPU_ACTIVITY = Pattern.compile(
            "gpu\\.[^.]+\\.(activity\\.gfx_activity|utilization(\\.gpu)?)");

    /**
     * An energy counter.
     *
     * @param name the channel
     * @param component what it counts
     * @param joulesPerUnit its unit in joules
     * @param range the channel of its wrap-around range, {@code null} when unknown
     */
    record Counter(String name, Component component, double joulesPerUnit, String range) {
    }

    /**
     * What a schema holds.
     *
     * @param counters energy counters
     * @param gpuPower GPU power channels, W, one per device
     * @param gpuActivity GPU activity channels, percent, one per device
     * @param gpuDevices how many GPU devices it has channels of
     * @param cpuLoad whether it has the machine's CPU load
     * @param memory whether it has the machine's memory
     */
    record Info(List<Counter> counters, List<String> gpuPower, List<String> gpuActivity, int gpuDevices,
            boolean cpuLoad, boolean memory) {
    }

    private Channels() {
    }

    /**
     * The channels of a schema.
     *
     * @param schema the schema
     * @return what it holds
     */
    static Info of(TelemetrySchema schema) {
        List<String> channels = schema.getChannels();
        List<String> units = schema.getUnits();
        List<Counter> counters = new ArrayList<>();
        List<String> power = new ArrayList<>();
        List<String> activity = new ArrayList<>();
        Set<String> devices = new TreeSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String name = channels.get(i);
            String unit = i < units.size() && units.get(i) != null ? units.get(i) : "";
            if (name.startsWith("gpu.") && name.indexOf('.', 4) > 0) {
                devices.add(name.substring(4, name.indexOf('.', 4)));
            }
            double factor = joulesPerUnit(name, unit);
            if (!Double.isNaN(factor)) {
                String range = null;
                if (name.endsWith("energy_uj")) {
                    String candidate = name.substring(0, name.length() - "energy_uj".length()) + "max_energy_range_uj";
                    range = channels.contains(candidate) ? candidate : null;
                }
                counters.add(new Counter(name, componentOf(name), factor, range));
            } else if (GPU_POWER.matcher(name).matches() && unit.equals("W")) {
                power.add(name);
            } else if (GPU_ACTIVITY.matcher(name).matches()) {
                activity.add(name);
            }
        }
        return new Info(List.copyOf(counters), List.copyOf(power), List.copyOf(activity), devices.size(),
                channels.contains(CPU_LOAD), channels.contains(MEMORY_TOTAL));
    }

    /** Joules per unit of an energy counter, NaN for a channel that is not one. */
    private static double joulesPerUnit(String name, String unit) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("max_energy_range_uj")) {
            return Double.NaN;
        }
        if (lower.endsWith("energy_uj") && (unit.isEmpty() || unit.equals("µJ") || unit.equals("uJ"))) {
            return 1e-6;
        }
        if (lower.endsWith("energy_accumulator") && unit.isEmpty()) {
            return 1; // a schema without units (an older workspace): the Flowcept importer wrote joules
        }
        if (!lower.contains("energy")) {
            return Double.NaN;
        }
        return switch (unit) {
            case "J" -> 1;
            case "mJ" -> 1e-3;
            case "µJ", "uJ" -> 1e-6;
            case "kWh" -> EnergyModels.JOULES_PER_KWH;
            default -> Double.NaN;
        };
    }

    private static Component componentOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gpu.")) {
            return Component.GPU;
        }
        if (lower.contains("dram") || lower.startsWith("memory.")) {
            return Component.RAM;
        }
        if (lower.contains("psys")) {
            return Component.OTHER;
        }
        if (lower.startsWith("cpu.") || lower.contains("package") || lower.contains("pkg") || lower.contains("core")
                || lower.contains("rapl")) {
            return Component.CPU;
        }
        return Component.OTHER;
    }
}
