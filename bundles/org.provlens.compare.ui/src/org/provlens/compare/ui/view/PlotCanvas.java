package org.provlens.compare.ui.view;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** The overlay chart: every run's line on one plot, with a legend of the runs on the right. */
public final class PlotCanvas extends Canvas {

    private static final int LEGEND_WIDTH = 250;

    private List<LinePlot.Line> lines = List.of();
    private String xLabel;
    private String title;
    private String message = "";

    /**
     * A chart.
     *
     * @param parent the parent
     */
    public PlotCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
    }

    /**
     * Shows lines.
     *
     * @param shown the lines
     * @param x the x axis label
     * @param heading the title
     */
    public void setLines(List<LinePlot.Line> shown, String x, String heading) {
        lines = List.copyOf(shown);
        xLabel = x;
        title = heading;
        message = "";
        redraw();
    }

    /**
     * Shows a message instead of lines (while the samples are read).
     *
     * @param text the message
     */
    public void setMessage(String text) {
        lines = List.of();
        message = text;
        redraw();
    }

    /**
     * The lines shown, for tests.
     *
     * @return the lines
     */
    public List<LinePlot.Line> lines() {
        return lines;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (lines.isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(message, 12, 12, true);
            return;
        }
        boolean legend = area.width > 2 * LEGEND_WIDTH;
        Rectangle plot = new Rectangle(area.x, area.y, area.width - (legend ? LEGEND_WIDTH : 0), area.height);
        LinePlot.draw(gc, plot, lines, null, xLabel, title, true);
        if (legend) {
            legend(gc, new Rectangle(plot.x + plot.width, area.y + 24, LEGEND_WIDTH, area.height - 24));
        }
    }

    private void legend(GC gc, Rectangle area) {
        int height = gc.getFontMetrics().getHeight() + 2;
        int fits = Math.max(1, area.height / height - 1);
        int y = area.y;
        for (int i = 0; i < lines.size() && i < fits; i++) {
            LinePlot.Line line = lines.get(i);
            Color colour = new Color(getDisplay(), LinePlot.colour(line.colour()));
            gc.setBackground(colour);
            gc.fillRectangle(area.x + 4, y + height / 2 - (line.emphasised() ? 2 : 1), 16, line.emphasised() ? 4 : 2);
            colour.dispose();
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText(LinePlot.ellipsis(gc, line.label() + (line.emphasised() ? " (baseline)" : ""), area.width - 28),
                    area.x + 24, y, true);
            y += height;
        }
        if (lines.size() > fits) {
            gc.drawText("… and " + (lines.size() - fits) + " more", area.x + 24, y, true);
        }
    }
}
