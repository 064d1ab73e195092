package org.provlens.energy.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.Method;

/**
 * Data bars drawn with a GC: the IT energy of a group as a bar proportional to a reference, split by component, with
 * the parts that were modelled hatched. The colours are mid-tone, legible on light and dark backgrounds alike (the
 * Tableau 10 palette's blue, orange, green and purple); the outline takes the widget's foreground.
 */
final class EnergyBars {

    /** GPU, CPU, RAM, other. */
    private static final RGB[] COMPONENT = {new RGB(0x4E, 0x79, 0xA7), new RGB(0xF2, 0x8E, 0x2B),
        new RGB(0x59, 0xA1, 0x4F), new RGB(0xB0, 0x7A, 0xA1)};
    /** The facility overhead beyond IT energy (PUE − 1). */
    private static final RGB OVERHEAD = new RGB(0x9D, 0x9D, 0x9D);

    private EnergyBars() {
    }

    /**
     * The colour of a component.
     *
     * @param display the display
     * @param component the component
     * @return its colour (SWT colours hold no system resource: nothing to dispose)
     */
    static Color color(Display display, Component component) {
        return new Color(display, COMPONENT[component.ordinal()]);
    }

    /**
     * The colour of the facility overhead.
     *
     * @param display the display
     * @return the colour
     */
    static Color overhead(Display display) {
        return new Color(display, OVERHEAD);
    }

    /**
     * Draws a group's bar in a cell: its length is the group's IT energy over the reference, its parts the
     * components; modelled parts are hatched, so what was measured shows at a glance.
     *
     * @param gc the cell's GC
     * @param cell the cell's bounds
     * @param group the group
     * @param reference the energy of a full bar, J
     */
    static void draw(GC gc, Rectangle cell, EnergyGroup group, double reference) {
        if (!(reference > 0) || Double.isNaN(group.joules())) {
            return;
        }
        int height = Math.max(4, cell.height - 8);
        int y = cell.y + (cell.height - height) / 2;
        int width = cell.width - 6;
        int x = cell.x + 3;
        double full = Math.max(reference, group.joules());
        Color outline = gc.getForeground();
        for (Component component : Component.values()) {
            double joules = group.component(component).joules();
            if (!(joules > 0)) {
                continue;
            }
            int w = (int) Math.round(width * joules / full);
            if (w <= 0) {
                continue;
            }
            Color color = color(gc.getDevice() instanceof Display d ? d : Display.getDefault(), component);
            gc.setBackground(color);
            gc.fillRectangle(x, y, w, height);
            if (group.component(component).method() == Method.MODELLED && w > 3) {
                hatch(gc, x, y, w, height, outline);
            }
            x += w;
        }
        int total = (int) Math.round(width * group.joules() / full);
        gc.setForeground(outline);
        gc.drawRectangle(cell.x + 3, y, Math.max(1, total - 1), height - 1);
    }

    /**
     * Draws a bar of one figure in a cell, in the colour of GPUs (most of an AI workload's energy).
     *
     * @param gc the cell's GC
     * @param cell the cell's bounds
     * @param value the figure
     * @param reference the figure of a full bar
     */
    static void single(GC gc, Rectangle cell, double value, double reference) {
        if (!(reference > 0) || !(value > 0)) {
            return;
        }
        int height = Math.max(4, cell.height - 8);
        int w = (int) Math.round((cell.width - 6) * Math.min(1, value / reference));
        Color outline = gc.getForeground();
        gc.setBackground(color(gc.getDevice() instanceof Display d ? d : Display.getDefault(), Component.GPU));
        gc.fillRectangle(cell.x + 3, cell.y + (cell.height - height) / 2, w, height);
        gc.setForeground(outline);
        gc.drawRectangle(cell.x + 3, cell.y + (cell.height - height) / 2, Math.max(1, w - 1), height - 1);
    }

    /**
     * Draws a bar of the IT energy and the facility overhead beyond it, over the full width.
     *
     * @param gc the GC
     * @param area where
     * @param group the group
     */
    static void facility(GC gc, Rectangle area, EnergyGroup group) {
        double facility = group.facilityJoules();
        double it = group.joules();
        if (!(facility > 0) || Double.isNaN(it)) {
            return;
        }
        int w = (int) Math.round(area.width * it / facility);
        Display display = gc.getDevice() instanceof Display d ? d : Display.getDefault();
        gc.setBackground(color(display, Component.GPU));
        gc.fillRectangle(area.x, area.y, w, area.height);
        gc.setBackground(overhead(display));
        gc.fillRectangle(area.x + w, area.y, area.width - w, area.height);
    }

    /**
     * Draws the stacked bar of a group's components over the full width.
     *
     * @param gc the GC
     * @param area where
     * @param group the group
     */
    static void components(GC gc, Rectangle area, EnergyGroup group) {
        draw(gc, new Rectangle(area.x - 3, area.y - 4, area.width + 6, area.height + 8), group, group.joules());
    }

    private static void hatch(GC gc, int x, int y, int w, int h, Color color) {
        Rectangle clip = gc.getClipping();
        gc.setClipping(x, y, w, h);
        gc.setForeground(color);
        gc.setLineStyle(SWT.LINE_SOLID);
        int alpha = gc.getAlpha();
        gc.setAlpha(90);
        for (int k = -h; k < w; k += 5) {
            gc.drawLine(x + k, y + h, x + k + h, y);
        }
        gc.setAlpha(alpha);
        gc.setClipping(clip);
    }
}
