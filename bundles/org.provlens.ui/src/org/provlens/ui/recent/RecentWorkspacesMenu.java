package org.provlens.ui.recent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * File > Recent Workspaces: one item per remembered workspace file that still exists, most recent first, the open
 * one checked. Rebuilt each time the menu opens, so it always shows the current list.
 */
public class RecentWorkspacesMenu extends CompoundContributionItem {

    /** Created by the workbench from the menu contribution. */
    public RecentWorkspacesMenu() {
    }

    /**
     * Created with an id.
     *
     * @param id the contribution id
     */
    public RecentWorkspacesMenu(String id) {
        super(id);
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        Path current = WorkspaceService.getDefault().getFile();
        Path open = current == null ? null : current.toAbsolutePath().normalize();
        List<IContributionItem> items = new ArrayList<>();
        // Files on a drive not mounted now are left out of the menu but kept in the list for later.
        List<Path> files = RecentWorkspaces.getDefault().list().stream().filter(Files::isRegularFile).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            IAction action = new Action(label(i, file), IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    WorkspaceOpener.open(activeShell(), file);
                }
            };
            action.setChecked(file.equals(open));
            action.setToolTipText(file.toString());
            items.add(new ActionContributionItem(action));
        }
        if (items.isEmpty()) {
            IAction none = new Action("(no recent workspaces)") {
                // Only says that the list is empty.
            };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }

    /**
     * The menu text of a file: a mnemonic number, the file name, then its folder.
     *
     * @param index the position, from 0
     * @param file the file
     * @return e.g. {@code &1 workspace.provlens  [/home/me/.provlens]@}
     */
    static String label(int index, Path file) {
        Path parent = file.getParent();
        String text = file.getFileName() + (parent == null ? "" : "  [" + parent + "]");
        // A single & in a menu text marks a mnemonic, and JFace reads whatever follows the last @ as an
        // accelerator: paths may contain both, so & is doubled and a final @ ends the text (as the workbench's
        // Undo items do).
        return "&" + (index + 1) + " " + text.replace("&", "&&") + "@";
    }

    private static Shell activeShell() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? null : window.getShell();
    }
}
