package org.provlens.charts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.provlens.charts.core.io.SvgWriter;

/**
 * The one place SWTChart is driven: a chart with the theme's colours, axis titles, layers of the views' own
 * shapes painted over the plot (through {@link Painter}), x zoom by box (drag), wheel and keys (+, -, arrows,
 * Home) and pan (right or middle drag) that call back with the new range so the view re-buckets, legend toggles,
 * and export of the same picture as SVG.
 */
public final class ChartAdapter {

    /** Shapes drawn over the plot area. */
    public interface Layer {
        /**
         * Paints.
         *
         * @param painter where to
         * @param chart the chart, for its axes' pixel coordinates
         */
        void paint(Painter painter, ChartAdapter chart);
    }

    private final Chart chart;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Color> colours = new ArrayList<>();
    private Theme theme = Theme.LIGHT;
    private BiConsumer<Double, Double> onRange;
    private double[] full;
    private int dragStart = -1;
    private int dragNow = -1;
    private int panFrom = -1;
    private double[] panRange;

    /**
     * A chart in a parent.
     *
     * @param parent the parent
     */
    public ChartAdapter(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        Control plot = chart.getPlotArea().getControl();
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                try (GcPainter painter = new GcPainter(e.gc)) {
                    for (Layer layer : layers) {
                        layer.paint(painter, ChartAdapter.this);
                    }
                    if (dragStart >= 0 && dragNow >= 0) {
                        painter.colour(theme.foreground(), 60);
                        Point size = plot.getSize();
                        painter.fill(Math.min(dragStart, dragNow), 0, Math.abs(dragNow - dragStart), size.y);
                    }
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        plot.addListener(SWT.MouseDown, this::mouseDown);
        plot.addListener(SWT.MouseMove, this::mouseMove);
        plot.addListener(SWT.MouseUp, this::mouseUp);
        plot.addListener(SWT.MouseVerticalWheel, e -> {
            if (onRange != null) {
                zoomAround(xAxis().getDataCoordinate(e.x), e.count > 0 ? 0.8 : 1.25);
            }
        });
        plot.addListener(SWT.KeyDown, this::key);
        plot.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_NONE);
        plot.addListener(SWT.FocusIn, e -> plot.redraw());
        // Legend toggles: a click on an entry hides or shows its series.
        ((Control) chart.getLegend()).addListener(SWT.MouseDown, e -> {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                Rectangle r = chart.getLegend().getBounds(series.getId());
                if (r != null && r.contains(e.x, e.y)) {
                    series.setVisible(!series.isVisible());
                    chart.redraw();
                }
            }
        });
    }

    /**
     * The SWTChart chart.
     *
     * @return the widget
     */
    public Chart chart() {
        return chart;
    }

    /**
     * The control to lay out.
     *
     * @return the chart
     */
    public Control control() {
        return chart;
    }

    /**
     * The theme.
     *
     * @return the colours in use
     */
    public Theme theme() {
        return theme;
    }

    /**
     * Applies a theme to the chart, its axes and legend.
     *
     * @param next the theme
     */
    public void theme(Theme next) {
        theme = next;
        chart.setBackground(colour(next.background()));
        chart.setBackgroundInPlotArea(colour(next.plot()));
        chart.getLegend().setBackground(colour(next.background()));
        chart.getLegend().setForeground(colour(next.foreground()));
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            if (axis.getTick().getFormat() == null && !axis.isCategoryEnabled()) {
                axis.getTick().setFormat(new CompactFormat());
            }
            axis.getTick().setForeground(colour(next.foreground()));
            axis.getTitle().setForeground(colour(next.foreground()));
            axis.getGrid().setForeground(colour(next.grid()));
            axis.getGrid().setStyle(LineStyle.DOT);
        }
        chart.redraw();
    }

    /**
     * A colour of the chart, disposed with it.
     *
     * @param rgb {@code 0xRRGGBB}
     * @return the colour
     */
    public Color colour(int rgb) {
        Color c = new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
        colours.add(c);
        if (colours.size() > 4096) {
            colours.remove(0).dispose(); // old series' colours, long replaced
        }
        return c;
    }

    /**
     * Adds a layer painted over the series.
     *
     * @param layer the layer
     */
    public void addLayer(Layer layer) {
        layers.add(layer);
    }

    /**
     * Adds a layer unless it was added already.
     *
     * @param layer the layer
     */
    public void addLayerOnce(Layer layer) {
        if (!layers.contains(layer)) {
            layers.add(layer);
        }
    }

    /**
     * Lets the x range be zoomed and panned.
     *
     * @param whole the whole range (Home goes back to it)
     * @param callback told the new range after a zoom or pan
     */
    public void zoomable(double[] whole, BiConsumer<Double, Double> callback) {
        full = whole.clone();
        onRange = callback;
    }

    /**
     * The x axis.
     *
     * @return the first x axis
     */
    public IAxis xAxis() {
        return chart.getAxisSet().getXAxis(0);
    }

    /**
     * A y axis.
     *
     * @param id its id (0 the left one)
     * @return the axis
     */
    public IAxis yAxis(int id) {
        return chart.getAxisSet().getYAxis(id);
    }

    /**
     * Sets the title of an axis.
     *
     * @param axis the axis
     * @param title the title, with its unit
     */
    public void title(IAxis axis, String title) {
        axis.getTitle().setText(title);
        axis.getTitle().setVisible(true);
    }

    /**
     * Removes every series.
     */
    public void clear() {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }

    /**
     * Fits every axis to its series with a margin, never to an empty or non-finite range (SWTChart's tick layout
     * loops forever on a range that is empty at the data's precision, such as a constant line).
     *
     * @param margin the fraction of the span added at both ends (a log axis: the factor's fraction)
     */
    public void fit(double margin) {
        chart.getAxisSet().adjustRange(); // category axes; the others are set from the data below
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            if (axis.isCategoryEnabled()) {
                continue;
            }
            boolean x = axis.getDirection() == IAxis.Direction.X;
            boolean log = axis.isLogScaleEnabled();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            // From the series' own values: SWTChart's adjustRange leaves a second y axis at [0, 1].
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                if ((x ? series.getXAxisId() : series.getYAxisId()) != axis.getId()) {
                    continue;
                }
                double[] values = x ? series.getXSeries() : series.getYSeries();
                for (double v : values == null ? new double[0] : values) {
                    if (Double.isFinite(v) && (!log || v > 0)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                if (!x && !log && series instanceof IBarSeries<?> && values != null && values.length > 0) {
                    lo = Math.min(lo, 0); // bars stand on zero
                    hi = Math.max(hi, 0);
                }
            }
            // No points: an infinite or empty span, on which SWTChart's tick step search never ends.
            if (!Double.isFinite(lo) || !Double.isFinite(hi) || !Double.isFinite(hi - lo) || Math.abs(lo) > 1e300
                    || Math.abs(hi) > 1e300 || hi < lo) {
                lo = log ? 0.1 : 0;
                hi = log ? 10 : 1;
            }
            if (log) {
                axis.setRange(new Range(lo / (1 + margin * 4), hi * (1 + margin * 4)));
                continue;
            }
            double span = hi - lo;
            double scale = Math.max(Math.abs(lo), Math.abs(hi));
            if (!(span > scale * 1e-9) || span < 1e-300) {
                double half = scale > 0 ? scale * 0.05 : 0.5; // a constant: 5 % around it, or [-0.5, 0.5]
                lo -= half;
                hi += half;
                span = hi - lo;
            }
            axis.setRange(new Range(lo - span * margin, hi + span * margin));
        }
    }

    /**
     * Sets the x range, never empty or infinite (see {@link #fit}).
     *
     * @param lo the lower end
     * @param hi the upper end
     */
    public void xRange(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !Double.isFinite(hi - lo)) {
            lo = 0;
            hi = 1;
        }
        if (!(hi - lo > Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12)) {
            double half = Math.max(Math.abs(lo) * 1e-6, 0.5);
            lo -= half;
            hi += half;
        }
        xAxis().setRange(new Range(lo, hi));
    }

    /**
     * The plot area's size.
     *
     * @return width and height in pixels
     */
    public Point plotSize() {
        return chart.getPlotArea().getSize();
    }

    /**
     * Redraws the chart.
     */
    public void redraw() {
        chart.redraw();
    }

    /**
     * Sets the x range and tells the view (which re-buckets).
     *
     * @param lo the lower end
     * @param hi the upper end
     */
    public void zoom(double lo, double hi) {
        if (!(hi > lo)) {
            return;
        }
        xAxis().setRange(new Range(lo, hi));
        if (onRange != null) {
            onRange.accept(lo, hi);
        }
        chart.redraw();
    }

    /**
     * Zooms around an x value.
     *
     * @param at the value that stays in place
     * @param factor the new span over the old
     */
    public void zoomAround(double at, double factor) {
        Range r = xAxis().getRange();
        zoom(at - (at - r.lower) * factor, at + (r.upper - at) * factor);
    }

    private void key(Event e) {
        if (onRange == null) {
            return;
        }
        Range r = xAxis().getRange();
        double span = r.upper - r.lower;
        switch (e.keyCode) {
            case '+', '=', SWT.KEYPAD_ADD -> zoomAround((r.lower + r.upper) / 2, 0.8);
            case '-', SWT.KEYPAD_SUBTRACT -> zoomAround((r.lower + r.upper) / 2, 1.25);
            case SWT.ARROW_LEFT -> zoom(r.lower - span / 10, r.upper - span / 10);
            case SWT.ARROW_RIGHT -> zoom(r.lower + span / 10, r.upper + span / 10);
            case SWT.HOME, '0' -> zoom(full[0], full[1]);
            default -> {
                // other keys are the view's
            }
        }
    }

    private void mouseDown(Event e) {
        chart.getPlotArea().getControl().setFocus();
        if (onRange == null) {
            return;
        }
        if (e.button == 1 && (e.stateMask & SWT.SHIFT) == 0) {
            dragStart = e.x;
            dragNow = -1;
        } else if (e.button == 2 || e.button == 3 || (e.stateMask & SWT.SHIFT) != 0) {
            panFrom = e.x;
            Range r = xAxis().getRange();
            panRange = new double[] {r.lower, r.upper};
        }
    }

    private void mouseMove(Event e) {
        if (dragStart >= 0) {
            dragNow = e.x;
            chart.getPlotArea().getControl().redraw();
        } else if (panFrom >= 0) {
            double perPixel = (panRange[1] - panRange[0]) / Math.max(1, plotSize().x);
            double shift = (panFrom - e.x) * perPixel;
            xAxis().setRange(new Range(panRange[0] + shift, panRange[1] + shift));
            chart.redraw();
        }
    }

    private void mouseUp(Event e) {
        if (dragStart >= 0) {
            int from = dragStart;
            dragStart = -1;
            boolean box = dragNow >= 0 && Math.abs(e.x - from) > 4;
            dragNow = -1;
            if (box) {
                double a = xAxis().getDataCoordinate(from);
                double b = xAxis().getDataCoordinate(e.x);
                zoom(Math.min(a, b), Math.max(a, b));
            } else {
                chart.getPlotArea().getControl().redraw();
            }
        } else if (panFrom >= 0) {
            panFrom = -1;
            Range r = xAxis().getRange();
            zoom(r.lower, r.upper);
        }
    }

    /**
     * The chart as an SVG document: background, plot frame, grid and tick labels, axis titles, every visible line,
     * scatter and bar series, the layers and the legend.
     *
     * @return the document
     */
    public String svg() {
        Point size = chart.getSize();
        Rectangle plot = chart.getPlotArea().getControl().getBounds();
        SvgWriter svg = new SvgWriter(size.x, size.y);
        svg.rect(0, 0, size.x, size.y, theme.background(), 1);
        svg.rect(plot.x, plot.y, plot.width, plot.height, theme.plot(), 1);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            boolean x = axis.getDirection() == IAxis.Direction.X;
            java.text.Format format = axis.getTick().getFormat();
            for (double value : axis.getTick().getTickLabelValues()) {
                int p = axis.getPixelCoordinate(value);
                String label = format != null ? format.format(value) : CompactFormat.text(value);
                if (x) {
                    svg.line(plot.x + p, plot.y, plot.x + p, plot.y + plot.height, theme.grid(), 1, 1);
                    svg.text(plot.x + p, plot.y + plot.height + 14, label, 11, theme.foreground(), "middle", 0);
                } else {
                    boolean left = axis.getPosition() != IAxis.Position.Secondary;
                    svg.line(plot.x, plot.y + p, plot.x + plot.width, plot.y + p, theme.grid(), 1, 1);
                    svg.text(left ? plot.x - 4 : plot.x + plot.width + 4, plot.y + p + 4, label, 11,
                            theme.foreground(), left ? "end" : "start", 0);
                }
            }
            String title = axis.getTitle().getText();
            if (title != null && axis.getTitle().isVisible()) {
                if (x) {
                    svg.text(plot.x + plot.width / 2.0, plot.y + plot.height + 32, title, 12, theme.foreground(),
                            "middle", 0);
                } else {
                    boolean left = axis.getPosition() != IAxis.Position.Secondary;
                    double tx = left ? Math.max(12, plot.x - 52) : Math.min(size.x - 4, plot.x + plot.width + 56);
                    svg.text(tx, plot.y + plot.height / 2.0, title, 12, theme.foreground(), "middle", -90);
                }
            }
        }
        svg.frame(plot.x, plot.y, plot.width, plot.height, theme.foreground(), 1);
        int legendX = plot.x;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (!series.isVisible()) {
                continue;
            }
            IAxis xa = chart.getAxisSet().getXAxis(series.getXAxisId());
            IAxis ya = chart.getAxisSet().getYAxis(series.getYAxisId());
            double[] xs = series.getXSeries();
            double[] ys = series.getYSeries();
            int rgb = 0;
            if (series instanceof ILineSeries<?> line) {
                Color c = line.getLineStyle() != LineStyle.NONE ? line.getLineColor() : line.getSymbolColor();
                rgb = c.getRed() << 16 | c.getGreen() << 8 | c.getBlue();
                double[] px = new double[xs.length];
                double[] py = new double[xs.length];
                for (int i = 0; i < xs.length; i++) {
                    px[i] = Double.isNaN(ys[i]) ? Double.NaN : plot.x + xa.getPixelCoordinate(xs[i]);
                    py[i] = Double.isNaN(ys[i]) ? Double.NaN : plot.y + ya.getPixelCoordinate(ys[i]);
                }
                if (line.getLineStyle() != LineStyle.NONE) {
                    svg.polyline(px, py, rgb, line.getLineWidth(), 1);
                }
                if (line.getSymbolType() != ILineSeries.PlotSymbolType.NONE) {
                    Color[] each = line.getSymbolColors();
                    for (int i = 0; i < px.length; i++) {
                        if (!Double.isNaN(px[i])) {
                            Color s = each != null && i < each.length ? each[i] : line.getSymbolColor();
                            svg.circle(px[i], py[i], line.getSymbolSize(),
                                    s.getRed() << 16 | s.getGreen() << 8 | s.getBlue());
                        }
                    }
                }
            } else if (series instanceof IBarSeries<?> bar) {
                Color c = bar.getBarColor();
                rgb = c.getRed() << 16 | c.getGreen() << 8 | c.getBlue();
                Rectangle[] bounds = bar.getBounds();
                if (bounds != null) {
                    for (Rectangle r : bounds) {
                        if (r != null) {
                            svg.rect(plot.x + r.x, plot.y + r.y, r.width, r.height, rgb, 1);
                        }
                    }
                }
            }
            if (series.isVisibleInLegend() && chart.getLegend().isVisible()) {
                svg.rect(legendX, size.y - 14, 10, 10, rgb, 1);
                String text = series.getDescription() != null ? series.getDescription() : series.getId();
                svg.text(legendX + 14, size.y - 5, text, 11, theme.foreground(), "start", 0);
                legendX += 24 + (int) (text.length() * 6.2);
            }
        }
        SvgPainter painter = new SvgPainter(svg, plot.x, plot.y, 11);
        for (Layer layer : layers) {
            layer.paint(painter, this);
        }
        return svg.toString();
    }

    /**
     * The points that draw decimated buckets as a line: per pixel column its first, minimum, maximum and last value
     * (M4), so the envelope and every spike show; one point for a column of one point.
     *
     * @param b the buckets
     * @return {xs, ys}
     */
    public static double[][] m4(org.provlens.charts.core.Buckets b) {
        double[] xs = new double[4 * b.size()];
        double[] ys = new double[4 * b.size()];
        int k = 0;
        for (int i = 0; i < b.size(); i++) {
            if (b.count(i) == 0) {
                continue;
            }
            double x0 = b.x0(i);
            double x1 = b.x1(i);
            double mid = (x0 + x1) / 2;
            if (b.count(i) == 1) {
                xs[k] = mid;
                ys[k++] = b.first(i);
            } else {
                xs[k] = x0 + (x1 - x0) * 0.1;
                ys[k++] = b.first(i);
                xs[k] = mid;
                ys[k++] = b.min(i);
                xs[k] = mid;
                ys[k++] = b.max(i);
                xs[k] = x1 - (x1 - x0) * 0.1;
                ys[k++] = b.last(i);
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)};
    }

    /**
     * Disposes the colours (the chart goes with its parent).
     */
    public void dispose() {
        colours.forEach(Color::dispose);
        colours.clear();
    }
}
