package org.provlens.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.Levels;
import org.provlens.charts.core.ActivityStats;
import org.provlens.charts.core.SeriesData;
import org.provlens.charts.core.Timeline;
import org.provlens.charts.ui.ChartsUi;
import org.provlens.charts.ui.views.ActivityStatsView;
import org.provlens.charts.ui.views.ChartView;
import org.provlens.charts.ui.views.EffectsView;
import org.provlens.charts.ui.views.SeriesView;
import org.provlens.charts.ui.views.TimelineView;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.ui.BrushedSelection;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.table.LevelTableView;
import org.provlens.ui.workspace.WorkspaceService;
import org.w3c.dom.Document;

/**
 * Each chart view opened on the bundled sample in the workbench: its data from the provider, zoom, selection
 * linked through the selection service, brushing that filters the Level table, and export as PNG, SVG and CSV.
 */
class ChartViewsTest {

    private static Path dir;
    private static Workspace workspace;

    @BeforeAll
    static void openTheSample() throws Exception {
        dir = Files.createTempDirectory("provlens-charts-test");
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("charts.provlens"));
        Job job = service.importFiles(List.of(sample()));
        while (job.getState() != Job.NONE) {
            drain();
            Thread.sleep(20);
        }
        drain();
        workspace = service.getWorkspace();
    }

    private static Path sample() {
        return Stream.of(Path.of("samples"), Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                .map(d -> d.resolve("flowcept").resolve("llm_finetune_sample.jsonl")).filter(Files::exists)
                .findFirst().orElseThrow(() -> new IllegalStateException("sample not found from "
                        + Path.of("").toAbsolutePath()));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(100, () -> { }); // wakes the sleep: the deadline is checked even without events
                display.sleep();
            }
        }
    }

    private static void settle(ChartView view) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Job.getJobManager().join(view, null);
            drain();
        }
    }

    private static Workflow run(String name) {
        return Bulk.workflows(workspace).stream().filter(w -> name.equals(w.getName())).findFirst().orElseThrow();
    }

    /** Exports the view as PNG, SVG and CSV and checks each file is what it says. */
    private static void exports(ChartView view, String name, String csvHeader) throws Exception {
        Path png = dir.resolve(name + ".png");
        view.exportPng(png);
        ImageData image = new ImageLoader().load(png.toString())[0];
        Point size = view.exportControl().getSize();
        assertEquals(size.x, image.width);
        assertEquals(size.y, image.height);
        Path svg = dir.resolve(name + ".svg");
        view.exportSvg(svg);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertTrue(document.getElementsByTagName("*").getLength() > 10, name + ": the SVG draws something");
        assertTrue(view.csv().startsWith(csvHeader), () -> name + ": " + view.csv().lines().findFirst().orElse(""));
    }

    @Test
    void seriesOfARunDecimatedZoomedAndExported() throws Exception {
        SeriesView view = (SeriesView) page().showView(ChartsUi.SERIES_VIEW_ID);
        settle(view);
        view.show(List.of(run("ft-000-L32-H2048-lr3e-5-bs64"), run("ft-006-L48-H5120-lr3e-5-bs32")),
                "generated.loss");
        waitUntil(() -> view.getData() != null && view.getData().lines().size() == 2
                && view.getData().lines().get(0).key().equals("generated.loss"), "the loss of two runs");
        settle(view);
        SeriesData data = view.getData();
        assertEquals(24, data.lines().get(0).buckets().total(), "ft-000: 24 batches");
        assertEquals(2, view.getChart().chart().getSeriesSet().getSeries().length);
        assertTrue(view.getKeys().indexOf("telemetry.gpu.gpu_0.power.average_socket_power") >= 0,
                "telemetry channels are offered");
        // Zoom to the first half: the provider re-buckets the range.
        double mid = (data.from() + data.to()) / 2;
        view.getChart().zoom(data.from(), mid);
        waitUntil(() -> view.getData().to() == mid, "the zoomed range");
        assertTrue(view.getData().lines().get(0).buckets().total() < 24);
        exports(view, "series", "run,source,key,unit,bucket,x0,x1,count,min,max,first,last");

        view.show(List.of(run("ft-000-L32-H2048-lr3e-5-bs64")), "telemetry.gpu.gpu_0.power.average_socket_power");
        waitUntil(() -> view.getData() != null && view.getData().lines().size() == 1
                && view.getData().lines().get(0).kind() == SeriesData.Kind.TELEMETRY, "telemetry intervals");
        settle(view);
        assertEquals(24, view.getData().lines().get(0).intervals().size(), "a segment per batch");
        assertTrue(view.svg().contains("<line"), "the intervals are in the SVG");

        // Loss and GPU power over time, two units: two y axes.
        view.show(List.of(run("ft-000-L32-H2048-lr3e-5-bs64")), "generated.loss");
        waitUntil(() -> view.getData() != null && view.getData().lines().size() == 1
                && view.getData().lines().get(0).key().equals("generated.loss"), "the loss again");
        settle(view);
        view.overlay("telemetry.gpu.gpu_0.power.average_socket_power");
        waitUntil(() -> view.getData().lines().size() == 2, "loss and power");
        settle(view);
        assertEquals(2, view.getChart().chart().getAxisSet().getYAxes().length, "one axis per unit");
        assertEquals(org.provlens.model.SeriesAxis.TIME, view.getData().lines().get(0).axis());
        view.overlay(null);
        settle(view);

        // Dark theme: the plot background of the image is dark.
        view.setDark(true);
        drain();
        Path dark = dir.resolve("series-dark.png");
        view.exportPng(dark);
        ImageData image = new ImageLoader().load(dark.toString())[0];
        org.eclipse.swt.graphics.Rectangle plot = view.getChart().chart().getPlotArea().getControl().getBounds();
        RGB pixel = image.palette.getRGB(image.getPixel(plot.x + plot.width / 2, plot.y + 3));
        assertTrue(pixel.red + pixel.green + pixel.blue < 200, "dark plot: " + pixel);
        view.setDark(false);
    }

    @Test
    void timelineSelectsTheTaskUnderTheClickEverywhere() throws Exception {
        LevelTableView table = (LevelTableView) page().showView(ProvLensUi.LEVEL_VIEW_ID);
        TimelineView view = (TimelineView) page().showView(ChartsUi.TIMELINE_VIEW_ID);
        waitUntil(() -> view.getData() != null, "the timeline");
        settle(view);
        Timeline data = view.getData();
        assertEquals(Levels.select(workspace, Levels.ALL).size(), data.tasks());
        assertTrue(data.rows().size() >= 6, "host lanes by depth");
        Timeline.Bar longest = data.bars().stream()
                .max(java.util.Comparator.comparingDouble(b -> b.end() - b.start())).orElseThrow();
        int px = view.getChart().xAxis().getPixelCoordinate((longest.start() + longest.end()) / 2);
        int py = view.getChart().yAxis(0).getPixelCoordinate(longest.row() + 0.5);
        page().activate(view);
        view.clickAt(px, py);
        drain();
        Object selected = ((IStructuredSelection) view.getSelection()).getFirstElement();
        assertInstanceOf(Task.class, selected);
        assertEquals(longest.task(), selected);
        assertEquals(selected, ((IStructuredSelection) page().getSelection()).getFirstElement(),
                "on the workbench selection");
        exports(view, "timeline", "kind,row,lane,depth,track,task,activity,status,start,end,count,colour");
        assertNotNull(table);
    }

    @Test
    void activityStatisticsWithTheTableBeside() throws Exception {
        ActivityStatsView view = (ActivityStatsView) page().showView(ChartsUi.ACTIVITY_VIEW_ID);
        waitUntil(() -> view.getData() != null, "the statistics");
        settle(view);
        ActivityStats data = view.getData();
        assertEquals(Levels.activities(workspace).size(), data.rows().size());
        view.show(ActivityStats.Measure.CPU_TIME, "mean");
        assertTrue(view.getTable().getItemCount() > 0);
        // Largest mean first: the runs' model_train tasks, hours long, then the tokenizers' 107 processes.
        assertEquals("model_train", view.getTable().getItem(0).getText(0));
        org.eclipse.swt.widgets.TableItem tokenize = java.util.Arrays.stream(view.getTable().getItems())
                .filter(i -> i.getText(0).equals("tokenize_shard")).findFirst().orElseThrow();
        assertEquals("CPU", tokenize.getText(1), "dominant resource");
        assertEquals("16", tokenize.getText(3), "16 shards measured");
        assertEquals("7766", tokenize.getText(4), "their mean CPU seconds (7766.35 by NumPy), four digits");
        exports(view, "activity", "activity,tasks,measure,unit,n,mean,median,min,max,p95,dominant_resource");
    }

    @Test
    void brushingTheParallelAxesFiltersTheLevelTable() throws Exception {
        LevelTableView table = (LevelTableView) page().showView(ProvLensUi.LEVEL_VIEW_ID);
        waitUntil(() -> table.getModel() != null && table.getModel().rowCount() > 0, "the level table");
        table.openLevel("model_train");
        Job.getJobManager().join(table, null);
        drain();
        EffectsView view = (EffectsView) page().showView(ChartsUi.EFFECTS_VIEW_ID);
        waitUntil(() -> view.getData() != null, "the effects");
        settle(view);
        assertEquals(10, view.getData().runs().size());
        view.showTab(EffectsView.Tab.PARALLEL);
        page().activate(view);
        view.brush("used.learning_rate", 0, 1e-4);
        drain();
        assertEquals(7, view.getBrushed().cardinality(), "learning rates up to 1e-4");
        assertInstanceOf(BrushedSelection.class, page().getSelection());
        waitUntil(() -> table.getModel().rowCount() == 7, "the Level table to show the 7 brushed runs");
        Job.getJobManager().join(table, null);
        drain();
        assertTrue(table.getStatus().contains("of the 7 runs brushed in a chart"), table::getStatus);
        exports(view, "parallel", "task,run,");
        view.clearBrush();
        waitUntil(() -> table.getModel().rowCount() == 10, "every run again");
        for (EffectsView.Tab tab : EffectsView.Tab.values()) {
            view.showTab(tab);
            drain();
            exports(view, "effects-" + tab.name().toLowerCase(java.util.Locale.ROOT), "task,run,");
        }
        int lr = view.getData().indexOf("used.learning_rate");
        int acc = view.getData().indexOf("generated.val_accuracy");
        String tooltip = view.correlationText(lr, acc);
        assertTrue(tooltip.contains("n = 9") && tooltip.contains("Pearson r = 0.240727"), tooltip);
    }
}
