package org.provlens.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.TextMeasure;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.ui.DiagramUi;
import org.provlens.diagram.ui.canvas.DiagramCanvas;
import org.provlens.diagram.ui.edit.DiagramEdits;
import org.provlens.diagram.ui.edit.DiagramSession;
import org.provlens.model.Workspace;
import org.provlens.ui.UiThread;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * A diagram of the open workspace: a shipped description opened on the workspace or an element, drawn on a
 * {@link DiagramCanvas}. The provider synchronizes and lays out in a job under the workspace's model rule; the
 * canvas is updated in the display thread. The selection is the selected nodes' elements, in the workbench
 * selection, and the selection of other parts selects the nodes that show their elements. What the user changes
 * is the diagram's state, saved beside the workspace; every change is undoable.
 */
public class DiagramEditor extends org.provlens.ui.ProvenanceEditorPart {

    /** The editor's id. */
    public static final String ID = DiagramUi.EDITOR_ID;

    private final DiagramProvider provider = new DiagramProvider();
    private final DiagramEditorSelection selection = new DiagramEditorSelection();
    private DiagramDescription description;
    private DiagramSession session;
    private DiagramState state;
    private DiagramEdits edits;
    private DiagramCanvas canvas;
    private DiagramToolbar toolbar;
    private Label status;
    private Text find;
    private TextMeasure measure;
    private UndoRedoActionGroup undoRedo;
    private Job job;
    private int generation;
    private int shownGeneration;
    private boolean shown;
    private boolean arrangeNext;
    private String anchorId;
    private Point anchorScreen;
    private boolean following;
    private int matchIndex;

    private final Consumer<DiagramState> stateListener = changed -> {
        if (changed == state) {
            refresh();
        }
    };

    private final WorkspaceService.Listener workspaceListener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            UiThread.later(canvas, () -> status.setText("Importing…"));
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(canvas, () -> {
                bindSession();
                refresh();
            });
        }
    };

    /** Follows the selection of other parts: views never call each other. */
    private final ISelectionListener follower = (part, chosen) -> {
        if (part == this || canvas == null || canvas.getView() == null
                || !(chosen instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object element : structured.toList()) {
            if (element instanceof org.eclipse.emf.ecore.EObject e) {
                ViewNode node = canvas.getView().nodeShowing(e);
                if (node != null) {
                    ids.add(node.id());
                }
            }
        }
        if (!ids.isEmpty()) {
            following = true;
            try {
                canvas.select(ids);
                canvas.reveal(canvas.getView().node(ids.iterator().next()));
                selection.set(canvas.getSelection(), false);
            } finally {
                following = false;
            }
        }
    };

    /**
     * Opens (or brings to front) a diagram.
     *
     * @param page the workbench page
     * @param description the shipped description's name
     * @param rootId the element to open it on, {@code null} for the whole workspace
     * @param rootLabel what the element is called, for the title
     * @return the editor, {@code null} when it could not be opened (the reason is logged)
     */
    public static DiagramEditor open(IWorkbenchPage page, String description, String rootId, String rootLabel) {
        IEditorPart part = open(page, new DiagramEditorInput(description, rootId, rootLabel), ID,
                DiagramEditor.class);
        return part instanceof DiagramEditor editor ? editor : null;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        init(site, input, DiagramEditorInput.class, "The diagram editor opens diagrams");
        description = DiagramDescriptions.get(((DiagramEditorInput) input).getDescription());
    }

    @Override
    public DiagramEditorInput getEditorInput() {
        return (DiagramEditorInput) super.getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        canvas = new DiagramCanvas(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        measure = canvas.textMeasure();
        bindSession();
        toolbar = new DiagramToolbar(this);
        toolbar.create(bar);
        find = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        find.setMessage("Find node (Ctrl+F)");
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(find);
        find.addModifyListener(e -> find(false));
        find.addListener(SWT.DefaultSelection, e -> find(true));
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        canvas.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                find.setFocus();
                find.selectAll();
            } else if (e.keyCode == SWT.DEL) {
                hideSelection();
            }
        });
        canvas.addDiagramListener(new DiagramCanvas.Listener() {
            @Override
            public void selectionChanged(List<ViewNode> nodes) {
                if (!following) {
                    selection.set(nodes, true);
                }
            }

            @Override
            public void toggle(ViewNode node) {
                anchor(node);
                edits.toggle(canvas.getView(), node);
            }

            @Override
            public void moved(java.util.Map<ViewNode, double[]> moves) {
                edits.move(moves);
            }
        });
        getSite().setSelectionProvider(selection);
        new DiagramContextMenu(this).install(canvas);
        getSite().getPage().addSelectionListener(follower);
        WorkspaceService.getDefault().addListener(workspaceListener);
        refresh();
    }

    /** Takes the state of this diagram from the session of the open workspace (another after Open Workspace). */
    private void bindSession() {
        DiagramSession now = DiagramSession.get();
        if (now == session) {
            return;
        }
        if (session != null) {
            session.removeListener(stateListener);
        }
        session = now;
        state = session.state(description.getName(), getEditorInput().getRootId());
        edits = new DiagramEdits(session, state, description);
        session.addListener(stateListener);
    }

    /** Synchronizes and lays out again in a job, reusing the layout where nothing laid out changed. */
    void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        int mine = ++generation;
        UserState snapshot = UserState.of(state);
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        DiagramView previous = arrangeNext ? null : canvas.getView();
        arrangeNext = false;
        DiagramEditorInput input = getEditorInput();
        DiagramQuery query = new DiagramQuery(workspace, description, input.getRootId(), state.getDepth(), snapshot,
                DiagramQuery.Layout.ELK, measure, previous);
        job = Job.create("Laying out " + getPartName(), monitor -> {
            ProviderResponse<DiagramView> response = provider.fetch(query, monitor);
            UiThread.later(canvas, () -> {
                if (mine == generation) {
                    shownGeneration = mine;
                    show(response);
                }
            });
            return Status.OK_STATUS;
        });
        job.setRule(WorkspaceService.getDefault().modelRule());
        job.setSystem(true);
        job.schedule();
    }

    private void show(ProviderResponse<DiagramView> response) {
        if (!response.isCompleted()) {
            if (response.model() == null) {
                status.setText(response.message());
                status.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                if (canvas.getView() == null) {
                    canvas.setView(new DiagramView(description.getName(), List.of(), List.of(), java.util.Map.of(), 0,
                            response.message(), false, null), false);
                }
            }
            return;
        }
        DiagramView view = response.model();
        canvas.setView(view, !shown);
        shown = true;
        restoreAnchor(view);
        status.setForeground(null);
        String text = String.format(Locale.ROOT, "%,d nodes, %,d edges", view.nodes().size(), view.edges().size());
        int hidden = edits.hiddenCount();
        if (hidden > 0) {
            text += String.format(Locale.ROOT, ", %,d hidden", hidden);
        }
        status.setText(view.note().isEmpty() ? text : text + ": " + view.note());
        status.setToolTipText(String.format(Locale.ROOT, "%,d elements mapped; synchronized and laid out in %,d ms",
                view.mappedElements(), response.elapsed().toMillis()));
        status.getParent().layout();
        selection.set(canvas.getSelection(), false);
        if (!find.getText().isEmpty()) {
            find(false);
        }
    }

    /** Remembers where a node is on the screen, so that expanding it does not move it away from the pointer. */
    private void anchor(ViewNode node) {
        if (canvas.isFitting()) {
            return; // the whole diagram stays in view instead
        }
        anchorId = node.role() == ViewNode.Role.MORE ? node.parent() : node.id();
        anchorScreen = canvas.toScreen(node.x(), node.y());
    }

    private void restoreAnchor(DiagramView view) {
        if (anchorId == null) {
            return;
        }
        ViewNode node = view.node(anchorId);
        if (node != null) {
            Point now = canvas.toScreen(node.x(), node.y());
            var vp = canvas.getViewport();
            canvas.setViewport(new org.provlens.diagram.ui.canvas.DiagramPainter.Viewport(vp.zoom(),
                    vp.x() + (now.x - anchorScreen.x) / vp.zoom(), vp.y() + (now.y - anchorScreen.y) / vp.zoom()));
        }
        anchorId = null;
    }

    /** Marks the nodes whose label or id contains the text, and those of groups holding a matching element. */
    private void find(boolean next) {
        DiagramView view = canvas.getView();
        String text = find.getText().strip().toLowerCase(Locale.ROOT);
        if (view == null || text.isEmpty()) {
            canvas.setMatches(Set.of());
            return;
        }
        List<ViewNode> matches = new ArrayList<>();
        for (ViewNode node : view.nodes()) {
            if (node.label().toLowerCase(Locale.ROOT).contains(text) || node.id().toLowerCase(Locale.ROOT).contains(text)
                    || node.role() == ViewNode.Role.GROUP && node.elements().stream().anyMatch(e -> matches(e, text))) {
                matches.add(node);
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        matches.forEach(n -> ids.add(n.id()));
        canvas.setMatches(ids);
        status.setText(matches.isEmpty() ? "No node matches '" + find.getText().strip() + "'"
                : String.format(Locale.ROOT, "%,d nodes match", matches.size()));
        if (next && !matches.isEmpty()) {
            ViewNode node = matches.get(matchIndex++ % matches.size());
            canvas.select(List.of(node.id()));
            canvas.reveal(node);
            selection.set(canvas.getSelection(), true);
        }
    }

    private static boolean matches(org.eclipse.emf.ecore.EObject element, String text) {
        if (element instanceof org.provlens.model.ProvElement p) {
            return p.getId() != null && p.getId().toLowerCase(Locale.ROOT).contains(text)
                    || p.getName() != null && p.getName().toLowerCase(Locale.ROOT).contains(text);
        }
        return false;
    }

    void hideSelection() {
        List<ViewNode> nodes = canvas.getSelection();
        if (!nodes.isEmpty()) {
            edits.hide(nodes);
        }
    }

    /** Arranges all again: moved nodes go back to the layout's places, pinned ones stay. */
    void arrange() {
        arrangeNext = true;
        edits.arrange();
    }

    /**
     * Puts Undo and Redo of the workbench's edits on the shared action bars.
     *
     * @param bars the editor's action bars
     */
    public void fillActionBars(IActionBars bars) {
        if (undoRedo == null) {
            undoRedo = new UndoRedoActionGroup(getSite(),
                    PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true);
        }
        undoRedo.fillActionBars(bars);
    }

    /**
     * The canvas, for tests and the toolbar.
     *
     * @return the canvas
     */
    public DiagramCanvas getCanvas() {
        return canvas;
    }

    /**
     * The edits of this diagram.
     *
     * @return the edits
     */
    public DiagramEdits getEdits() {
        return edits;
    }

    /**
     * The description.
     *
     * @return the description
     */
    public DiagramDescription getDescription() {
        return description;
    }

    /**
     * The diagram's state.
     *
     * @return the state
     */
    public DiagramState getState() {
        return state;
    }

    /**
     * The status line above the canvas, for tests.
     *
     * @return its text
     */
    public String getStatusText() {
        return status.getText();
    }

    /**
     * How many layouts were asked for.
     *
     * @return the number of the last refresh
     */
    public int getGeneration() {
        return generation;
    }

    /**
     * Whether the last layout asked for is shown: tests wait for it.
     *
     * @return true when no layout is pending
     */
    public boolean isIdle() {
        return shownGeneration == generation;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(follower);
        WorkspaceService.getDefault().removeListener(workspaceListener);
        if (session != null) {
            session.removeListener(stateListener);
        }
        if (job != null) {
            job.cancel();
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }


    /**
     * Logs a failed edit.
     *
     * @param status the edit's status
     */
    static void log(IStatus status) {
        if (!status.isOK()) {
            ILog.of(DiagramEditor.class).log(status);
        }
    }
}
