package org.provlens.charts.ui;

/**
 * Where a chart's own shapes are drawn (bars of a Gantt, polylines of parallel coordinates, a heat map): the
 * screen ({@link GcPainter}) or an SVG document ({@link SvgPainter}), from one piece of drawing code, so an export
 * shows what the screen shows. Coordinates in pixels; colours {@code 0xRRGGBB}.
 */
public interface Painter {

    /**
     * Sets the colour of what follows.
     *
     * @param rgb the colour
     * @param alpha 0 (transparent) to 255
     */
    void colour(int rgb, int alpha);

    /**
     * Sets the line width.
     *
     * @param width pixels
     */
    void lineWidth(int width);

    /**
     * A line.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     */
    void line(int x1, int y1, int x2, int y2);

    /**
     * A polyline.
     *
     * @param points x, y pairs
     */
    void polyline(int[] points);

    /**
     * A filled rectangle.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     */
    void fill(int x, int y, int w, int h);

    /**
     * An outlined rectangle.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     */
    void frame(int x, int y, int w, int h);

    /**
     * A filled circle.
     *
     * @param cx centre x
     * @param cy centre y
     * @param r radius
     */
    void dot(int cx, int cy, int r);

    /**
     * Text with its top-left corner at a point (rotated: its baseline runs upwards from the point).
     *
     * @param text the text
     * @param x left
     * @param y top
     * @param vertical whether it reads bottom to top
     */
    void text(String text, int x, int y, boolean vertical);

    /**
     * The width of a text in the current font.
     *
     * @param text the text
     * @return pixels
     */
    int textWidth(String text);

    /**
     * The height of a line of text.
     *
     * @return pixels
     */
    int textHeight();
}
