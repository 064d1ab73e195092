package org.provlens.charts.ui.views;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IWorkbenchPart;
import org.provlens.analysis.core.Levels;
import org.provlens.charts.core.Timeline;
import org.provlens.charts.core.TimelineProvider;
import org.provlens.charts.core.TimelineQuery;
import org.provlens.charts.core.io.ChartDataWriter;
import org.provlens.charts.ui.ChartAdapter;
import org.provlens.charts.ui.EpochFormat;
import org.provlens.charts.ui.Painter;
import org.provlens.charts.ui.Theme;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * The Gantt chart of every task: lanes per host, GPU, activity or run, a row per depth of the hierarchy, bars
 * coloured by activity, status, duration or GPU energy. Tasks shorter than a pixel are aggregated per pixel column
 * by the {@link TimelineProvider}, so a million tasks draw as fast as a thousand. A click selects the task under
 * the pointer everywhere; tasks selected elsewhere are outlined; box, wheel and key zoom to a time range.
 */
public class TimelineView extends SingleChartView {

    private static final int ROW_HEIGHT_MIN = 6;

    private Combo lanes;
    private Combo colours;
    private TimelineProvider provider;
    private Timeline data;
    private TimelineQuery query;
    private final Set<Task> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    /** A range to show once the first layout is there. */
    private double[] pending;

    @Override
    protected void createControls(Composite parent) {
        lanes = combo(parent, "Lanes:", Arrays.stream(TimelineQuery.Lanes.values())
                .map(l -> l.name().toLowerCase(Locale.ROOT)).toList(), 100);
        colours = combo(parent, "Colour:", Arrays.stream(TimelineQuery.Colour.values())
                .map(l -> l.name().toLowerCase(Locale.ROOT)).toList(), 100);
        lanes.addListener(SWT.Selection, e -> fetch(Double.NaN, Double.NaN));
        colours.addListener(SWT.Selection, e -> fetch(query == null ? Double.NaN : query.from(),
                query == null ? Double.NaN : query.to()));
    }

    @Override
    protected void createContent(Composite parent) {
        chart = new ChartAdapter(parent);
        chart.chart().getLegend().setVisible(false);
        chart.addLayer(this::paintBars);
        chart.yAxis(0).getTick().setVisible(false);
        chart.yAxis(0).getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
        Control plot = chart.chart().getPlotArea().getControl();
        plot.addListener(SWT.MouseDoubleClick, e -> pick(e.x, e.y));
        plot.addListener(SWT.MouseUp, e -> {
            if (e.button == 1 && (e.stateMask & SWT.SHIFT) == 0) {
                pick(e.x, e.y);
            }
        });
        plot.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR && !selected.isEmpty()) {
                Task first = selected.iterator().next();
                chart.zoom(first.getStartedAt() - Math.max(1e-3, (first.getEndedAt() - first.getStartedAt()) * 0.1),
                        first.getEndedAt() + Math.max(1e-3, (first.getEndedAt() - first.getStartedAt()) * 0.1));
            }
        });
    }

    @Override
    public String csv() {
        return csvText(data, out -> ChartDataWriter.csv(data, out));
    }

    @Override
    protected void applyTheme(Theme next) {
        chart.theme(next);
        chart.yAxis(0).getGrid().setStyle(org.eclipse.swtchart.LineStyle.NONE);
    }

    @Override
    protected void workspaceChanged(Workspace workspace) {
        provider = null;
        data = null;
        compute("Reading the tasks", monitor -> org.provlens.analysis.core.provider.Providers.run(monitor,
                m -> new TimelineProvider(Levels.select(workspace, Levels.ALL))), response -> {
                    provider = response.model();
                    fetch(Double.NaN, Double.NaN);
                });
    }

    @Override
    protected void follow(IWorkbenchPart part, ISelection chosen) {
        if (chosen instanceof IStructuredSelection structured) {
            selected.clear();
            double[] span = {Double.NaN, Double.NaN};
            for (Object element : structured.toList()) {
                if (element instanceof Task task) {
                    selected.add(task);
                } else if (element instanceof org.provlens.model.Workflow run) {
                    span(run, span);
                } else if (element instanceof org.provlens.model.Campaign campaign) {
                    campaign.getWorkflows().forEach(run -> span(run, span));
                }
            }
            // A run or campaign chosen elsewhere: the timeline shows its time span (once laid out, if not yet).
            if (!Double.isNaN(span[0]) && span[1] > span[0]) {
                double pad = (span[1] - span[0]) * 0.02;
                pending = new double[] {span[0] - pad, span[1] + pad};
                if (data != null) {
                    chart.zoom(pending[0], pending[1]);
                    pending = null;
                }
            }
            chart.redraw();
        }
    }

    private static void span(org.provlens.model.Workflow run, double[] span) {
        org.provlens.model.util.Bulk.visitTasks(run, task -> {
            if (Double.isFinite(task.getStartedAt()) && Double.isFinite(task.getEndedAt())) {
                span[0] = Double.isNaN(span[0]) ? task.getStartedAt() : Math.min(span[0], task.getStartedAt());
                span[1] = Double.isNaN(span[1]) ? task.getEndedAt() : Math.max(span[1], task.getEndedAt());
            }
        });
    }

    private TimelineQuery.Lanes lanesChosen() {
        return TimelineQuery.Lanes.valueOf(lanes.getText().toUpperCase(Locale.ROOT));
    }

    private TimelineQuery.Colour colourChosen() {
        return TimelineQuery.Colour.valueOf(colours.getText().toUpperCase(Locale.ROOT));
    }

    /**
     * Shows a lane mode, colour and range.
     *
     * @param laneMode the lanes
     * @param colour the colour
     * @param from the start, NaN for all
     * @param to the end, NaN for all
     */
    public void show(TimelineQuery.Lanes laneMode, TimelineQuery.Colour colour, double from, double to) {
        lanes.setText(laneMode.name().toLowerCase(Locale.ROOT));
        colours.setText(colour.name().toLowerCase(Locale.ROOT));
        fetch(from, to);
    }

    private void fetch(double from, double to) {
        TimelineProvider p = provider;
        if (p == null) {
            return;
        }
        TimelineQuery next = new TimelineQuery(lanesChosen(), colourChosen(), from, to,
                Math.max(100, chart.plotSize().x));
        query = next;
        compute("Laying out " + String.format(Locale.ROOT, "%,d", p.tasks().size()) + " tasks",
                monitor -> p.fetch(next, monitor), response -> {
                    boolean whole = Double.isNaN(next.from());
                    show(response.model());
                    if (whole) {
                        chart.zoomable(new double[] {data.from(), data.to()}, (lo, hi) -> fetch(lo, hi));
                        if (pending != null) {
                            double[] range = pending;
                            pending = null;
                            chart.zoom(range[0], range[1]);
                        }
                    }
                    status(String.format(Locale.ROOT, "%,d tasks in %d rows; %,d in view: %,d bars, the rest"
                            + " aggregated per pixel (%d ms). Click a bar to select its task; drag or wheel to zoom,"
                            + " Home for all.", data.tasks(), data.rows().size(), data.visible(), data.bars().size(),
                            response.elapsed().toMillis()));
                });
    }

    private void show(Timeline next) {
        data = next;
        chart.chart().suspendUpdate(true);
        try {
            IAxis x = chart.xAxis();
            chart.title(x, "time (UTC)");
            x.getTick().setFormat(new EpochFormat(next.to() - next.from()));
            chart.xRange(next.from(), next.to());
            chart.title(chart.yAxis(0), lanes.getText() + " · depth" + legend(next));
            chart.yAxis(0).setRange(new Range(0, Math.max(1, next.rows().size())));
            chart.yAxis(0).setReversed(true);
        } finally {
            chart.chart().suspendUpdate(false);
        }
        chart.redraw();
    }

    private static String legend(Timeline t) {
        if (t.scale() != null) {
            return String.format(Locale.ROOT, "  (colour: %s to %s %s%s)",
                    org.provlens.analysis.core.Column.format(t.scale().min()),
                    org.provlens.analysis.core.Column.format(t.scale().max()), t.scale().unit(),
                    t.scale().log() ? ", log" : "");
        }
        return "";
    }

    private int colour(Timeline t, int category, double value, Theme theme) {
        if (t.scale() != null) {
            return theme.ramp(t.scale().position(value));
        }
        if (colourChosen() == TimelineQuery.Colour.STATUS && category >= 0) {
            return theme.status(t.categories().get(category));
        }
        return theme.category(category);
    }

    private void paintBars(Painter painter, ChartAdapter adapter) {
        Timeline t = data;
        if (t == null || t.rows().isEmpty()) {
            return;
        }
        Theme theme = adapter.theme();
        IAxis x = adapter.xAxis();
        IAxis y = adapter.yAxis(0);
        int rowHeight = Math.max(1, y.getPixelCoordinate(1) - y.getPixelCoordinate(0));
        int gap = rowHeight >= ROW_HEIGHT_MIN ? 1 : 0;
        for (Timeline.Cells cells : t.cells()) {
            int top = y.getPixelCoordinate(cells.row());
            double secondsPerColumn = (t.to() - t.from()) / t.width();
            for (int c = 0; c < cells.count().length; c++) {
                if (cells.count()[c] > 0) {
                    painter.colour(colour(t, cells.category()[c], cells.value()[c], theme), 255);
                    int x0 = x.getPixelCoordinate(t.from() + c * secondsPerColumn);
                    int x1 = x.getPixelCoordinate(t.from() + (c + 1) * secondsPerColumn);
                    painter.fill(x0, top + gap, Math.max(1, x1 - x0), rowHeight - 2 * gap);
                }
            }
        }
        for (Timeline.Bar bar : t.bars()) {
            int top = y.getPixelCoordinate(bar.row());
            int x0 = x.getPixelCoordinate(bar.start());
            int x1 = x.getPixelCoordinate(bar.end());
            painter.colour(colour(t, bar.category(), bar.value(), theme), 255);
            painter.fill(x0, top + gap, Math.max(1, x1 - x0), rowHeight - 2 * gap);
            if (selected.contains(bar.task())) {
                painter.colour(theme.highlight(), 255);
                painter.lineWidth(2);
                painter.frame(x0, top + gap, Math.max(2, x1 - x0), rowHeight - 2 * gap);
                painter.lineWidth(1);
            }
        }
        // Row labels at the left edge, once per lane, over a backdrop so bars do not hide them.
        String last = null;
        int labelHeight = painter.textHeight();
        for (int r = 0; r < t.rows().size(); r++) {
            Timeline.Row row = t.rows().get(r);
            int top = y.getPixelCoordinate(r);
            boolean laneStart = !row.lane().equals(last);
            last = row.lane();
            if (laneStart) {
                painter.colour(theme.grid(), 255);
                painter.line(0, top, adapter.plotSize().x, top);
            }
            if (rowHeight >= labelHeight - 2 || laneStart) {
                String label = laneStart ? row.label() : "L" + row.depth() + (row.track() > 0 ? " #" + (row.track() + 1) : "");
                if (laneStart || rowHeight >= labelHeight) {
                    int w = painter.textWidth(label) + 4;
                    painter.colour(theme.plot(), 200);
                    painter.fill(1, top + 1, w, Math.min(labelHeight, Math.max(rowHeight, labelHeight)));
                    painter.colour(theme.foreground(), 255);
                    painter.text(label, 3, top + 1, false);
                }
            }
        }
        if (t.scale() == null && !t.categories().isEmpty()) {
            // The colour legend: categories in use, top right.
            int right = adapter.plotSize().x - 4;
            int row = 2;
            for (int k = 0; k < t.categories().size() && k < 16; k++) {
                String name = t.categories().get(k);
                if (colourChosen() == TimelineQuery.Colour.STATUS && !used(t, k)) {
                    continue;
                }
                int w = painter.textWidth(name);
                painter.colour(theme.plot(), 220);
                painter.fill(right - w - 18, row, w + 18, labelHeight);
                painter.colour(colour(t, k, Double.NaN, theme), 255);
                painter.fill(right - w - 16, row + 3, 10, labelHeight - 6);
                painter.colour(theme.foreground(), 255);
                painter.text(name, right - w, row, false);
                row += labelHeight;
            }
        }
    }

    private static boolean used(Timeline t, int category) {
        return t.bars().stream().anyMatch(b -> b.category() == category)
                || t.cells().stream().anyMatch(c -> Arrays.stream(c.category()).anyMatch(v -> v == category));
    }

    private void pick(int px, int py) {
        Timeline t = data;
        if (t == null || provider == null) {
            return;
        }
        IAxis y = chart.yAxis(0);
        int row = (int) Math.floor(y.getDataCoordinate(py));
        double time = chart.xAxis().getDataCoordinate(px);
        double slack = (t.to() - t.from()) / Math.max(1, t.width()) * 2;
        Task task = provider.taskAt(query.lanes(), row, time, slack);
        if (task != null) {
            selected.clear();
            selected.add(task);
            select(new StructuredSelection(task));
            status(task.getActivity() + " " + task.getId() + ": " + EpochFormat.text(task.getStartedAt(), 1)
                    + " – " + EpochFormat.text(task.getEndedAt(), 1) + String.format(Locale.ROOT, " (%.3f s), %s",
                            task.getEndedAt() - task.getStartedAt(), task.getStatus().getLiteral()));
            chart.redraw();
        }
    }

    /**
     * Selects the task at a point of the plot, as a click does.
     *
     * @param px x in the plot area
     * @param py y in the plot area
     */
    public void clickAt(int px, int py) {
        pick(px, py);
    }

    /**
     * The data shown, for tests.
     *
     * @return the last answer, {@code null} before one
     */
    public Timeline getData() {
        return data;
    }

}
