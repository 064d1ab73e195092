package org.provlens.charts.ui;

import java.util.ArrayList;
import java.util.List;

import org.provlens.charts.core.io.SvgWriter;

/**
 * A {@link Painter} into an SVG document, with an offset (a chart's plot area inside the whole image). Text widths
 * are estimated from the font size (the document is drawn without fonts).
 */
public final class SvgPainter implements Painter {

    private final SvgWriter svg;
    private final int dx;
    private final int dy;
    private final int fontSize;
    private int rgb;
    private double opacity = 1;
    private int width = 1;

    /**
     * A painter into a document.
     *
     * @param svg the document
     * @param dx added to every x
     * @param dy added to every y
     * @param fontSize the font size in pixels
     */
    public SvgPainter(SvgWriter svg, int dx, int dy, int fontSize) {
        this.svg = svg;
        this.dx = dx;
        this.dy = dy;
        this.fontSize = fontSize;
    }

    @Override
    public void colour(int colour, int alpha) {
        rgb = colour;
        opacity = alpha / 255.0;
    }

    @Override
    public void lineWidth(int lineWidth) {
        width = Math.max(1, lineWidth);
    }

    @Override
    public void line(int x1, int y1, int x2, int y2) {
        svg.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, rgb, width, opacity);
    }

    @Override
    public void polyline(int[] points) {
        List<double[]> xy = new ArrayList<>();
        double[] xs = new double[points.length / 2];
        double[] ys = new double[points.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points[2 * i] + dx;
            ys[i] = points[2 * i + 1] + dy;
        }
        xy.add(xs);
        svg.polyline(xs, ys, rgb, width, opacity);
    }

    @Override
    public void fill(int x, int y, int w, int h) {
        svg.rect(x + dx, y + dy, Math.max(1, w), Math.max(1, h), rgb, opacity);
    }

    @Override
    public void frame(int x, int y, int w, int h) {
        svg.frame(x + dx, y + dy, w, h, rgb, width);
    }

    @Override
    public void dot(int cx, int cy, int r) {
        svg.circle(cx + dx, cy + dy, r + 0.5, rgb);
    }

    @Override
    public void text(String text, int x, int y, boolean vertical) {
        if (vertical) {
            svg.text(x + dx + fontSize, y + dy, text, fontSize, rgb, "start", -90);
        } else {
            svg.text(x + dx, y + dy + fontSize, text, fontSize, rgb, "start", 0);
        }
    }

    @Override
    public int textWidth(String text) {
        return (int) Math.ceil(text.length() * fontSize * 0.55);
    }

    @Override
    public int textHeight() {
        return fontSize + 3;
    }
}
