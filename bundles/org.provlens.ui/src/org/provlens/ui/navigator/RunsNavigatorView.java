package org.provlens.ui.navigator;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.provlens.model.Execution;
import org.provlens.model.Workspace;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The Runs navigator: the campaigns, workflow runs and task hierarchies of the open workspace, in a virtual tree
 * with name, status, duration and start columns. Its selection is the workbench selection, so the Properties view
 * (and any later view) follows it without the views knowing each other.
 */
public class RunsNavigatorView extends ViewPart {

    private TreeViewer viewer;
    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            inDisplay(() -> {
                viewer.setInput(null);
                setContentDescription("Importing…");
            });
        }

        @Override
        public void changed(Workspace workspace) {
            inDisplay(() -> show(workspace));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new RunsContentProvider());
        column("Name", 340, RunsLabels::name);
        column("Status", 90, RunsLabels::status);
        column("Duration", 90, RunsLabels::duration);
        column("Started (UTC)", 150, RunsLabels::started);
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        getSite().setSelectionProvider(viewer);
        WorkspaceService service = WorkspaceService.getDefault();
        service.addListener(listener);
        show(service.getWorkspace());
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof Execution e ? statusColor(e) : null;
            }
        });
    }

    private Color statusColor(Execution execution) {
        Display display = viewer.getControl().getDisplay();
        return switch (execution.getStatus()) {
            case ERROR, KILLED -> display.getSystemColor(SWT.COLOR_DARK_RED);
            case RUNNING, SUBMITTED, WAITING -> display.getSystemColor(SWT.COLOR_DARK_BLUE);
            case UNKNOWN -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
            default -> null;
        };
    }

    private void show(Workspace workspace) {
        viewer.setInput(workspace);
        viewer.setChildCount(workspace, workspace.getCampaigns().size());
        if (workspace.getCampaigns().isEmpty()) {
            setContentDescription("No runs yet: File > Open Provenance… (Ctrl+O) imports Flowcept files.");
        } else {
            setContentDescription("");
            viewer.expandToLevel(2);
        }
    }

    private void inDisplay(Runnable runnable) {
        Display display = viewer.getControl().getDisplay();
        display.asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                runnable.run();
            }
        });
    }

    /**
     * The tree viewer, for tests.
     *
     * @return the viewer
     */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WorkspaceService.getDefault().removeListener(listener);
        super.dispose();
    }
}
