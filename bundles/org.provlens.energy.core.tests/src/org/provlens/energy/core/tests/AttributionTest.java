package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.energy.core.tests.Fixtures.at;
import static org.provlens.energy.core.tests.Fixtures.task;
import static org.provlens.energy.core.tests.Fixtures.telemetry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GroupBy;
import org.provlens.energy.core.Method;
import org.provlens.model.Host;
import org.provlens.model.Task;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.workspace.core.WorkspaceSession;

/** Attribution through the hierarchy and between concurrent executions of a node, every joule counted once. */
class AttributionTest {

    @TempDir
    Path dir;

    private static final List<String> COUNTER = List.of("gpu.gpu_0.power.energy_accumulator");
    private static final List<String> JOULES = List.of("J");

    @Test
    void aParentIsItsChildrenPlusItsRemainderAndTheTotalCountsItOnce() {
        Fixtures f = new Fixtures();
        Workflow run = f.run("run");
        Host node = f.host("node");
        TelemetrySchema gpu = f.schema("gpu", COUNTER, JOULES);
        // A counter read at the start and end of every task with telemetry; the power is 100 W then 75 W ...
        Task train = task(run, "train", "model_train", 0, 100, node);
        telemetry(train, gpu, new double[] {0}, new double[] {10_000});
        Task e1 = task(train, "e1", "epoch", 0, 40, node);
        telemetry(e1, gpu, new double[] {0}, new double[] {3000});
        Task e2 = task(train, "e2", "epoch", 50, 90, node);
        telemetry(e2, gpu, new double[] {5000}, new double[] {9500});
        Task b1 = task(e1, "b1", "batch", 0, 10, node);
        telemetry(b1, gpu, new double[] {0}, new double[] {1000});
        Task b2 = task(e1, "b2", "batch", 20, 30, node); // no telemetry: e1's 75 W × 10 s
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));

        assertEquals(10_000, ledger.joules(at(ledger, train)), 1e-9);
        assertEquals(10_000 - 3000 - 4500, ledger.exclusiveJoules(at(ledger, train)), 1e-9);
        assertEquals(3000, ledger.joules(at(ledger, e1)), 1e-9);
        assertEquals(3000 - 1000 - 750, ledger.exclusiveJoules(at(ledger, e1)), 1e-9);
        assertEquals(4500, ledger.joules(at(ledger, e2)), 1e-9);
        assertEquals(1000, ledger.joules(at(ledger, b1)), 1e-9);
        assertEquals(Method.MEASURED, ledger.method(at(ledger, b1), Component.GPU));
        assertEquals(750, ledger.joules(at(ledger, b2)), 1e-9);
        assertEquals(Method.MODELLED, ledger.method(at(ledger, b2), Component.GPU));
        assertEquals(10_000, ledger.joules(at(ledger, run)), 1e-9, "the run is its task");

        EnergyProvider provider = new EnergyProvider();
        EnergyReport byActivity = provider.fetch(EnergyQuery.of(f.workspace, GroupBy.ACTIVITY,
                Fixtures.plain(400)), null).model();
        assertEquals(10_000, byActivity.total().joules(), 1e-9, "the roots, not 10,000 + 7,500 + 1,750");
        assertEquals(5, byActivity.total().tasks());
        Map<String, EnergyGroup> groups = byActivity.groups().stream()
                .collect(Collectors.toMap(EnergyGroup::key, g -> g));
        assertEquals(10_000, groups.get("model_train").joules(), 1e-9);
        assertEquals(7500, groups.get("epoch").joules(), 1e-9);
        assertEquals(1750, groups.get("batch").joules(), 1e-9);
        assertEquals(2500, groups.get("model_train").exclusiveJoules(), 1e-9);
        assertEquals(5750, groups.get("epoch").exclusiveJoules(), 1e-9);
        assertEquals(10_000, groups.values().stream().mapToDouble(EnergyGroup::exclusiveJoules).sum(), 1e-9,
                "the exclusive figures partition the total");
        EnergyGroup epochs = groups.get("epoch");
        assertEquals(List.of("epoch"), epochs.perUnit().stream().map(u -> u.unit()).toList());
        assertEquals(7500 / 2.0, epochs.perUnit().get(0).joules(), 1e-9, "per epoch");

        EnergyReport byLevel = provider.fetch(EnergyQuery.of(f.workspace, GroupBy.LEVEL, Fixtures.plain(400)), null)
                .model();
        assertEquals(List.of("0", "1", "2"), byLevel.groups().stream().map(EnergyGroup::key).toList());
        assertEquals(List.of(10_000.0, 7500.0, 1750.0), byLevel.groups().stream().map(EnergyGroup::joules).toList());

        // A task asked for on its own, with what is below it.
        EnergyReport scoped = provider.fetch(EnergyQuery.of(f.workspace, GroupBy.ACTIVITY, Fixtures.plain(400))
                .scoped(List.of(e1)), null).model();
        assertEquals(3000, scoped.total().joules(), 1e-9);
        assertEquals(3, scoped.total().tasks());
        assertEquals("e1", scoped.top().get(0).key(), "e1's own 1,250 J is the largest remainder");
    }

    @Test
    void twoTasksSharingANodeAreChargedTheirShareByOverlap() {
        Fixtures f = new Fixtures();
        Host node = f.host("node");
        TelemetrySchema gpu = f.schema("gpu", COUNTER, JOULES);
        // Two runs on one node, the node at a constant 200 W for 150 s: 30,000 J in all. Each task reads the
        // node's counter: 20,000 J over its 100 s.
        Task t1 = task(f.run("run-1"), "t1", "model_train", 0, 100, node);
        telemetry(t1, gpu, new double[] {0}, new double[] {20_000});
        Task t2 = task(f.run("run-2"), "t2", "model_train", 50, 150, node);
        telemetry(t2, gpu, new double[] {10_000}, new double[] {30_000});
        // Two concurrent children of t1 (overlapping over [40, 60]), each reading 200 W × 60 s.
        Task c1 = task(t1, "c1", "epoch", 0, 60, node);
        telemetry(c1, gpu, new double[] {0}, new double[] {12_000});
        Task c2 = task(t1, "c2", "epoch", 40, 100, node);
        telemetry(c2, gpu, new double[] {8000}, new double[] {20_000});
        EnergyLedger ledger = f.ledger(Fixtures.plain(400));

        // t1: alone on [0, 50), half the node on [50, 100): 75 of its 100 s, 15,000 J; t2 likewise.
        assertEquals(0.75, ledger.share(at(ledger, t1)), 1e-12);
        assertEquals(15_000, ledger.joules(at(ledger, t1)), 1e-9);
        assertEquals(15_000, ledger.joules(at(ledger, t2)), 1e-9);
        // c1: its parent's share over c2's overlap: 1 on [0, 40), 1/2 on [40, 50), 1/4 on [50, 60): 47.5 of 60 s.
        assertEquals(12_000 * 47.5 / 60, ledger.joules(at(ledger, c1)), 1e-9);
        // c2: 1/2 on [40, 50), 1/4 on [50, 60), 1/2 on [60, 100): 27.5 of 60 s.
        assertEquals(12_000 * 27.5 / 60, ledger.joules(at(ledger, c2)), 1e-9);
        assertEquals(15_000, ledger.joules(at(ledger, c1)) + ledger.joules(at(ledger, c2)), 1e-9,
                "the children are their parent's share");
        assertEquals(0, ledger.exclusiveJoules(at(ledger, t1)), 1e-9);
        EnergyReport report = new EnergyProvider().fetch(EnergyQuery.of(f.workspace, GroupBy.HOST,
                Fixtures.plain(400)), null).model();
        assertEquals(30_000, report.total().joules(), 1e-9, "the node's 150 s at 200 W, once");
        assertEquals(30_000, report.groups().get(0).joules(), 1e-9);
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("charged their share")),
                report.warnings()::toString);
    }

    @Test
    void fourCodeCarbonRanksOnOneNodeAreChargedTheNodeOnce() throws IOException {
        // codecarbon#1390: each rank's tracker measures the whole node; four ranks report it four times. The four
        // rows have the same hardware (so the same host), the same 3,600 s and 1 kWh of GPU energy each.
        StringBuilder csv = new StringBuilder("timestamp,project_name,run_id,duration,emissions,cpu_energy,"
                + "gpu_energy,ram_energy,energy_consumed,country_iso_code,cpu_model,gpu_model,gpu_count,"
                + "ram_total_size,os,pue,codecarbon_version\n");
        for (int rank = 0; rank < 4; rank++) {
            csv.append("2024-06-10T10:00:00,ddp,rank-").append(rank)
                    .append(",3600,0.46,0.1,1.0,0.05,1.15,FRA,AMD EPYC 7742 64-Core Processor,4 x NVIDIA A100-SXM4-40GB,4,")
                    .append("512,Linux,1.0,3.3.0\n");
        }
        Path file = Files.writeString(dir.resolve("emissions.csv"), csv);
        try (WorkspaceSession session = WorkspaceSession.inMemory("ranks")) {
            session.importFiles(List.of(file), null, null);
            Workspace workspace = session.workspace();
            Assumptions assumptions = Fixtures.plain(400);
            EnergyReport report = new EnergyProvider().fetch(EnergyQuery.of(workspace, GroupBy.WORKFLOW,
                    assumptions), null).model();
            // 1.15 kWh of IT energy on the node over the hour, not 4.6.
            assertEquals(1.15 * 3.6e6, report.total().joules(), 1e-6);
            assertEquals(1.0 * 3.6e6, report.total().component(Component.GPU).joules(), 1e-6);
            assertEquals(Method.MEASURED, report.total().component(Component.GPU).method());
            assertEquals(4, report.groups().size());
            for (EnergyGroup rank : report.groups()) {
                assertEquals(1.15 * 3.6e6 / 4, rank.joules(), 1e-6, rank.key());
            }
            // CodeCarbon's own carbon at its intensity: 0.46 kg / 1.15 kWh = 400 g/kWh, so 460 g for the node.
            assertEquals(460, report.total().co2eGrams(), 1e-6);
        }
    }

    @Test
    void aZeroGpuEnergyRecordedByCodeCarbonIsNoDataNotZero() throws IOException {
        // codecarbon#1316: a GPU without an energy counter is reported as 0 kWh, silently.
        Path file = Files.writeString(dir.resolve("zero.csv"), "timestamp,project_name,run_id,duration,emissions,"
                + "cpu_energy,gpu_energy,ram_energy,energy_consumed,gpu_count,gpu_model,codecarbon_version\n"
                + "2024-06-10T10:00:00,p,run-0,3600,0.04,0.1,0.0,0.0,0.1,1,1 x Radeon Pro W6800,3.3.0\n");
        try (WorkspaceSession session = WorkspaceSession.inMemory("zero")) {
            session.importFiles(List.of(file), null, null);
            EnergyReport report = new EnergyProvider().fetch(EnergyQuery.of(session.workspace(), GroupBy.WORKFLOW,
                    Fixtures.plain(400)), null).model();
            assertTrue(Double.isNaN(report.total().component(Component.GPU).joules()), "no data, not 0 J");
            assertEquals(Method.NONE, report.total().component(Component.GPU).method());
            assertEquals(0.1 * 3.6e6, report.total().component(Component.CPU).joules(), 1e-6);
            assertTrue(report.warnings().stream().anyMatch(w -> w.contains("codecarbon#1316")),
                    report.warnings()::toString);
        }
    }
}
