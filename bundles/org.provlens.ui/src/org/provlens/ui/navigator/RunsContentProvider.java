package org.provlens.ui.navigator;

import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * Lazy content of the Runs navigator: workspace → campaigns → workflows → top-level tasks → child tasks. Only
 * the rows SWT asks for are materialised (a virtual tree), so a workflow of a million tasks opens as fast as one
 * of ten.
 */
public class RunsContentProvider implements ILazyTreeContentProvider {

    private TreeViewer viewer;

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (TreeViewer) newViewer;
    }

    /**
     * The children of a navigator element.
     *
     * @param element a workspace, campaign, workflow or task
     * @return its children in the navigator, never {@code null}
     */
    public static List<?> children(Object element) {
        return switch (element) {
            case Workspace w -> w.getCampaigns();
            case Campaign c -> c.getWorkflows();
            case Workflow w -> w.getTasks();
            case Task t -> t.getChildren();
            default -> List.of();
        };
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<?> children = children(parent);
        if (index < children.size()) {
            Object child = children.get(index);
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, children(child).size());
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = children(element).size();
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case Task t -> t.getParent() != null ? t.getParent() : t.getWorkflow();
            case Workflow w -> w.getCampaign();
            case Campaign c -> c.eContainer();
            default -> null;
        };
    }
}
