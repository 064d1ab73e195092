package org.provlens.energy.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.provlens.model.Device;
import org.provlens.model.DeviceKind;
import org.provlens.model.Host;
import org.provlens.model.StringProperty;
import org.provlens.model.Workflow;

/**
 * What the models need to know of a host: its GPUs, CPUs and memory, from the host and its devices in the workspace,
 * else from the {@code machine_info} that Flowcept records on each workflow ({@code machine_info.<host>.gpu.name},
 * {@code .gpu.count}, {@code .cpu.brand_raw}, {@code .memory.virtual.total}), with the device table's rows.
 *
 * @param gpuModel the GPU model name, {@code null} when unknown
 * @param gpus how many GPUs the tools list (GCDs for an MI250X), 0 when unknown
 * @param gpu the device table's row of the GPU, {@code null} when none matches
 * @param cpuModel the CPU model name, {@code null} when unknown
 * @param sockets CPU packages (1 unless the host lists CPU devices)
 * @param cpu the device table's row of the CPU, {@code null} when none matches
 * @param memoryBytes the host's memory, NaN when unknown
 */
record Hardware(String gpuModel, int gpus, DevicePowers.Entry gpu, String cpuModel, int sockets,
        DevicePowers.Entry cpu, double memoryBytes) {

    /** A host of which nothing is known. */
    static final Hardware UNKNOWN = new Hardware(null, 0, null, null, 1, null, Double.NaN);

    private static final String MACHINE_INFO = "machine_info.";

    /**
     * The hardware of hosts.
     *
     * @param hosts the hosts
     * @param workflows every workflow (for machine_info)
     * @param table the device table
     * @return one entry per host, in order
     */
    static Hardware[] of(List<Host> hosts, List<Workflow> workflows, DevicePowers table) {
        Map<String, Map<String, String>> info = new HashMap<>();
        for (Host host : hosts) {
            if (host.getName() != null) {
                info.put(host.getName(), new HashMap<>());
            }
        }
        if (!info.isEmpty()) {
            for (Workflow workflow : workflows) {
                for (StringProperty p : workflow.getProperties()) {
                    String key = p.getKey();
                    if (key == null || !key.startsWith(MACHINE_INFO)) {
                        continue;
                    }
                    String rest = key.substring(MACHINE_INFO.length());
                    for (Map.Entry<String, Map<String, String>> e : info.entrySet()) {
                        if (rest.startsWith(e.getKey() + ".")) {
                            e.getValue().putIfAbsent(rest.substring(e.getKey().length() + 1), p.getValue());
                        }
                    }
                }
            }
        }
        Hardware[] hardware = new Hardware[hosts.size()];
        for (int h = 0; h < hardware.length; h++) {
            Host host = hosts.get(h);
            Map<String, String> machine = host.getName() == null ? Map.of() : info.get(host.getName());
            String gpuModel = null;
            int gpus = 0;
            String cpuModel = host.getCpuModel();
            int sockets = 0;
            for (Device device : host.getDevices()) {
                if (device.getKind() == DeviceKind.GPU) {
                    gpus++;
                    gpuModel = gpuModel != null ? gpuModel : device.getModel();
                } else if (device.getKind() == DeviceKind.CPU) {
                    sockets++;
                    cpuModel = cpuModel != null ? cpuModel : device.getModel();
                }
            }
            if (gpuModel == null) {
                gpuModel = machine.get("gpu.name");
            }
            if (gpus == 0) {
                gpus = (int) number(machine.get("gpu.count"), 0);
            }
            if (cpuModel == null) {
                cpuModel = machine.get("cpu.brand_raw");
            }
            double memory = host.getMemoryBytes() > 0 ? host.getMemoryBytes()
                    : number(machine.get("memory.virtual.total"), Double.NaN);
            hardware[h] = new Hardware(gpuModel, gpus, gpuModel == null ? null : table.lookup(Component.GPU, gpuModel),
                    cpuModel, Math.max(1, sockets), cpuModel == null ? null : table.lookup(Component.CPU, cpuModel),
                    memory);
        }
        return hardware;
    }

    private static double number(String text, double otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
