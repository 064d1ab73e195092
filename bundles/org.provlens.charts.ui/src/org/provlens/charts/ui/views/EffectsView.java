package org.provlens.charts.ui.views;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.IWorkbenchPart;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.Levels;
import org.provlens.charts.core.Effects;
import org.provlens.charts.core.EffectsProvider;
import org.provlens.charts.core.EffectsQuery;
import org.provlens.charts.core.io.ChartDataWriter;
import org.provlens.charts.core.io.SvgWriter;
import org.provlens.charts.core.stats.Correlation;
import org.provlens.charts.core.stats.Importance;
import org.provlens.charts.ui.ChartAdapter;
import org.provlens.charts.ui.GcPainter;
import org.provlens.charts.ui.Painter;
import org.provlens.charts.ui.SvgPainter;
import org.provlens.charts.ui.Theme;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;
import org.provlens.ui.BrushedSelection;

/**
 * How hyperparameters move outcomes, over the runs of one level (the {@code model_train} tasks of a sweep): a
 * scatter of any axis against any other coloured by a third; parallel coordinates with brushing, whose brushed runs
 * become the workbench selection (a {@link BrushedSelection}: the Level table shows only them, the other charts
 * highlight them); the Pareto front of two outcomes; the correlation matrix (Pearson or Spearman; n and p in the
 * tooltip); and parameter importance (standardized coefficients and permutation importance).
 */
public class EffectsView extends ChartView {

    /** The tabs, in order. */
    public enum Tab {
        /** Scatter of two axes. */
        SCATTER,
        /** Parallel coordinates. */
        PARALLEL,
        /** Pareto front. */
        PARETO,
        /** Correlation matrix. */
        CORRELATION,
        /** Parameter importance. */
        IMPORTANCE
    }

    private Combo level;
    private Combo x;
    private Combo y;
    private Combo colour;
    private Combo method;
    private Combo outcome;
    private CTabFolder tabs;
    private ChartAdapter scatter;
    private ParallelPlot parallel;
    private ChartAdapter pareto;
    private Canvas correlation;
    private ChartAdapter importance;
    private Effects data;
    private Workspace workspace;
    private final Set<Task> highlighted = Collections.newSetFromMap(new IdentityHashMap<>());
    private BitSet brushed;

    @Override
    protected void createControls(Composite parent) {
        level = combo(parent, "Runs:", List.of("model_train"), 150);
        level.addListener(SWT.Selection, e -> load());
        x = combo(parent, "x:", List.of(), 170);
        y = combo(parent, "y:", List.of(), 170);
        colour = combo(parent, "colour:", List.of(), 170);
        method = combo(parent, "correlation:", List.of("Spearman", "Pearson"), 90);
        outcome = combo(parent, "importance for:", List.of(), 170);
        for (Combo c : List.of(x, y, colour)) {
            c.addListener(SWT.Selection, e -> drawScatter());
        }
        method.addListener(SWT.Selection, e -> correlation.redraw());
        outcome.addListener(SWT.Selection, e -> drawImportance());
    }

    @Override
    protected void createContent(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        scatter = new ChartAdapter(tabs);
        scatter.chart().getLegend().setVisible(false);
        scatter.addLayer(this::scatterOverlay);
        parallel = new ParallelPlot(tabs, this::brushChanged);
        pareto = new ChartAdapter(tabs);
        pareto.addLayer(this::paretoLabels);
        correlation = new Canvas(tabs, SWT.DOUBLE_BUFFERED);
        correlation.addPaintListener(e -> {
            try (GcPainter painter = new GcPainter(e.gc)) {
                Point size = correlation.getSize();
                paintCorrelation(painter, size.x, size.y, theme());
            }
        });
        correlation.addListener(SWT.MouseMove, e -> correlation.setToolTipText(cellText(e.x, e.y)));
        importance = new ChartAdapter(tabs);
        String[] names = {"Scatter", "Parallel coordinates", "Pareto front", "Correlation", "Importance"};
        Control[] controls = {scatter.control(), parallel.control(), pareto.control(), correlation,
            importance.control()};
        for (int i = 0; i < names.length; i++) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(names[i]);
            item.setControl(controls[i]);
        }
        tabs.setSelection(0);
        scatter.chart().getPlotArea().getControl().addListener(SWT.MouseUp, e -> pickScatter(e.x, e.y));
    }

    @Override
    protected List<Control> keyControls() {
        return List.of(scatter.chart().getPlotArea().getControl(), parallel.control(),
                pareto.chart().getPlotArea().getControl(), correlation, importance.chart().getPlotArea().getControl());
    }

    /**
     * Shows a tab.
     *
     * @param tab the tab
     */
    public void showTab(Tab tab) {
        tabs.setSelection(tab.ordinal());
    }

    private Tab tab() {
        return Tab.values()[Math.max(0, tabs.getSelectionIndex())];
    }

    @Override
    public Control exportControl() {
        return tabs.getSelection().getControl();
    }

    @Override
    public String svg() {
        return switch (tab()) {
            case SCATTER -> scatter.svg();
            case PARETO -> pareto.svg();
            case IMPORTANCE -> importance.svg();
            case PARALLEL -> {
                Point size = parallel.control().getSize();
                SvgWriter svg = new SvgWriter(size.x, size.y);
                parallel.paint(new SvgPainter(svg, 0, 0, 11), size.x, size.y);
                yield svg.toString();
            }
            case CORRELATION -> {
                Point size = correlation.getSize();
                SvgWriter svg = new SvgWriter(size.x, size.y);
                paintCorrelation(new SvgPainter(svg, 0, 0, 11), size.x, size.y, theme());
                yield svg.toString();
            }
        };
    }

    @Override
    public String csv() {
        return csvText(data, out -> ChartDataWriter.csv(data, out));
    }

    @Override
    protected void applyTheme(Theme next) {
        scatter.theme(next);
        pareto.theme(next);
        importance.theme(next);
        parallel.theme(next);
        correlation.redraw();
        if (data != null) {
            drawAll();
        }
    }

    @Override
    protected void workspaceChanged(Workspace next) {
        workspace = next;
        java.util.Map<String, Integer> activities = Levels.activities(next);
        List<String> items = new ArrayList<>(activities.keySet());
        level.setItems(items.toArray(String[]::new));
        level.setText(items.contains("model_train") ? "model_train" : items.isEmpty() ? "" : items.get(0));
        load();
    }

    private void load() {
        Workspace ws = workspace;
        String lv = level.getText();
        if (ws == null || lv.isEmpty()) {
            return;
        }
        compute("Relating the parameters and outcomes of " + lv, monitor -> new EffectsProvider()
                .fetch(EffectsQuery.of(Levels.select(ws, lv)), monitor), response -> {
                    show(response.model());
                    status(String.format(Locale.ROOT, "%,d runs, %d parameters, %d outcomes (%d ms). Brush the"
                            + " parallel axes to filter the Level table and highlight the runs in every chart.",
                            data.runs().size(), data.parameters().size(), data.outcomes().size(),
                            response.elapsed().toMillis()));
                });
    }

    /**
     * Shows effects, for tests and benchmarks (the view computes them itself from the workspace).
     *
     * @param effects the data
     */
    public void show(Effects effects) {
        data = effects;
        brushed = null;
        List<String> names = effects.axes().stream().map(Effects.Axis::name).toList();
        List<String> outcomes = effects.outcomes().stream().map(Effects.Axis::name).toList();
        for (Combo c : List.of(x, y, colour)) {
            c.setItems(names.toArray(String[]::new));
        }
        outcome.setItems(outcomes.toArray(String[]::new));
        if (!names.isEmpty()) {
            x.setText(names.contains("used.learning_rate") ? "used.learning_rate" : names.get(0));
            y.setText(effects.paretoX() >= 0 ? names.get(effects.paretoX())
                    : outcomes.isEmpty() ? names.get(names.size() - 1) : outcomes.get(0));
            colour.setText(effects.paretoY() >= 0 ? names.get(effects.paretoY()) : names.get(names.size() - 1));
        }
        if (!outcomes.isEmpty()) {
            outcome.setText(effects.paretoX() >= 0 ? names.get(effects.paretoX()) : outcomes.get(0));
        }
        parallel.show(effects);
        drawAll();
    }

    private void drawAll() {
        drawScatter();
        drawPareto();
        drawImportance();
        correlation.redraw();
    }

    @Override
    protected void follow(IWorkbenchPart part, ISelection chosen) {
        if (!(chosen instanceof IStructuredSelection structured) || data == null) {
            return;
        }
        highlighted.clear();
        for (Object element : structured.toList()) {
            if (element instanceof Task task) {
                for (Task t = task; t != null; t = t.getParent()) {
                    highlighted.add(t);
                }
            } else if (element instanceof Workflow run) {
                data.runs().stream().filter(t -> Tasks.workflowOf(t) == run).forEach(highlighted::add);
            }
        }
        parallel.highlight(highlighted);
        drawScatter();
        drawPareto();
    }

    private void brushChanged(ParallelPlot plot) {
        brushed = plot.brushState().isActive() ? plot.brushed() : null;
        List<Task> runs = new ArrayList<>();
        BitSet in = plot.brushed();
        for (int r = in.nextSetBit(0); r >= 0; r = in.nextSetBit(r + 1)) {
            runs.add(data.runs().get(r));
        }
        select(new BrushedSelection(runs, !plot.brushState().isActive()));
        drawScatter();
        drawPareto();
        status(plot.brushState().isActive() ? runs.size() + " of " + data.runs().size()
                + " runs in the brush: the Level table shows them (and their tasks); Escape removes the brush"
                : "No brush: every run");
    }

    private int axis(Combo combo) {
        return data == null ? -1 : data.indexOf(combo.getText());
    }

    private int pointColour(int run, int colourAxis, double[] range, Theme theme) {
        if (brushed != null && !brushed.get(run)) {
            return theme.muted();
        }
        double v = colourAxis < 0 ? Double.NaN : data.axes().get(colourAxis).values()[run];
        return theme.ramp(range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 0.5);
    }

    private void drawScatter() {
        if (data == null) {
            return;
        }
        int ax = axis(x);
        int ay = axis(y);
        int ac = axis(colour);
        if (ax < 0 || ay < 0) {
            return;
        }
        Theme theme = scatter.theme();
        double[] xs = data.axes().get(ax).values();
        double[] ys = data.axes().get(ay).values();
        double[] range = range(ac < 0 ? null : data.axes().get(ac).values());
        scatter.chart().suspendUpdate(true);
        try {
            scatter.clear();
            List<Integer> shown = new ArrayList<>();
            for (int r = 0; r < xs.length; r++) {
                if (Double.isFinite(xs[r]) && Double.isFinite(ys[r])) {
                    shown.add(r);
                }
            }
            ILineSeries<?> points = (ILineSeries<?>) scatter.chart().getSeriesSet()
                    .createSeries(ISeries.SeriesType.LINE, "runs");
            points.setLineStyle(LineStyle.NONE);
            points.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            points.setSymbolSize(shown.size() > 2000 ? 2 : 5);
            points.setXSeries(shown.stream().mapToDouble(r -> xs[r]).toArray());
            points.setYSeries(shown.stream().mapToDouble(r -> ys[r]).toArray());
            Color[] colours = shown.stream().map(r -> scatter.colour(pointColour(r, ac, range, theme)))
                    .toArray(Color[]::new);
            points.setSymbolColors(colours);
            points.setSymbolColor(scatter.colour(theme.category(0)));
            List<Integer> lit = shown.stream().filter(r -> highlighted.contains(data.runs().get(r))).toList();
            if (!lit.isEmpty()) {
                ILineSeries<?> ring = (ILineSeries<?>) scatter.chart().getSeriesSet()
                        .createSeries(ISeries.SeriesType.LINE, "selected");
                ring.setLineStyle(LineStyle.NONE);
                ring.setSymbolType(ILineSeries.PlotSymbolType.SQUARE);
                ring.setSymbolSize(8);
                ring.setSymbolColor(scatter.colour(theme.highlight()));
                ring.setXSeries(lit.stream().mapToDouble(r -> xs[r]).toArray());
                ring.setYSeries(lit.stream().mapToDouble(r -> ys[r]).toArray());
                scatter.chart().getSeriesSet().sendToBack("selected");
            }
            scatter.title(scatter.xAxis(), data.axes().get(ax).label());
            scatter.title(scatter.yAxis(0), data.axes().get(ay).label());
            scatter.xAxis().enableLogScale(logScale(shown.stream().mapToDouble(r -> xs[r]).toArray()));
            scatter.theme(theme);
            scatter.fit(0.06);
        } finally {
            scatter.chart().suspendUpdate(false);
        }
        scatter.redraw();
    }

    private static boolean logScale(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                if (v <= 0) {
                    return false;
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return hi / lo >= 50; // learning rates: decades apart
    }

    private static double[] range(double[] values) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (values != null) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                    hi = Double.isNaN(hi) ? v : Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    private void pickScatter(int px, int py) {
        if (data == null || axis(x) < 0 || axis(y) < 0) {
            return;
        }
        double[] xs = data.axes().get(axis(x)).values();
        double[] ys = data.axes().get(axis(y)).values();
        int best = -1;
        double distance = 64;
        for (int r = 0; r < xs.length; r++) {
            if (Double.isFinite(xs[r]) && Double.isFinite(ys[r])) {
                double dx = scatter.xAxis().getPixelCoordinate(xs[r]) - px;
                double dy = scatter.yAxis(0).getPixelCoordinate(ys[r]) - py;
                if (dx * dx + dy * dy < distance) {
                    distance = dx * dx + dy * dy;
                    best = r;
                }
            }
        }
        if (best >= 0) {
            Task run = data.runs().get(best);
            highlighted.clear();
            highlighted.add(run);
            select(new StructuredSelection(run));
            Workflow w = Tasks.workflowOf(run);
            status((w == null ? run.getId() : w.getName()) + ": " + x.getText() + " = "
                    + Column.format(xs[best]) + ", " + y.getText() + " = " + Column.format(ys[best]));
            drawScatter();
            parallel.highlight(highlighted);
        }
    }

    private void drawPareto() {
        if (data == null) {
            return;
        }
        Theme theme = pareto.theme();
        pareto.chart().suspendUpdate(true);
        try {
            pareto.clear();
            if (data.paretoX() < 0) {
                pareto.chart().getTitle().setText("No two outcomes to trade off");
                pareto.chart().getTitle().setVisible(true);
                return;
            }
            double[] xs = data.axes().get(data.paretoX()).values();
            double[] ys = data.axes().get(data.paretoY()).values();
            Set<Integer> front = new java.util.HashSet<>();
            for (int r : data.front()) {
                front.add(r);
            }
            List<Integer> others = new ArrayList<>();
            for (int r = 0; r < xs.length; r++) {
                if (Double.isFinite(xs[r]) && Double.isFinite(ys[r]) && !front.contains(r)) {
                    others.add(r);
                }
            }
            ILineSeries<?> dominated = (ILineSeries<?>) pareto.chart().getSeriesSet()
                    .createSeries(ISeries.SeriesType.LINE, "dominated");
            dominated.setDescription("dominated runs");
            dominated.setLineStyle(LineStyle.NONE);
            dominated.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
            dominated.setSymbolSize(4);
            dominated.setSymbolColor(pareto.colour(theme.muted()));
            dominated.setXSeries(others.stream().mapToDouble(r -> xs[r]).toArray());
            dominated.setYSeries(others.stream().mapToDouble(r -> ys[r]).toArray());
            ILineSeries<?> efficient = (ILineSeries<?>) pareto.chart().getSeriesSet()
                    .createSeries(ISeries.SeriesType.LINE, "front");
            efficient.setDescription("Pareto-efficient runs (" + data.front().length + ")");
            efficient.setLineColor(pareto.colour(theme.category(3)));
            efficient.setSymbolColor(pareto.colour(theme.category(3)));
            efficient.setSymbolType(ILineSeries.PlotSymbolType.DIAMOND);
            efficient.setSymbolSize(6);
            efficient.setLineWidth(2);
            efficient.enableStep(true);
            efficient.setXSeries(java.util.Arrays.stream(data.front()).mapToDouble(r -> xs[r]).toArray());
            efficient.setYSeries(java.util.Arrays.stream(data.front()).mapToDouble(r -> ys[r]).toArray());
            pareto.title(pareto.xAxis(), data.axes().get(data.paretoX()).label()
                    + (data.maximizeX() ? " (more is better)" : " (less is better)"));
            pareto.title(pareto.yAxis(0), data.axes().get(data.paretoY()).label()
                    + (data.maximizeY() ? " (more is better)" : " (less is better)"));
            pareto.chart().getTitle().setVisible(false);
            pareto.theme(theme);
            pareto.fit(0.06);
        } finally {
            pareto.chart().suspendUpdate(false);
        }
        pareto.redraw();
    }

    /** The colour scale (top right) and, for a sweep's few runs, their names beside the points. */
    private void scatterOverlay(Painter painter, ChartAdapter adapter) {
        int ax = axis(x);
        int ay = axis(y);
        int ac = axis(colour);
        if (data == null || ax < 0 || ay < 0) {
            return;
        }
        Theme theme = adapter.theme();
        double[] xs = data.axes().get(ax).values();
        double[] ys = data.axes().get(ay).values();
        if (xs.length <= 40) {
            painter.colour(theme.foreground(), 255);
            for (int r = 0; r < xs.length; r++) {
                if (Double.isFinite(xs[r]) && Double.isFinite(ys[r])) {
                    painter.text(runName(data.runs().get(r)), adapter.xAxis().getPixelCoordinate(xs[r]) + 6,
                            adapter.yAxis(0).getPixelCoordinate(ys[r]) - painter.textHeight() / 2, false);
                }
            }
        }
        if (ac >= 0) {
            double[] range = range(data.axes().get(ac).values());
            int width = adapter.plotSize().x;
            int barWidth = 160;
            int left = width - barWidth - 12;
            String title = "colour: " + data.axes().get(ac).label();
            int th = painter.textHeight();
            painter.colour(theme.plot(), 230);
            painter.fill(Math.min(left, width - painter.textWidth(title) - 12) - 4, 2,
                    Math.max(barWidth, painter.textWidth(title)) + 12, 3 * th + 14);
            painter.colour(theme.foreground(), 255);
            painter.text(title, Math.min(left, width - painter.textWidth(title) - 8), 4, false);
            for (int i = 0; i < barWidth; i++) {
                painter.colour(theme.ramp(i / (double) (barWidth - 1)), 255);
                painter.fill(left + i, 6 + th, 1, 10);
            }
            painter.colour(theme.foreground(), 255);
            String lo = org.provlens.charts.ui.CompactFormat.text(range[0]);
            String hi = org.provlens.charts.ui.CompactFormat.text(range[1]);
            painter.text(lo, left, 18 + th, false);
            painter.text(hi, left + barWidth - painter.textWidth(hi), 18 + th, false);
        }
    }

    private static String runName(Task task) {
        Workflow w = Tasks.workflowOf(task);
        return w == null || w.getName() == null || w.getName().isEmpty() ? task.getId() : w.getName();
    }

    private void paretoLabels(Painter painter, ChartAdapter adapter) {
        if (data == null || data.paretoX() < 0) {
            return;
        }
        double[] xs = data.axes().get(data.paretoX()).values();
        double[] ys = data.axes().get(data.paretoY()).values();
        painter.colour(adapter.theme().foreground(), 255);
        int width = adapter.plotSize().x;
        int k = 0;
        for (int r : data.front()) {
            String name = runName(data.runs().get(r));
            int px = adapter.xAxis().getPixelCoordinate(xs[r]);
            int py = adapter.yAxis(0).getPixelCoordinate(ys[r]);
            int w = painter.textWidth(name);
            // Beside the point, to its left near the right edge; above and below in turn so neighbours part.
            int tx = px + 8 + w > width ? px - 8 - w : px + 8;
            int ty = k++ % 2 == 0 ? py - painter.textHeight() - 2 : py + 3;
            painter.text(name, tx, ty, false);
        }
    }

    private void drawImportance() {
        if (data == null) {
            return;
        }
        List<String> outcomes = data.outcomes().stream().map(Effects.Axis::name).toList();
        int o = outcomes.indexOf(outcome.getText());
        if (o < 0) {
            return;
        }
        Importance imp = data.importance().get(o);
        List<Effects.Axis> parameters = data.parameters();
        List<Integer> fitted = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            if (Double.isFinite(imp.coefficients()[p])) {
                fitted.add(p);
            }
        }
        Theme theme = importance.theme();
        importance.chart().suspendUpdate(true);
        try {
            importance.clear();
            IBarSeries<?> src = (IBarSeries<?>) importance.chart().getSeriesSet()
                    .createSeries(ISeries.SeriesType.BAR, "src");
            src.setDescription("standardized coefficient (SD of outcome per SD of parameter)");
            src.setBarColor(importance.colour(theme.category(0)));
            src.setYSeries(fitted.stream().mapToDouble(p -> imp.coefficients()[p]).toArray());
            IBarSeries<?> perm = (IBarSeries<?>) importance.chart().getSeriesSet()
                    .createSeries(ISeries.SeriesType.BAR, "permutation");
            perm.setDescription("permutation importance (R² lost)");
            perm.setBarColor(importance.colour(theme.category(1)));
            perm.setYSeries(fitted.stream().mapToDouble(p -> imp.permutation()[p]).toArray());
            importance.xAxis().enableCategory(true);
            importance.xAxis().setCategorySeries(fitted.stream().map(p -> parameters.get(p).name())
                    .toArray(String[]::new));
            importance.title(importance.xAxis(), "parameter");
            importance.title(importance.yAxis(0), "effect on " + outcome.getText());
            importance.chart().getTitle().setText(String.format(Locale.ROOT, "%s: R² = %s over %d runs%s",
                    outcome.getText(), org.provlens.charts.ui.CompactFormat.text(imp.r2()), imp.n(),
                    fitted.size() < parameters.size() ? String.format(Locale.ROOT,
                            ", fit on the %d of %d parameters most correlated with it (one per three runs)",
                            fitted.size(), parameters.size()) : ""));
            status(imp.message().isEmpty() ? "" : "Importance: " + imp.message());
            importance.chart().getTitle().setVisible(true);
            importance.theme(theme);
            importance.chart().getTitle().setForeground(importance.colour(theme.foreground()));
            importance.fit(0.05);
        } finally {
            importance.chart().suspendUpdate(false);
        }
        importance.redraw();
    }

    private static final int GRID_LEFT = 190;
    private static final int GRID_TOP = 150;

    private void paintCorrelation(Painter painter, int width, int height, Theme theme) {
        painter.colour(theme.plot(), 255);
        painter.fill(0, 0, width, height);
        if (data == null) {
            return;
        }
        int n = data.axes().size();
        int cell = cellSize(width, height, n);
        boolean spearman = method.getText().equals("Spearman");
        for (int i = 0; i < n; i++) {
            painter.colour(theme.foreground(), 255);
            String name = data.axes().get(i).name();
            painter.text(name, GRID_LEFT - 6 - painter.textWidth(name), GRID_TOP + i * cell + (cell
                    - painter.textHeight()) / 2, false);
            painter.text(name, GRID_LEFT + i * cell + (cell - painter.textHeight()) / 2, GRID_TOP - 6, true);
            for (int j = 0; j < n; j++) {
                Correlation c = data.correlations().get(i).get(j);
                double r = spearman ? c.spearman() : c.pearson();
                int fill = theme.diverging(r);
                painter.colour(fill, 255);
                painter.fill(GRID_LEFT + j * cell, GRID_TOP + i * cell, cell - 1, cell - 1);
                if (cell >= 26 && !Double.isNaN(r)) {
                    String text = String.format(Locale.ROOT, "%.2f", r);
                    painter.colour(Theme.textOn(fill), 255);
                    painter.text(text, GRID_LEFT + j * cell + (cell - painter.textWidth(text)) / 2,
                            GRID_TOP + i * cell + (cell - painter.textHeight()) / 2, false);
                }
            }
        }
        painter.colour(theme.foreground(), 255);
        painter.text((spearman ? "Spearman's rho" : "Pearson's r") + " over the runs with both values; blue -1, red"
                + " +1; hover for n and p", GRID_LEFT, Math.min(height - painter.textHeight() - 2,
                        GRID_TOP + n * cell + 6), false);
    }

    private static int cellSize(int width, int height, int n) {
        return Math.max(8, Math.min(60, Math.min((width - GRID_LEFT - 10) / Math.max(1, n),
                (height - GRID_TOP - 30) / Math.max(1, n))));
    }

    private String cellText(int px, int py) {
        if (data == null) {
            return null;
        }
        Point size = correlation.getSize();
        int n = data.axes().size();
        int cell = cellSize(size.x, size.y, n);
        int i = Math.floorDiv(py - GRID_TOP, cell);
        int j = Math.floorDiv(px - GRID_LEFT, cell);
        if (i < 0 || j < 0 || i >= n || j >= n) {
            return null;
        }
        return correlationText(i, j);
    }

    /**
     * The tooltip of a cell of the correlation matrix.
     *
     * @param i the row's axis
     * @param j the column's axis
     * @return the pair, n, Pearson's r and Spearman's rho with their p-values
     */
    public String correlationText(int i, int j) {
        Correlation c = data.correlations().get(i).get(j);
        return String.format(Locale.ROOT, "%s × %s%nn = %d%nPearson r = %s (p = %s)%nSpearman rho = %s (p = %s)",
                data.axes().get(i).name(), data.axes().get(j).name(), c.n(), Column.format(c.pearson()),
                Column.format(c.pearsonP()), Column.format(c.spearman()), Column.format(c.spearmanP()));
    }

    /**
     * Brushes an axis of the parallel coordinates, as a drag along it does.
     *
     * @param axisName the axis
     * @param lo one end
     * @param hi the other
     */
    public void brush(String axisName, double lo, double hi) {
        parallel.brush(data.indexOf(axisName), lo, hi);
    }

    /** Removes every brush, as Escape does. */
    public void clearBrush() {
        parallel.clear();
    }

    /**
     * The data shown, for tests.
     *
     * @return the effects, {@code null} before they are computed
     */
    public Effects getData() {
        return data;
    }

    /**
     * The runs in the brush, for tests.
     *
     * @return their indexes
     */
    public BitSet getBrushed() {
        return parallel.brushed();
    }

    /**
     * The parallel-coordinates canvas, for benchmarks.
     *
     * @return the canvas
     */
    public Canvas getParallel() {
        return parallel.control();
    }

    @Override
    public void dispose() {
        scatter.dispose();
        pareto.dispose();
        importance.dispose();
        super.dispose();
    }
}
