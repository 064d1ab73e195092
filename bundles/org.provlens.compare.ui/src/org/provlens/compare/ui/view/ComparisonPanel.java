package org.provlens.compare.ui.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.Better;
import org.provlens.compare.core.ComparedRun;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.Overlay;
import org.provlens.model.Execution;

/**
 * The body of the comparison editor: the baseline, the run order, what the cells show and the step of the
 * {@code at_step} outcomes above four tabs: the configuration diff, the outcomes, the aligned hierarchy with its
 * lockstep drill-down, and the charts. It knows SWT, JFace and NatTable only; whatever takes time (aligning
 * children, reading series, computing again, exporting) it asks its {@link Backend} for, which the editor runs in
 * jobs. The comparison it is given stays in the order it was computed; sorting and the baseline are a view of it.
 */
public final class ComparisonPanel {

    /** What the panel asks of its host. */
    public interface Backend {
        /**
         * Aligns the children of a node.
         *
         * @param parent the node, in the comparison's first order; {@code null} for the compared runs
         * @param baseline the baseline's index in the comparison's first order
         * @param done called in the display thread with the children (first order)
         */
        void align(AlignedNode parent, int baseline, Consumer<List<AlignedNode>> done);

        /**
         * Reads the samples of a series of every run.
         *
         * @param key the series key
         * @param done called in the display thread with them
         */
        void overlay(String key, Consumer<Overlay> done);

        /**
         * Computes the comparison again with values at another step.
         *
         * @param step the step, {@code null} for none
         */
        void atStep(Long step);

        /**
         * Exports the comparison as shown.
         *
         * @param comparison the comparison in the order shown
         * @param json JSON, else CSV
         */
        void export(Comparison comparison, boolean json);

        /**
         * Tells of the executions the user selected (runs, or the tasks of aligned children).
         *
         * @param executions the selected executions
         */
        void selected(List<Execution> executions);
    }

    private static final String AS_COMPUTED = "(as selected)";

    private final Backend backend;
    private final Composite control;
    private final Label title;
    private final Label status;
    private final RunChooser baselineChooser;
    private final Combo sortCombo;
    private final Button descendingButton;
    private final Combo modeCombo;
    private final Text stepText;
    private final CTabFolder tabs;
    private final Button showEqual;
    private final Text filter;
    private final DiffGrid configuration;
    private final DiffGrid outcomes;
    private final HierarchyTab hierarchy;
    private final ChartsTab charts;

    private Comparison base;
    private Comparison shown;
    private int[] order = new int[0];
    private String baselineId;
    private String sortKey;
    private boolean descending;
    private Mode mode = Mode.VALUES;

    /**
     * The panel.
     *
     * @param parent the parent
     * @param backend what it asks for
     */
    public ComparisonPanel(Composite parent, Backend backend) {
        this.backend = backend;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(control);
        title = new Label(control, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        // The choices wrap onto a second line when the editor is narrow.
        Composite bar = new Composite(control, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.center = true;
        wrapping.marginLeft = 0;
        wrapping.marginTop = 0;
        wrapping.spacing = 12;
        bar.setLayout(wrapping);
        baselineChooser = new RunChooser(labelled(bar, "Baseline:"), index -> {
            if (shown != null) {
                setBaseline(shown.runs().get(index).id());
            }
        });
        Composite sorting = labelled(bar, "Sort runs by:");
        sortCombo = new Combo(sorting, SWT.READ_ONLY | SWT.DROP_DOWN);
        sortCombo.setLayoutData(new GridData(240, SWT.DEFAULT));
        descendingButton = new Button(sorting, SWT.CHECK);
        descendingButton.setText("Descending");
        ((GridLayout) sorting.getLayout()).numColumns = 3;
        modeCombo = new Combo(labelled(bar, "Show:"), SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Mode m : Mode.values()) {
            modeCombo.add(m.label());
        }
        modeCombo.select(0);
        stepText = new Text(labelled(bar, "Value at step:"), SWT.BORDER | SWT.SINGLE);
        stepText.setMessage("N, Enter");
        stepText.setLayoutData(new GridData(70, SWT.DEFAULT));
        status = new Label(control, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        tabs = new CTabFolder(control, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        Composite exports = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 1).applyTo(exports);
        Button csv = new Button(exports, SWT.PUSH);
        csv.setText("Export CSV…");
        Button json = new Button(exports, SWT.PUSH);
        json.setText("Export JSON…");
        tabs.setTopRight(exports);
        Composite configurationPage = page(tabs, "Configuration");
        Composite configurationBar = new Composite(configurationPage, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(configurationBar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(configurationBar);
        showEqual = new Button(configurationBar, SWT.CHECK);
        showEqual.setText("Show equal values");
        filter = new Text(configurationBar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter keys");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        configuration = grid(configurationPage, 300, false);
        outcomes = grid(page(tabs, "Outcomes"), 340, true);
        hierarchy = new HierarchyTab(page(tabs, "Hierarchy"),
                (node, done) -> backend.align(node, base.baseline(), done), backend::selected);
        CTabItem chartsItem = new CTabItem(tabs, SWT.NONE);
        chartsItem.setText("Charts");
        charts = new ChartsTab(tabs, backend::overlay);
        chartsItem.setControl(charts.control());
        tabs.setSelection(0);

        sortCombo.addListener(SWT.Selection, e -> sortBy(sortCombo.getSelectionIndex() <= 0 ? null
                : shown.outcomes().get(sortCombo.getSelectionIndex() - 1).key(), descendingButton.getSelection()));
        descendingButton.addListener(SWT.Selection, e -> sortBy(sortKey, descendingButton.getSelection()));
        modeCombo.addListener(SWT.Selection, e -> setMode(Mode.values()[modeCombo.getSelectionIndex()]));
        stepText.addListener(SWT.DefaultSelection, e -> {
            String text = stepText.getText().strip();
            try {
                backend.atStep(text.isEmpty() ? null : Long.parseLong(text));
            } catch (NumberFormatException notAStep) {
                setStatus("'" + text + "' is not a step: give a whole number, or nothing for none");
            }
        });
        csv.addListener(SWT.Selection, e -> export(false));
        json.addListener(SWT.Selection, e -> export(true));
        showEqual.addListener(SWT.Selection, e -> showConfiguration());
        filter.addListener(SWT.Modify, e -> showConfiguration());
        outcomes.onRowHeaderClick(row -> {
            if (row > 0) {
                String key = shown.outcomes().get(row - 1).key();
                // The first click puts the best first; a second turns the order round.
                boolean firstDescending = shown.outcomes().get(row - 1).better() == Better.HIGHER;
                sortBy(key, key.equals(sortKey) ? !descending : firstDescending);
            }
        });
        configuration.onSelection(() -> selectRuns(configuration));
        outcomes.onSelection(() -> selectRuns(outcomes));
        setMessage("Comparing…");
    }

    /** A label and, to be added by the caller, its control, kept together when the bar wraps. */
    private static Composite labelled(Composite bar, String caption) {
        Composite pair = new Composite(bar, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(pair);
        new Label(pair, SWT.NONE).setText(caption);
        return pair;
    }

    private static Composite page(CTabFolder tabs, String name) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(name);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(page);
        item.setControl(page);
        return page;
    }

    private static DiffGrid grid(Composite parent, int rowHeaderWidth, boolean numeric) {
        DiffGrid grid = new DiffGrid(parent, rowHeaderWidth, 150, numeric);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.table());
        return grid;
    }

    /**
     * The panel's control.
     *
     * @return the composite
     */
    public Control control() {
        return control;
    }

    /**
     * Shows a comparison. The baseline, order and drill-down the user chose are kept when the runs are the same.
     *
     * @param comparison the comparison, in the order it was computed
     * @param summary a line about it (how long it took, what is still being computed)
     */
    public void setComparison(Comparison comparison, String summary) {
        boolean sameRuns = base != null && base.runs().stream().map(ComparedRun::id).toList()
                .equals(comparison.runs().stream().map(ComparedRun::id).toList());
        base = comparison;
        hierarchy.setComparison(comparison, sameRuns);
        if (!sameRuns || baselineId == null) {
            baselineId = comparison.runs().get(comparison.baseline()).id();
        }
        if (sortKey != null && comparison.outcome(sortKey) == null) {
            sortKey = null;
        }
        title.setText("Comparing " + comparison.runs().size() + " " + (comparison.runs().stream()
                .allMatch(r -> r.kind().equals("task")) ? "tasks" : "runs"));
        setStatus(summary);
        fitColumns(comparison);
        refresh();
        charts.setComparison(shown, order, sameRuns);
        String step = comparison.atStep() == null ? "" : comparison.atStep().toString();
        if (!stepText.getText().strip().equals(step)) {
            stepText.setText(step);
        }
        control.layout(true, true);
    }

    /** Run columns as wide as the longest run name needs, within reason. */
    private void fitColumns(Comparison comparison) {
        GC gc = new GC(control);
        int widest = 0;
        for (ComparedRun run : comparison.runs()) {
            widest = Math.max(widest, gc.textExtent("★ " + run.name()).x);
        }
        gc.dispose();
        int width = Math.max(110, Math.min(280, widest + 24));
        configuration.setColumnWidth(width);
        outcomes.setColumnWidth(width);
        hierarchy.grid().setColumnWidth(width);
    }

    /**
     * Shows a message instead of a comparison (while one is computed, when it failed, while the workspace changes),
     * dropping every reference to the model.
     *
     * @param message the message
     */
    public void setMessage(String message) {
        base = null;
        shown = null;
        hierarchy.clear();
        title.setText(message);
        setStatus("");
        configuration.setModel(null);
        outcomes.setModel(null);
        charts.setComparison(null, new int[0], false);
        control.layout(true, true);
    }

    /**
     * Shows a line about the comparison.
     *
     * @param text the line
     */
    public void setStatus(String text) {
        status.setText(text == null ? "" : text);
    }

    /**
     * Sorts the runs by an outcome.
     *
     * @param key the outcome key, {@code null} for the order they were selected in
     * @param largestFirst whether the largest value comes first
     */
    public void sortBy(String key, boolean largestFirst) {
        sortKey = key;
        descending = largestFirst;
        refresh();
        charts.setComparison(shown, order, true);
    }

    /**
     * Chooses what the outcome cells show.
     *
     * @param shownAs the mode
     */
    public void setMode(Mode shownAs) {
        mode = shownAs;
        modeCombo.select(shownAs.ordinal());
        showOutcomes();
        showHierarchy();
    }

    /**
     * Takes another run as baseline.
     *
     * @param id the run's id
     */
    public void setBaseline(String id) {
        baselineId = id;
        refresh();
        charts.setComparison(shown, order, true);
    }

    /** Applies the order and baseline to the comparison and shows every grid again. */
    private void refresh() {
        if (base == null) {
            return;
        }
        int n = base.runs().size();
        int baselineFirst = 0;
        for (int i = 0; i < n; i++) {
            if (base.runs().get(i).id().equals(baselineId)) {
                baselineFirst = i;
            }
        }
        if (sortKey == null) {
            order = new int[n];
            java.util.Arrays.setAll(order, i -> i);
        } else {
            order = base.order(sortKey, descending);
        }
        shown = base.reordered(order, baselineFirst);
        // Whole item arrays, and only when they change: a combo filled item by item takes seconds at 1,000 runs.
        baselineChooser.set(shown.runs().stream().map(ComparedRun::name).toList(), shown.baseline());
        List<String> sortItems = new java.util.ArrayList<>();
        sortItems.add(AS_COMPUTED);
        shown.outcomes().forEach(row -> sortItems.add(row.key()));
        setItems(sortCombo, sortItems.toArray(String[]::new));
        sortCombo.select(sortKey == null ? 0 : sortItems.indexOf(sortKey));
        descendingButton.setSelection(descending);
        showConfiguration();
        showOutcomes();
        showHierarchy();
    }

    private static void setItems(Combo combo, String[] items) {
        if (!java.util.Arrays.equals(combo.getItems(), items)) {
            combo.setItems(items);
        }
    }

    private void showConfiguration() {
        if (shown == null) {
            return;
        }
        long differing = shown.parameters().stream().filter(r -> r.differs()).count();
        showEqual.setText("Show equal values (" + (shown.parameters().size() - differing) + ")");
        showEqual.getParent().layout();
        configuration.setModel(GridModels.configuration(shown, showEqual.getSelection(), filter.getText()));
    }

    private void showOutcomes() {
        if (shown != null) {
            outcomes.setModel(GridModels.outcomes(shown, mode, sortKey, descending));
        }
    }

    private void showHierarchy() {
        if (shown != null) {
            hierarchy.show(shown, order, mode);
        }
    }

    /**
     * Drills down into an aligned node in every run at once.
     *
     * @param node the node, as shown
     */
    public void drillDown(AlignedNode node) {
        hierarchy.drillDown(node);
    }

    /** Goes back up one level of the aligned hierarchy. */
    public void up() {
        hierarchy.up();
    }

    private void selectRuns(DiffGrid grid) {
        if (shown == null) {
            return;
        }
        Set<Execution> selected = new LinkedHashSet<>();
        for (int[] cell : grid.selectedCells()) {
            selected.add(shown.runs().get(cell[1]).execution());
        }
        backend.selected(List.copyOf(selected));
    }

    private void export(boolean json) {
        if (shown != null) {
            backend.export(shown, json);
        }
    }

    /**
     * Lists the configuration values that are equal in every run too, or only those that differ.
     *
     * @param equal whether to list the equal ones
     */
    public void showEqualValues(boolean equal) {
        showEqual.setSelection(equal);
        showConfiguration();
    }

    /**
     * Shows a tab.
     *
     * @param index 0 configuration, 1 outcomes, 2 hierarchy, 3 charts
     */
    public void showTab(int index) {
        tabs.setSelection(index);
    }

    /**
     * Chooses the series of the charts.
     *
     * @param key the series key
     * @return whether the runs have it
     */
    public boolean chooseSeries(String key) {
        return charts.choose(key);
    }

    /**
     * The comparison as shown (sorted, against the chosen baseline), for tests.
     *
     * @return it, {@code null} without one
     */
    public Comparison shown() {
        return shown;
    }

    /**
     * The aligned children shown, for tests.
     *
     * @return the nodes of the current level, in the shown order
     */
    public List<AlignedNode> level() {
        return hierarchy.level();
    }

    /**
     * The configuration grid, for tests and the benchmark.
     *
     * @return the grid
     */
    public DiffGrid configurationGrid() {
        return configuration;
    }

    /**
     * The outcomes grid, for tests and the benchmark.
     *
     * @return the grid
     */
    public DiffGrid outcomesGrid() {
        return outcomes;
    }

    /**
     * The hierarchy grid, for tests and the benchmark.
     *
     * @return the grid
     */
    public DiffGrid hierarchyGrid() {
        return hierarchy.grid();
    }

    /**
     * The overlay chart, for tests and the benchmark.
     *
     * @return the chart
     */
    public PlotCanvas overlay() {
        return charts.overlay();
    }

    /**
     * The small multiples, for tests and the benchmark.
     *
     * @return the panels
     */
    public SmallMultiples smallMultiples() {
        return charts.multiples();
    }
}
