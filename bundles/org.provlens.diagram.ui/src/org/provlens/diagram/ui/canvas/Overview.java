package org.provlens.diagram.ui.canvas;

import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.provlens.diagram.core.DiagramView;

/**
 * The whole diagram in miniature in a corner of the canvas, with the part shown framed; clicking or dragging in
 * it moves the canvas there.
 */
final class Overview extends Canvas {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 140;
    private static final int MARGIN = 8;

    private final DiagramCanvas canvas;
    private boolean dragging;
    private boolean wanted = true;

    Overview(DiagramCanvas canvas) {
        super(canvas, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        this.canvas = canvas;
        setToolTipText("Overview: click or drag to move the view");
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            dragging = true;
            jump(e);
        });
        addListener(SWT.MouseMove, e -> {
            if (dragging) {
                jump(e);
            }
        });
        addListener(SWT.MouseUp, e -> dragging = false);
        setSize(WIDTH, HEIGHT);
    }

    /** In the bottom-right corner, a fifth of the canvas at most; not on a canvas too small to spare the room. */
    void place() {
        Rectangle area = canvas.getClientArea();
        int width = Math.min(WIDTH, area.width / 5);
        int height = Math.min(HEIGHT, area.height / 5);
        setBounds(area.width - width - MARGIN, area.height - height - MARGIN, width, height);
        boolean room = area.width >= 600 && area.height >= 400;
        if (getVisible() != (room && wanted)) {
            setVisible(room && wanted);
        }
    }

    /**
     * Shows or hides the overview, when the canvas has room for it.
     *
     * @param show whether the user wants it
     */
    void show(boolean show) {
        wanted = show;
        place();
    }

    /** The scale and offset that fit the diagram into the overview. */
    private double[] fit() {
        DiagramView view = canvas.getView();
        Rectangle area = getClientArea();
        double[] b = view.bounds();
        double w = Math.max(1, b[2] - b[0]);
        double h = Math.max(1, b[3] - b[1]);
        double scale = Math.min((area.width - 8) / w, (area.height - 8) / h);
        double ox = b[0] - (area.width / scale - w) / 2;
        double oy = b[1] - (area.height / scale - h) / 2;
        return new double[] {scale, ox, oy};
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        DiagramView view = canvas.getView();
        if (view == null || view.nodes().isEmpty()) {
            gc.fillRectangle(area);
            return;
        }
        double[] f = fit();
        canvas.painter().paint(gc, view, new DiagramPainter.Viewport(f[0], f[1], f[2]), area.width, area.height,
                Set.of(), Set.of());
        DiagramPainter.Viewport shown = canvas.getViewport();
        Rectangle canvasArea = canvas.getClientArea();
        int x = (int) Math.round((shown.x() - f[1]) * f[0]);
        int y = (int) Math.round((shown.y() - f[2]) * f[0]);
        int w = (int) Math.round(canvasArea.width / shown.zoom() * f[0]);
        int h = (int) Math.round(canvasArea.height / shown.zoom() * f[0]);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawRectangle(x, y, w, h);
    }

    private void jump(Event e) {
        if (canvas.getView() == null) {
            return;
        }
        double[] f = fit();
        canvas.centreOn(f[1] + e.x / f[0], f[2] + e.y / f[0]);
    }
}
