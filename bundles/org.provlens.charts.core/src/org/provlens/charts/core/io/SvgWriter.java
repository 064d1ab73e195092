package org.provlens.charts.core.io;

import java.util.Locale;

/**
 * A minimal SVG 1.1 document builder for chart export: rectangles, lines, polylines, circles and text in pixel
 * coordinates, colours as {@code 0xRRGGBB}. The charts draw the same shapes into it as onto the screen.
 */
public final class SvgWriter {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    /**
     * A document of a size.
     *
     * @param width its width in pixels
     * @param height its height
     */
    public SvgWriter(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * A filled rectangle.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @param fill the fill colour
     * @param opacity 0 to 1
     * @return this
     */
    public SvgWriter rect(double x, double y, double w, double h, int fill, double opacity) {
        body.append(String.format(Locale.ROOT,
                "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"%s/>%n", x, y, Math.max(0, w),
                Math.max(0, h), colour(fill), opacity < 1 ? String.format(Locale.ROOT, " fill-opacity=\"%.3f\"",
                        opacity) : ""));
        return this;
    }

    /**
     * An outlined rectangle.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     * @param stroke the line colour
     * @param lineWidth the line width
     * @return this
     */
    public SvgWriter frame(double x, double y, double w, double h, int stroke, double lineWidth) {
        body.append(String.format(Locale.ROOT,
                "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"none\" stroke=\"%s\""
                        + " stroke-width=\"%.2f\"/>%n", x, y, w, h, colour(stroke), lineWidth));
        return this;
    }

    /**
     * A line.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @param stroke the colour
     * @param lineWidth the width
     * @param opacity 0 to 1
     * @return this
     */
    public SvgWriter line(double x1, double y1, double x2, double y2, int stroke, double lineWidth, double opacity) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.2f\"%s/>%n", x1,
                y1, x2, y2, colour(stroke), lineWidth, opacity < 1
                        ? String.format(Locale.ROOT, " stroke-opacity=\"%.3f\"", opacity) : ""));
        return this;
    }

    /**
     * A polyline through points; NaN coordinates break it into pieces.
     *
     * @param xs x coordinates
     * @param ys y coordinates, as many
     * @param stroke the colour
     * @param lineWidth the width
     * @param opacity 0 to 1
     * @return this
     */
    public SvgWriter polyline(double[] xs, double[] ys, int stroke, double lineWidth, double opacity) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= xs.length; i++) {
            boolean gap = i == xs.length || Double.isNaN(xs[i]) || Double.isNaN(ys[i]);
            if (gap) {
                if (points.length() > 0) {
                    body.append(String.format(Locale.ROOT,
                            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\"%s/>%n",
                            points.toString().strip(), colour(stroke), lineWidth, opacity < 1
                                    ? String.format(Locale.ROOT, " stroke-opacity=\"%.3f\"", opacity) : ""));
                    points.setLength(0);
                }
            } else {
                points.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
            }
        }
        return this;
    }

    /**
     * A filled circle.
     *
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     * @param fill the colour
     * @return this
     */
    public SvgWriter circle(double cx, double cy, double r, int fill) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"%s\"/>%n", cx, cy,
                r, colour(fill)));
        return this;
    }

    /**
     * Text.
     *
     * @param x the anchor's x
     * @param y the baseline's y
     * @param text the text
     * @param size the font size in pixels
     * @param fill the colour
     * @param anchor {@code start}, {@code middle} or {@code end}
     * @param rotation degrees, clockwise, around the anchor
     * @return this
     */
    public SvgWriter text(double x, double y, String text, double size, int fill, String anchor, double rotation) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%.2f\" y=\"%.2f\" font-family=\"sans-serif\" font-size=\"%.1f\" fill=\"%s\""
                        + " text-anchor=\"%s\"%s>%s</text>%n", x, y, size, colour(fill), anchor,
                rotation == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%.1f %.2f %.2f)\"", rotation, x, y),
                escape(text)));
        return this;
    }

    /**
     * The document.
     *
     * @return the SVG text
     */
    @Override
    public String toString() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                + " width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\">\n" + body + "</svg>\n";
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
