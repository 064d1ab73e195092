package org.provlens.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.description.AdditionalLayer;
import org.provlens.diagram.core.description.FilterDescription;
import org.provlens.diagram.ui.canvas.DiagramCanvas;
import org.provlens.diagram.ui.canvas.DiagramExport;
import org.provlens.diagram.ui.edit.DiagramEdits;

/** The row of tools above a diagram: zoom, arrange, layers, filters, hidden nodes, overview and export. */
final class DiagramToolbar {

    private final DiagramEditor editor;

    DiagramToolbar(DiagramEditor editor) {
        this.editor = editor;
    }

    void create(Composite parent) {
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        DiagramCanvas canvas = editor.getCanvas();
        tools.add(action("Fit", "Zoom to show the whole diagram (0)", canvas::fit));
        tools.add(action("1:1", "Actual size (1)", canvas::actualSize));
        tools.add(action("+", "Zoom in (+, or the mouse wheel)", () -> canvas.zoomBy(1.25)));
        tools.add(action("−", "Zoom out (−, or the mouse wheel)", () -> canvas.zoomBy(0.8)));
        tools.add(new Separator());
        tools.add(action("Arrange", "Arrange all again: moved nodes go back to the layout, pinned ones stay",
                editor::arrange));
        tools.add(dropDown("Depth", editor.getDescription().getRootScope()
                == org.provlens.diagram.core.description.RootScope.SUBTREE ? "Levels shown below the element opened on"
                        : "Edge hops shown around the element opened on", this::fillDepths));
        if (!editor.getDescription().getAdditionalLayers().isEmpty()) {
            tools.add(dropDown("Layers", "Layers: colourings and more mappings", this::fillLayers));
        }
        if (!editor.getDescription().getFilters().isEmpty()) {
            tools.add(dropDown("Filters", "Filters: hide or collapse kinds of elements", this::fillFilters));
        }
        tools.add(action("Show Hidden", "Show the nodes you hid", () -> DiagramEditor.log(editor.getEdits()
                .showHidden())));
        Action overview = new Action("Overview", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                canvas.setOverviewVisible(isChecked());
            }
        };
        overview.setChecked(true);
        overview.setToolTipText("Show the whole diagram in the corner");
        tools.add(overview);
        tools.add(new Separator());
        tools.add(action("Export…", "Export the diagram as PNG or SVG", this::export));
        tools.createControl(parent);
    }

    private static Action action(String text, String tooltip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    private Action dropDown(String text, String tooltip, java.util.function.Consumer<Menu> fill) {
        Action action = new Action(text, IAction.AS_DROP_DOWN_MENU) {
            @Override
            public void run() {
                // The menu shows on the arrow and on the button alike.
                Control control = editor.getCanvas();
                Menu menu = getMenuCreator().getMenu(control);
                menu.setLocation(control.toDisplay(0, 0));
                menu.setVisible(true);
            }
        };
        action.setToolTipText(tooltip);
        action.setMenuCreator(new IMenuCreator() {
            private Menu menu;

            @Override
            public Menu getMenu(Control parent) {
                dispose();
                menu = new Menu(parent);
                fill.accept(menu);
                return menu;
            }

            @Override
            public Menu getMenu(Menu parent) {
                return null;
            }

            @Override
            public void dispose() {
                if (menu != null && !menu.isDisposed()) {
                    menu.dispose();
                }
                menu = null;
            }
        });
        return action;
    }

    private void fillLayers(Menu menu) {
        DiagramEdits edits = editor.getEdits();
        Set<String> active = edits.activeLayers();
        for (AdditionalLayer layer : editor.getDescription().getAdditionalLayers()) {
            // Check items, also for exclusive groups (switching one on switches the others off): a radio item could
            // not be switched off again, and its group would send two events.
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(DiagramEdits.label(layer.getLabel(), layer.getName()));
            item.setSelection(active.contains(layer.getName()));
            item.addListener(SWT.Selection, e -> DiagramEditor.log(edits.layer(layer, item.getSelection())));
        }
    }

    private void fillDepths(Menu menu) {
        DiagramEdits edits = editor.getEdits();
        int current = edits.depth();
        for (int depth = -1; depth <= 8; depth++) {
            if (depth == 0) {
                continue;
            }
            int chosen = depth;
            MenuItem item = new MenuItem(menu, SWT.RADIO);
            item.setText(depth < 0 ? "Default (" + editor.getDescription().getDefaultDepth() + ")" : String.valueOf(depth));
            item.setSelection(depth == current);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection() && chosen != edits.depth()) {
                    DiagramEditor.log(edits.depth(chosen));
                }
            });
        }
    }

    private void fillFilters(Menu menu) {
        DiagramEdits edits = editor.getEdits();
        Set<String> active = edits.activeFilters();
        for (FilterDescription filter : editor.getDescription().getFilters()) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(DiagramEdits.label(filter.getLabel(), filter.getName()));
            item.setSelection(active.contains(filter.getName()));
            item.addListener(SWT.Selection, e -> DiagramEditor.log(edits.filter(filter, item.getSelection())));
        }
    }

    private void export() {
        DiagramView view = editor.getCanvas().getView();
        if (view == null) {
            return;
        }
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] {"*.png", "*.svg"});
        dialog.setFilterNames(new String[] {"PNG image", "SVG picture"});
        dialog.setFileName(editor.getDescription().getName() + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        try {
            if (chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                DiagramExport.svg(view, file);
            } else {
                DiagramExport.png(editor.getCanvas(), view, file);
            }
        } catch (IOException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Export Diagram", e.getMessage());
        }
    }
}
