package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.DevicePowers;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyModels;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.GroupBy;
import org.provlens.energy.core.Method;
import org.provlens.model.Host;
import org.provlens.model.Workflow;

/**
 * Two published training footprints reproduced from their published inputs, through the same models, device table
 * and pricing as any campaign: a run of one task per node, GPUs modelled at their power with the usage factor 1.
 */
class PublishedFiguresTest {

    @TempDir
    Path dir;

    /**
     * BLOOM (Luccioni, Viguier, Ligozat, JMLR 2023): 1,082,990 GPU-hours on Jean Zay's A100 SXM4 80 GB at their 400
     * W TDP, 433,196 kWh of dynamic training energy, 24.7 t CO2e at France's 57 gCO2e/kWh. The paper prices the
     * dynamic energy without the data centre's overhead (its idle and infrastructure consumption is a separate line),
     * so the site's PUE is 1 here. The 400 W come from the built-in device table.
     */
    @Test
    void bloom() {
        Fixtures f = new Fixtures();
        f.site.setName("Jean Zay");
        f.site.setPue(1.0);
        f.site.setCarbonIntensity(57);
        Workflow run = f.run("bloom-176b");
        double gpuHours = 1_082_990;
        int nodes = 48;
        double seconds = gpuHours / (nodes * 8) * 3600; // 384 GPUs for 2,820.3 hours
        for (int node = 0; node < nodes; node++) {
            Host host = f.host(String.format("jean-zay-%02d", node), 8, "NVIDIA A100-SXM4-80GB");
            Fixtures.task(run, "train-" + node, "train", 0, seconds, host);
        }
        EnergyGroup total = new EnergyProvider().fetch(EnergyQuery.of(f.workspace, GroupBy.WORKFLOW,
                Assumptions.defaults()), null).model().total();
        assertEquals(Method.MODELLED, total.component(Component.GPU).method());
        assertEquals(433_196, EnergyModels.kwh(total.component(Component.GPU).joules()), 1e-6,
                "1,082,990 GPU-hours × 0.4 kW");
        assertTrue(Double.isNaN(total.component(Component.CPU).joules()), "the paper's figure is the GPUs'");
        assertEquals(433_196, total.kwh(), 1e-6);
        assertEquals(433_196 * 57, total.co2eGrams(), 1e-3); // 24,692,172 g
        assertEquals(24.7, total.co2eGrams() / 1e6, 0.05, "24.7 t CO2e as published");
        assertEquals(48 * 8 * 400.0 * seconds, total.upperJoules(), 1e-3, "the TDP is also the upper bound");
    }

    /**
     * GPT-3 (Patterson et al. 2021, arXiv:2104.10350, Table 4): 10,000 V100 GPUs for 14.8 days at an average
     * system power of 330 W per processor, PUE 1.10, 429 gCO2e/kWh; published 1,287 MWh and 552 t CO2e. The
     * paper's 330 W (GPU and its share of the host) replace the V100's own 300 W TDP in a copy of the device
     * table, as a user would edit it. 10,000 × 0.330 kW × 355.2 h × 1.10 = 1,289,376 kWh and 553.1 t: the
     * published figures to 0.2 % (the paper rounds its inputs).
     */
    @Test
    void gpt3() throws IOException {
        Path table = java.nio.file.Files.writeString(dir.resolve("devices.csv"), """
                kind,model,watts,listed,idle_watts,source
                gpu,V100,330,1,,Patterson et al. 2021 Table 4: average system power per V100 processor while training GPT-3
                """);
        Fixtures f = new Fixtures();
        f.site.setName("Microsoft datacenter");
        f.site.setPue(1.10);
        f.site.setCarbonIntensity(429);
        Workflow run = f.run("gpt-3-175b");
        double seconds = 14.8 * 24 * 3600;
        for (int node = 0; node < 1250; node++) {
            Host host = f.host("node-" + node, 8, "Tesla V100-SXM2-32GB");
            Fixtures.task(run, "train-" + node, "train", 0, seconds, host);
        }
        Assumptions assumptions = Assumptions.defaults().withDevices(DevicePowers.read(table));
        EnergyGroup total = new EnergyProvider().fetch(EnergyQuery.of(f.workspace, GroupBy.WORKFLOW, assumptions),
                null).model().total();
        assertEquals(1_172_160, EnergyModels.kwh(total.joules()), 1e-6, "IT: 10,000 × 0.33 kW × 355.2 h");
        assertEquals(1_289_376, total.kwh(), 1e-6, "facility: × PUE 1.10");
        assertEquals(1_289_376 * 429, total.co2eGrams(), 1e-3);
        assertEquals(1287, total.kwh() / 1000, 1287 * 0.002, "1,287 MWh as published");
        assertEquals(552, total.co2eGrams() / 1e6, 552 * 0.003, "552 t CO2e as published");
    }
}
