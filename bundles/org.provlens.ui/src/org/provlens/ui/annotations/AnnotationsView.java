package org.provlens.ui.annotations;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.provlens.model.Annotation;
import org.provlens.model.Execution;
import org.provlens.model.Workspace;
import org.provlens.ui.UiThread;
import org.provlens.ui.editor.ExecutionEditor;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The Annotations view: every annotation of the open workspace, newest first, with a filter on text, tags,
 * author and severity. Selecting annotations makes their targets the workbench selection, so the other views
 * follow; double-clicking opens the first annotated run or task. Delete (context menu, Delete key) and the
 * undo of any annotation edit (Ctrl+Z) work here.
 */
public class AnnotationsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.provlens.ui.views.annotations";

    private Text filter;
    private TableViewer viewer;
    private TargetsSelectionProvider selectionProvider;
    private IAction deleteAction;
    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            // An import is about to change the model in its thread: stop painting from it until it is done.
            UiThread.later(viewer.getControl(), () -> {
                viewer.setInput(List.of());
                setContentDescription("Importing…");
            });
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(viewer.getControl(), () -> show(workspace));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage("Filter by text, tag, author or severity");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Severity", 90, AnnotationLabels::severity, this::severityImage);
        column("Text", 320, AnnotationLabels::text, null);
        column("Tags", 130, AnnotationLabels::tags, null);
        column("Author", 90, AnnotationLabels::author, null);
        column("Time (UTC)", 140, AnnotationLabels::time, null);
        column("Targets", 320, AnnotationLabels::targets, null);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return AnnotationLabels.NEWEST_FIRST.compare((Annotation) a, (Annotation) b);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return AnnotationLabels.matches((Annotation) element, filter.getText());
            }
        });
        filter.addModifyListener(e -> {
            viewer.refresh();
            describe();
        });
        viewer.addDoubleClickListener(e -> openFirstExecution());

        selectionProvider = new TargetsSelectionProvider(viewer);
        getSite().setSelectionProvider(selectionProvider);
        createActions();

        WorkspaceService service = WorkspaceService.getDefault();
        service.addListener(listener);
        show(service.getWorkspace());
    }

    private void column(String title, int width, Function<Annotation, String> text, Function<Annotation, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Annotation) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Annotation) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Annotation) element).getText();
            }
        });
    }

    private Image severityImage(Annotation annotation) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return switch (annotation.getSeverity()) {
            case CRITICAL -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
            case WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
            default -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
        };
    }

    private void createActions() {
        deleteAction = new Action("&Delete Annotation") {
            @Override
            public void run() {
                List<Annotation> selected = selectionProvider.selectedAnnotations();
                if (!selected.isEmpty()) {
                    Annotations.execute(new DeleteAnnotationsOperation(selected), getSite().getShell());
                }
            }
        };
        deleteAction.setImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        // Shows the Delete key next to the menu item; the key reaches the action as the global delete handler.
        deleteAction.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        deleteAction.setEnabled(false);
        viewer.addSelectionChangedListener(e -> deleteAction.setEnabled(!e.getStructuredSelection().isEmpty()));

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(deleteAction);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        // Contributions such as Annotate… see the targets, the part's selection.
        getSite().registerContextMenu(menu, selectionProvider);

        // The Delete key deletes annotations, except while the filter field has the focus: there it must delete
        // characters, so the handler steps aside (without a handler the key reaches the text field).
        IActionBars bars = getViewSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
        filter.addFocusListener(FocusListener.focusGainedAdapter(e -> {
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), null);
            bars.updateActionBars();
        }));
        filter.addFocusListener(FocusListener.focusLostAdapter(e -> {
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
            bars.updateActionBars();
        }));
        new UndoRedoActionGroup(getSite(), Annotations.undoContext(), true).fillActionBars(bars);
        bars.updateActionBars();
    }

    private void show(Workspace workspace) {
        List<Annotation> selected = selectionProvider.selectedAnnotations();
        viewer.setInput(List.copyOf(workspace.getAnnotations()));
        // A refresh after an edit elsewhere (an undo, a new annotation) keeps what the user had selected.
        List<Annotation> kept = selected.stream().filter(workspace.getAnnotations()::contains).toList();
        if (!kept.isEmpty()) {
            viewer.setSelection(new StructuredSelection(kept), true);
        }
        describe();
    }

    private void describe() {
        if (!(viewer.getInput() instanceof List<?> all)) {
            return;
        }
        int shown = viewer.getTable().getItemCount();
        if (all.isEmpty()) {
            setContentDescription("No annotations yet: select runs or tasks and choose Annotate… (Ctrl+Shift+A).");
        } else if (shown == all.size()) {
            setContentDescription(all.size() == 1 ? "1 annotation" : all.size() + " annotations");
        } else {
            setContentDescription(shown + " of " + all.size() + " annotations match");
        }
    }

    private void openFirstExecution() {
        for (Annotation annotation : selectionProvider.selectedAnnotations()) {
            for (Object target : annotation.getTargets()) {
                if (target instanceof Execution execution) {
                    ExecutionEditor.open(getSite().getPage(), execution);
                    return;
                }
            }
        }
    }

    /**
     * The table of annotations, for tests.
     *
     * @return the viewer
     */
    public TableViewer getViewer() {
        return viewer;
    }

    /**
     * The filter field, for tests.
     *
     * @return the filter text
     */
    public Text getFilterText() {
        return filter;
    }

    /**
     * The Delete Annotation action of the context menu and the Delete key, for tests.
     *
     * @return the action
     */
    public IAction getDeleteAction() {
        return deleteAction;
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
