package org.provlens.compare.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses one of the compared runs: a drop-down for a few runs; for many, a button that opens a list with a filter,
 * because a GTK combo of a thousand items takes about a second to fill, measure and paint.
 */
final class RunChooser {

    /** Up to this many runs the chooser is a drop-down. */
    static final int COMBO_RUNS = 50;

    private final Combo combo;
    private final Button button;
    private final IntConsumer chosen;
    private List<String> names = List.of();

    /**
     * A chooser.
     *
     * @param parent the parent, with a grid layout
     * @param chosen told of the index of the run chosen
     */
    RunChooser(Composite parent, IntConsumer chosen) {
        this.chosen = chosen;
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(280, SWT.DEFAULT));
        combo.addListener(SWT.Selection, e -> {
            if (combo.getSelectionIndex() >= 0) {
                chosen.accept(combo.getSelectionIndex());
            }
        });
        button = new Button(parent, SWT.PUSH);
        button.setLayoutData(new GridData(280, SWT.DEFAULT));
        button.addListener(SWT.Selection, e -> open());
        show(false);
    }

    private void show(boolean many) {
        ((GridData) combo.getLayoutData()).exclude = many;
        combo.setVisible(!many);
        ((GridData) button.getLayoutData()).exclude = !many;
        button.setVisible(many);
    }

    /**
     * Shows the runs and which is chosen.
     *
     * @param runs the runs' names, in the order shown
     * @param selected the index of the chosen run
     */
    void set(List<String> runs, int selected) {
        names = List.copyOf(runs);
        boolean many = names.size() > COMBO_RUNS;
        show(many);
        if (many) {
            button.setText(names.get(selected) + "  ▾");
            button.setToolTipText(names.get(selected) + " (" + names.size() + " runs: click to choose another)");
        } else {
            String[] items = names.toArray(String[]::new);
            if (!java.util.Arrays.equals(combo.getItems(), items)) {
                combo.setItems(items);
            }
            combo.select(selected);
        }
        combo.getParent().layout(true);
    }

    /** The list of many runs, filtered as one types; Enter or a click chooses. */
    private void open() {
        Shell popup = new Shell(button.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.RESIZE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(popup);
        Text filter = new Text(popup, SWT.SEARCH | SWT.ICON_SEARCH);
        filter.setMessage("Filter " + names.size() + " runs");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(popup, SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
        List<Integer> shown = new ArrayList<>();
        Runnable fill = () -> {
            String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
            shown.clear();
            List<String> items = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).toLowerCase(Locale.ROOT).contains(wanted)) {
                    shown.add(i);
                    items.add(names.get(i));
                }
            }
            list.setItems(items.toArray(String[]::new));
        };
        fill.run();
        filter.addListener(SWT.Modify, e -> fill.run());
        Runnable choose = () -> {
            int index = list.getSelectionIndex() >= 0 ? list.getSelectionIndex() : shown.size() == 1 ? 0 : -1;
            if (index >= 0) {
                popup.dispose();
                chosen.accept(shown.get(index));
            }
        };
        list.addListener(SWT.DefaultSelection, e -> choose.run());
        list.addListener(SWT.Selection, e -> choose.run());
        filter.addListener(SWT.DefaultSelection, e -> choose.run());
        popup.addListener(SWT.Deactivate, e -> popup.dispose());
        Point at = button.toDisplay(0, button.getSize().y);
        popup.setBounds(at.x, at.y, Math.max(320, button.getSize().x), 360);
        popup.open();
        filter.setFocus();
    }
}
