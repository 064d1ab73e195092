package org.provlens.compare.ui.view;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.provlens.compare.core.Decimation;

/**
 * A line plot drawn with SWT's GC alone: the overlay of the comparison and each panel of its small multiples.
 * Every line is thinned to the pixel width (the first, lowest, highest and last sample of each pixel column, see
 * {@link Decimation}) before it is drawn, so a million samples draw as fast as a thousand. A stand-in: it is the
 * one class to swap for a chart of {@code org.provlens.charts.ui} (SWTChart) once that exists.
 */
public final class LinePlot {

    /** The most lines drawn antialiased. */
    private static final int MAX_ANTIALIASED = 50;

    /** The colours of the lines, in turn (Tableau 10). */
    private static final RGB[] PALETTE = {new RGB(31, 119, 180), new RGB(255, 127, 14), new RGB(44, 160, 44),
        new RGB(214, 39, 40), new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194),
        new RGB(127, 127, 127), new RGB(188, 189, 34), new RGB(23, 190, 207)};

    /**
     * One line.
     *
     * @param label its legend text
     * @param colour its index in the palette (wraps around)
     * @param xs the x values, ascending
     * @param ys the y values, as many
     * @param emphasised whether to draw it thicker (the baseline run)
     */
    public record Line(String label, int colour, double[] xs, double[] ys, boolean emphasised) {
    }

    /**
     * The extent of the values to draw.
     *
     * @param xMin the smallest x
     * @param xMax the largest x
     * @param yMin the smallest y
     * @param yMax the largest y
     */
    public record Extent(double xMin, double xMax, double yMin, double yMax) {

        /**
         * The extent of some lines, NaN and infinite values left out.
         *
         * @param lines the lines
         * @return the extent, {@code null} when no line has a finite sample
         */
        public static Extent of(List<Line> lines) {
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (Line line : lines) {
                for (int i = 0; i < line.xs().length && i < line.ys().length; i++) {
                    double x = line.xs()[i];
                    double y = line.ys()[i];
                    if (Double.isFinite(x) && Double.isFinite(y)) {
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x);
                        y0 = Math.min(y0, y);
                        y1 = Math.max(y1, y);
                    }
                }
            }
            if (x0 > x1) {
                return null;
            }
            if (x0 == x1) {
                x0 -= 0.5;
                x1 += 0.5;
            }
            // A margin above and below, so the extremes are not drawn on the frame.
            double pad = y0 == y1 ? (y0 == 0 ? 1 : Math.abs(y0) * 0.05) : (y1 - y0) * 0.05;
            return new Extent(x0, x1, y0 - pad, y1 + pad);
        }
    }

    private LinePlot() {
    }

    /**
     * The colour of a palette index.
     *
     * @param index the index (any, it wraps around)
     * @return the colour's RGB
     */
    public static RGB colour(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /**
     * Draws lines into an area.
     *
     * @param gc where to draw
     * @param area the area
     * @param lines the lines
     * @param extent the extent to draw, {@code null} for that of the lines
     * @param xLabel the x axis label, {@code null} for none
     * @param title a title above the plot, {@code null} for none
     * @param full whether to draw tick labels (a small multiple draws only its frame and title)
     */
    public static void draw(GC gc, Rectangle area, List<Line> lines, Extent extent, String xLabel, String title,
            boolean full) {
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        Extent e = extent != null ? extent : Extent.of(lines);
        int fontHeight = gc.getFontMetrics().getHeight();
        int left = area.x + (full ? 64 : 4);
        int top = area.y + (title != null ? fontHeight + 4 : 4);
        int right = area.x + area.width - 8;
        int bottom = area.y + area.height - (full ? fontHeight * (xLabel != null ? 2 : 1) + 8 : 4);
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        if (title != null) {
            gc.drawText(ellipsis(gc, title, area.width - 8), area.x + 4, area.y + 2, true);
        }
        if (right - left < 10 || bottom - top < 10) {
            return;
        }
        gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(left, top, right - left, bottom - top);
        if (e == null) {
            gc.drawText("no samples", left + 6, top + 6, true);
            return;
        }
        if (full) {
            axes(gc, e, left, top, right, bottom, xLabel, integral(lines), display);
        }
        gc.setClipping(left + 1, top + 1, right - left - 1, bottom - top - 1);
        // Antialiased strokes cost cairo about 2 µs a segment: a thousand runs' lines of a thousand samples took
        // 2.3 s a frame. Beyond a few dozen lines they overlap anyway; drawn aliased they take a fraction of that.
        gc.setAntialias(lines.size() > MAX_ANTIALIASED ? SWT.OFF : SWT.ON);
        int width = right - left;
        for (int pass = 0; pass < 2; pass++) {
            for (Line line : lines) {
                if (line.emphasised() != (pass == 1)) {
                    continue; // the baseline last, on top
                }
                int[] kept = Decimation.minMax(line.xs(), line.ys(), width);
                int[] points = new int[kept.length * 2];
                int size = 0;
                Color colour = new Color(display, colour(line.colour()));
                gc.setForeground(colour);
                gc.setLineWidth(line.emphasised() ? 2 : 1);
                for (int k : kept) {
                    double y = line.ys()[k];
                    if (!Double.isFinite(y)) { // a NaN breaks the line (a diverged loss)
                        size = flush(gc, points, size);
                        continue;
                    }
                    points[size++] = left + (int) Math.round((line.xs()[k] - e.xMin()) / (e.xMax() - e.xMin()) * width);
                    points[size++] = bottom - (int) Math.round((y - e.yMin()) / (e.yMax() - e.yMin()) * (bottom - top));
                }
                flush(gc, points, size);
                colour.dispose();
            }
        }
        gc.setLineWidth(1);
        gc.setClipping((Rectangle) null);
    }

    /** Whether every x is a whole number (steps): the x axis then has no fractional ticks. */
    private static boolean integral(List<Line> lines) {
        for (Line line : lines) {
            for (double x : line.xs()) {
                if (x != Math.rint(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int flush(GC gc, int[] points, int size) {
        if (size >= 4) {
            gc.drawPolyline(java.util.Arrays.copyOf(points, size));
        } else if (size == 2) {
            gc.setBackground(gc.getForeground());
            gc.fillOval(points[0] - 3, points[1] - 3, 7, 7); // a single sample: a dot
        }
        return 0;
    }

    private static void axes(GC gc, Extent e, int left, int top, int right, int bottom, String xLabel,
            boolean integral, Display display) {
        gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        for (double tick : ticks(e.yMin(), e.yMax(), Math.max(2, (bottom - top) / 40))) {
            int y = bottom - (int) Math.round((tick - e.yMin()) / (e.yMax() - e.yMin()) * (bottom - top));
            String text = Formats.number(tick);
            Point size = gc.textExtent(text);
            gc.drawText(text, left - size.x - 6, y - size.y / 2, true);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.drawLine(left + 1, y, right - 1, y);
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        double[] xTicks = ticks(e.xMin(), e.xMax(), Math.max(2, (right - left) / 90));
        if (integral && xTicks.length > 1 && xTicks[1] - xTicks[0] < 1) {
            xTicks = ticks(e.xMin(), e.xMax(), (int) Math.max(1, e.xMax() - e.xMin())); // steps: whole numbers
        }
        for (double tick : xTicks) {
            int x = left + (int) Math.round((tick - e.xMin()) / (e.xMax() - e.xMin()) * (right - left));
            String text = Formats.number(tick);
            Point size = gc.textExtent(text);
            gc.drawLine(x, bottom, x, bottom + 3);
            gc.drawText(text, x - size.x / 2, bottom + 4, true);
        }
        if (xLabel != null) {
            Point size = gc.textExtent(xLabel);
            gc.drawText(xLabel, (left + right - size.x) / 2, bottom + 4 + size.y, true);
        }
    }

    /**
     * Round tick values covering a range: steps of 1, 2 or 5 times a power of ten.
     *
     * @param min the low end
     * @param max the high end
     * @param most about how many ticks fit
     * @return the ticks within the range
     */
    static double[] ticks(double min, double max, int most) {
        double raw = (max - min) / Math.max(1, most);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power
                : 10 * power;
        double first = Math.ceil(min / step) * step;
        int count = (int) Math.floor((max - first) / step) + 1;
        double[] ticks = new double[Math.max(0, Math.min(count, 100))];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
            if (Math.abs(ticks[i]) < step * 1e-9) {
                ticks[i] = 0; // not -1.2e-17
            }
        }
        return ticks;
    }

    static String ellipsis(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && gc.textExtent(cut + "…").x > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
