package org.provlens.charts.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPart;
import org.provlens.analysis.core.Levels;
import org.provlens.charts.core.ActivityStats;
import org.provlens.charts.core.ActivityStatsProvider;
import org.provlens.charts.core.io.ChartDataWriter;
import org.provlens.charts.core.stats.Summary;
import org.provlens.charts.ui.ChartAdapter;
import org.provlens.charts.ui.Theme;
import org.provlens.model.Workspace;

/**
 * Per-activity statistics of every task: a bar per activity of one measure's statistic (mean, median, p95, max or
 * the total), with the table of every statistic and each activity's dominant resource beside it.
 */
public class ActivityStatsView extends SingleChartView {

    private static final List<String> STATISTICS = List.of("mean", "median", "p95", "max", "min", "total");

    private Combo measure;
    private Combo statistic;
    private Table table;
    private ActivityStats data;

    @Override
    protected void createControls(Composite parent) {
        measure = combo(parent, "Measure:", Arrays.stream(ActivityStats.Measure.values())
                .map(m -> m.key() + " [" + m.unit() + "]").toList(), 150);
        statistic = combo(parent, "of the tasks:", STATISTICS, 90);
        measure.addListener(SWT.Selection, e -> show());
        statistic.addListener(SWT.Selection, e -> show());
    }

    @Override
    protected void createContent(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        chart = new ChartAdapter(sash);
        chart.chart().getLegend().setVisible(false);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : List.of("activity", "dominant", "tasks", "n", "mean", "median", "min", "max", "p95")) {
            TableColumn column = new TableColumn(table, name.equals("activity") || name.equals("dominant") ? SWT.LEFT
                    : SWT.RIGHT);
            column.setText(name);
            column.setWidth(name.equals("activity") ? 160 : name.equals("dominant") ? 90 : 64);
        }
        sash.setWeights(55, 45);
    }

    @Override
    protected List<Control> keyControls() {
        return List.of(chart.chart().getPlotArea().getControl(), table);
    }

    @Override
    public String csv() {
        return csvText(data, out -> ChartDataWriter.csv(data, out));
    }

    @Override
    protected void applyTheme(Theme next) {
        chart.theme(next);
        table.setBackground(chart.colour(next.background()));
        table.setForeground(chart.colour(next.foreground()));
        if (data != null) {
            show();
        }
    }

    @Override
    protected void workspaceChanged(Workspace workspace) {
        compute("Per-activity statistics", monitor -> new ActivityStatsProvider()
                .fetch(Levels.select(workspace, Levels.ALL), monitor), response -> {
                    data = response.model();
                    show();
                    status(String.format(Locale.ROOT, "%d activities, %,d tasks (%d ms). Dominant resource: the"
                            + " largest of CPU cores busy, GPU power, GPU memory and IO rate relative to the busiest"
                            + " activity.", data.rows().size(), data.rows().stream().mapToLong(ActivityStats.Row::tasks)
                                    .sum(), response.elapsed().toMillis()));
                });
    }

    @Override
    protected void follow(IWorkbenchPart part, ISelection chosen) {
        // Statistics of every task: the selection does not change them.
    }

    /**
     * Chooses the measure and statistic drawn.
     *
     * @param m the measure
     * @param stat mean, median, p95, max, min or total
     */
    public void show(ActivityStats.Measure m, String stat) {
        measure.select(m.ordinal());
        statistic.select(STATISTICS.indexOf(stat));
        show();
    }

    private ActivityStats.Measure measureChosen() {
        return ActivityStats.Measure.values()[Math.max(0, measure.getSelectionIndex())];
    }

    private static double value(Summary s, String stat) {
        return switch (stat) {
            case "median" -> s.median();
            case "p95" -> s.p95();
            case "max" -> s.max();
            case "min" -> s.min();
            case "total" -> s.n() == 0 ? Double.NaN : s.mean() * s.n();
            default -> s.mean();
        };
    }

    private void show() {
        if (data == null) {
            return;
        }
        ActivityStats.Measure m = measureChosen();
        String stat = statistic.getText();
        List<ActivityStats.Row> rows = new ArrayList<>(data.rows().stream().filter(r -> r.summary(m).n() > 0)
                .toList());
        rows.sort((a, b) -> Double.compare(value(b.summary(m), stat), value(a.summary(m), stat)));
        Theme theme = chart.theme();
        chart.chart().suspendUpdate(true);
        try {
            chart.clear();
            IBarSeries<?> bars = (IBarSeries<?>) chart.chart().getSeriesSet().createSeries(ISeries.SeriesType.BAR,
                    "bars");
            bars.setDescription(m.key() + " " + stat);
            bars.setBarColor(chart.colour(theme.category(0)));
            bars.setYSeries(rows.stream().mapToDouble(r -> value(r.summary(m), stat)).toArray());
            IAxis x = chart.xAxis();
            x.enableCategory(true);
            x.setCategorySeries(rows.stream().map(ActivityStats.Row::activity).toArray(String[]::new));
            x.getTick().setTickLabelAngle(rows.size() > 4 ? 45 : 0);
            chart.title(x, "activity");
            double[] values = rows.stream().mapToDouble(r -> value(r.summary(m), stat)).toArray();
            double lo = java.util.Arrays.stream(values).filter(v -> v > 0).min().orElse(0);
            double hi = java.util.Arrays.stream(values).max().orElse(0);
            // Activities differ by decades (hours of training, milliseconds of a layer): a log axis shows them all.
            boolean log = lo > 0 && hi / lo > 100 && java.util.Arrays.stream(values).allMatch(v -> v > 0);
            chart.yAxis(0).enableLogScale(log);
            chart.yAxis(0).getTick().setFormat(new org.provlens.charts.ui.CompactFormat(log));
            chart.title(chart.yAxis(0), stat + " " + m.key() + " per task [" + m.unit() + "]" + (log ? ", log" : ""));
            chart.theme(theme);
            chart.fit(0.04);
        } finally {
            chart.chart().suspendUpdate(false);
        }
        chart.redraw();
        table.removeAll();
        for (ActivityStats.Row row : rows) {
            Summary s = row.summary(m);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.activity(), row.dominant() == null ? "" : row.dominant(),
                Long.toString(row.tasks()), Long.toString(s.n()), text(s.mean()), text(s.median()), text(s.min()),
                text(s.max()), text(s.p95())});
        }
    }

    private static String text(double v) {
        return org.provlens.charts.ui.CompactFormat.text(v);
    }

    /**
     * The data shown, for tests.
     *
     * @return the statistics, {@code null} before they are computed
     */
    public ActivityStats getData() {
        return data;
    }

    /**
     * The table beside the chart, for tests.
     *
     * @return the table
     */
    public Table getTable() {
        return table;
    }

}
