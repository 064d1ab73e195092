package org.provlens.charts.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;

/** A {@link Painter} on an SWT graphics context; colours are created once per paint and disposed after it. */
public final class GcPainter implements Painter, AutoCloseable {

    private final GC gc;
    private final Map<Integer, Color> colours = new HashMap<>();

    /**
     * A painter on a context.
     *
     * @param gc the context (of a paint event or an image)
     */
    public GcPainter(GC gc) {
        this.gc = gc;
    }

    /**
     * The context, for drawing an image of many shapes at once.
     *
     * @return the graphics context
     */
    public GC gc() {
        return gc;
    }

    @Override
    public void colour(int rgb, int alpha) {
        Color c = colours.computeIfAbsent(rgb, v -> new Color(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF));
        gc.setForeground(c);
        gc.setBackground(c);
        // Alpha costs an advanced (Cairo) context on GTK: set only when asked for.
        if (alpha < 255 || gc.getAdvanced()) {
            gc.setAlpha(alpha);
        }
    }

    @Override
    public void lineWidth(int width) {
        gc.setLineWidth(width);
    }

    @Override
    public void line(int x1, int y1, int x2, int y2) {
        gc.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(int[] points) {
        gc.drawPolyline(points);
    }

    @Override
    public void fill(int x, int y, int w, int h) {
        gc.fillRectangle(x, y, Math.max(1, w), Math.max(1, h));
    }

    @Override
    public void frame(int x, int y, int w, int h) {
        gc.drawRectangle(x, y, w, h);
    }

    @Override
    public void dot(int cx, int cy, int r) {
        gc.fillOval(cx - r, cy - r, 2 * r + 1, 2 * r + 1);
    }

    @Override
    public void text(String text, int x, int y, boolean vertical) {
        if (!vertical) {
            gc.drawText(text, x, y, true);
            return;
        }
        Transform transform = new Transform(gc.getDevice());
        try {
            transform.translate(x, y);
            transform.rotate(-90);
            gc.setTransform(transform);
            gc.drawText(text, 0, 0, true);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    @Override
    public int textWidth(String text) {
        return gc.textExtent(text).x;
    }

    @Override
    public int textHeight() {
        return gc.getFontMetrics().getHeight();
    }

    @Override
    public void close() {
        if (gc.getAdvanced()) {
            gc.setAlpha(255);
        }
        colours.values().forEach(Color::dispose);
        colours.clear();
    }
}
