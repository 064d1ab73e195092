package org.provlens.ui.annotations;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.provlens.model.ProvElement;

/**
 * Annotate… (Ctrl+Shift+A, and the context menu of any view that shows provenance elements): asks for the
 * finding, then records one annotation on all selected elements as an undoable operation.
 */
public class AnnotateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        // From a context menu the menu's selection counts; from the key binding, the active part's.
        ISelection selection = HandlerUtil.getActiveMenuSelection(event);
        List<ProvElement> targets = Annotations.elements(selection);
        if (targets.isEmpty()) {
            targets = Annotations.elements(HandlerUtil.getCurrentSelection(event));
        }
        if (targets.isEmpty()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        AnnotationDialog dialog = new AnnotationDialog(shell, targets);
        if (dialog.open() != Window.OK) {
            return null;
        }
        Annotations.execute(new AddAnnotationOperation(Annotations.create(dialog.getInput(), targets)), shell);
        return null;
    }
}
