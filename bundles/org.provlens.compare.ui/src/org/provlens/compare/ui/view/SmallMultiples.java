package org.provlens.compare.ui.view;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Small multiples: one small plot per run, all on the same axes so their shapes compare at a glance, in a grid that
 * scrolls; only the panels in view are drawn, so a thousand runs scroll smoothly.
 */
public final class SmallMultiples extends Canvas {

    private static final int PANEL_WIDTH = 220;
    private static final int PANEL_HEIGHT = 120;

    private List<LinePlot.Line> lines = List.of();
    private LinePlot.Extent extent;

    /**
     * Small multiples.
     *
     * @param parent the parent
     */
    public SmallMultiples(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBar());
        getVerticalBar().addListener(SWT.Selection, e -> redraw());
    }

    /**
     * Shows one panel per line.
     *
     * @param shown the lines, one per run
     */
    public void setLines(List<LinePlot.Line> shown) {
        lines = List.copyOf(shown);
        extent = LinePlot.Extent.of(lines);
        getVerticalBar().setSelection(0);
        updateScrollBar();
        redraw();
    }

    private int columns() {
        return Math.max(1, getClientArea().width / PANEL_WIDTH);
    }

    private void updateScrollBar() {
        ScrollBar bar = getVerticalBar();
        int rows = (lines.size() + columns() - 1) / columns();
        int total = rows * PANEL_HEIGHT;
        int visible = Math.max(1, getClientArea().height);
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, total - visible)), 0, Math.max(total, visible), visible,
                PANEL_HEIGHT / 4, visible);
    }

    /**
     * Scrolls to a row of panels, for the benchmark and tests.
     *
     * @param pixels the offset from the top
     */
    public void scrollTo(int pixels) {
        getVerticalBar().setSelection(pixels);
        redraw();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        int columns = columns();
        int width = area.width / columns;
        int offset = getVerticalBar().getSelection();
        int first = offset / PANEL_HEIGHT;
        int last = (offset + area.height) / PANEL_HEIGHT;
        for (int row = first; row <= last; row++) {
            for (int column = 0; column < columns; column++) {
                int index = row * columns + column;
                if (index >= lines.size()) {
                    return;
                }
                LinePlot.Line line = lines.get(index);
                Rectangle panel = new Rectangle(column * width, row * PANEL_HEIGHT - offset, width, PANEL_HEIGHT);
                LinePlot.draw(gc, panel, List.of(line), extent, null,
                        line.label() + (line.emphasised() ? " (baseline)" : ""), false);
            }
        }
    }
}
