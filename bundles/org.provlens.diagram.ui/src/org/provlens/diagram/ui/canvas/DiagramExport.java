package org.provlens.diagram.ui.canvas;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.provlens.diagram.core.DiagramSvg;
import org.provlens.diagram.core.DiagramView;

/** Writes a diagram as it is drawn: a PNG of the whole diagram at 1:1 (scaled down when huge), or SVG. */
public final class DiagramExport {

    /** The largest side of an exported PNG, in pixels. */
    public static final int MAX_PIXELS = 12_000;

    private DiagramExport() {
    }

    /**
     * Writes a PNG.
     *
     * @param canvas the canvas, for its display and painter
     * @param view the diagram
     * @param file the file
     * @return the size written, {width, height}
     * @throws IOException when the file cannot be written
     */
    public static int[] png(DiagramCanvas canvas, DiagramView view, Path file) throws IOException {
        double[] b = view.bounds();
        double margin = 20;
        double w = b[2] - b[0] + 2 * margin;
        double h = b[3] - b[1] + 2 * margin;
        double zoom = Math.min(1, MAX_PIXELS / Math.max(w, h));
        int width = Math.max(1, (int) Math.ceil(w * zoom));
        int height = Math.max(1, (int) Math.ceil(h * zoom));
        Image image = new Image(canvas.getDisplay(), width, height);
        try {
            GC gc = new GC(image);
            try {
                canvas.painter().paint(gc, view, new DiagramPainter.Viewport(zoom, b[0] - margin, b[1] - margin), width,
                        height, Set.of(), Set.of());
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            try {
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } catch (SWTException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        } finally {
            image.dispose();
        }
        return new int[] {width, height};
    }

    /**
     * Writes SVG.
     *
     * @param view the diagram
     * @param file the file
     * @throws IOException when the file cannot be written
     */
    public static void svg(DiagramView view, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DiagramSvg.write(view, out);
        }
    }
}
