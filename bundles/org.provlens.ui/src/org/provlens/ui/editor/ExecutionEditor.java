package org.provlens.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.UiThread;
import org.provlens.ui.navigator.RunsLabels;
import org.provlens.ui.properties.ExecutionPropertySource;
import org.provlens.ui.workspace.WorkspaceService;
import org.provlens.model.util.Tasks;

/**
 * One workflow run or task: a header (name, status, duration, host, start), its parameters and outputs, and its
 * child tasks in a virtual table (double-click opens a child), with an outline of its whole subtree grouped by
 * activity. Read-only, like all provenance.
 *
 * <p>The editor holds the execution only between workspace changes: before an import it lets go of the model,
 * and after any change it looks the execution up again by id ({@link ExecutionEditorInput}). Its selection is the
 * selected child tasks, or the execution itself when none is selected, so the Properties view and Annotate…
 * apply to what the editor shows.</p>
 */
public class ExecutionEditor extends org.provlens.ui.ProvenanceEditorPart {

    /** The editor's id. */
    public static final String ID = "org.provlens.ui.editors.execution";

    /** Header field: the activity or name. */
    public static final String TITLE = "title";
    /** Header field: the status. */
    public static final String STATUS = "status";
    /** Header field: the duration. */
    public static final String DURATION = "duration";
    /** Header field: the host. */
    public static final String HOST = "host";
    /** Header field: the start time (UTC). */
    public static final String STARTED = "started";
    /** Header field: the source id. */
    public static final String EXECUTION_ID = "id";

    /**
     * A row of the values table.
     *
     * @param kind {@code parameter} or {@code output}
     * @param key the parameter, metric or output name
     * @param value the value as the Properties view formats it
     */
    public record Value(String kind, String key, String value) {
    }

    private final Map<String, Label> header = new LinkedHashMap<>();
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private TableViewer values;
    private TableViewer children;
    private Group childrenGroup;
    private ExecutionOutlinePage outline;
    private UndoRedoActionGroup undoRedo;
    private final EditorSelection selection = new EditorSelection();
    private Execution execution;

    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            UiThread.later(values.getControl(), () -> letGo("Importing…"));
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(values.getControl(), ExecutionEditor.this::show);
        }
    };

    /**
     * Opens (or brings to front) the editor of an execution.
     *
     * @param page the workbench page
     * @param execution the workflow run or task
     * @return the editor, {@code null} when it could not be opened (the reason is logged)
     */
    public static IEditorPart open(IWorkbenchPage page, Execution execution) {
        return open(page, new ExecutionEditorInput(execution), ID, ExecutionEditor.class);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        init(site, input, ExecutionEditorInput.class, "The execution editor opens workflow runs and tasks");
    }

    @Override
    public ExecutionEditorInput getEditorInput() {
        return (ExecutionEditorInput) super.getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        createHeader(parent);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createValues(group(sash, "Parameters and outputs"));
        childrenGroup = group(sash, "Child tasks");
        createChildren(childrenGroup);
        sash.setWeights(2, 3);

        getSite().setSelectionProvider(selection);
        WorkspaceService.getDefault().addListener(listener);
        show();
    }

    private void createHeader(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(12, 4).applyTo(composite);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
        Label title = new Label(composite, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(title);
        header.put(TITLE, title);
        field(composite, STATUS, "Status:");
        field(composite, DURATION, "Duration:");
        field(composite, HOST, "Host:");
        field(composite, STARTED, "Started (UTC):");
        field(composite, EXECUTION_ID, "Id:");
    }

    private void field(Composite parent, String key, String caption) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(caption);
        // Read-only text rather than a label, so ids and hosts can be copied.
        Text text = new Text(parent, SWT.READ_ONLY | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        fields.put(key, text);
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
        return group;
    }

    private void createValues(Composite parent) {
        values = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(values.getControl());
        values.getTable().setHeaderVisible(true);
        values.getTable().setLinesVisible(true);
        values.setContentProvider(ArrayContentProvider.getInstance());
        column(values, "Kind", 90, e -> ((Value) e).kind());
        column(values, "Key", 220, e -> ((Value) e).key());
        column(values, "Value", 420, e -> ((Value) e).value());
    }

    private void createChildren(Composite parent) {
        children = new TableViewer(parent,
                SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(children.getControl());
        children.setUseHashlookup(true);
        children.getTable().setHeaderVisible(true);
        children.getTable().setLinesVisible(true);
        // Only the rows SWT paints are materialised: a run's top level may hold a million tasks.
        children.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                List<Task> tasks = childTasks(execution);
                if (index < tasks.size()) {
                    children.replace(tasks.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
                // The tasks are read from the editor's execution when SWT asks for a row.
            }
        });
        column(children, "Activity", 220, e -> activity((Task) e));
        column(children, "Status", 90, RunsLabels::status);
        column(children, "Duration", 90, RunsLabels::duration);
        column(children, "Started (UTC)", 150, RunsLabels::started);
        column(children, "Id", 260, e -> ((Task) e).getId());
        children.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof Task task) {
                open(getSite().getPage(), task);
            }
        });
        children.addSelectionChangedListener(e -> selection.fire());

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        children.getControl().setMenu(menu.createContextMenu(children.getControl()));
        // Annotate… and other element contributions act on the selected children, else on this execution.
        getEditorSite().registerContextMenu(menu, selection, false);
    }

    private static void column(TableViewer viewer, String title, int width, Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }
        });
    }

    private static String activity(Task task) {
        return task.getActivity() == null || task.getActivity().isEmpty() ? task.getId() : task.getActivity();
    }

    /**
     * The direct child tasks of an execution.
     *
     * @param execution a workflow run, a task, or {@code null}
     * @return a run's top-level tasks, a task's children, or nothing
     */
    static List<Task> childTasks(Execution execution) {
        return switch (execution) {
            case Workflow workflow -> workflow.getTasks();
            case Task task -> Tasks.children(task);
            case null, default -> List.of();
        };
    }

    /**
     * The parameters and outputs of an execution, as the Properties view lists them.
     *
     * @param execution the execution
     * @return one row per parameter, metric and generated value
     */
    public static List<Value> values(Execution execution) {
        ExecutionPropertySource source = new ExecutionPropertySource(execution);
        List<Value> rows = new ArrayList<>();
        for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            String kind = switch (descriptor.getCategory()) {
                case ExecutionPropertySource.PARAMETERS -> "parameter";
                case ExecutionPropertySource.OUTPUTS -> "output";
                default -> null;
            };
            if (kind != null) {
                rows.add(new Value(kind, descriptor.getDisplayName(),
                        String.valueOf(source.getPropertyValue(descriptor.getId()))));
            }
        }
        return rows;
    }

    /** Looks the execution up again and shows it, or says that the open workspace has none of this id. */
    private void show() {
        if (values == null || values.getControl().isDisposed()) {
            return;
        }
        ExecutionEditorInput input = getEditorInput();
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        Execution quick = input.resolveQuickly(workspace);
        if (quick == null) {
            // Another workspace: searching it walks every task (a second at a million): in a job, then shown here.
            letGo("looking for " + input.getExecutionId() + "…");
            Job search = Job.create("Finding " + input.getName(), monitor -> {
                Execution found = input.resolve(workspace);
                UiThread.later(values.getControl(), () -> {
                    if (WorkspaceService.getDefault().getWorkspace() != workspace) {
                        return; // yet another one opened meanwhile; its change shows again
                    }
                    if (found == null) {
                        letGo(input.getExecutionId() + " is not in the open workspace");
                    } else {
                        input.remember(found);
                        show();
                    }
                });
            });
            search.setSystem(true);
            search.setRule(WorkspaceService.getDefault().modelRule());
            search.schedule();
            return;
        }
        Execution found = quick;
        // The same object means no import ran since the last look (an import lets go first): the children and the
        // outline are unchanged, and leaving them alone keeps the user's selection and scroll position.
        boolean same = found == execution;
        execution = found;
        setPartName(ExecutionEditorInput.label(found));
        header.get(TITLE).setText(kind(found) + " " + ExecutionEditorInput.label(found));
        set(STATUS, found.getStatus().getLiteral());
        set(DURATION, RunsLabels.duration(found));
        set(HOST, found.getHost() == null ? "" : found.getHost().getName());
        set(STARTED, RunsLabels.started(found));
        set(EXECUTION_ID, found.getId());
        values.setInput(values(found));
        List<Task> tasks = childTasks(found);
        childrenGroup.setText("Child tasks (" + tasks.size() + ")");
        if (!same) {
            children.setInput(found);
            children.setItemCount(tasks.size());
            children.refresh();
            if (outline != null) {
                outline.setExecution(found);
            }
        } else if (children.getTable().getItemCount() != tasks.size()) {
            children.setItemCount(tasks.size());
        }
        header.get(TITLE).getParent().layout(true);
        selection.fire();
    }

    private static String kind(Execution execution) {
        return execution instanceof Workflow ? "Workflow run" : "Task";
    }

    /** Drops every reference to the model, showing why. */
    private void letGo(String why) {
        if (values == null || values.getControl().isDisposed()) {
            return;
        }
        execution = null;
        header.get(TITLE).setText(getEditorInput().getName() + " — " + why);
        fields.values().forEach(text -> text.setText(""));
        values.setInput(List.of());
        childrenGroup.setText("Child tasks");
        children.setInput(null);
        children.setItemCount(0);
        if (outline != null) {
            outline.setExecution(null);
        }
        header.get(TITLE).getParent().layout(true);
        selection.fire();
    }

    private void set(String key, String value) {
        fields.get(key).setText(value == null || value.isEmpty() ? "–" : value);
    }

    /**
     * Puts this editor's Undo and Redo handlers into the editor action bars, which all execution editors share;
     * called by {@link ExecutionEditorContributor} whenever this editor becomes the active one.
     *
     * @param bars the shared editor action bars
     */
    void fillActionBars(IActionBars bars) {
        if (undoRedo == null) {
            undoRedo = new UndoRedoActionGroup(getSite(),
                    PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true);
        }
        undoRedo.fillActionBars(bars);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new ExecutionOutlinePage();
                outline.setExecution(execution);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /**
     * The execution shown, for tests.
     *
     * @return the execution, {@code null} while the workspace changes or when it has none of the input's id
     */
    public Execution getExecution() {
        return execution;
    }

    /**
     * A header field, for tests.
     *
     * @param key {@link #TITLE}, {@link #STATUS}, {@link #DURATION}, {@link #HOST}, {@link #STARTED} or
     *        {@link #EXECUTION_ID}
     * @return the text shown
     */
    public String getHeaderText(String key) {
        return TITLE.equals(key) ? header.get(TITLE).getText() : fields.get(key).getText();
    }

    /**
     * The parameters and outputs table, for tests.
     *
     * @return the viewer
     */
    public TableViewer getValuesViewer() {
        return values;
    }

    /**
     * The child tasks table, for tests.
     *
     * @return the virtual table's viewer
     */
    public TableViewer getChildrenViewer() {
        return children;
    }

    /**
     * The outline page, for tests.
     *
     * @return the page, {@code null} until the Outline view asked for it
     */
    public ExecutionOutlinePage getOutlinePage() {
        return outline;
    }

    @Override
    public void setFocus() {
        children.getControl().setFocus();
    }


    @Override
    public void dispose() {
        WorkspaceService.getDefault().removeListener(listener);
        super.dispose();
    }

    /** The editor's selection: the selected child tasks, else the execution itself. */
    private final class EditorSelection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        @Override
        public ISelection getSelection() {
            IStructuredSelection selected = children == null ? StructuredSelection.EMPTY
                    : children.getStructuredSelection();
            if (!selected.isEmpty()) {
                return selected;
            }
            return execution == null ? StructuredSelection.EMPTY : new StructuredSelection(execution);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            if (children != null && newSelection instanceof IStructuredSelection structured) {
                children.setSelection(new StructuredSelection(
                        structured.stream().filter(e -> e instanceof Task t && isChild(t)).toList()), true);
            }
        }

        private boolean isChild(Task task) {
            return execution != null && (task.getParent() == execution
                    || task.getParent() == null && task.getWorkflow() == execution);
        }

        void fire() {
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            listeners.forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }
}
