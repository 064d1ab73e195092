package org.provlens.energy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.ComponentEnergy;
import org.provlens.energy.core.EnergyFormat;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.PerUnit;
import org.provlens.energy.core.SiteAssumption;
import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.UiThread;
import org.provlens.ui.navigator.ActivityGroup;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The Energy view: the energy and carbon of the selection (a campaign, runs, tasks, a group of tasks in the
 * navigator; the whole workspace until something is selected), from the {@link org.provlens.energy.core.EnergyProvider}
 * in a job. It shows IT energy by component with its method and bounds, the facility energy and emissions, the
 * breakdown by level with each level's activities (data bars: the parts by component, modelled parts hatched), the
 * tasks of largest own energy, and the assumptions with their sources and the warnings.
 */
public class EnergyView extends ViewPart {

    /** The view id. */
    public static final String ID = EnergyUi.ENERGY_VIEW_ID;

    private Label scopeLabel;
    private Label summary;
    private Canvas bars;
    private Label legend;
    private TreeViewer tree;
    private TableViewer top;
    private Text notes;
    private Label status;
    private Font bold;
    /** The selection whose energy is shown; empty for the whole workspace. Display thread only. */
    private List<EObject> scope = List.of();
    private String scopeName = "the workspace";
    private volatile EnergyBreakdown shown;
    private volatile Job job;

    private final ISelectionListener follower = (IWorkbenchPart part, org.eclipse.jface.viewers.ISelection chosen) -> {
        if (part == this || !(chosen instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object element : structured.toList()) {
            if (element instanceof Task || element instanceof Workflow || element instanceof Campaign) {
                elements.add((EObject) element);
            } else if (element instanceof ActivityGroup group) {
                elements.addAll(group.tasks());
            }
        }
        if (!elements.isEmpty() && !elements.equals(scope)) {
            show(elements, describe(structured.toList(), elements));
        }
    };

    private final WorkspaceService.Listener workspaceListener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            cancel();
            UiThread.later(tree.getControl(), () -> status.setText("The workspace is changing…"));
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(tree.getControl(), () -> {
                if (!scope.isEmpty() && !(scope.get(0).eResource() != null || scope.get(0).eContainer() != null)) {
                    scope = List.of(); // the selection left with the workspace it was of
                    scopeName = "the workspace";
                }
                compute();
            });
        }
    };

    private final IEclipsePreferences.IPreferenceChangeListener preferences = event -> UiThread.later(
            tree.getControl(), this::compute);

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 3).applyTo(parent);
        scopeLabel = new Label(parent, SWT.NONE);
        FontData[] data = scopeLabel.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(parent.getDisplay(), data);
        scopeLabel.setFont(bold);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scopeLabel);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        bars = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 30).applyTo(bars);
        bars.addListener(SWT.Paint, this::paintBars);
        legend = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(legend);

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        // MULTI: focusing the tree (the view's focus) does not select its first row, as it does in GTK otherwise.
        tree = new TreeViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return ((EnergyBreakdown.Row) element).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((EnergyBreakdown.Row) element).children().isEmpty();
            }
        });
        breakdownColumns();
        SashForm lower = new SashForm(sash, SWT.HORIZONTAL);
        top = new TableViewer(lower, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        top.getTable().setHeaderVisible(true);
        top.getTable().setLinesVisible(true);
        top.setContentProvider(ArrayContentProvider.getInstance());
        topColumns();
        notes = new Text(lower, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        lower.setWeights(64, 36);
        sash.setWeights(62, 38);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        Action whole = new Action("Whole Workspace") {
            @Override
            public void run() {
                show(List.of(), "the workspace");
            }
        };
        whole.setToolTipText("Show the energy of the whole workspace, not of the selection");
        whole.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
                ISharedImages.IMG_ETOOL_HOME_NAV));
        getViewSite().getActionBars().getToolBarManager().add(whole);

        getSite().getPage().addSelectionListener(follower);
        WorkspaceService.getDefault().addListener(workspaceListener);
        EnergyPreferences.node().addPreferenceChangeListener(preferences);
        // What is selected when the view opens, else the whole workspace.
        follower.selectionChanged(null, getSite().getPage().getSelection());
        if (shown == null && job == null) {
            compute();
        }
    }

    // ---------------------------------------------------------------------------------------------- columns

    private void breakdownColumns() {
        column(tree, "Level / activity", 190, r -> r.label(), null);
        column(tree, "Tasks", 65, r -> String.format(Locale.ROOT, "%,d", r.group().tasks()), null);
        column(tree, "IT energy", 90, r -> EnergyFormat.energy(r.group().joules()), "Inclusive of the tasks' children");
        barColumn(new TreeViewerColumn(tree, SWT.NONE), "Share of the total", 150,
                row -> ((EnergyBreakdown.Row) row).group());
        column(tree, "Own", 85, r -> EnergyFormat.energy(r.group().exclusiveJoules()), "Less its children's: what no"
                + " task below it accounts for");
        column(tree, "Facility", 85, r -> EnergyFormat.energy(r.group().facilityJoules()), "IT energy × PUE");
        column(tree, "CO2e", 80, r -> EnergyFormat.mass(r.group().co2eGrams()), "Facility energy × the grid's"
                + " intensity when it ran");
        for (Component component : Component.values()) {
            column(tree, component.key().toUpperCase(Locale.ROOT), 85, r -> energy(r.group().component(component)),
                    null);
        }
        column(tree, "Methods (GPU / CPU / RAM / other)", 265, r -> methods(r.group()), "How each component was"
                + " obtained: measured (energy counters), integrated (power samples), modelled, none");
        column(tree, "Bounds", 150, r -> bounds(r.group()), "The least and most the IT energy can be");
    }

    private static String energy(ComponentEnergy energy) {
        return Double.isNaN(energy.joules()) ? "no data" : EnergyFormat.energy(energy.joules());
    }

    private static String methods(EnergyGroup group) {
        List<String> methods = new ArrayList<>();
        for (Component component : Component.values()) {
            methods.add(group.component(component).method().key());
        }
        return String.join(" / ", methods);
    }

    private void topColumns() {
        TableViewerColumn name = new TableViewerColumn(top, SWT.NONE);
        name.getColumn().setText("Top consumers (own energy)");
        name.getColumn().setWidth(260);
        name.setLabelProvider(text(e -> ((EnergyGroup) e).key()));
        TableViewerColumn activity = new TableViewerColumn(top, SWT.NONE);
        activity.getColumn().setText("Activity");
        activity.getColumn().setWidth(150);
        activity.setLabelProvider(text(e -> ((EnergyGroup) e).label()));
        TableViewerColumn own = new TableViewerColumn(top, SWT.NONE);
        own.getColumn().setText("Own");
        own.getColumn().setWidth(85);
        own.setLabelProvider(text(e -> EnergyFormat.energy(((EnergyGroup) e).exclusiveJoules())));
        barColumn(new TableViewerColumn(top, SWT.NONE), "", 110, e -> (EnergyGroup) e);
        TableViewerColumn inclusive = new TableViewerColumn(top, SWT.NONE);
        inclusive.getColumn().setText("With children");
        inclusive.getColumn().setWidth(100);
        inclusive.setLabelProvider(text(e -> EnergyFormat.energy(((EnergyGroup) e).joules())));
        TableViewerColumn methods = new TableViewerColumn(top, SWT.NONE);
        methods.getColumn().setText("Methods");
        methods.getColumn().setWidth(260);
        methods.setLabelProvider(text(e -> methods((EnergyGroup) e)));
    }

    private static ColumnLabelProvider text(java.util.function.Function<Object, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        };
    }

    private static void column(TreeViewer viewer, String title, int width,
            java.util.function.Function<EnergyBreakdown.Row, String> text, String tooltip) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setToolTipText(tooltip);
        column.getColumn().setAlignment(title.equals("Level / activity") || title.startsWith("Methods") ? SWT.LEFT
                : SWT.RIGHT);
        column.setLabelProvider(text(e -> text.apply((EnergyBreakdown.Row) e)));
    }

    /** A column of data bars: the group's IT energy over the largest of its viewer, by component. */
    private void barColumn(ViewerColumn column, String title, int width,
            java.util.function.Function<Object, EnergyGroup> group) {
        if (column instanceof TreeViewerColumn c) {
            c.getColumn().setText(title);
            c.getColumn().setWidth(width);
        } else if (column instanceof TableViewerColumn c) {
            c.getColumn().setText(title);
            c.getColumn().setWidth(width);
        }
        ColumnViewer viewer = column.getViewer();
        column.setLabelProvider(new OwnerDrawLabelProvider() {
            @Override
            protected void measure(Event event, Object element) {
                // The row height of the text columns.
            }

            @Override
            protected void paint(Event event, Object element) {
                EnergyBreakdown breakdown = shown;
                if (breakdown == null) {
                    return;
                }
                EnergyGroup g = group.apply(element);
                Rectangle cell = event.item instanceof org.eclipse.swt.widgets.TreeItem item ? item.getBounds(event.index)
                        : ((org.eclipse.swt.widgets.TableItem) event.item).getBounds(event.index);
                if (viewer == tree) {
                    EnergyBars.draw(event.gc, cell, g, breakdown.total().joules());
                } else {
                    // The top consumers' bars: their own energy, against the largest.
                    List<EnergyGroup> consumers = breakdown.byLevel().top();
                    EnergyBars.single(event.gc, cell, g.exclusiveJoules(), consumers.isEmpty() ? Double.NaN
                            : consumers.get(0).exclusiveJoules());
                }
            }
        });
    }

    private static String part(ComponentEnergy energy) {
        return Double.isNaN(energy.joules()) ? "no data" : EnergyFormat.energy(energy.joules()) + " · "
                + energy.method().key();
    }

    private static String bounds(EnergyGroup group) {
        return Double.isNaN(group.lowerJoules()) ? "" : EnergyFormat.energy(group.lowerJoules()) + " – "
                + EnergyFormat.energy(group.upperJoules());
    }

    // ---------------------------------------------------------------------------------------------- computing

    private static String describe(List<?> selected, List<EObject> elements) {
        if (selected.size() == 1) {
            Object one = selected.get(0);
            if (one instanceof ActivityGroup group) {
                return group.tasks().size() + " " + group.activity() + " tasks";
            }
            if (one instanceof Task task) {
                return "task " + task.getId() + (task.getActivity() == null ? "" : " (" + task.getActivity() + ")");
            }
            if (one instanceof Workflow workflow) {
                return "run " + (workflow.getName() != null && !workflow.getName().isEmpty() ? workflow.getName()
                        : workflow.getId());
            }
            if (one instanceof Campaign campaign) {
                return "campaign " + campaign.getId();
            }
        }
        return elements.size() + " selected executions";
    }

    /**
     * Shows the energy of some executions, as a selection elsewhere does.
     *
     * @param elements campaigns, runs and tasks; empty for the whole workspace
     * @param name how to name them
     */
    public void show(List<EObject> elements, String name) {
        scope = List.copyOf(elements);
        scopeName = name;
        compute();
    }

    private void cancel() {
        Job running = job;
        if (running != null) {
            running.cancel();
        }
    }

    /** Computes the breakdown of the scope in a job (the ledger is shared and kept), then shows it. */
    private void compute() {
        cancel();
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        List<EObject> asked = scope;
        String name = scopeName;
        status.setText("Computing the energy of " + name + "…");
        Job computation = new Job("Energy of " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                long start = System.nanoTime();
                EnergyBreakdown breakdown;
                try {
                    breakdown = WorkspaceService.getDefault().session().read(ws -> {
                        EnergyLedger ledger = EnergyUi.columns().ledger(ws);
                        return EnergyBreakdown.of(ws, ledger, asked, name, monitor);
                    });
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                    UiThread.later(tree.getControl(), () -> status.setText("The energy could not be computed: "
                            + message));
                    return new Status(IStatus.ERROR, EnergyUi.PLUGIN_ID, "The energy of " + name
                            + " could not be computed", e);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                UiThread.later(tree.getControl(), () -> {
                    if (WorkspaceService.getDefault().getWorkspace() == workspace && scope == asked) {
                        display(breakdown, millis);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == EnergyView.this;
            }
        };
        computation.setRule(WorkspaceService.getDefault().modelRule());
        computation.setSystem(true);
        job = computation;
        computation.schedule();
    }

    // ---------------------------------------------------------------------------------------------- showing

    private void display(EnergyBreakdown breakdown, long millis) {
        shown = breakdown;
        EnergyGroup total = breakdown.total();
        scopeLabel.setText("Energy of " + breakdown.scope() + String.format(Locale.ROOT, " — %,d tasks",
                total.tasks()));
        setContentDescription("");
        if (Double.isNaN(total.joules())) {
            summary.setText("No energy data: no telemetry, no estimate, no hardware known to model from (never"
                    + " shown as 0 J).");
        } else {
            List<SiteAssumption> sites = breakdown.byLevel().sites();
            String pue = sites.size() == 1 ? " at PUE " + EnergyFormat.figure(sites.get(0).pue()) : "";
            summary.setText("IT " + EnergyFormat.energy(total.joules()) + " (between "
                    + EnergyFormat.energy(total.lowerJoules()) + " and " + EnergyFormat.energy(total.upperJoules())
                    + ")  ·  facility " + EnergyFormat.energy(total.facilityJoules()) + pue + "  ·  "
                    + EnergyFormat.carbon(total.co2eGrams()) + perUnit(total));
        }
        StringBuilder parts = new StringBuilder();
        for (Component component : Component.values()) {
            ComponentEnergy energy = total.component(component);
            parts.append(component.key().toUpperCase(Locale.ROOT)).append(' ').append(part(energy)).append("     ");
        }
        legend.setText(parts.toString().strip() + "     (hatched: modelled; lower bar: IT energy, grey: the"
                + " facility's overhead)");
        tree.setInput(breakdown.tree());
        tree.expandAll();
        tree.getTree().deselectAll();
        top.setInput(breakdown.byLevel().top());
        notes.setText(notes(breakdown));
        bars.redraw();
        status.setText(String.format(Locale.ROOT, "Computed in %,d ms", millis));
        summary.getParent().layout(true, true);
    }

    private static String perUnit(EnergyGroup total) {
        StringBuilder text = new StringBuilder();
        for (PerUnit unit : total.perUnit()) {
            text.append("  ·  ").append(EnergyFormat.energy(unit.joules())).append(" per ").append(unit.unit());
        }
        return text.toString();
    }

    private static String notes(EnergyBreakdown breakdown) {
        StringBuilder text = new StringBuilder("Assumptions\n");
        for (SiteAssumption site : breakdown.byLevel().sites()) {
            text.append("• ").append(site.name()).append(": PUE ").append(EnergyFormat.figure(site.pue()))
                    .append(" (").append(site.pueSource()).append("); intensity ")
                    .append(Double.isNaN(site.intensity()) ? "" : EnergyFormat.figure(site.intensity())
                            + " gCO2e/kWh ")
                    .append("(").append(site.intensitySource()).append(")\n");
        }
        text.append("• Devices: ").append(breakdown.byLevel().assumptions().devices().source()).append('\n');
        List<String> warnings = new ArrayList<>(EnergyPreferences.problems());
        warnings.addAll(breakdown.byLevel().warnings());
        if (!warnings.isEmpty()) {
            text.append("\nWarnings (about the whole workspace)\n");
            warnings.forEach(w -> text.append("• ").append(w).append('\n'));
        }
        return text.toString();
    }

    private void paintBars(Event event) {
        EnergyBreakdown breakdown = shown;
        if (breakdown == null) {
            return;
        }
        Rectangle area = bars.getClientArea();
        int half = (area.height - 4) / 2;
        event.gc.setForeground(bars.getForeground());
        EnergyBars.components(event.gc, new Rectangle(area.x + 1, area.y + 1, area.width - 2, half), breakdown
                .total());
        EnergyBars.facility(event.gc, new Rectangle(area.x + 1, area.y + half + 3, area.width - 2, half), breakdown
                .total());
    }

    // ---------------------------------------------------------------------------------------------- for tests

    /**
     * What the view shows, for tests.
     *
     * @return the breakdown shown, {@code null} before the first
     */
    public EnergyBreakdown getShown() {
        return shown;
    }

    /**
     * The figures shown in the summary line, for tests.
     *
     * @return the summary's text
     */
    public String getSummary() {
        return summary.getText();
    }

    /**
     * The breakdown tree, for tests.
     *
     * @return the tree viewer
     */
    public TreeViewer getTree() {
        return tree;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        cancel();
        getSite().getPage().removeSelectionListener(follower);
        WorkspaceService.getDefault().removeListener(workspaceListener);
        EnergyPreferences.node().removePreferenceChangeListener(preferences);
        if (bold != null) {
            bold.dispose();
        }
        super.dispose();
    }
}
