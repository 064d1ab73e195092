package org.provlens.analysis.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.LevelTable.Aggregate;
import org.provlens.analysis.core.Levels;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

class LevelTableTest {

    private final Workspace workspace = Campaigns.sweep();

    @Test
    void levelsAreActivitiesSubtypesOrTheChildrenOfATask() {
        assertEquals(4, LevelTable.of(workspace, "model_train").rows().size());
        assertEquals(8, LevelTable.of(workspace, "epochs_loop_iteration").rows().size());
        assertEquals(List.of("epoch-2-0", "epoch-2-1"),
                LevelTable.of(workspace, "children-of:train-2").rows().stream().map(Task::getId).toList());
        assertThrows(IllegalArgumentException.class, () -> Levels.select(workspace, "children-of:nope"));
        assertEquals(Map.of("model_train", 4, "epochs_loop_iteration", 8), Levels.activities(workspace));
    }

    @Test
    void columnsCoverIdentityParametersOutputsAndTelemetry() {
        List<String> names = LevelTable.of(workspace, "model_train").columns().names();
        assertTrue(names.containsAll(List.of("id", "activity", "status", "host", "workflow", "duration", "used.lr",
                "used.optimizer", "generated.loss", "telemetry.gpu.gpu_0.power.mean",
                "telemetry.gpu.gpu_0.power.max", "telemetry.disk.io_sum.read_bytes.delta")), names::toString);
        assertEquals("run-2", LevelTable.of(workspace, "model_train").column("workflow").text()
                .apply(LevelTable.of(workspace, "model_train").rows().get(2)));
    }

    @Test
    void readersLeaveNoEmptyListsOnALeaf() throws ReflectiveOperationException {
        // The generated getters create an empty list on first call, which then stays with the task: a walk of a
        // million leaves through them would grow the workspace by tens of megabytes per feature.
        Workspace ws = Campaigns.sweep();
        Task leaf = org.provlens.model.ProvlensFactory.eINSTANCE.createTask();
        leaf.setId("leaf");
        leaf.setActivity("layer_forward");
        Levels.select(ws, "model_train").get(0).getChildren().add(leaf);
        LevelTable table = LevelTable.of(ws, Levels.ALL);
        for (String column : table.columns().names()) {
            table.rows().forEach(row -> table.column(column).text().apply(row));
        }
        table.sort("duration", true);
        Levels.activities(ws);
        org.provlens.analysis.core.WorkspaceSummary.of(ws);
        org.provlens.energy.core.EnergyColumns.taskColumns(table.rows());
        assertTrue(table.rows().contains(leaf));
        for (String field : List.of("parameters", "metrics", "properties", "series", "used", "generated", "energy",
                "children", "dependencies")) {
            Class<?> owner = field.equals("children") || field.equals("dependencies")
                    ? org.provlens.model.impl.TaskImpl.class : org.provlens.model.impl.ExecutionImpl.class;
            java.lang.reflect.Field list = owner.getDeclaredField(field);
            list.setAccessible(true);
            assertEquals(null, list.get(leaf), field + " was created by a reader");
        }
    }

    @Test
    void energyColumnsSumTheGpuCountersAndTheEstimates() {
        org.provlens.model.ProvlensFactory f = org.provlens.model.ProvlensFactory.eINSTANCE;
        Workspace ws = Campaigns.sweep();
        org.provlens.model.TelemetrySchema schema = f.createTelemetrySchema();
        schema.setId("amd");
        schema.getChannels().addAll(List.of("gpu.gpu_0.power.energy_accumulator", "gpu.gpu_0.power.average_socket_power",
                "gpu.gpu_1.power.energy_accumulator"));
        ws.getTelemetrySchemas().add(schema);
        List<Task> trains = Levels.select(ws, "model_train");
        // train-0: both GPUs counted; train-1: the second GPU's end missing; train-2: no telemetry.
        double[][] ends = {{1500, 200, 2600}, {1250, 200, Double.NaN}};
        for (int i = 0; i < ends.length; i++) {
            org.provlens.model.Telemetry telemetry = f.createTelemetry();
            telemetry.setSchema(schema);
            telemetry.setAtStart(new double[] {1000, 100, 2000});
            telemetry.setAtEnd(ends[i]);
            trains.get(i).setTelemetry(telemetry);
        }
        trains.get(2).setTelemetry(null);
        // Estimates on train-3: total with carbon, and a GPU part.
        org.provlens.model.EnergyEstimate total = f.createEnergyEstimate();
        total.setComponent(org.provlens.model.EnergyComponent.TOTAL);
        total.setJoules(3600);
        total.setCo2eGrams(0.4);
        org.provlens.model.EnergyEstimate gpu = f.createEnergyEstimate();
        gpu.setComponent(org.provlens.model.EnergyComponent.GPU);
        gpu.setJoules(2000);
        trains.get(3).getEnergy().addAll(List.of(total, gpu));

        // The energy columns come from org.provlens.energy.core now; its carbon is the facility energy at the
        // site's PUE and the intensity recorded with the estimates (0.4 g for 0.001 kWh: 400 g/kWh), so a PUE of
        // 1 gives the recorded carbon again.
        List<org.provlens.analysis.core.ColumnSource> energy = List.of(org.provlens.energy.core.EnergyColumns.of(
                org.provlens.energy.core.Assumptions.defaults().withDefaults(1.0, 400, "test")));
        LevelTable table = LevelTable.of(ws, "model_train", energy);
        assertEquals(List.of(1100.0, 250.0, Double.NaN, Double.NaN), values(table, "energy.gpu.measured"));
        // The counted tasks have an IT energy now, train-3 its estimates' (2,000 J of GPU, 1,600 J beyond the parts).
        assertEquals(List.of(1100.0, 250.0, Double.NaN, 3600.0), values(table, "energy.total"));
        assertEquals(List.of(1100.0, 250.0, Double.NaN, 2000.0), values(table, "energy.gpu"));
        assertEquals(List.of(1100 / 3.6e6 * 400, 250 / 3.6e6 * 400, Double.NaN, 0.4), values(table, "energy.co2e_g"));
        assertEquals(List.of("train-0", "train-1", "train-2", "train-3"),
                table.sort("energy.gpu.measured", true).rows().stream().map(Task::getId).toList());
        assertEquals(List.of("train-0", "train-1"),
                table.filter("energy.gpu.measured > 200").rows().stream().map(Task::getId).toList());
        assertTrue(LevelTable.of(Campaigns.sweep(), "model_train").columns().names().stream()
                .noneMatch(n -> n.startsWith("energy.")), "no energy columns without a source of them");
        assertTrue(LevelTable.of(Campaigns.sweep(), "epochs_loop_iteration", energy).columns().names().stream()
                .noneMatch(n -> n.startsWith("energy.")), "no energy columns where nothing was recorded");
    }

    @Test
    void numbersKeepTheirMagnitudeAndTimestampsTheirMilliseconds() {
        assertEquals("1772458241.348", org.provlens.analysis.core.Column.format(1772458241.348413));
        assertEquals("28367100.5", org.provlens.analysis.core.Column.format(28367100.5));
        assertEquals("3", org.provlens.analysis.core.Column.format(3.0));
        assertEquals("0.0123457", org.provlens.analysis.core.Column.format(0.0123456789));
        assertEquals("-17779.7", org.provlens.analysis.core.Column.format(-17779.71));
        assertEquals("1e+20", org.provlens.analysis.core.Column.format(1e20 + 12345.5));
        assertEquals("3e-05", org.provlens.analysis.core.Column.format(3e-5));
        assertEquals("1.5e-07", org.provlens.analysis.core.Column.format(1.5e-7));
        assertEquals(null, org.provlens.analysis.core.Column.format(Double.NaN));
    }

    private static List<Double> values(LevelTable table, String column) {
        return table.rows().stream().map(t -> table.column(column).number().applyAsDouble(t)).toList();
    }

    @Test
    void sortingPutsAbsentValuesLastEitherWay() {
        LevelTable table = LevelTable.of(workspace, "model_train");
        assertEquals(List.of("train-1", "train-3", "train-0", "train-2"),
                table.sort("generated.loss", false).rows().stream().map(Task::getId).toList());
        assertEquals(List.of("train-0", "train-3", "train-1", "train-2"),
                table.sort("generated.loss", true).rows().stream().map(Task::getId).toList());
        assertEquals(List.of("train-0", "train-1", "train-2", "train-3"),
                table.sort("used.optimizer", false).rows().stream().map(Task::getId).toList());
        assertThrows(IllegalArgumentException.class, () -> table.sort("nope", false));
    }

    @Test
    void groupingAggregatesEveryNumericColumn() {
        LevelTable table = LevelTable.of(workspace, "model_train");
        LevelTable.Grouped mean = table.group("used.optimizer", Aggregate.MEAN);
        int lr = mean.columns().indexOf("used.lr");
        int loss = mean.columns().indexOf("generated.loss");
        assertEquals(List.of("adam", 2L), mean.rows().get(0).subList(0, 2));
        assertEquals(0.0055, (Double) mean.rows().get(0).get(lr), 1e-12);
        assertEquals(0.4, (Double) mean.rows().get(1).get(loss), 1e-12, "the absent loss of train-2 is skipped");
        assertEquals(0.11, (Double) table.group("used.optimizer", Aggregate.SUM).rows().get(1).get(lr), 1e-12);
        assertEquals(0.1, (Double) table.group("used.optimizer", Aggregate.MAX).rows().get(1).get(lr), 1e-12);
        assertEquals(Aggregate.SUM, Aggregate.parse("Sum"));
        assertThrows(IllegalArgumentException.class, () -> Aggregate.parse("median"));
    }

    @Test
    void sortingSixtyThousandRowsAgreesWithAStableComparatorSort() {
        sortAndCompare(true); // ASCII ids: sorted by packed prefixes, long shared prefixes by whole text
        sortAndCompare(false); // ids beyond ASCII: sorted by ranks
    }

    @Test
    void successiveSortsAndFiltersKeepTheOrderOfEqualKeys() {
        LevelTable table = LevelTable.of(steps(true), "step");
        LevelTable byHost = table.sort("host", false);
        assertEquals(comparatorSort(byHost.rows(), table.column("started"), true),
                byHost.sort("started", true).rows(), "host order kept among equal start times");
        LevelTable filtered = byHost.filter("started < 0");
        assertTrue(filtered.rows().size() > 10_000 && filtered.rows().size() < 40_000, () -> "" + filtered.rows().size());
        assertTrue(filtered.rows().stream().allMatch(t -> t.getStartedAt() < 0));
        assertEquals(comparatorSort(filtered.rows(), table.column("id"), false), filtered.sort("id", false).rows());
        assertEquals(comparatorSort(filtered.rows(), table.column("duration"), false),
                filtered.sort("duration", false).rows(), "the kept duration values are reused after a filter");
        List<Task> rows = filtered.rows();
        for (int i = 0; i < rows.size(); i += 97) {
            assertEquals(i, filtered.indexOf(rows.get(i)));
        }
        Task filteredOut = table.rows().stream().filter(t -> t.getStartedAt() >= 0).findFirst().orElseThrow();
        assertEquals(-1, filtered.indexOf(filteredOut));
        assertEquals(-1, filtered.indexOf(org.provlens.model.ProvlensFactory.eINSTANCE.createTask()));
    }

    @Test
    void columnsReadAheadGiveTheSameOrderAndASortMeanwhileWaitsForThem() throws Exception {
        LevelTable table = LevelTable.of(steps(true), "step");
        assertEquals(0, table.prefetch(List.of("started", "id"), () -> true), "stopped before the first column");
        List<String> columns = List.of("id", "host", "started", "duration", "no-such-column");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var reading = pool.submit(() -> table.prefetch(columns, () -> false));
            var sorting = pool.submit(() -> table.sort("id", true).sort("duration", false).rows());
            LevelTable reference = LevelTable.of(steps(true), "step");
            List<String> expected = reference.sort("id", true).sort("duration", false).rows().stream()
                    .map(Task::getId).toList();
            assertEquals(expected, sorting.get().stream().map(Task::getId).toList());
            assertEquals(4, reading.get(), "unknown columns are skipped");
        } finally {
            pool.shutdown();
        }
        for (String column : List.of("id", "host", "started", "duration")) {
            assertEquals(comparatorSort(table.rows(), table.column(column), true), table.sort(column, true).rows(),
                    column);
        }
    }

    private static Workspace steps(boolean ascii) {
        org.provlens.model.ProvlensFactory f = org.provlens.model.ProvlensFactory.eINSTANCE;
        Workspace ws = f.createWorkspace();
        org.provlens.model.Campaign campaign = f.createCampaign();
        campaign.setId("c");
        ws.getCampaigns().add(campaign);
        org.provlens.model.Workflow wf = f.createWorkflow();
        wf.setId("w");
        campaign.getWorkflows().add(wf);
        java.util.Random random = new java.util.Random(7);
        String[] hosts = {"frontier01", "frontier02", "frontier03", null};
        double[] specials = {0.0, -0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -3.5, 1e300, -1e-300};
        for (int i = 0; i < 60_000; i++) {
            Task t = f.createTask();
            // Ids that tie on their first characters, share a prefix longer than the packed one, are prefixes of
            // one another, or are not ASCII.
            t.setId(i % 7 == 0 ? "t" + (i % 50)
                    : i % 11 == 0 && !ascii ? "é" + (i % 13)
                    : i % 3 == 0 ? "frontier-task-" + (i * 7919 % 60_000)
                    : Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i));
            t.setActivity("step");
            t.setStartedAt(i % 97 == 0 ? specials[i % specials.length] : random.nextInt(50) - 20); // many ties
            t.setEndedAt(random.nextInt(10) == 0 ? Double.NaN : 100 + random.nextInt(1000));
            if (hosts[i % 4] != null) {
                org.provlens.model.Host host = f.createHost();
                host.setName(hosts[random.nextInt(3)]);
                t.setHost(host);
            }
            wf.getTasks().add(t);
        }
        return ws;
    }

    private static void sortAndCompare(boolean ascii) {
        LevelTable table = LevelTable.of(steps(ascii), "step");
        for (String column : List.of("started", "duration", "host", "id")) {
            for (boolean descending : new boolean[] {false, true}) {
                assertEquals(comparatorSort(table.rows(), table.column(column), descending),
                        table.sort(column, descending).rows(), column + (descending ? " desc" : ""));
            }
        }
    }

    /** The reference: a stable comparator sort, absent values last either way. */
    private static List<Task> comparatorSort(List<Task> rows, org.provlens.analysis.core.Column c,
            boolean descending) {
        java.util.Comparator<Task> order = c.type() == org.provlens.analysis.core.Column.Type.NUMBER
                ? java.util.Comparator.comparing(t -> nan(c.number().applyAsDouble(t)),
                        java.util.Comparator.nullsLast(descending ? java.util.Comparator.<Double>reverseOrder()
                                : java.util.Comparator.<Double>naturalOrder()))
                : java.util.Comparator.comparing(t -> c.text().apply(t),
                        java.util.Comparator.nullsLast(descending ? java.util.Comparator.<String>reverseOrder()
                                : java.util.Comparator.<String>naturalOrder()));
        List<Task> expected = new java.util.ArrayList<>(rows);
        expected.sort(order); // List.sort is stable
        return expected;
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
