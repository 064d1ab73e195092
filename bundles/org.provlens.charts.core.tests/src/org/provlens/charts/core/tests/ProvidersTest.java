package org.provlens.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.ProviderStatus;
import org.provlens.charts.core.ActivityStats;
import org.provlens.charts.core.ActivityStatsProvider;
import org.provlens.charts.core.Buckets;
import org.provlens.charts.core.Decimation;
import org.provlens.charts.core.Effects;
import org.provlens.charts.core.EffectsProvider;
import org.provlens.charts.core.EffectsQuery;
import org.provlens.charts.core.ParallelBrush;
import org.provlens.charts.core.SeriesData;
import org.provlens.charts.core.SeriesProvider;
import org.provlens.charts.core.SeriesQuery;
import org.provlens.charts.core.Timeline;
import org.provlens.charts.core.TimelineProvider;
import org.provlens.charts.core.TimelineQuery;
import org.provlens.charts.core.stats.Summary;
import org.provlens.model.Campaign;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;


/**
 * The providers on the bundled sample (imported into a bulk store, as the workbench does), checked against values
 * read from the sample's JSON with Python and NumPy (the expressions are in the comments).
 */
class ProvidersTest {

    private static final String RUN_0 = "eb4efed0-5c90-405e-917c-a23f76011720";

    @TempDir
    Path dir;

    private static Workflow run(String id) throws IOException {
        return Bulk.workflows(Sample.workspace()).stream().filter(w -> w.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aMetricOfTheBatchesOverTheirGlobalStep() throws IOException {
        ProviderResponse<SeriesData> response = new SeriesProvider()
                .fetch(SeriesQuery.of(List.of(run(RUN_0)), "generated.loss", 24), null);
        assertEquals(ProviderStatus.COMPLETED, response.status(), response.message());
        SeriesData.Line line = response.model().lines().get(0);
        // 24 batches (6 per epoch, 4 epochs); global_step 0 to 12,207; loss max 3.20326 (step 0), min 2.03597,
        // the last 2.13076
        assertEquals(RUN_0, line.run());
        assertEquals("ft-000-L32-H2048-lr3e-5-bs64", line.runName());
        assertEquals("train_batch_iteration", line.level());
        assertEquals(SeriesAxis.STEP, line.axis());
        assertEquals(24, line.points());
        Buckets b = line.buckets();
        assertEquals(0, b.from(), 0);
        assertEquals(24, b.total());
        assertEquals(3.20326, b.first(0), 0);
        assertEquals(2.13076, b.last(23), 0);
        assertEquals(3.20326, b.yRange()[1], 0);
        assertEquals(2.03597, b.yRange()[0], 0);
        assertNull(line.intervals());
    }

    @Test
    void telemetryIsPerTaskIntervalsOfTheTasksReadAtBothEnds() throws IOException {
        SeriesData data = new SeriesProvider().fetch(SeriesQuery.of(List.of(run(RUN_0)),
                "telemetry.gpu.gpu_0.power.average_socket_power", 400), null).model();
        SeriesData.Line line = data.lines().get(0);
        assertEquals(SeriesData.Kind.TELEMETRY, line.kind());
        assertEquals("train_batch_iteration", line.level(), "not the forward passes, read at their end only");
        assertEquals("W", line.unit());
        SeriesData.Intervals intervals = line.intervals();
        assertEquals(24, intervals.size());
        // The first batch: started 1772458241.329359 at 385 W, ended 1772458242.760402 at 407 W
        assertEquals(1772458241.329359, intervals.t0()[0], 1e-6);
        assertEquals(385, intervals.v0()[0], 0);
        assertEquals(1772458242.760402, intervals.t1()[0], 1e-6);
        assertEquals(407, intervals.v1()[0], 0);
        assertEquals(48, line.points());
        assertEquals(420, line.buckets().yRange()[1], 0, "the highest reading, max over both ends");
        // Zoomed on the first batch: the interval is there, nothing invented around it.
        SeriesData zoom = new SeriesProvider().fetch(SeriesQuery.of(List.of(run(RUN_0)),
                "telemetry.gpu.gpu_0.power.average_socket_power", 10).range(1772458241.0, 1772458243.0, 10), null)
                .model();
        assertEquals(1, zoom.lines().get(0).intervals().size());
        assertEquals(2, zoom.lines().get(0).buckets().total());
    }

    @Test
    void aRecordedSeriesIsDecimatedFromTheMappedStoreAsFromItsArrays() throws IOException {
        ProvlensFactory f = ProvlensFactory.eINSTANCE;
        Workspace workspace = f.createWorkspace();
        try (BulkStore store = BulkStore.open(dir.resolve("bulk"))) {
            store.attach(workspace);
            Campaign campaign = f.createCampaign();
            workspace.getCampaigns().add(campaign);
            Workflow run = f.createWorkflow();
            run.setId("run");
            campaign.getWorkflows().add(run);
            int n = 1_000_000;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = i * 0.5;
                ys[i] = Math.sin(i * 1e-3) + (i == 123_457 ? 50 : 0);
            }
            Series series = f.createSeries();
            series.setKey("gpu_0.power");
            series.setUnit("W");
            series.setAxis(SeriesAxis.TIME);
            Bulk.setSeries(series, store, xs, ys);
            run.getSeries().add(series);
            assertTrue(series.getRow() >= 0, "in the store");
            SeriesData data = new SeriesProvider().fetch(SeriesQuery.of(List.of(run), "gpu_0.power", 640), null)
                    .model();
            SeriesData.Line line = data.lines().get(0);
            assertEquals(SeriesData.Kind.SERIES, line.kind());
            assertEquals(n, line.points());
            Buckets expected = Decimation.bucket(xs, ys, 0, (n - 1) * 0.5, 640);
            for (int i = 0; i < 640; i++) {
                assertEquals(expected.count(i), line.buckets().count(i));
                assertEquals(expected.min(i), line.buckets().min(i), 0);
                assertEquals(expected.max(i), line.buckets().max(i), 0);
            }
            assertEquals(50 + Math.sin(123.457), line.buckets().yRange()[1], 1e-9, "the spike");
        }
    }

    @Test
    void perActivityStatisticsAreNumPysOverTheSample() throws IOException {
        ActivityStats stats = new ActivityStatsProvider().fetch(Levels.select(Sample.workspace(), Levels.ALL), null)
                .model();
        ActivityStats.Row batches = row(stats, "train_batch_iteration");
        Summary duration = batches.summary(ActivityStats.Measure.DURATION);
        // d = ended_at - started_at of the 203 batches: n, mean, np.percentile(d, 50), min, max, np.percentile(d, 95)
        assertEquals(203, duration.n());
        assertEquals(4.476250703698896, duration.mean(), 1e-9);
        assertEquals(3.2671520709991455, duration.median(), 1e-9);
        assertEquals(0.4053959846496582, duration.min(), 1e-9);
        assertEquals(19.817140102386475, duration.max(), 1e-9);
        assertEquals(12.51258659362793, duration.p95(), 1e-9);
        ActivityStats.Row tokenize = row(stats, "tokenize_shard");
        // CPU time: the deltas of process.cpu_times.{user,system,children_user,children_system}, 16 shards
        Summary cpu = tokenize.summary(ActivityStats.Measure.CPU_TIME);
        assertEquals(16, cpu.n());
        assertEquals(7766.351250000001, cpu.mean(), 1e-6);
        assertEquals(8230.54, cpu.median(), 1e-6);
        assertEquals(9077.927499999996, cpu.p95(), 1e-6);
        // IO: the deltas of process.io_counters.{read,write}_bytes
        Summary io = tokenize.summary(ActivityStats.Measure.IO);
        assertEquals(238018678.9375, io.mean(), 1e-3);
        assertEquals(66128453, io.min(), 0);
        assertEquals(278215050.75, io.p95(), 1e-3);
        assertEquals("CPU", tokenize.dominant(), "107 tokenizer processes");
        assertEquals(stats.rows().get(0).activity(), "TransformerBlock", "the most tasks first (609)");
    }

    private static ActivityStats.Row row(ActivityStats stats, String activity) {
        return stats.rows().stream().filter(r -> r.activity().equals(activity)).findFirst().orElseThrow();
    }

    @Test
    void theTimelineBinsSubPixelTasksAndFindsTheTaskUnderThePointer() throws IOException {
        List<Task> all = Levels.select(Sample.workspace(), Levels.ALL);
        TimelineProvider provider = new TimelineProvider(all);
        Timeline timeline = provider.fetch(new TimelineQuery(TimelineQuery.Lanes.HOST, TimelineQuery.Colour.ACTIVITY,
                Double.NaN, Double.NaN, 200), null).model();
        assertEquals(1687, timeline.tasks(), "every task of the sample has a start and an end");
        assertEquals(1687, timeline.visible());
        long cells = timeline.cells().stream().flatMapToInt(c -> java.util.Arrays.stream(c.count())).sum();
        assertEquals(1687, timeline.bars().size() + cells, "each task drawn once, as a bar or in a pixel column");
        for (Timeline.Bar bar : timeline.bars()) {
            assertTrue((bar.end() - bar.start()) * 200 / (timeline.to() - timeline.from()) >= 1, "bars are a pixel");
        }
        assertTrue(timeline.rows().stream().allMatch(r -> r.lane().startsWith("frontier")), "lanes are hosts");
        Timeline.Bar longest = timeline.bars().stream()
                .max(java.util.Comparator.comparingDouble(b -> b.end() - b.start())).orElseThrow();
        assertSame(longest.task(), provider.taskAt(TimelineQuery.Lanes.HOST, longest.row(),
                (longest.start() + longest.end()) / 2, 1));
        // Zoomed on a one-second range, everything in it is a bar.
        Task batch = Levels.select(Sample.workspace(), "train_batch_iteration").get(0);
        Timeline zoom = provider.fetch(new TimelineQuery(TimelineQuery.Lanes.HOST, TimelineQuery.Colour.STATUS,
                batch.getStartedAt(), batch.getEndedAt(), 800), null).model();
        assertTrue(zoom.bars().stream().anyMatch(b -> b.task() == batch));
        Timeline.Bar shown = zoom.bars().stream().filter(b -> b.task() == batch).findFirst().orElseThrow();
        assertEquals("FINISHED", zoom.categories().get(shown.category()));
        Timeline energy = provider.fetch(new TimelineQuery(TimelineQuery.Lanes.RUN, TimelineQuery.Colour.ENERGY,
                Double.NaN, Double.NaN, 100), null).model();
        assertNotNull(energy.scale());
        assertEquals("J", energy.scale().unit());
        assertTrue(energy.rows().stream().anyMatch(r -> r.lane().equals("ft-006-L48-H5120-lr3e-5-bs32")));
    }

    @Test
    void hyperparameterEffectsOfTheSweep() throws IOException {
        List<Task> runs = Levels.select(Sample.workspace(), "model_train");
        Effects effects = new EffectsProvider().fetch(EffectsQuery.of(runs), null).model();
        assertEquals(10, effects.runs().size());
        int lr = effects.indexOf("used.learning_rate");
        int acc = effects.indexOf("generated.val_accuracy");
        assertTrue(lr >= 0 && acc >= 0, effects.axes()::toString);
        assertTrue(effects.indexOf(EffectsProvider.MEAN_GPU_POWER) >= 0);
        assertTrue(effects.indexOf(EffectsProvider.PEAK_GPU_TEMPERATURE) >= 0);
        assertEquals("°C", effects.axes().get(effects.indexOf(EffectsProvider.PEAK_GPU_TEMPERATURE)).unit());
        // As StatisticsTest: scipy.stats.pearsonr over the 9 runs with an accuracy.
        assertEquals(0.2407266205510304, effects.correlations().get(lr).get(acc).pearson(), 1e-9);
        assertEquals(acc, effects.paretoX(), "accuracy against energy");
        assertTrue(effects.maximizeX());
        assertEquals(effects.indexOf("energy.gpu.measured"), effects.paretoY());
        assertTrue(effects.front().length >= 1);
        int outcome = effects.outcomes().stream().map(Effects.Axis::name).toList().indexOf("generated.val_accuracy");
        String message = effects.importance().get(outcome).message();
        assertTrue(message.contains("fit on the 2 parameters most correlated"), message);

        // Brushing: learning rates up to 1e-4 are seven runs (four at 3e-5, two at 1e-5, one at 1e-4); an accuracy
        // above 0.44 leaves three of them (ft-000 0.4588, ft-006 0.48888, ft-008 0.46712).
        ParallelBrush brush = ParallelBrush.NONE.with(lr, 0, 1e-4);
        double[][] axes = effects.axes().stream().map(Effects.Axis::values).toArray(double[][]::new);
        assertEquals(7, brush.select(axes, runs.size()).cardinality());
        assertEquals(10, ParallelBrush.NONE.select(axes, runs.size()).cardinality());
        assertEquals(3, brush.with(acc, 0.44, 1).select(axes, 10).cardinality());
        assertEquals(10, brush.without(lr).select(axes, 10).cardinality());
    }

    @Test
    void aBadQueryFailsWithItsReason() throws IOException {
        ProviderResponse<Effects> response = new EffectsProvider().fetch(new EffectsQuery(
                Levels.select(Sample.workspace(), "model_train"), List.of("used.nope"), null, null, false, null, false,
                1), null);
        assertEquals(ProviderStatus.FAILED, response.status());
        assertTrue(response.message().startsWith("unknown column 'used.nope' of the runs"), response.message());
        List<Task> none = new ArrayList<>();
        assertEquals(0, new TimelineProvider(none).fetch(new TimelineQuery(TimelineQuery.Lanes.HOST,
                TimelineQuery.Colour.ACTIVITY, Double.NaN, Double.NaN, 10), null).model().rows().size());
    }
}
