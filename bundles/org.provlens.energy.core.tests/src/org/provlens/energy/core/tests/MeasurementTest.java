package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.energy.core.tests.Fixtures.at;
import static org.provlens.energy.core.tests.Fixtures.task;
import static org.provlens.energy.core.tests.Fixtures.telemetry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.Method;
import org.provlens.model.Host;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;

/** How each kind of record becomes energy: counters, power snapshots, power series. Figures worked out by hand. */
class MeasurementTest {

    private static final double NAN = Double.NaN;

    @Test
    void amdCountersAreMeasuredAndTheSecondGcdOfAnMi250xAddsNothing() {
        Fixtures f = new Fixtures();
        Workflow run = f.run("run");
        Host node = f.host("frontier00001");
        TelemetrySchema amd = f.schema("amd", List.of("gpu.gpu_0.power.energy_accumulator",
                "gpu.gpu_1.power.energy_accumulator"), List.of("J", "J"));
        Task train = task(run, "train", "model_train", 0, 10, node);
        telemetry(train, amd, new double[] {1000, 0}, new double[] {4000, 0});
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));
        int i = at(ledger, train);
        assertEquals(3000, ledger.joules(i, Component.GPU), 1e-9);
        assertEquals(Method.MEASURED, ledger.method(i, Component.GPU));
        assertEquals(3000, ledger.lowerJoules(i), 1e-9, "a counter's figure is exact");
        assertEquals(3000, ledger.upperJoules(i), 1e-9);
        assertTrue(Double.isNaN(ledger.joules(i, Component.CPU)), "no CPU telemetry and no CPU known: no data");
        assertEquals(Method.NONE, ledger.method(i, Component.CPU));
    }

    @Test
    void raplCountersWrapAtTheirRange() {
        Fixtures f = new Fixtures();
        Task task = task(f.run("run"), "t", "step", 0, 60, f.host("node"));
        TelemetrySchema rapl = f.schema("rapl", List.of("cpu.rapl.package-0.energy_uj",
                "cpu.rapl.package-0.max_energy_range_uj"), List.of("µJ", "µJ"));
        telemetry(task, rapl, new double[] {262_000_000_000.0, 262_143_328_850.0},
                new double[] {1_000_000, 262_143_328_850.0});
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));
        // (262,143,328,850 − 262,000,000,000 + 1,000,000) µJ
        assertEquals(144.32885, ledger.joules(at(ledger, task), Component.CPU), 1e-9);
        assertEquals(Method.MEASURED, ledger.method(at(ledger, task), Component.CPU));
    }

    @Test
    void aResetCounterFallsBackToThePowerSnapshotsAndSaysSo() {
        Fixtures f = new Fixtures();
        Task task = task(f.run("run"), "t", "step", 0, 10, f.host("node"));
        TelemetrySchema schema = f.schema("amd", List.of("gpu.gpu_0.power.energy_accumulator",
                "gpu.gpu_0.power.average_socket_power"), List.of("J", "W"));
        telemetry(task, schema, new double[] {5000, 200}, new double[] {100, 300});
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));
        int i = at(ledger, task);
        // Mean of 200 W and 300 W over 10 s; bounds 200 W and 300 W over 10 s.
        assertEquals(2500, ledger.joules(i, Component.GPU), 1e-9);
        assertEquals(Method.INTEGRATED, ledger.method(i, Component.GPU));
        assertEquals(2000, ledger.lowerJoules(i), 1e-9);
        assertEquals(3000, ledger.upperJoules(i), 1e-9);
        assertTrue(ledger.warnings().stream().anyMatch(w -> w.contains("went back") && w.contains("e.g. t")),
                ledger.warnings()::toString);
    }

    @Test
    void nvidiaStartAndEndPowerGiveTheirMeanTimesTheDurationWithinMinAndMax() {
        Fixtures f = new Fixtures();
        Task task = task(f.run("run"), "t", "step", 100, 120, f.host("node"));
        // Flowcept's NVIDIA power is mW; the importer converts it to W.
        TelemetrySchema nvidia = f.schema("nvidia", List.of("gpu.gpu_0.power", "gpu.gpu_1.power"), List.of("W", "W"));
        telemetry(task, nvidia, new double[] {250, 100}, new double[] {350, 100});
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));
        int i = at(ledger, task);
        // GPU 0: (250 + 350)/2 × 20 s = 6,000 J in [5,000, 7,000]; GPU 1: 100 W × 20 s = 2,000 J.
        assertEquals(8000, ledger.joules(i, Component.GPU), 1e-9);
        assertEquals(7000, ledger.lowerJoules(i), 1e-9);
        assertEquals(9000, ledger.upperJoules(i), 1e-9);
    }

    @Test
    void oneSnapshotIsBoundedByNothingAndTheNodesMaximumPower() {
        Fixtures f = new Fixtures();
        Workflow run = f.run("run");
        Host node = f.host("frontier00002");
        StringProperty name = Fixtures.F.createStringProperty();
        name.setKey("machine_info.frontier00002.gpu.name");
        name.setValue("AMD Instinct MI250X");
        StringProperty count = Fixtures.F.createStringProperty();
        count.setKey("machine_info.frontier00002.gpu.count");
        count.setValue("2");
        run.getProperties().addAll(List.of(name, count));
        Task forward = task(run, "forward", "GPTForCausalLM", 0, 4, node);
        TelemetrySchema amd = f.schema("amd", List.of("gpu.gpu_0.power.average_socket_power",
                "gpu.gpu_1.power.average_socket_power"), List.of("W", "W"));
        telemetry(forward, amd, new double[] {NAN, NAN}, new double[] {500, 0});
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));
        int i = at(ledger, forward);
        // 500 W (the module, on its first GCD) + 0 W × 4 s; at most one MI250X module (560 W) × 4 s.
        assertEquals(2000, ledger.joules(i, Component.GPU), 1e-9);
        assertEquals(Method.INTEGRATED, ledger.method(i, Component.GPU));
        assertEquals(0, ledger.lowerJoules(i), 1e-9);
        assertEquals(2240, ledger.upperJoules(i), 1e-9);
    }

    @Test
    void aPowerSeriesOfTheRunIsIntegratedOverEachTask() {
        Fixtures f = new Fixtures();
        Workflow run = f.run("mlflow-run");
        Host node = f.host("node");
        run.setHost(node);
        run.setStartedAt(0);
        run.setEndedAt(100);
        Series power = Fixtures.F.createSeries();
        power.setKey("system/gpu_0_power_usage_watts");
        power.setKind(SeriesKind.TELEMETRY);
        power.setAxis(SeriesAxis.TIME);
        power.setUnit("W");
        power.setXs(new double[] {0, 10, 20, 30, 100});
        power.setYs(new double[] {100, 200, 200, 100, 100});
        run.getSeries().add(power);
        Task epoch = task(run, "epoch", "epoch", 5, 25, node);
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));
        // Over [5, 25]: 150→200 W on [5, 10] = 875 J, 200 W on [10, 20] = 2,000 J, 200→150 W on [20, 25] = 875 J.
        int e = at(ledger, epoch);
        assertEquals(3750, ledger.joules(e, Component.GPU), 1e-9);
        assertEquals(Method.INTEGRATED, ledger.method(e, Component.GPU));
        // The run: 1,500 + 2,000 + 1,500 + 7,000 = 12,000 J; its own series covers its task.
        int r = at(ledger, run);
        assertEquals(12000, ledger.joules(r, Component.GPU), 1e-9);
        assertEquals(12000 - 3750, ledger.exclusiveJoules(r), 1e-9);
    }
}
