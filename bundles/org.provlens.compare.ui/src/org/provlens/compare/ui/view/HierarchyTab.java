package org.provlens.compare.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.Comparison;
import org.provlens.model.Execution;

/**
 * The aligned hierarchy of a comparison: one level of children matched across the runs at a time, one outcome of
 * each (chosen above the grid), a double-click drilling down into a child in every run at once and Up coming back.
 * Children already aligned are kept, in the comparison's first order, so going back and forth asks for nothing.
 */
final class HierarchyTab {

    private final Label breadcrumb;
    private final Button up;
    private final Combo key;
    private final DiffGrid grid;
    private final BiConsumer<AlignedNode, Consumer<List<AlignedNode>>> align;
    /** The drilled-down nodes, in the first order; empty at the compared runs. */
    private final List<AlignedNode> path = new ArrayList<>();
    /** The children of the nodes drilled into, by path ("" for the runs), in the first order. */
    private final Map<String, List<AlignedNode>> children = new HashMap<>();
    private Comparison base;
    private Comparison shown;
    private int[] order = new int[0];
    private Mode mode = Mode.VALUES;
    private List<AlignedNode> level = List.of();

    /**
     * The tab's content.
     *
     * @param page the tab's page
     * @param align aligns the children of a node (first order), then calls back in the display thread
     * @param selected told of the tasks the user selects
     */
    HierarchyTab(Composite page, BiConsumer<AlignedNode, Consumer<List<AlignedNode>>> align,
            Consumer<List<Execution>> selected) {
        this.align = align;
        Composite bar = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        up = new Button(bar, SWT.PUSH);
        up.setText("Up");
        breadcrumb = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(breadcrumb);
        new Label(bar, SWT.NONE).setText("Show:");
        key = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(key);
        grid = new DiffGrid(page, 340, 150, true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.table());
        grid.onDoubleClick(row -> drillDown(level.get(row)));
        up.addListener(SWT.Selection, e -> up());
        key.addListener(SWT.Selection, e -> show());
        grid.onSelection(() -> {
            Set<Execution> members = new LinkedHashSet<>();
            for (int[] cell : grid.selectedCells()) {
                Execution member = cell[0] < level.size() ? level.get(cell[0]).members().get(cell[1]) : null;
                if (member != null) {
                    members.add(member);
                }
            }
            selected.accept(List.copyOf(members));
        });
    }

    /**
     * Takes a new comparison. Of the same runs (the full answer after the first, or values at another step: the
     * tasks are the same), the drill-down and the children already aligned are kept.
     *
     * @param comparison the comparison, in its first order
     * @param sameRuns whether its runs are those shown before, the workspace unchanged since
     */
    void setComparison(Comparison comparison, boolean sameRuns) {
        base = comparison;
        if (!sameRuns) {
            children.clear();
            path.clear();
        }
        children.put("", comparison.levels());
        keep(comparison.levels());
    }

    /** Keeps the children a comparison was given with (aligned deeper than its first level). */
    private void keep(List<AlignedNode> nodes) {
        for (AlignedNode node : nodes) {
            if (node.children() != null) {
                children.put(node.path(), node.children());
                keep(node.children());
            }
        }
    }

    /** Drops the comparison. */
    void clear() {
        base = null;
        shown = null;
        level = List.of();
        children.clear();
        grid.setModel(null);
    }

    /**
     * Shows the current level for the runs in an order.
     *
     * @param comparison the comparison as shown
     * @param runOrder for each shown run, its index in the first order
     * @param shownAs what the cells show
     */
    void show(Comparison comparison, int[] runOrder, Mode shownAs) {
        shown = comparison;
        order = runOrder.clone();
        mode = shownAs;
        show();
    }

    private void show() {
        if (shown == null) {
            return;
        }
        List<AlignedNode> first = children.get(path.isEmpty() ? "" : path.get(path.size() - 1).path());
        if (first == null) {
            return;
        }
        level = Comparison.reorder(first, order, shown.baseline());
        StringBuilder crumbs = new StringBuilder(shown.runs().size() + " runs");
        for (AlignedNode node : path) {
            crumbs.append("  ›  ").append(node.label());
        }
        breadcrumb.setText(crumbs + "   (" + level.size() + " aligned children; double-click to drill down)");
        up.setEnabled(!path.isEmpty());
        Set<String> keys = new LinkedHashSet<>();
        level.forEach(node -> node.outcomes().forEach(o -> keys.add(o.key())));
        String wanted = key.getSelectionIndex() >= 0 ? key.getItem(key.getSelectionIndex()) : null;
        if (wanted == null || !keys.contains(wanted)) {
            // An output of the children says most (a loss per epoch); else how long they took.
            wanted = keys.stream().filter(k -> k.startsWith("generated.")).findFirst()
                    .orElse(keys.contains("duration") ? "duration" : keys.stream().findFirst().orElse(""));
        }
        String[] items = keys.toArray(String[]::new);
        if (!java.util.Arrays.equals(key.getItems(), items)) {
            key.setItems(items);
        }
        key.select(List.copyOf(keys).indexOf(wanted));
        key.getParent().layout();
        grid.setModel(GridModels.hierarchy(shown, level, wanted, mode));
    }

    /**
     * Drills down into an aligned node in every run at once.
     *
     * @param node the node, as shown
     */
    void drillDown(AlignedNode node) {
        if (base == null || node.matched() == 0) {
            return;
        }
        AlignedNode first = children.get(path.isEmpty() ? "" : path.get(path.size() - 1).path()).stream()
                .filter(n -> n.path().equals(node.path())).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        if (children.containsKey(first.path())) {
            path.add(first);
            show();
            return;
        }
        Comparison asked = base;
        breadcrumb.setText("Aligning the children of " + node.label() + "…");
        align.accept(first, aligned -> {
            if (base != asked || grid.table().isDisposed()) {
                return; // compared again meanwhile
            }
            children.put(first.path(), aligned);
            path.add(first);
            show();
        });
    }

    /** Goes back up one level. */
    void up() {
        if (!path.isEmpty()) {
            path.remove(path.size() - 1);
            show();
        }
    }

    List<AlignedNode> level() {
        return level;
    }

    DiffGrid grid() {
        return grid;
    }
}
