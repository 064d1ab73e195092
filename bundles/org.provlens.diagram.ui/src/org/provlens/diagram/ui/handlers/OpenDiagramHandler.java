package org.provlens.diagram.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.ui.editor.DiagramEditor;
import org.provlens.model.ProvElement;
import org.provlens.model.Task;

/**
 * Open Lineage Diagram, Open Workflow DAG and Open Task Hierarchy: the diagram named in {@code plugin.xml}
 * ({@code OpenDiagramHandler:lineage}), opened on the provenance element selected (in the Runs navigator's context
 * menu, or the active part), or on the whole workspace when none is.
 */
public final class OpenDiagramHandler extends AbstractHandler implements IExecutableExtension {

    private String description = DiagramDescriptions.LINEAGE;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        if (data instanceof String name && DiagramDescriptions.SHIPPED.contains(name)) {
            description = name;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getActiveMenuSelection(event);
        if (selection == null || selection.isEmpty()) {
            selection = HandlerUtil.getCurrentSelection(event);
        }
        ProvElement root = null;
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof ProvElement element) {
            root = element;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        String label = root == null ? null : root instanceof Task task && task.getActivity() != null
                && !task.getActivity().isEmpty() ? task.getActivity()
                        : root.getName() != null && !root.getName().isEmpty() ? root.getName() : root.getId();
        DiagramEditor.open(window.getActivePage(), description, root == null ? null : root.getId(), label);
        return null;
    }
}
