package org.provlens.compare.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.provlens.model.Execution;

/**
 * Compare: opens a comparison editor on the runs or tasks selected in any part (the Runs navigator, the Level table,
 * a comparison's aligned children, a chart or a diagram that selects them), in the order selected.
 */
public class CompareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        List<Execution> executions = executions(HandlerUtil.getCurrentSelection(event));
        if (window == null) {
            return null;
        }
        if (executions.size() < 2) {
            // Only when the menu's enablement is stale: a word in the status line, no dialog in the way.
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            IStatusLineManager status = part instanceof IViewPart view
                    ? view.getViewSite().getActionBars().getStatusLineManager()
                    : part instanceof IEditorPart editor ? editor.getEditorSite().getActionBars().getStatusLineManager()
                            : null;
            if (status != null) {
                status.setErrorMessage("Select two or more runs or tasks to compare them side by side.");
            }
            return null;
        }
        ComparisonEditor.open(window.getActivePage(), executions);
        return null;
    }

    /**
     * The runs and tasks of a selection.
     *
     * @param selection a selection
     * @return its executions (or elements that adapt to one), in order, each once
     */
    public static List<Execution> executions(ISelection selection) {
        Set<Execution> executions = new LinkedHashSet<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                Execution execution = Adapters.adapt(element, Execution.class);
                if (execution != null) {
                    executions.add(execution);
                }
            }
        }
        return new ArrayList<>(executions);
    }
}
