package org.provlens.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.provlens.diagram.core.DiagramGeometry;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.TextMeasure;
import org.provlens.diagram.core.ViewNode;

/**
 * A laid-out diagram on an SWT canvas: zoom (mouse wheel at the pointer, fit, 1:1), pan (dragging with the middle
 * button, or the left one with Shift, and the arrow keys with Ctrl), selection (click, Ctrl+click, rubber band),
 * moving the selected nodes by dragging, expanding and collapsing containers and groups (their badge,
 * double-click, Enter), tooltips, keyboard navigation between nodes (arrow keys) and an overview in the corner.
 * What the user does that changes the diagram goes to a {@link Listener}; the canvas only draws.
 */
public final class DiagramCanvas extends Canvas {

    /** What the user did. */
    public interface Listener {
        /**
         * The selected nodes changed.
         *
         * @param nodes the selected nodes, in diagram order
         */
        void selectionChanged(List<ViewNode> nodes);

        /**
         * The user asked to expand or collapse a node (or to show the next page of a group).
         *
         * @param node the node
         */
        void toggle(ViewNode node);

        /**
         * The user moved nodes.
         *
         * @param nodes the moved nodes with their new positions relative to their containers, {x, y}
         */
        void moved(Map<ViewNode, double[]> nodes);
    }

    private static final double MIN_ZOOM = 0.02;
    private static final double MAX_ZOOM = 4;
    private static final int DRAG_THRESHOLD = 4;

    private final DiagramPainter painter;
    private final List<Listener> listeners = new ArrayList<>();
    private final Overview overview;
    private DiagramView view;
    private DiagramView dragged;
    private DiagramPainter.Viewport viewport = new DiagramPainter.Viewport(1, 0, 0);
    private final LinkedHashSet<String> selected = new LinkedHashSet<>();
    private Set<String> matches = Set.of();
    private String hovered;
    /** Whether the whole diagram is kept in view (at most 1:1) as the canvas resizes: until the user zooms or pans. */
    private boolean fitting = true;

    private int downX;
    private int downY;
    private Mode mode = Mode.NONE;
    private DiagramPainter.Viewport downViewport;
    private Rectangle band;
    private long lastPaintNanos;

    private enum Mode { NONE, PRESSED, PAN, BAND, MOVE }

    /**
     * A canvas.
     *
     * @param parent the parent
     */
    public DiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
        painter = new DiagramPainter(getDisplay(), getFont());
        overview = new Overview(this);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> mouseDown(e));
        addListener(SWT.MouseMove, e -> mouseMove(e));
        addListener(SWT.MouseUp, e -> mouseUp(e));
        addListener(SWT.MouseDoubleClick, e -> doubleClick(e));
        addListener(SWT.MouseVerticalWheel, e -> wheel(e));
        addListener(SWT.KeyDown, e -> key(e));
        addListener(SWT.MenuDetect, e -> {
            // The context menu is for the node under the pointer.
            Point p = toControl(e.x, e.y);
            ViewNode node = nodeAt(p.x, p.y);
            if (node != null && !selected.contains(node.id())) {
                selected.clear();
                selected.add(node.id());
                fireSelection();
                redraw();
            }
        });
        addListener(SWT.Resize, e -> {
            overview.place();
            if (fitting) {
                fit();
            }
        });
        addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false; // the arrow keys move between nodes
            }
        });
        addListener(SWT.Dispose, e -> painter.dispose());
    }

    /**
     * The widths of the canvas font's characters, for laying out in a job.
     *
     * @return the measure of labels as this canvas draws them
     */
    public TextMeasure textMeasure() {
        GC gc = new GC(this);
        try {
            gc.setFont(getFont());
            double[] widths = new double[128];
            for (char c = 32; c < 128; c++) {
                widths[c] = gc.stringExtent(String.valueOf(c)).x;
            }
            return TextMeasure.of(widths, gc.stringExtent("×").x);
        } finally {
            gc.dispose();
        }
    }

    /**
     * Registers a listener.
     *
     * @param listener told about the user's actions
     */
    public void addDiagramListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Shows a diagram, keeping the zoom, the part shown and the selected nodes that are still there.
     *
     * @param newView the diagram
     * @param fit whether to zoom to show all of it
     */
    public void setView(DiagramView newView, boolean fit) {
        view = newView;
        dragged = null;
        boolean changed = selected.removeIf(id -> newView.node(id) == null);
        if (fit || fitting) {
            fit();
        }
        overview.redraw();
        redraw();
        if (changed) {
            fireSelection();
        }
    }

    /**
     * The diagram shown.
     *
     * @return the view model, {@code null} before the first layout
     */
    public DiagramView getView() {
        return view;
    }

    /**
     * The part of the diagram shown.
     *
     * @return the viewport
     */
    public DiagramPainter.Viewport getViewport() {
        return viewport;
    }

    /**
     * The painter, shared with the overview and the PNG export.
     *
     * @return the painter
     */
    public DiagramPainter painter() {
        return painter;
    }

    /**
     * Shows another part of the diagram.
     *
     * @param shown the zoom and the diagram point at the top-left corner
     */
    public void setViewport(DiagramPainter.Viewport shown) {
        viewport = new DiagramPainter.Viewport(clamp(shown.zoom()), shown.x(), shown.y());
        fitting = false;
        changed();
    }

    /** Zooms to show the whole diagram (at most 1:1). */
    public void fit() {
        Rectangle area = getClientArea();
        if (view == null || area.width <= 0 || area.height <= 0) {
            return;
        }
        double[] b = view.bounds();
        double w = Math.max(1, b[2] - b[0] + 40);
        double h = Math.max(1, b[3] - b[1] + 40);
        // Above the overview, so that it hides nothing of the fitted diagram.
        int height = overview.getVisible() ? Math.max(area.height / 2, overview.getBounds().y - 4) : area.height;
        double zoom = clamp(Math.min(1, Math.min(area.width / w, height / h)));
        viewport = new DiagramPainter.Viewport(zoom, (b[0] + b[2]) / 2 - area.width / (2 * zoom),
                (b[1] + b[3]) / 2 - height / (2 * zoom));
        fitting = true;
        changed();
    }

    /**
     * Whether the canvas keeps the whole diagram in view: until the user zooms or pans.
     *
     * @return true while fitting
     */
    public boolean isFitting() {
        return fitting;
    }

    /** Shows the diagram at 1:1, keeping the centre. */
    public void actualSize() {
        zoomTo(1, getClientArea().width / 2, getClientArea().height / 2);
    }

    /**
     * Zooms by a factor around the centre.
     *
     * @param factor above 1 to zoom in
     */
    public void zoomBy(double factor) {
        zoomTo(viewport.zoom() * factor, getClientArea().width / 2, getClientArea().height / 2);
    }

    private void zoomTo(double zoom, int sx, int sy) {
        double z = clamp(zoom);
        double vx = viewport.viewX(sx);
        double vy = viewport.viewY(sy);
        viewport = new DiagramPainter.Viewport(z, vx - sx / z, vy - sy / z);
        fitting = false;
        changed();
    }

    /**
     * Centres the view on a point of the diagram.
     *
     * @param vx diagram x
     * @param vy diagram y
     */
    public void centreOn(double vx, double vy) {
        Rectangle area = getClientArea();
        viewport = new DiagramPainter.Viewport(viewport.zoom(), vx - area.width / (2 * viewport.zoom()),
                vy - area.height / (2 * viewport.zoom()));
        fitting = false;
        changed();
    }

    /**
     * Scrolls so that a node is in view, if it is not.
     *
     * @param node the node
     */
    public void reveal(ViewNode node) {
        Rectangle area = getClientArea();
        double left = viewport.x();
        double top = viewport.y();
        double right = viewport.viewX(area.width);
        double bottom = viewport.viewY(area.height);
        if (node.x() < left || node.y() < top || node.x() + node.width() > right
                || node.y() + node.height() > bottom) {
            centreOn(node.x() + node.width() / 2, node.y() + node.height() / 2);
        }
    }

    private static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    private void changed() {
        overview.redraw();
        redraw();
    }

    /**
     * Selects nodes, without telling the listeners (the selection came from elsewhere).
     *
     * @param ids the node ids
     */
    public void select(Collection<String> ids) {
        selected.clear();
        for (String id : ids) {
            if (view != null && view.node(id) != null) {
                selected.add(id);
            }
        }
        redraw();
    }

    /**
     * The selected nodes.
     *
     * @return them, in diagram order
     */
    public List<ViewNode> getSelection() {
        List<ViewNode> nodes = new ArrayList<>();
        if (view != null) {
            for (ViewNode node : view.nodes()) {
                if (selected.contains(node.id())) {
                    nodes.add(node);
                }
            }
        }
        return nodes;
    }

    /**
     * Marks the nodes the find field matched.
     *
     * @param ids their ids
     */
    public void setMatches(Set<String> ids) {
        matches = Set.copyOf(ids);
        redraw();
    }

    /**
     * How long the last redraw took.
     *
     * @return nanoseconds
     */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    private void paint(GC gc) {
        long start = System.nanoTime();
        Rectangle area = getClientArea();
        painter.paint(gc, dragged != null ? dragged : view, viewport, area.width, area.height, selected, matches);
        if (band != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(band);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (view == null || view.nodes().isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawString(view == null ? "Laying out…" : "Nothing to show", 12, 12, true);
        }
        lastPaintNanos = System.nanoTime() - start;
    }

    /** The deepest node at a screen point, {@code null} on the background. */
    ViewNode nodeAt(int sx, int sy) {
        DiagramView shown = dragged != null ? dragged : view;
        if (shown == null) {
            return null;
        }
        double vx = viewport.viewX(sx);
        double vy = viewport.viewY(sy);
        List<ViewNode> nodes = shown.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).contains(vx, vy)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    private boolean onBadge(ViewNode node, int sx, int sy) {
        if (!DiagramGeometry.hasBadge(node)) {
            return false;
        }
        double[] b = DiagramGeometry.badge(node);
        double vx = viewport.viewX(sx);
        double vy = viewport.viewY(sy);
        return vx >= b[0] - 2 && vy >= b[1] - 2 && vx <= b[0] + b[2] + 2 && vy <= b[1] + b[2] + 2;
    }

    private void mouseDown(Event e) {
        setFocus();
        downX = e.x;
        downY = e.y;
        downViewport = viewport;
        if (e.button != 1 || (e.stateMask & SWT.SHIFT) != 0) {
            // The right button opens the context menu; the middle one, and the left with Shift, pan.
            mode = e.button == 2 || e.button == 1 ? Mode.PAN : Mode.NONE;
            return;
        }
        ViewNode node = nodeAt(e.x, e.y);
        if (node != null && onBadge(node, e.x, e.y) && viewport.zoom() >= DiagramPainter.LABEL_ZOOM) {
            mode = Mode.NONE;
            listeners.forEach(l -> l.toggle(node));
            return;
        }
        boolean add = (e.stateMask & SWT.MOD1) != 0;
        if (node == null) {
            if (!add && !selected.isEmpty()) {
                selected.clear();
                fireSelection();
            }
        } else if (add) {
            if (!selected.remove(node.id())) {
                selected.add(node.id());
            }
            fireSelection();
        } else if (!selected.contains(node.id())) {
            selected.clear();
            selected.add(node.id());
            fireSelection();
        }
        mode = Mode.PRESSED;
        redraw();
    }

    private void mouseMove(Event e) {
        if (mode == Mode.NONE) {
            hover(e.x, e.y);
            return;
        }
        int dx = e.x - downX;
        int dy = e.y - downY;
        if (mode == Mode.PAN) {
            viewport = new DiagramPainter.Viewport(downViewport.zoom(), downViewport.x() - dx / downViewport.zoom(),
                    downViewport.y() - dy / downViewport.zoom());
            fitting = false;
            changed();
            return;
        }
        if (mode == Mode.PRESSED && Math.abs(dx) + Math.abs(dy) >= DRAG_THRESHOLD) {
            ViewNode node = nodeAt(downX, downY);
            mode = node != null && selected.contains(node.id()) ? Mode.MOVE : Mode.BAND;
        }
        if (mode == Mode.BAND) {
            band = new Rectangle(Math.min(downX, e.x), Math.min(downY, e.y), Math.abs(dx), Math.abs(dy));
            redraw();
        } else if (mode == Mode.MOVE) {
            dragged = DiagramGeometry.move(view, topSelected(), dx / viewport.zoom(), dy / viewport.zoom());
            redraw();
        }
    }

    private void hover(int x, int y) {
        ViewNode node = nodeAt(x, y);
        String id = node == null ? null : node.id();
        if (!java.util.Objects.equals(id, hovered)) {
            hovered = id;
            setToolTipText(node == null ? null : node.tooltip());
        }
    }

    /** The selected nodes not inside another selected node: those a drag moves. */
    private Set<String> topSelected() {
        Set<String> top = new HashSet<>();
        for (String id : selected) {
            boolean inside = false;
            for (String p = view.node(id).parent(); p != null && !inside; p = view.node(p) == null ? null
                    : view.node(p).parent()) {
                inside = selected.contains(p);
            }
            if (!inside) {
                top.add(id);
            }
        }
        return top;
    }

    private void mouseUp(Event e) {
        Mode was = mode;
        mode = Mode.NONE;
        if (was == Mode.BAND && band != null) {
            double left = viewport.viewX(band.x);
            double top = viewport.viewY(band.y);
            double right = viewport.viewX(band.x + band.width);
            double bottom = viewport.viewY(band.y + band.height);
            if ((e.stateMask & SWT.MOD1) == 0) {
                selected.clear();
            }
            for (ViewNode node : view.nodes()) {
                if (node.x() >= left && node.y() >= top && node.x() + node.width() <= right
                        && node.y() + node.height() <= bottom) {
                    selected.add(node.id());
                }
            }
            band = null;
            fireSelection();
            redraw();
        } else if (was == Mode.MOVE && dragged != null) {
            Map<ViewNode, double[]> moves = new java.util.LinkedHashMap<>();
            for (String id : topSelected()) {
                ViewNode after = dragged.node(id);
                ViewNode parent = after.parent() == null ? null : dragged.node(after.parent());
                moves.put(view.node(id), new double[] {after.x() - (parent == null ? 0 : parent.x()),
                        after.y() - (parent == null ? 0 : parent.y())});
            }
            // Shown as dragged until the editor lays the committed move out.
            view = dragged;
            listeners.forEach(l -> l.moved(moves));
        }
    }

    private void doubleClick(Event e) {
        ViewNode node = nodeAt(e.x, e.y);
        if (node != null && e.button == 1 && (node.expandable() || node.container())) {
            listeners.forEach(l -> l.toggle(node));
        }
    }

    private void wheel(Event e) {
        double factor = e.count > 0 ? 1.15 : 1 / 1.15;
        zoomTo(viewport.zoom() * factor, e.x, e.y);
        e.doit = false;
    }

    private void key(Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT, SWT.ARROW_RIGHT, SWT.ARROW_UP, SWT.ARROW_DOWN -> {
                if (ctrl || selected.isEmpty() && view != null && view.nodes().isEmpty()) {
                    pan(e.keyCode);
                } else {
                    navigate(e.keyCode);
                }
            }
            case SWT.CR, SWT.KEYPAD_CR -> {
                List<ViewNode> nodes = getSelection();
                if (nodes.size() == 1 && (nodes.get(0).expandable() || nodes.get(0).container())) {
                    listeners.forEach(l -> l.toggle(nodes.get(0)));
                }
            }
            case SWT.ESC -> {
                if (!selected.isEmpty()) {
                    selected.clear();
                    fireSelection();
                    redraw();
                }
            }
            case SWT.KEYPAD_ADD -> zoomBy(1.25);
            case SWT.KEYPAD_SUBTRACT -> zoomBy(0.8);
            default -> {
                switch (e.character) {
                    case '+', '=' -> zoomBy(1.25);
                    case '-' -> zoomBy(0.8);
                    case '0' -> fit();
                    case '1' -> actualSize();
                    default -> {
                        if (ctrl && (e.keyCode == 'a' || e.keyCode == 'A') && view != null) {
                            selected.clear();
                            view.nodes().forEach(n -> selected.add(n.id()));
                            fireSelection();
                            redraw();
                        }
                    }
                }
            }
        }
    }

    private void pan(int keyCode) {
        Rectangle area = getClientArea();
        double step = Math.max(area.width, area.height) / 8.0 / viewport.zoom();
        double dx = keyCode == SWT.ARROW_LEFT ? -step : keyCode == SWT.ARROW_RIGHT ? step : 0;
        double dy = keyCode == SWT.ARROW_UP ? -step : keyCode == SWT.ARROW_DOWN ? step : 0;
        viewport = new DiagramPainter.Viewport(viewport.zoom(), viewport.x() + dx, viewport.y() + dy);
        fitting = false;
        changed();
    }

    /**
     * Moves the selection to the nearest node in a direction: the one with the smallest distance along it, and
     * sideways counted double, so that the next node in a row wins over one diagonally nearer.
     */
    private void navigate(int keyCode) {
        if (view == null || view.nodes().isEmpty()) {
            return;
        }
        List<ViewNode> current = getSelection();
        ViewNode from = current.isEmpty() ? null : current.get(current.size() - 1);
        ViewNode best = null;
        if (from == null) {
            best = view.nodes().get(0);
        } else {
            double fx = from.x() + from.width() / 2;
            double fy = from.y() + from.height() / 2;
            double bestScore = Double.MAX_VALUE;
            for (ViewNode n : view.nodes()) {
                if (n == from || n.container()) {
                    continue;
                }
                double dx = n.x() + n.width() / 2 - fx;
                double dy = n.y() + n.height() / 2 - fy;
                double along = switch (keyCode) {
                    case SWT.ARROW_LEFT -> -dx;
                    case SWT.ARROW_RIGHT -> dx;
                    case SWT.ARROW_UP -> -dy;
                    default -> dy;
                };
                double aside = keyCode == SWT.ARROW_LEFT || keyCode == SWT.ARROW_RIGHT ? Math.abs(dy) : Math.abs(dx);
                if (along <= 1) {
                    continue;
                }
                double score = along + 2 * aside;
                if (score < bestScore) {
                    bestScore = score;
                    best = n;
                }
            }
        }
        if (best != null) {
            selected.clear();
            selected.add(best.id());
            reveal(best);
            fireSelection();
            redraw();
        }
    }

    private void fireSelection() {
        List<ViewNode> nodes = getSelection();
        listeners.forEach(l -> l.selectionChanged(nodes));
    }

    /**
     * The screen point of a diagram point, for tests.
     *
     * @param vx diagram x
     * @param vy diagram y
     * @return the point on the canvas
     */
    public Point toScreen(double vx, double vy) {
        return new Point((int) Math.round((vx - viewport.x()) * viewport.zoom()),
                (int) Math.round((vy - viewport.y()) * viewport.zoom()));
    }

    /**
     * Whether the overview is shown.
     *
     * @param visible true to show it
     */
    public void setOverviewVisible(boolean visible) {
        overview.show(visible);
    }
}
