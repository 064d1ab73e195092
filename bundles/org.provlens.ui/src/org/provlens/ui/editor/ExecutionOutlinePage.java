package org.provlens.ui.editor;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.provlens.model.Execution;
import org.provlens.ui.navigator.RunsContentProvider;
import org.provlens.ui.navigator.RunsLabels;

/**
 * The outline of an execution editor: the execution's whole subtree, with the children of every node grouped by
 * activity as in the Runs navigator (whose lazy content provider it shares), in a virtual tree so that a run of
 * a million tasks outlines as fast as one of ten. Its selection goes to the workbench through the Outline view;
 * double-clicking a task opens it in its own editor.
 */
public class ExecutionOutlinePage extends ContentOutlinePage {

    private final RunsContentProvider content = new RunsContentProvider();
    private Execution execution;

    @Override
    protected int getTreeStyle() {
        return super.getTreeStyle() | SWT.VIRTUAL | SWT.FULL_SELECTION;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                String name = RunsLabels.name(element);
                String status = RunsLabels.status(element);
                return status.isEmpty() ? name : name + "  [" + status + "]";
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof Execution child) {
                ExecutionEditor.open(getSite().getPage(), child);
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        // Contributions for provenance elements (Annotate…) apply to the tasks selected here too.
        getSite().registerContextMenu(ExecutionEditor.ID + ".outline", menu, viewer);
        show();
    }

    /**
     * Outlines another execution, or none while the workspace changes.
     *
     * @param newExecution the execution, {@code null} to let go of the model
     */
    public void setExecution(Execution newExecution) {
        execution = newExecution;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            show();
        }
    }

    private void show() {
        TreeViewer viewer = getTreeViewer();
        viewer.setInput(execution);
        if (execution != null) {
            viewer.setChildCount(execution, content.children(execution).size());
        }
    }

    /**
     * The tree, for tests.
     *
     * @return the outline's viewer, {@code null} before the Outline view shows the page
     */
    public TreeViewer getViewer() {
        return getTreeViewer();
    }
}
