package org.provlens.diagram.ui.editor;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.ui.canvas.DiagramCanvas;
import org.provlens.diagram.ui.edit.DiagramEdits;
import org.provlens.model.ProvElement;

/**
 * The context menu of a diagram: expand and collapse, open a diagram on the element, hide, group, rename, pin,
 * arrange; registered with the workbench, so that contributions for provenance elements (Annotate…) appear.
 */
final class DiagramContextMenu {

    private final DiagramEditor editor;

    DiagramContextMenu(DiagramEditor editor) {
        this.editor = editor;
    }

    void install(DiagramCanvas canvas) {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        canvas.setMenu(menu.createContextMenu(canvas));
        editor.getEditorSite().registerContextMenu(menu, editor.getSite().getSelectionProvider(), false);
    }

    private void fill(IMenuManager menu) {
        DiagramCanvas canvas = editor.getCanvas();
        List<ViewNode> nodes = canvas.getSelection();
        DiagramEdits edits = editor.getEdits();
        if (nodes.size() == 1) {
            ViewNode node = nodes.get(0);
            if (node.role() == ViewNode.Role.MORE) {
                menu.add(action("Show More", () -> edits.toggle(canvas.getView(), node)));
            } else if (node.expandable() || node.container()) {
                menu.add(action(node.container() ? "Collapse" : "Expand", () -> edits.toggle(canvas.getView(), node)));
            }
            if (node.role() == ViewNode.Role.ELEMENT && node.element() instanceof ProvElement element) {
                MenuManager open = new MenuManager("Open Diagram Here");
                for (String name : DiagramDescriptions.SHIPPED) {
                    String label = DiagramEdits.label(DiagramDescriptions.get(name).getLabel(), name);
                    open.add(action(label, () -> DiagramEditor.open(editor.getSite().getPage(), name, element.getId(),
                            node.label())));
                }
                menu.add(open);
            }
        }
        menu.add(new Separator());
        if (!nodes.isEmpty()) {
            menu.add(action("Hide", editor::hideSelection));
            if (nodes.stream().map(ViewNode::parent).distinct().count() == 1 && nodes.size() > 1) {
                menu.add(action("Group…", () -> {
                    String name = ask("Group", "Name of the group:", "Group");
                    if (name != null) {
                        DiagramEditor.log(edits.group(nodes, name));
                    }
                }));
            }
            if (nodes.size() == 1 && nodes.get(0).role() == ViewNode.Role.USER_GROUP) {
                menu.add(action("Ungroup", () -> DiagramEditor.log(edits.ungroup(nodes.get(0)))));
            }
            if (nodes.size() == 1 && nodes.get(0).renamable()) {
                ViewNode node = nodes.get(0);
                menu.add(action("Rename Group…", () -> {
                    String name = ask("Rename Group", "Name of the group (empty for its computed name):", node.label());
                    if (name != null) {
                        DiagramEditor.log(edits.rename(node, name));
                    }
                }));
            }
            boolean allPinned = nodes.stream().allMatch(ViewNode::pinned);
            menu.add(action(allPinned ? "Unpin" : "Pin",
                    () -> DiagramEditor.log(edits.pin(canvas.getView(), nodes, !allPinned))));
        }
        menu.add(action("Arrange All", editor::arrange));
        if (edits.hiddenCount() > 0) {
            menu.add(action("Show Hidden (" + edits.hiddenCount() + ")", () -> DiagramEditor.log(edits.showHidden())));
        }
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private String ask(String title, String message, String initial) {
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), title, message, initial, null);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
