package org.provlens.rcp;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File (commands contributed at {@code open.ext}, then Exit), Edit (Undo and Redo of the active
 * part's undo context, Delete, commands contributed at {@code additions}), Window (Show View, Reset Perspective,
 * Preferences) and Help (About).
 */
public class ProvLensActionBarAdvisor extends ActionBarAdvisor {

    ProvLensActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(registered(ActionFactory.QUIT.create(window)));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        menuBar.add(file);

        // Retargetable: each part supplies the handlers (UndoRedoActionGroup for the workbench undo context,
        // a global Delete handler), so the items follow the active part and Ctrl+Z reaches the same handler.
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(registered(ActionFactory.UNDO.create(window)));
        edit.add(registered(ActionFactory.REDO.create(window)));
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(registered(ActionFactory.DELETE.create(window)));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        menuBar.add(edit);

        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(registered(ActionFactory.RESET_PERSPECTIVE.create(window)));
        windowMenu.add(new Separator());
        windowMenu.add(registered(ActionFactory.PREFERENCES.create(window)));
        menuBar.add(windowMenu);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(registered(ActionFactory.ABOUT.create(window)));
        menuBar.add(help);
    }

    private IAction registered(IAction action) {
        register(action);
        return action;
    }
}
