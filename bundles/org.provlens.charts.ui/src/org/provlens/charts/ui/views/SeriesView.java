package org.provlens.charts.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.provlens.analysis.core.Column;
import org.provlens.charts.core.Buckets;
import org.provlens.charts.core.SeriesData;
import org.provlens.charts.core.SeriesProvider;
import org.provlens.charts.core.SeriesQuery;
import org.provlens.charts.core.io.ChartDataWriter;
import org.provlens.charts.ui.ChartAdapter;
import org.provlens.charts.ui.EpochFormat;
import org.provlens.charts.ui.Painter;
import org.provlens.charts.ui.Theme;
import org.provlens.model.Execution;
import org.provlens.model.SeriesAxis;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Metric and telemetry series of the selected runs or tasks, overlaid, decimated to the plot's pixel width by the
 * {@link SeriesProvider} (min and max of every pixel column, so spikes stay); two y axes when two units are shown;
 * box, wheel and key zoom and pan re-bucket the range; a crosshair shows each line's values under the pointer; the
 * legend toggles lines. Telemetry read at task start and end is drawn as one segment per task, never joined.
 */
public class SeriesView extends SingleChartView {

    private Combo keys;
    private List<Execution> sources = List.of();
    private SeriesData data;
    private SeriesQuery query;
    private int crosshair = -1;
    private final Map<String, Integer> axisOfUnit = new LinkedHashMap<>();

    /** The choice of no second series. */
    private static final String NONE = "(none)";

    private Combo second;

    @Override
    protected void createControls(Composite parent) {
        keys = combo(parent, "Series:", List.of(), 300);
        keys.addListener(SWT.Selection, e -> draw(keys.getText()));
        second = combo(parent, "and (right axis, over time):", List.of(NONE), 300);
        second.addListener(SWT.Selection, e -> draw(keys.getText()));
    }

    /**
     * Overlays a second key (over time, on its own axis when its unit differs), or removes it.
     *
     * @param key the key, {@code null} for none
     */
    public void overlay(String key) {
        second.setText(key == null ? NONE : key);
        draw(keys.getText());
    }

    private String secondKey() {
        String key = second.getText();
        return key.isEmpty() || key.equals(NONE) ? null : key;
    }

    @Override
    protected void createContent(Composite parent) {
        chart = new ChartAdapter(parent);
        chart.addLayer(this::paintOver);
        Control plot = chart.chart().getPlotArea().getControl();
        plot.addListener(SWT.MouseMove, e -> {
            crosshair = e.x;
            plot.redraw();
        });
        plot.addListener(SWT.MouseExit, e -> {
            crosshair = -1;
            plot.redraw();
        });
    }

    @Override
    public String csv() {
        return csvText(data, out -> ChartDataWriter.csv(data, out));
    }

    @Override
    protected void applyTheme(Theme next) {
        chart.theme(next);
        if (data != null) {
            show(data);
        }
    }

    @Override
    protected void workspaceChanged(Workspace workspace) {
        data = null;
        sources = List.copyOf(Bulk.workflows(workspace));
        refreshKeys();
    }

    @Override
    protected void follow(IWorkbenchPart part, ISelection chosen) {
        if (!(chosen instanceof IStructuredSelection structured)) {
            return;
        }
        List<Execution> picked = new ArrayList<>();
        for (Object element : structured.toList()) {
            if (element instanceof Execution execution) {
                picked.add(execution);
            }
        }
        if (!picked.isEmpty() && !picked.equals(sources)) {
            sources = List.copyOf(picked);
            refreshKeys();
        }
    }

    /**
     * Shows the series of some runs or tasks.
     *
     * @param executions the runs or tasks
     * @param key the key to draw, {@code null} for the first of theirs
     */
    public void show(List<? extends Execution> executions, String key) {
        sources = List.copyOf(executions);
        wanted = key;
        refreshKeys();
    }

    private String wanted;

    private void refreshKeys() {
        List<Execution> of = sources;
        compute("Listing the series of " + of.size() + " runs or tasks",
                monitor -> org.provlens.analysis.core.provider.Providers.run(monitor, m -> SeriesProvider.keys(of)),
                response -> {
                    List<String> names = response.model();
                    String previous = wanted != null ? wanted : keys.getText();
                    keys.setItems(names.toArray(String[]::new));
                    String other = second.getText();
                    List<String> withNone = new ArrayList<>();
                    withNone.add(NONE);
                    withNone.addAll(names);
                    second.setItems(withNone.toArray(String[]::new));
                    second.setText(names.contains(other) ? other : NONE);
                    String key = names.contains(previous) ? previous
                            : names.contains("generated.loss") ? "generated.loss" : names.isEmpty() ? null : names.get(0);
                    wanted = null;
                    if (key == null) {
                        status("No series in the selection");
                        return;
                    }
                    keys.setText(key);
                    draw(key);
                });
    }

    private void draw(String key) {
        int width = Math.max(100, chart.plotSize().x);
        query = SeriesQuery.of(sources, key, width);
        fetch(query);
    }

    private void fetch(SeriesQuery next) {
        query = next;
        String other = secondKey();
        compute("Decimating " + next.key(), monitor -> other == null ? new SeriesProvider().fetch(next, monitor)
                : both(next, other, monitor), response -> {
            boolean first = data == null || !data.lines().isEmpty() && !data.lines().get(0).key().equals(next.key())
                    || Double.isNaN(next.from());
            show(response.model());
            if (first) {
                chart.zoomable(new double[] {data.from(), data.to()}, (lo, hi) -> fetch(query.range(lo, hi,
                        Math.max(100, chart.plotSize().x))));
            }
            long points = response.model().lines().stream().mapToLong(SeriesData.Line::points).sum();
            status(String.format(java.util.Locale.ROOT, "%s: %d lines, %,d points in %d columns (%d ms)", next.key(),
                    response.model().lines().size(), points, next.width(), response.elapsed().toMillis()));
        });
    }

    /**
     * Two keys over time on one x range: each asked of the provider, over the union of their ranges when the query
     * has none.
     */
    private static org.provlens.analysis.core.provider.ProviderResponse<SeriesData> both(SeriesQuery first,
            String other, org.eclipse.core.runtime.IProgressMonitor monitor) {
        return org.provlens.analysis.core.provider.Providers.run(monitor, m -> {
            SeriesProvider provider = new SeriesProvider();
            SeriesQuery a = new SeriesQuery(first.sources(), first.key(), null, SeriesAxis.TIME, first.from(),
                    first.to(), first.width());
            SeriesQuery b = new SeriesQuery(first.sources(), other, null, SeriesAxis.TIME, first.from(), first.to(),
                    first.width());
            SeriesData da = answer(provider.fetch(a, m));
            SeriesData db = answer(provider.fetch(b, m));
            if (Double.isNaN(first.from()) && (da.from() != db.from() || da.to() != db.to())) {
                double lo = da.lines().isEmpty() ? db.from() : db.lines().isEmpty() ? da.from()
                        : Math.min(da.from(), db.from());
                double hi = da.lines().isEmpty() ? db.to() : db.lines().isEmpty() ? da.to() : Math.max(da.to(), db.to());
                da = answer(provider.fetch(a.range(lo, hi, first.width()), m));
                db = answer(provider.fetch(b.range(lo, hi, first.width()), m));
            }
            List<SeriesData.Line> lines = new ArrayList<>(da.lines());
            lines.addAll(db.lines());
            return new SeriesData(da.lines().isEmpty() ? db.from() : da.from(), da.lines().isEmpty() ? db.to()
                    : da.to(), lines);
        });
    }

    private static SeriesData answer(org.provlens.analysis.core.provider.ProviderResponse<SeriesData> response) {
        if (!response.isCompleted()) {
            throw new IllegalArgumentException(response.message());
        }
        return response.model();
    }

    private void show(SeriesData next) {
        data = next;
        Theme theme = chart.theme();
        chart.chart().suspendUpdate(true);
        try {
            chart.clear();
            axisOfUnit.clear();
            for (int id : chart.chart().getAxisSet().getYAxisIds()) {
                if (id != 0) {
                    chart.chart().getAxisSet().deleteYAxis(id);
                }
            }
            int index = 0;
            for (SeriesData.Line line : next.lines()) {
                int axis = axisOf(line.unit());
                ILineSeries<?> series = (ILineSeries<?>) chart.chart().getSeriesSet()
                        .createSeries(ISeries.SeriesType.LINE, "line" + index);
                series.setDescription(line.label() + (line.unit().isEmpty() ? "" : " [" + line.unit() + "]"));
                series.setYAxisId(axis);
                series.setLineColor(chart.colour(theme.category(index)));
                series.setSymbolColor(chart.colour(theme.category(index)));
                series.setAntialias(SWT.ON);
                Buckets b = line.buckets();
                List<double[]> points = new ArrayList<>();
                if (line.kind() == SeriesData.Kind.TELEMETRY) {
                    // No line between tasks: the legend's symbols only, the intervals are painted over the plot.
                    series.setLineStyle(LineStyle.NONE);
                    series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
                    series.setSymbolSize(2);
                    for (int i = 0; i < b.size(); i++) {
                        if (b.count(i) > 0) {
                            double mid = (b.x0(i) + b.x1(i)) / 2;
                            points.add(new double[] {mid, b.min(i)});
                            points.add(new double[] {mid, b.max(i)});
                        }
                    }
                } else {
                    series.setLineWidth(1);
                    long total = b.total();
                    series.setSymbolType(total <= 300 ? ILineSeries.PlotSymbolType.CIRCLE
                            : ILineSeries.PlotSymbolType.NONE);
                    series.setSymbolSize(2);
                    double[][] line4 = ChartAdapter.m4(b);
                    for (int i = 0; i < line4[0].length; i++) {
                        points.add(new double[] {line4[0][i], line4[1][i]});
                    }
                }
                series.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
                series.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
                index++;
            }
            boolean time = !next.lines().isEmpty() && next.lines().get(0).axis() == SeriesAxis.TIME;
            IAxis x = chart.xAxis();
            chart.title(x, time ? "time (UTC)" : "step");
            x.getTick().setFormat(time ? new EpochFormat(next.to() - next.from()) : new org.provlens.charts.ui.CompactFormat());
            for (Map.Entry<String, Integer> unit : axisOfUnit.entrySet()) {
                IAxis y = chart.yAxis(unit.getValue());
                String keys = next.lines().stream().filter(l -> l.unit().equals(unit.getKey()))
                        .map(SeriesData.Line::key).distinct().reduce((a, c) -> a + ", " + c).orElse("");
                chart.title(y, keys + (unit.getKey().isEmpty() ? "" : " [" + unit.getKey() + "]"));
            }
            chart.theme(theme);
            chart.fit(0.05);
            chart.xRange(next.from(), next.to());
        } finally {
            chart.chart().suspendUpdate(false);
        }
        chart.redraw();
    }

    private int axisOf(String unit) {
        Integer known = axisOfUnit.get(unit);
        if (known != null) {
            return known;
        }
        int id;
        if (axisOfUnit.isEmpty()) {
            id = 0;
        } else if (axisOfUnit.size() == 1) {
            id = chart.chart().getAxisSet().createYAxis();
            chart.yAxis(id).setPosition(IAxis.Position.Secondary);
        } else {
            id = axisOfUnit.values().stream().reduce((a, b) -> b).orElse(0); // a third unit shares the right axis
        }
        axisOfUnit.put(unit, id);
        return id;
    }

    private void paintOver(Painter painter, ChartAdapter adapter) {
        if (data == null) {
            return;
        }
        ISeries<?>[] all = adapter.chart().getSeriesSet().getSeries();
        IAxis x = adapter.xAxis();
        for (int i = 0; i < data.lines().size() && i < all.length; i++) {
            SeriesData.Line line = data.lines().get(i);
            if (line.kind() != SeriesData.Kind.TELEMETRY || !all[i].isVisible()) {
                continue;
            }
            IAxis y = adapter.yAxis(all[i].getYAxisId());
            painter.colour(adapter.theme().category(i), 255);
            painter.lineWidth(2);
            SeriesData.Intervals intervals = line.intervals();
            if (intervals != null) {
                for (int k = 0; k < intervals.size(); k++) {
                    int x0 = x.getPixelCoordinate(intervals.t0()[k]);
                    int x1 = Math.max(x0 + 1, x.getPixelCoordinate(intervals.t1()[k]));
                    painter.line(x0, y.getPixelCoordinate(intervals.v0()[k]), x1,
                            y.getPixelCoordinate(intervals.v1()[k]));
                }
            } else {
                // Too many tasks for a segment each: the range of readings in every pixel column.
                Buckets b = line.buckets();
                for (int k = 0; k < b.size(); k++) {
                    if (b.count(k) > 0) {
                        int px = x.getPixelCoordinate((b.x0(k) + b.x1(k)) / 2);
                        painter.line(px, y.getPixelCoordinate(b.min(k)), px, y.getPixelCoordinate(b.max(k)));
                    }
                }
            }
            painter.lineWidth(1);
        }
        if (crosshair >= 0) {
            double at = x.getDataCoordinate(crosshair);
            painter.colour(adapter.theme().foreground(), 120);
            painter.line(crosshair, 0, crosshair, adapter.plotSize().y);
            int row = 4;
            boolean time = data.lines().get(0).axis() == SeriesAxis.TIME;
            painter.colour(adapter.theme().foreground(), 255);
            painter.text(time ? EpochFormat.text(at, data.to() - data.from()) : "step " + Column.format(Math.rint(at)),
                    crosshair + 6, row, false);
            row += painter.textHeight();
            for (int i = 0; i < data.lines().size() && i < all.length; i++) {
                SeriesData.Line line = data.lines().get(i);
                Buckets b = line.buckets();
                int bucket = nearest(b, (int) Math.floor((at - b.from()) / (b.to() - b.from()) * b.size()));
                if (!all[i].isVisible() || bucket < 0) {
                    continue;
                }
                String value = b.count(bucket) == 1 ? Column.format(b.first(bucket))
                        : Column.format(b.min(bucket)) + "–" + Column.format(b.max(bucket));
                painter.colour(adapter.theme().category(i), 255);
                painter.text((line.runName() == null ? line.source() : line.runName()) + ": " + value + " "
                        + line.unit(), crosshair + 6, row, false);
                row += painter.textHeight();
            }
        }
    }

    /** The non-empty bucket nearest to one, within 40 pixel columns; -1 when none. */
    private static int nearest(Buckets b, int at) {
        for (int d = 0; d <= 40; d++) {
            for (int i : new int[] {at - d, at + d}) {
                if (i >= 0 && i < b.size() && b.count(i) > 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The data shown, for tests.
     *
     * @return the provider's last answer, {@code null} before one
     */
    public SeriesData getData() {
        return data;
    }

    /**
     * The key chooser, for tests.
     *
     * @return the combo
     */
    public Combo getKeys() {
        return keys;
    }

}
