package org.provlens.charts.ui.views;

import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.provlens.charts.core.Effects;
import org.provlens.charts.core.ParallelBrush;
import org.provlens.charts.ui.GcPainter;
import org.provlens.charts.ui.Painter;
import org.provlens.charts.ui.Theme;
import org.provlens.model.Task;

/**
 * Parallel coordinates of runs over parameters and outcomes, with a brush on any number of axes (drag along an
 * axis; a click on it removes its brush; keys: Left/Right choose an axis, Up/Down move its brush, Delete removes
 * it, Escape removes all). Runs outside the brush are grey; the brushed runs are coloured by the last outcome;
 * runs selected elsewhere are drawn thicker. Painted through {@link Painter}, so the SVG export is the same picture.
 */
public final class ParallelPlot {

    private static final int LEFT = 70;
    private static final int RIGHT = 90;
    private static final int TOP = 44;
    private static final int BOTTOM = 62;

    private final Canvas canvas;
    private Effects effects;
    private double[][] values = new double[0][];
    private double[][] ranges = new double[0][];
    private ParallelBrush brush = ParallelBrush.NONE;
    private BitSet brushed = new BitSet();
    private final Set<Task> highlighted = Collections.newSetFromMap(new IdentityHashMap<>());
    private Theme theme = Theme.LIGHT;
    private int focusAxis;
    private int dragAxis = -1;
    private int dragFrom;
    private int dragTo;
    private final Consumer<ParallelPlot> onBrush;

    /**
     * A plot in a parent.
     *
     * @param parent the parent
     * @param onBrush told after every change of the brush
     */
    public ParallelPlot(Composite parent, Consumer<ParallelPlot> onBrush) {
        this.onBrush = onBrush;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> {
            try (GcPainter painter = new GcPainter(e.gc)) {
                Point size = canvas.getSize();
                paint(painter, size.x, size.y);
            }
        });
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_NONE);
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
    }

    /**
     * The canvas.
     *
     * @return the control
     */
    public Canvas control() {
        return canvas;
    }

    void theme(Theme next) {
        theme = next;
        canvas.redraw();
    }

    /**
     * Shows runs.
     *
     * @param next the effects data
     */
    public void show(Effects next) {
        effects = next;
        int axes = next.axes().size();
        values = new double[axes][];
        ranges = new double[axes][];
        for (int a = 0; a < axes; a++) {
            values[a] = next.axes().get(a).values();
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (double v : values[a]) {
                if (Double.isFinite(v)) {
                    lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                    hi = Double.isNaN(hi) ? v : Math.max(hi, v);
                }
            }
            ranges[a] = new double[] {lo, hi};
        }
        brush = ParallelBrush.NONE;
        brushed = brush.select(values, next.runs().size());
        focusAxis = 0;
        canvas.redraw();
    }

    void highlight(Set<Task> tasks) {
        highlighted.clear();
        highlighted.addAll(tasks);
        canvas.redraw();
    }

    /**
     * Brushes an axis, as a drag along it does.
     *
     * @param axis the axis index
     * @param lo one end, in the axis' values
     * @param hi the other end
     */
    public void brush(int axis, double lo, double hi) {
        brush = brush.with(axis, lo, hi);
        brushed = brush.select(values, effects.runs().size());
        canvas.redraw();
        onBrush.accept(this);
    }

    void clear() {
        brush = ParallelBrush.NONE;
        brushed = brush.select(values, effects == null ? 0 : effects.runs().size());
        canvas.redraw();
        onBrush.accept(this);
    }

    ParallelBrush brushState() {
        return brush;
    }

    /**
     * The runs in the brush.
     *
     * @return their indexes
     */
    public BitSet brushed() {
        return (BitSet) brushed.clone();
    }

    Effects effects() {
        return effects;
    }

    private int axisX(int axis, int width) {
        int n = Math.max(1, values.length - 1);
        return LEFT + (int) Math.round((double) (width - LEFT - RIGHT) * axis / n);
    }

    private int valueY(int axis, double v, int height) {
        double[] r = ranges[axis];
        double t = r[1] > r[0] ? (v - r[0]) / (r[1] - r[0]) : 0.5;
        return TOP + (int) Math.round((1 - t) * (height - TOP - BOTTOM));
    }

    private double yValue(int axis, int y, int height) {
        double[] r = ranges[axis];
        double t = 1 - (double) (y - TOP) / Math.max(1, height - TOP - BOTTOM);
        return r[0] + t * (r[1] - r[0]);
    }

    void paint(Painter painter, int width, int height) {
        painter.colour(theme.plot(), 255);
        painter.fill(0, 0, width, height);
        if (effects == null || values.length == 0) {
            return;
        }
        int runs = effects.runs().size();
        int axes = values.length;
        int colourAxis = axes - 1;
        int[] points = new int[axes * 2];
        // On screen the lines go into a raster drawn once (thousands of runs); in SVG each is a polyline.
        org.provlens.charts.ui.Raster raster = painter instanceof GcPainter ? new org.provlens.charts.ui.Raster(width,
                height, theme.plot()) : null;
        // Grey first, then the brushed runs over them, then the highlighted ones.
        for (int pass = 0; pass < 3; pass++) {
            for (int r = 0; r < runs; r++) {
                boolean in = brushed.get(r);
                boolean lit = highlighted.contains(effects.runs().get(r));
                if (pass == 0 && in || pass == 1 && (!in || lit) || pass == 2 && !lit) {
                    continue;
                }
                int rgb = pass == 0 ? theme.muted() : theme.ramp(position(colourAxis, values[colourAxis][r]));
                painter.colour(rgb, 255);
                painter.lineWidth(pass == 2 ? 3 : 1);
                int k = 0;
                for (int a = 0; a <= axes; a++) {
                    double v = a == axes ? Double.NaN : values[a][r];
                    if (!Double.isFinite(v)) {
                        if (k >= 4) {
                            if (raster != null) {
                                raster.polyline(points, k, rgb, pass == 2);
                            } else {
                                painter.polyline(java.util.Arrays.copyOf(points, k));
                            }
                        }
                        k = 0;
                        continue;
                    }
                    points[k++] = axisX(a, width);
                    points[k++] = valueY(a, v, height);
                }
            }
        }
        if (raster != null) {
            org.eclipse.swt.graphics.GC gc = ((GcPainter) painter).gc();
            org.eclipse.swt.graphics.Image image = raster.image(gc.getDevice());
            try {
                gc.drawImage(image, 0, 0);
            } finally {
                image.dispose();
            }
        }
        painter.lineWidth(1);
        int textHeight = painter.textHeight();
        for (int a = 0; a < axes; a++) {
            int x = axisX(a, width);
            Effects.Axis axis = effects.axes().get(a);
            painter.colour(theme.foreground(), 255);
            painter.lineWidth(a == focusAxis && canvas.isFocusControl() ? 3 : 1);
            painter.line(x, TOP, x, height - BOTTOM);
            painter.lineWidth(1);
            // Names without their prefix (parameters come first, outcomes after the gap), on two lines in turn so
            // neighbours do not overlap.
            String name = axis.name().replaceFirst("^(used|generated|run)\\.", "")
                    + (axis.unit().isEmpty() ? "" : " [" + axis.unit() + "]");
            int ty = a % 2 == 0 ? 4 : 4 + textHeight;
            int room = Math.max(40, (width - LEFT - RIGHT) / Math.max(1, axes - 1) * 2 - 8);
            String shown = shorten(name, room, painter);
            painter.text(shown, Math.max(0, Math.min(width - painter.textWidth(shown), x - painter.textWidth(shown)
                    / 2)), ty, false);
            String hi = label(axis, ranges[a][1]);
            String lo = label(axis, ranges[a][0]);
            painter.text(hi, x + 3, TOP - textHeight + 2, false);
            painter.text(lo, x + 3, height - BOTTOM + 2, false);
            double[] range = brush.range(a);
            if (range != null) {
                int y0 = valueY(a, range[1], height);
                int y1 = valueY(a, range[0], height);
                painter.colour(theme.highlight(), 70);
                painter.fill(x - 6, y0, 13, Math.max(2, y1 - y0));
                painter.colour(theme.highlight(), 255);
                painter.frame(x - 6, y0, 12, Math.max(2, y1 - y0));
            }
        }
        int firstOutcome = -1;
        for (int a = 0; a < axes && firstOutcome < 0; a++) {
            firstOutcome = effects.axes().get(a).outcome() ? a : -1;
        }
        if (firstOutcome > 0) {
            int gx = (axisX(firstOutcome - 1, width) + axisX(firstOutcome, width)) / 2;
            painter.colour(theme.grid(), 255);
            painter.line(gx, TOP, gx, height - BOTTOM);
            painter.colour(theme.foreground(), 255);
            painter.text("parameters", gx - painter.textWidth("parameters") - 4, height - BOTTOM + textHeight + 2,
                    false);
            painter.text("outcomes", gx + 4, height - BOTTOM + textHeight + 2, false);
        }
        if (dragAxis >= 0) {
            int x = axisX(dragAxis, width);
            painter.colour(theme.highlight(), 90);
            painter.fill(x - 6, Math.min(dragFrom, dragTo), 13, Math.abs(dragTo - dragFrom));
        }
        painter.colour(theme.foreground(), 255);
        String counts = String.format(java.util.Locale.ROOT, "%,d of %,d runs in the brush; colour: %s", brushed
                .cardinality(), runs, effects.axes().get(colourAxis).label());
        painter.text(counts, LEFT, height - textHeight - 1, false);
    }

    private static String shorten(String text, int width, Painter painter) {
        if (painter.textWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 4 && painter.textWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private static String label(Effects.Axis axis, double v) {
        if (!axis.categories().isEmpty() && Double.isFinite(v)) {
            return axis.categories().get((int) Math.round(v));
        }
        return org.provlens.charts.ui.CompactFormat.text(v);
    }

    private double position(int axis, double v) {
        double[] r = ranges[axis];
        return !Double.isFinite(v) ? Double.NaN : r[1] > r[0] ? (v - r[0]) / (r[1] - r[0]) : 0.5;
    }

    private int axisNear(int x) {
        int width = canvas.getSize().x;
        for (int a = 0; a < values.length; a++) {
            if (Math.abs(axisX(a, width) - x) <= 10) {
                return a;
            }
        }
        return -1;
    }

    private void down(Event e) {
        canvas.setFocus();
        int a = axisNear(e.x);
        if (a >= 0 && e.button == 1) {
            dragAxis = a;
            focusAxis = a;
            dragFrom = dragTo = e.y;
        }
    }

    private void move(Event e) {
        if (dragAxis >= 0) {
            dragTo = e.y;
            canvas.redraw();
        } else {
            int a = axisNear(e.x);
            canvas.setToolTipText(a < 0 ? null : effects.axes().get(a).label() + ": drag along the axis to brush, "
                    + "click to remove its brush");
        }
    }

    private void up(Event e) {
        if (dragAxis < 0) {
            return;
        }
        int a = dragAxis;
        dragAxis = -1;
        int height = canvas.getSize().y;
        if (Math.abs(dragTo - dragFrom) < 3) {
            brush = brush.without(a);
        } else {
            brush = brush.with(a, yValue(a, dragFrom, height), yValue(a, dragTo, height));
        }
        brushed = brush.select(values, effects.runs().size());
        canvas.redraw();
        onBrush.accept(this);
    }

    private void key(Event e) {
        if (effects == null || values.length == 0) {
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> focusAxis = Math.max(0, focusAxis - 1);
            case SWT.ARROW_RIGHT -> focusAxis = Math.min(values.length - 1, focusAxis + 1);
            case SWT.ARROW_UP, SWT.ARROW_DOWN -> {
                double[] r = ranges[focusAxis];
                double[] current = brush.range(focusAxis);
                double span = (r[1] - r[0]);
                double[] next = current == null ? new double[] {r[0] + span / 2, r[1]} : current;
                double shift = (e.keyCode == SWT.ARROW_UP ? 1 : -1) * span / 10;
                brush(focusAxis, next[0] + (current == null ? 0 : shift), next[1] + (current == null ? 0 : shift));
                return;
            }
            case SWT.DEL, SWT.BS -> {
                brush = brush.without(focusAxis);
                brushed = brush.select(values, effects.runs().size());
                onBrush.accept(this);
            }
            case SWT.ESC -> {
                clear();
                return;
            }
            default -> {
                return;
            }
        }
        canvas.redraw();
    }
}
