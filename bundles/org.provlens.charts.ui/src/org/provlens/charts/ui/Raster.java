package org.provlens.charts.ui;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * Lines drawn straight into the bytes of an image (Bresenham, clipped), for thousands of polylines: stroking each
 * through Cairo costs milliseconds per long line on GTK, writing the pixels costs microseconds. The image is then
 * drawn once.
 */
public final class Raster {

    private final int width;
    private final int height;
    private final ImageData data;
    private final byte[] bytes;
    private final int stride;

    /**
     * A raster filled with a colour.
     *
     * @param width pixels
     * @param height pixels
     * @param background {@code 0xRRGGBB}
     */
    public Raster(int width, int height, int background) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        data = new ImageData(this.width, this.height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        bytes = data.data;
        stride = data.bytesPerLine;
        byte r = (byte) (background >> 16);
        byte g = (byte) (background >> 8);
        byte b = (byte) background;
        for (int y = 0; y < this.height; y++) {
            int o = y * stride;
            for (int x = 0; x < this.width; x++, o += 3) {
                bytes[o] = r;
                bytes[o + 1] = g;
                bytes[o + 2] = b;
            }
        }
    }

    /**
     * A line one pixel wide.
     *
     * @param x0 start x
     * @param y0 start y
     * @param x1 end x
     * @param y1 end y
     * @param rgb the colour
     */
    public void line(int x0, int y0, int x1, int y1, int rgb) {
        byte r = (byte) (rgb >> 16);
        byte g = (byte) (rgb >> 8);
        byte b = (byte) rgb;
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        while (true) {
            if (x >= 0 && y >= 0 && x < width && y < height) {
                int o = y * stride + x * 3;
                bytes[o] = r;
                bytes[o + 1] = g;
                bytes[o + 2] = b;
            }
            if (x == x1 && y == y1) {
                break;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /**
     * A polyline.
     *
     * @param points x, y pairs
     * @param length how many ints of {@code points} to use
     * @param rgb the colour
     * @param thick three pixels wide instead of one
     */
    public void polyline(int[] points, int length, int rgb, boolean thick) {
        for (int k = 0; k + 3 < length; k += 2) {
            line(points[k], points[k + 1], points[k + 2], points[k + 3], rgb);
            if (thick) {
                line(points[k], points[k + 1] - 1, points[k + 2], points[k + 3] - 1, rgb);
                line(points[k], points[k + 1] + 1, points[k + 2], points[k + 3] + 1, rgb);
            }
        }
    }

    /**
     * The image, to draw once and dispose.
     *
     * @param device the display
     * @return a new image
     */
    public Image image(Device device) {
        return new Image(device, data);
    }
}
