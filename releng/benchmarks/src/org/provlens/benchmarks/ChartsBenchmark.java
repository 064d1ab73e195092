package org.provlens.benchmarks;

import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.provlens.charts.core.Buckets;
import org.provlens.charts.core.Decimation;
import org.provlens.charts.core.Effects;
import org.provlens.charts.core.EffectsProvider;
import org.provlens.charts.core.EffectsQuery;
import org.provlens.charts.core.Timeline;
import org.provlens.charts.core.TimelineProvider;
import org.provlens.charts.core.TimelineQuery;
import org.provlens.charts.ui.ChartAdapter;
import org.provlens.charts.ui.views.ParallelPlot;
import org.provlens.model.Campaign;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;

/**
 * The charts' scale targets, measured: min/max decimation of a 10,000,000-point series read from the bulk store's
 * mapped buffer, the SWTChart redraw of the decimated line, a zoom step (re-bucket and redraw), brushing parallel
 * coordinates over 10,000 runs (select and redraw), and the timeline of a million tasks (layout once, then a
 * binning per view). Medians of repeated runs after warm-up; each figure printed with its minimum and maximum.
 * Needs a display (run under xvfb-run).
 */
public final class ChartsBenchmark {

    private static final int POINTS = 10_000_000;
    private static final int WIDTH = 1600;
    private static final int REPS = 15;

    private ChartsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.printf(Locale.ROOT, "ProvLens charts benchmark: Java %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path dir = Files.createTempDirectory("provlens-charts-bench");
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(WIDTH + 120, 700);
        try (BulkStore store = BulkStore.open(dir.resolve("bulk"))) {
            // A 10M-point series with noise and rare spikes, appended to the store and read back mapped.
            Random random = new Random(1);
            double[] xs = new double[POINTS];
            double[] ys = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                xs[i] = 1.77e9 + i * 0.01;
                ys[i] = 300 + 150 * Math.sin(i / 2e5) + random.nextGaussian() * 5 + (random.nextInt(200_000) == 0 ? 400 : 0);
            }
            long row = store.appendSeries(xs, ys);
            store.commit();
            xs = null;
            ys = null;
            DoubleBuffer bx = store.seriesBuffer(row, false);
            DoubleBuffer by = store.seriesBuffer(row, true);
            double lo = bx.get(0);
            double hi = bx.get(POINTS - 1);
            Buckets[] last = new Buckets[1];
            report("decimate 10,000,000 points to " + WIDTH + " columns (mapped buffer)", time(REPS, () -> {
                long t = System.nanoTime();
                last[0] = Decimation.bucket(bx, by, lo, hi, WIDTH);
                return System.nanoTime() - t;
            }));
            ChartAdapter chart = new ChartAdapter(shell);
            shell.open();
            ILineSeries<?> line = (ILineSeries<?>) chart.chart().getSeriesSet().createSeries(ISeries.SeriesType.LINE,
                    "power");
            double[][] points = ChartAdapter.m4(last[0]);
            line.setXSeries(points[0]);
            line.setYSeries(points[1]);
            chart.chart().getAxisSet().adjustRange();
            settle(display);
            System.out.printf(Locale.ROOT, "  plot area %d x %d px, %,d line points (M4 of %,d columns)%n",
                    chart.plotSize().x, chart.plotSize().y, points[0].length, WIDTH);
            org.eclipse.swt.graphics.Point size = chart.control().getSize();
            org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, size.x, size.y);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
            // Control.print paints the chart (axes, grid, legend, the line) synchronously into an image: the
            // drawing work of a redraw, without the asynchronous GTK frame clock.
            report("redraw of the decimated series (SWTChart chart painted, " + size.x + " x " + size.y + " px)",
                    time(REPS, () -> {
                        long t = System.nanoTime();
                        chart.chart().print(gc);
                        return System.nanoTime() - t;
                    }));
            double[] range = {lo, hi};
            report("zoom step (x0.8 around the centre: re-bucket from the buffer + set + redraw)", time(REPS, () -> {
                double mid = (range[0] + range[1]) / 2;
                double half = (range[1] - range[0]) * 0.4;
                range[0] = mid - half;
                range[1] = mid + half;
                if (range[1] - range[0] < 1) {
                    range[0] = lo;
                    range[1] = hi;
                }
                long t = System.nanoTime();
                Buckets b = Decimation.bucket(bx, by, range[0], range[1], WIDTH);
                double[][] p = ChartAdapter.m4(b);
                line.setXSeries(p[0]);
                line.setYSeries(p[1]);
                chart.xAxis().setRange(new Range(range[0], range[1]));
                chart.chart().getAxisSet().getYAxis(0).adjustRange();
                chart.chart().print(gc);
                return System.nanoTime() - t;
            }));
            gc.dispose();
            image.dispose();
            chart.control().dispose();
        }

        // Parallel coordinates over N runs: 6 parameters and 5 outcomes each.
        List<Task> runTasks = sweep(runs);
        long t0 = System.nanoTime();
        Effects effects = new EffectsProvider().fetch(EffectsQuery.of(runTasks), null).model();
        System.out.printf(Locale.ROOT, "effects of %,d runs (%d axes: correlations, importance, Pareto) %8.1f ms%n",
                runs, effects.axes().size(), (System.nanoTime() - t0) / 1e6);
        ParallelPlot plot = new ParallelPlot(shell, p -> { });
        shell.layout();
        plot.show(effects);
        settle(display);
        int axis = effects.indexOf("used.learning_rate");
        double[] lrs = effects.axes().get(axis).values().clone();
        Arrays.sort(lrs);
        int[] step = {0};
        org.eclipse.swt.graphics.Point plotSize = plot.control().getSize();
        org.eclipse.swt.graphics.Image plotImage = new org.eclipse.swt.graphics.Image(display, plotSize.x, plotSize.y);
        org.eclipse.swt.graphics.GC plotGc = new org.eclipse.swt.graphics.GC(plotImage);
        report("brush an axis over " + String.format(Locale.ROOT, "%,d", runs) + " runs (select + redraw "
                + plot.control().getSize().x + " x " + plot.control().getSize().y + " px)", time(REPS, () -> {
                    int k = step[0]++ % 10;
                    long t = System.nanoTime();
                    plot.brush(axis, lrs[lrs.length * k / 20], lrs[lrs.length * (k + 10) / 20 - 1]);
                    plot.control().print(plotGc);
                    return System.nanoTime() - t;
                }));
        plotGc.dispose();
        plotImage.dispose();
        int selected = plot.brushed().cardinality();
        System.out.printf(Locale.ROOT, "  last brush: %,d of %,d runs%n", selected, runs);

        // The timeline of a million tasks: 6 hosts, 5 depths.
        List<Task> all = campaign(tasks);
        TimelineProvider timeline = new TimelineProvider(all);
        t0 = System.nanoTime();
        Timeline first = timeline.fetch(new TimelineQuery(TimelineQuery.Lanes.HOST, TimelineQuery.Colour.ACTIVITY,
                Double.NaN, Double.NaN, WIDTH), null).model();
        System.out.printf(Locale.ROOT, "timeline of %,d tasks: first view (layout of %d rows + binning) %8.1f ms%n",
                first.tasks(), first.rows().size(), (System.nanoTime() - t0) / 1e6);
        report("timeline view of every task (binning only)", time(REPS, () -> {
            long t = System.nanoTime();
            timeline.fetch(new TimelineQuery(TimelineQuery.Lanes.HOST, TimelineQuery.Colour.ACTIVITY, Double.NaN,
                    Double.NaN, WIDTH), null);
            return System.nanoTime() - t;
        }));
        Timeline whole = timeline.fetch(new TimelineQuery(TimelineQuery.Lanes.HOST, TimelineQuery.Colour.ACTIVITY,
                Double.NaN, Double.NaN, WIDTH), null).model();
        System.out.printf(Locale.ROOT, "  %,d bars and %,d aggregated columns for %,d tasks%n", whole.bars().size(),
                whole.cells().stream().mapToLong(c -> Arrays.stream(c.count()).filter(n -> n > 0).count()).sum(),
                whole.visible());
        shell.dispose();
        display.dispose();
    }

    private static void settle(Display display) {
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    private static long[] time(int reps, LongSupplier run) {
        for (int i = 0; i < 3; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[reps];
        for (int i = 0; i < reps; i++) {
            nanos[i] = run.getAsLong();
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-92s %8.1f ms (min %.1f, max %.1f, %d runs)%n", what,
                nanos[nanos.length / 2] / 1e6, nanos[0] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    /** Runs as model_train tasks with a sweep's parameters and outcomes (a known formula plus noise). */
    private static List<Task> sweep(int runs) {
        ProvlensFactory f = ProvlensFactory.eINSTANCE;
        Workspace workspace = f.createWorkspace();
        Campaign campaign = f.createCampaign();
        workspace.getCampaigns().add(campaign);
        Random random = new Random(7);
        List<Task> tasks = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Workflow run = f.createWorkflow();
            run.setId("run-" + r);
            run.setName("run-" + r);
            campaign.getWorkflows().add(run);
            Task train = f.createTask();
            train.setId("train-" + r);
            train.setActivity("model_train");
            train.setStartedAt(0);
            double lr = Math.pow(10, -5 + 2 * random.nextDouble());
            double batch = 32 << random.nextInt(4);
            double dropout = random.nextInt(5) * 0.05;
            double layers = 12 + 12 * random.nextInt(4);
            double width = 1024 * (1 + random.nextInt(5));
            double fraction = 0.1 + 0.9 * random.nextDouble();
            double duration = layers * width * width / 1e5 / batch * 64 * fraction + random.nextDouble() * 100;
            train.setEndedAt(duration);
            param(train, "learning_rate", lr);
            param(train, "batch_size", batch);
            param(train, "dropout", dropout);
            param(train, "n_layers", layers);
            param(train, "hidden_size", width);
            param(train, "dataset_fraction", fraction);
            metric(train, "final_val_loss", 2.5 - 0.3 * Math.log10(layers * width) + 0.2 * Math.abs(Math.log10(lr) + 4)
                    + dropout + random.nextGaussian() * 0.05);
            metric(train, "val_accuracy", 0.6 - 0.1 * dropout + 0.02 * Math.log10(width) + random.nextGaussian() * 0.02);
            run.getTasks().add(train);
            tasks.add(train);
        }
        return tasks;
    }

    private static void param(Task task, String key, double value) {
        Parameter p = ProvlensFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(Double.toString(value));
        p.setType(ValueType.REAL);
        task.getParameters().add(p);
    }

    private static void metric(Task task, String key, double value) {
        Metric m = ProvlensFactory.eINSTANCE.createMetric();
        m.setKey(key);
        m.setValue(value);
        task.getMetrics().add(m);
    }

    /** A campaign of about n tasks: runs of epochs of batches of forward passes of layers, on 6 hosts. */
    private static List<Task> campaign(int n) {
        ProvlensFactory f = ProvlensFactory.eINSTANCE;
        Workspace workspace = f.createWorkspace();
        Campaign campaign = f.createCampaign();
        workspace.getCampaigns().add(campaign);
        List<Host> hosts = new ArrayList<>();
        for (int h = 0; h < 6; h++) {
            Host host = f.createHost();
            host.setName(String.format("frontier%05d", 6000 + h));
            hosts.add(host);
        }
        List<Task> tasks = new ArrayList<>(n);
        String[] layers = {"Embedding", "TransformerBlock", "TransformerBlock", "TransformerBlock", "RMSNorm",
            "LMHead"};
        double time = 1.77e9;
        int r = 0;
        while (tasks.size() < n) {
            Workflow run = f.createWorkflow();
            run.setId("run-" + r);
            campaign.getWorkflows().add(run);
            Host host = hosts.get(r % hosts.size());
            Task train = task(f, "model_train", host, tasks);
            run.getTasks().add(train);
            double start = time + (r / hosts.size()) * 0.0;
            double t = start;
            for (int e = 0; e < 4 && tasks.size() < n; e++) {
                Task epoch = task(f, "epochs_loop_iteration", host, tasks);
                train.getChildren().add(epoch);
                double epochStart = t;
                for (int b = 0; b < 2000 && tasks.size() < n; b++) {
                    Task batch = task(f, "train_batch_iteration", host, tasks);
                    epoch.getChildren().add(batch);
                    Task forward = task(f, "GPTForCausalLM", host, tasks);
                    batch.getChildren().add(forward);
                    double bs = t;
                    double ft = t;
                    for (String layer : layers) {
                        Task child = task(f, layer, host, tasks);
                        forward.getChildren().add(child);
                        child.setStartedAt(ft);
                        ft += 0.01;
                        child.setEndedAt(ft);
                    }
                    forward.setStartedAt(bs);
                    forward.setEndedAt(ft);
                    batch.setStartedAt(bs);
                    t = ft + 0.5;
                    batch.setEndedAt(t);
                    t += 0.05;
                }
                epoch.setStartedAt(epochStart);
                epoch.setEndedAt(t);
                t += 5;
            }
            train.setStartedAt(start);
            train.setEndedAt(t);
            if (r % hosts.size() == hosts.size() - 1) {
                time = t + 10;
            }
            r++;
        }
        return tasks;
    }

    private static Task task(ProvlensFactory f, String activity, Host host, List<Task> tasks) {
        Task task = f.createTask();
        task.setId(activity + "-" + tasks.size());
        task.setActivity(activity);
        task.setStatus(Status.FINISHED);
        task.setHost(host);
        tasks.add(task);
        return task;
    }
}
