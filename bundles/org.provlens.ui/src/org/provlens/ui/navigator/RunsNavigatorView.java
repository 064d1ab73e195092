package org.provlens.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Workspace;
import org.provlens.ui.UiThread;
import org.provlens.ui.editor.ExecutionEditor;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The Runs navigator: the campaigns, workflow runs and task hierarchies of the open workspace, in a virtual tree
 * with name, status, duration and start columns. Its selection is the workbench selection, so the Properties view
 * (and any later view) follows it without the views knowing each other.
 */
public class RunsNavigatorView extends ViewPart {

    /** The most elements of a selection made elsewhere that the navigator reveals. */
    public static final int MAX_REVEALED = 500;

    private TreeViewer viewer;
    /** The selection before an import or an open, selected again after it where it still exists. */
    private List<?> keptSelection = List.of();
    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            UiThread.later(viewer.getControl(), () -> {
                // Kept to be selected again afterwards, so that the Properties view shows them as they are then.
                keptSelection = ((IStructuredSelection) viewer.getSelection()).toList();
                viewer.setInput(null);
                setContentDescription("Importing…");
            });
        }

        @Override
        public void structureAvailable(Workspace workspace) {
            // A workspace opens: its campaigns and runs now, the tasks of large runs when they are read.
            UiThread.later(viewer.getControl(), () -> show(workspace));
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(viewer.getControl(), () -> {
                // Imports and opens clear the input first (aboutToChange); the same input means a display-thread
                // edit (WorkspaceService.modify, e.g. an annotation) that leaves the run tree as it is: keep the
                // user's expansion and selection; or the tasks of large runs arrived: show them where the tree
                // said they were being loaded, keeping the rest.
                if (viewer.getInput() != workspace) {
                    show(workspace);
                    List<Object> again = keptSelection.stream().filter(e -> e instanceof EObject o
                            && EcoreUtil.getRootContainer(o) == workspace).map(Object.class::cast).toList();
                    keptSelection = List.of();
                    if (!again.isEmpty()) {
                        select(again);
                    }
                } else if (content.pendingShown()) {
                    content.reset();
                    viewer.refresh();
                    setContentDescription("");
                }
            });
        }
    };

    private final RunsContentProvider content = new RunsContentProvider();
    private Text filter;
    private Job filterJob;

    /** Follows the selection of other views (table, annotations, editors): views never call each other. */
    private final ISelectionListener follower = (part, selection) -> {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        List<Object> elements = new ArrayList<>();
        for (Object element : structured.toList()) {
            if (element instanceof Execution || element instanceof Campaign) {
                elements.add(element);
            }
        }
        if (!elements.isEmpty() && !elements.equals(((IStructuredSelection) viewer.getSelection()).toList())) {
            select(elements);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter runs and tasks (name, id or activity)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> scheduleFilter(filter.getText()));
        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setUseHashlookup(true);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(content);
        column("Name", 340, RunsLabels::name);
        column("Status", 90, RunsLabels::status);
        column("Duration", 90, RunsLabels::duration);
        column("Started (UTC)", 150, RunsLabels::started);
        // Runs and tasks open in the execution editor; campaigns and activity groups only expand or collapse.
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof Execution execution) {
                ExecutionEditor.open(getSite().getPage(), execution);
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        getSite().setSelectionProvider(viewer);
        // A registered context menu, so that contributions for provenance elements (Annotate…) show up here.
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        // Edit > Undo and Redo (Ctrl+Z) of annotation edits while the navigator is active.
        new UndoRedoActionGroup(getSite(), PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true)
                .fillActionBars(getViewSite().getActionBars());
        getSite().getPage().addSelectionListener(follower);
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
                if (element instanceof ActivityGroup group && group.failed() > 0) {
                    return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
                }
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

    /**
     * Filters the tree: after a short pause in typing, a job finds the matching campaigns, runs and tasks (and
     * keeps their ancestors), then the tree shows only those.
     */
    private void scheduleFilter(String text) {
        if (filterJob != null) {
            filterJob.cancel();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        filterJob = Job.create("Filtering runs", monitor -> {
            Set<Object> visible = needle.isEmpty() ? null : RunsFilter.matching(workspace, needle, monitor);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            UiThread.later(viewer.getControl(), () -> {
                content.setVisible(visible);
                viewer.refresh();
                if (visible != null) {
                    viewer.expandToLevel(3);
                }
                setContentDescription(visible == null ? "" : (visible.isEmpty() ? "Nothing matches '" + needle + "'"
                        : ""));
            });
            return Status.OK_STATUS;
        });
        filterJob.setRule(WorkspaceService.getDefault().modelRule());
        filterJob.setSystem(true);
        filterJob.schedule(250);
    }

    private void show(Workspace workspace) {
        content.setVisible(null);
        if (filter != null && !filter.getText().isEmpty()) {
            scheduleFilter(filter.getText());
        }
        viewer.setInput(workspace);
        viewer.setChildCount(workspace, workspace.getCampaigns().size());
        if (workspace.getCampaigns().isEmpty()) {
            setContentDescription("No runs yet: File > Open Provenance… (Ctrl+O) imports Flowcept files.");
        } else {
            setContentDescription("");
            viewer.expandToLevel(2);
        }
    }

    /**
     * A selection of elements by their full paths in the tree (campaign, run, activity groups, tasks), which the
     * virtual tree can reveal however deep they are.
     *
     * @param elements campaigns, runs or tasks
     * @return the tree selection
     */
    public TreeSelection selectionOf(List<?> elements) {
        List<TreePath> paths = new ArrayList<>();
        for (Object element : elements) {
            List<Object> segments = new ArrayList<>();
            for (Object e = element; e != null && !(e instanceof Workspace); e = content.getParent(e)) {
                segments.add(0, e);
            }
            paths.add(new TreePath(segments.toArray()));
        }
        return new TreeSelection(paths.toArray(TreePath[]::new));
    }

    /**
     * Selects and reveals elements, materialising the virtual rows on their paths: a virtual tree cannot find a
     * row it has not created yet, however deep.
     *
     * @param elements campaigns, runs or tasks
     * @return how many of the elements were found and selected
     */
    public int select(List<?> elements) {
        Tree tree = viewer.getTree();
        List<TreeItem> selected = new ArrayList<>();
        // Each revealed row is a tree item SWT must create: thousands would freeze the window for nothing a user
        // can look at. The first ones are revealed, and the view says how many were selected elsewhere.
        List<?> shown = elements.size() > MAX_REVEALED ? elements.subList(0, MAX_REVEALED) : elements;
        setContentDescription(elements.size() > MAX_REVEALED ? String.format(
                "Showing the first %,d of %,d selected elements", MAX_REVEALED, elements.size()) : "");
        for (TreePath path : selectionOf(shown).getPaths()) {
            Object parent = viewer.getInput();
            TreeItem item = null;
            for (int i = 0; i < path.getSegmentCount(); i++) {
                Object segment = path.getSegment(i);
                int index = content.indexOf(parent, segment);
                if (index < 0) {
                    item = null;
                    break; // filtered out
                }
                if (item != null) {
                    viewer.setExpandedState(parent, true);
                }
                // Asking SWT for the row makes the virtual tree create it.
                item = item == null ? tree.getItem(index) : item.getItem(index);
                item.getText(); // makes SWT send SetData, so the viewer gives the row its element
                parent = segment;
            }
            if (item != null) {
                selected.add(item);
            }
        }
        if (!selected.isEmpty()) {
            tree.setSelection(selected.toArray(TreeItem[]::new));
            tree.showItem(selected.get(0));
            // A programmatic SWT selection sends no event: tell the viewer, which tells the workbench.
            Event event = new Event();
            event.item = selected.get(0);
            tree.notifyListeners(SWT.Selection, event);
        }
        return selected.size();
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
        getSite().getPage().removeSelectionListener(follower);
        WorkspaceService.getDefault().removeListener(listener);
        super.dispose();
    }
}
