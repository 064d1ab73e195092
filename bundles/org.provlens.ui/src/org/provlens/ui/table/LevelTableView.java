package org.provlens.ui.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.part.ViewPart;
import org.provlens.analysis.core.Csv;
import org.provlens.analysis.core.Filter;
import org.provlens.analysis.core.FilterException;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.Levels;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.model.util.AtomicFiles;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.UiThread;
import org.provlens.ui.workspace.WorkspaceService;
import org.provlens.model.util.Tasks;

/**
 * The Level table: every task of one level (an activity, or the children of a task) side by side, one column per
 * parameter, output, time, status, host and telemetry summary. A NatTable over {@link LevelTableModel}: only the
 * visible cells are rendered, so a million rows scroll like ten.
 *
 * <p>Click a header to sort, type a filter (Ctrl+Space completes field names), group by any column with an
 * aggregate, double-click a row (or Enter) to drill down to its children, Up (Alt+Up) to come back (the path
 * shows above the table), and "Roll up" to aggregate the level into its parents. The selected rows are the workbench selection; a task
 * selected in another view is selected here when it is on this level.</p>
 */
public class LevelTableView extends ViewPart {

    /** The view id. */
    public static final String ID = "org.provlens.ui.views.level";

    private static final String SAVED_FILTERS = "savedFilters";
    private static final String NO_GROUPING = "(no grouping)";

    private LevelTableModel model;
    private Combo levels;
    private Text filter;
    private Label message;
    private Combo saved;
    private Combo groupBy;
    private Combo aggregate;
    private NatTable table;
    private SelectionLayer selectionLayer;
    private ViewportLayer viewport;
    private RowSelectionProvider<Object> selection;
    private Map<String, Integer> activities = Map.of();
    private long lastOperationMillis = -1;
    /**
     * The model the next operation starts from: the one the last queued operation left, or the shown one. Only the
     * view's jobs (serialised by the model rule) and the display thread, when the workspace changes, set it.
     */
    private final AtomicReference<LevelTableModel> latest = new AtomicReference<>();
    /** Reads the shown columns of the level in the background; set in the display thread, cancelled from any. */
    private volatile Job prefetch;

    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            // Called in the thread that is about to change the model: the background read stops first.
            stopPrefetch(true);
            UiThread.later(table, () -> setModel(null));
        }

        @Override
        public void changed(Workspace workspace) {
            // aboutToChange (imports, opens) drops the model first; the same workspace means an edit in the
            // display thread (an annotation) that leaves the tasks as they are.
            UiThread.later(table, () -> {
                if (model == null || model.workspace() != workspace) {
                    load(workspace);
                }
            });
        }
    };

    private final ISelectionListener follower = (part, chosen) -> {
        if (part == this || model == null || !(chosen instanceof IStructuredSelection structured)) {
            return;
        }
        if (chosen instanceof org.provlens.ui.BrushedSelection brushed) {
            // A chart's brush: only the brushed runs' tasks (or none) are rows until the brush is removed.
            List<Task> restricted = brushed.cleared() ? null
                    : brushed.toList().stream().filter(Task.class::isInstance).map(Task.class::cast).toList();
            run(restricted == null ? "Showing every task" : "Showing the " + restricted.size() + " brushed runs",
                    next -> next.restrict(restricted), null);
            return;
        }
        List<Object> tasks = new ArrayList<>();
        int first = -1;
        for (Object element : structured.toList()) {
            if (element instanceof Task task) {
                int row = model.rowOf(task);
                if (row >= 0) {
                    tasks.add(task);
                    first = first < 0 ? row : first;
                }
            }
        }
        if (!tasks.isEmpty() && !tasks.equals(((IStructuredSelection) selection.getSelection()).toList())) {
            selectionLayer.clear(false);
            for (Object task : tasks) {
                selectionLayer.selectRow(0, model.rowOf((Task) task), false, true);
            }
            viewport.moveRowPositionIntoViewport(first);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(2, 2).spacing(4, 2).applyTo(parent);
        // A row that wraps: the view is often narrower than all its controls.
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        rows.marginLeft = rows.marginTop = rows.marginBottom = 0;
        rows.spacing = 4;
        bar.setLayout(rows);
        new Label(bar, SWT.NONE).setText("Level:");
        levels = new Combo(bar, SWT.READ_ONLY);
        levels.setLayoutData(new RowData(230, SWT.DEFAULT));
        levels.addListener(SWT.Selection, e -> openLevel(levelOf(levels.getText())));
        button(bar, "Up", "Back to the parent level (Alt+Up)", this::up);
        button(bar, "Roll up", "Aggregate this level into its parent tasks", () -> group("parent"));
        new Label(bar, SWT.NONE).setText("Group by:");
        groupBy = new Combo(bar, SWT.READ_ONLY);
        groupBy.setLayoutData(new RowData(160, SWT.DEFAULT));
        groupBy.addListener(SWT.Selection, e -> group(groupBy.getText()));
        aggregate = new Combo(bar, SWT.READ_ONLY);
        aggregate.setItems("mean", "sum", "max");
        aggregate.select(0);
        aggregate.addListener(SWT.Selection, e -> {
            if (model != null && model.groupBy() != null) {
                group(model.groupBy());
            }
        });
        button(bar, "Columns…", "Choose the columns to show", this::chooseColumns);
        button(bar, "Export CSV…", "Write the rows as CSV", this::exportCsv);

        Composite filterBar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 0).applyTo(filterBar);
        filter = new Text(filterBar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter, e.g. used.learning_rate >= 0.0001 and status != ERROR (Ctrl+Space completes, Enter applies)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.DefaultSelection, e -> applyFilter());
        completion();
        button(filterBar, "Save filter", "Remember this filter", this::saveFilter);
        saved = new Combo(filterBar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(saved);
        saved.addListener(SWT.Selection, e -> {
            filter.setText(saved.getText());
            applyFilter();
        });
        refreshSavedFilters();

        message = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        createTable(parent);
        getSite().getPage().addSelectionListener(follower);
        WorkspaceService.getDefault().addListener(listener);
        load(WorkspaceService.getDefault().getWorkspace());
    }

    private void createTable(Composite parent) {
        IRowDataProvider<Object> body = new IRowDataProvider<>() {
            @Override
            public Object getDataValue(int column, int row) {
                return model == null ? "" : Csv.cell(model.cell(column, row));
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                // Read-only: provenance is a record.
            }

            @Override
            public int getColumnCount() {
                return model == null ? 0 : model.columnNames().size();
            }

            @Override
            public int getRowCount() {
                return model == null ? 0 : model.rowCount();
            }

            @Override
            public Object getRowObject(int row) {
                Task task = model == null ? null : model.task(row);
                return task != null ? task : Integer.valueOf(row);
            }

            @Override
            public int indexOfRowObject(Object object) {
                return object instanceof Task task && model != null ? model.rowOf(task) : -1;
            }
        };
        IDataProvider header = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return model == null ? "" : model.columnNames().get(column);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                // Headers are column names.
            }

            @Override
            public int getColumnCount() {
                return body.getColumnCount();
            }

            @Override
            public int getRowCount() {
                return 1;
            }
        };
        DataLayer bodyData = new DataLayer(body, 110, 22);
        selectionLayer = new SelectionLayer(bodyData);
        viewport = new ViewportLayer(selectionLayer);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(header, 110, 24), viewport,
                selectionLayer);
        SortHeaderLayer<Object> sortHeader = new SortHeaderLayer<>(columnHeader, new SortModel());
        DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DataLayer(rowHeaderData, 70, 22), viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(header, rowHeaderData)),
                rowHeader, sortHeader);
        GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);
        table = new NatTable(parent, grid, false);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.configure();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        selection = new RowSelectionProvider<>(selectionLayer, body, false);
        getSite().setSelectionProvider(selection);
        table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (natTable, event) -> drillDown());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == 'c' && (e.stateMask & SWT.MOD1) != 0) {
                copySelection();
            } else if (e.keyCode == SWT.ARROW_UP && (e.stateMask & SWT.ALT) != 0) {
                up();
            } else if (e.keyCode == SWT.CR) {
                drillDown();
            }
        });
    }

    /** Sorting through the model, timed: the scale target is 200 ms for a million rows. */
    private final class SortModel implements ISortModel {
        @Override
        public List<Integer> getSortedColumnIndexes() {
            int index = sortedIndex();
            return index < 0 ? List.of() : List.of(index);
        }

        @Override
        public boolean isColumnIndexSorted(int column) {
            return column == sortedIndex();
        }

        @Override
        public SortDirectionEnum getSortDirection(int column) {
            if (column != sortedIndex()) {
                return SortDirectionEnum.NONE;
            }
            return model.descending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
        }

        @Override
        public int getSortOrder(int column) {
            return column == sortedIndex() ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<Comparator> getComparatorsForColumnIndex(int column) {
            return List.of();
        }

        @Override
        public Comparator<?> getColumnComparator(int column) {
            return null;
        }

        @Override
        public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
            if (model == null || model.groupBy() != null) {
                return;
            }
            sortBy(model.columnNames().get(column), direction == SortDirectionEnum.DESC);
        }

        @Override
        public void clear() {
            // Sorting always applies to one column; clearing keeps the last order.
        }

        private int sortedIndex() {
            return model == null || model.sortColumn() == null ? -1 : model.columnNames().indexOf(model.sortColumn());
        }
    }

    private void load(Workspace workspace) {
        LevelTableModel previous = model;
        setModel(new LevelTableModel(workspace, contributedColumns()));
        status("Reading the levels…", false);
        // Counting the tasks of every level walks them all (a second at a million): in a job, under the model rule.
        Job counting = Job.create("Reading the levels of the workspace", monitor -> {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            Map<String, Integer> byActivity = Levels.activities(workspace);
            if (!byActivity.isEmpty()) {
                counts.put(Levels.ALL, byActivity.values().stream().mapToInt(Integer::intValue).sum());
            }
            counts.putAll(byActivity);
            UiThread.later(table, () -> {
                if (model == null || model.workspace() != workspace) {
                    return; // another workspace came meanwhile
                }
                showLevels(counts, previous);
            });
        });
        counting.setSystem(true);
        counting.setRule(WorkspaceService.getDefault().modelRule());
        counting.schedule();
    }

    private void showLevels(Map<String, Integer> counts, LevelTableModel previous) {
        activities = counts;
        List<String> items = new ArrayList<>();
        counts.forEach((activity, count) -> items.add(label(activity, count)));
        levels.setItems(items.toArray(String[]::new));
        String level = previous != null && !previous.path().isEmpty() ? previous.path().get(0) : firstLevel(counts);
        if (level != null) {
            openLevel(level);
        } else {
            status("No tasks yet: import provenance (File > Import Provenance…).", false);
            table.refresh();
        }
    }

    /** The extension point through which other areas add columns to the level table (energy and carbon). */
    public static final String COLUMNS_EXTENSION_POINT = "org.provlens.ui.levelColumns";

    /**
     * The column sources contributed to {@link #COLUMNS_EXTENSION_POINT}, new ones for each workspace: a source may
     * keep what it computed for the workspace it was made for.
     */
    private static List<org.provlens.analysis.core.ColumnSource> contributedColumns() {
        List<org.provlens.analysis.core.ColumnSource> sources = new ArrayList<>();
        for (org.eclipse.core.runtime.IConfigurationElement element : org.eclipse.core.runtime.Platform
                .getExtensionRegistry().getConfigurationElementsFor(COLUMNS_EXTENSION_POINT)) {
            try {
                if (element.createExecutableExtension("class")
                        instanceof org.provlens.analysis.core.ColumnSource source) {
                    sources.add(source);
                } else {
                    ILog.of(LevelTableView.class).log(new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID, "The level"
                            + " columns of " + element.getContributor().getName() + " are not a ColumnSource"));
                }
            } catch (org.eclipse.core.runtime.CoreException e) {
                ILog.of(LevelTableView.class).log(new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID, "The level"
                        + " columns of " + element.getContributor().getName() + " could not be created", e));
            }
        }
        return sources;
    }

    private static String firstLevel(Map<String, Integer> counts) {
        if (counts.containsKey("model_train")) {
            return "model_train";
        }
        return counts.keySet().stream().filter(a -> !a.equals(Levels.NO_ACTIVITY) && !a.equals(Levels.ALL))
                .findFirst().orElse(counts.isEmpty() ? null : Levels.ALL);
    }

    private static String label(String activity, int count) {
        return activity + " (" + String.format("%,d", count) + ")";
    }

    private String levelOf(String label) {
        return activities.keySet().stream().filter(a -> label(a, activities.get(a)).equals(label)).findFirst()
                .orElse(label);
    }

    /**
     * Shows a level.
     *
     * @param level an activity, subtype or {@code children-of:<task id>}
     */
    public void openLevel(String level) {
        run("Opening " + shortLevel(level), next -> next.open(level), null);
    }

    /**
     * Sorts the rows by a column, as a click on its header does.
     *
     * @param column a column name
     * @param descending largest first
     */
    public void sortBy(String column, boolean descending) {
        if (model == null) {
            return;
        }
        run(String.format(Locale.ROOT, "Sorting %,d rows by %s", model.rowCount(), column),
                next -> next.sort(column, descending), next -> String.format(Locale.ROOT, "Sorted %,d rows by %s%s",
                        next.rowCount(), column, descending ? ", largest first" : ""));
    }

    /**
     * Filters the rows, as typing an expression and Enter does.
     *
     * @param expression a filter expression, empty for every row
     */
    public void filter(String expression) {
        filter.setText(expression);
        applyFilter();
    }

    private void drillDown() {
        Object first = ((IStructuredSelection) selection.getSelection()).getFirstElement();
        if (first instanceof Task task && model != null) {
            if (Tasks.children(task).isEmpty()) {
                status(task.getId() + " has no child tasks", false);
            } else {
                run("Opening the children of " + task.getId(), next -> next.drillDown(task), null);
            }
        }
    }

    private void up() {
        run("Going up", LevelTableModel::up, null);
    }

    private void group(String column) {
        String by = NO_GROUPING.equals(column) ? null : column;
        LevelTable.Aggregate how = LevelTable.Aggregate.parse(aggregate.getText().isEmpty() ? "mean"
                : aggregate.getText());
        run(by == null ? "Ungrouping" : "Grouping by " + by, next -> next.group(by, how), null);
    }

    private void applyFilter() {
        if (model == null || model.base() == null) {
            return;
        }
        String expression = filter.getText();
        try {
            Filter.compile(expression, model.base().columns()); // a bad expression is shown at once, in place
        } catch (FilterException e) {
            status("Filter: " + e.getMessage(), true);
            filter.setSelection(e.getPosition(), expression.length());
            return;
        }
        run(String.format(Locale.ROOT, "Filtering %,d tasks", model.base().rows().size()),
                next -> next.setFilter(expression), null);
    }

    /**
     * Runs an operation on the rows in a job, so that a level of a million tasks never blocks the workbench: the
     * operation changes a copy of the model the previous operation left, the table keeps showing the current one
     * (and says what is being computed), and the copy is shown when done. Operations run one after another, in
     * order, never during an import (the model rule); those queued before the workspace changed are dropped.
     *
     * @param label what runs, shown meanwhile
     * @param operation the change of the copy; an exception is shown as an error and changes nothing
     * @param done the status line afterwards, {@code null} for the level's summary
     */
    private void run(String label, Consumer<LevelTableModel> operation, Function<LevelTableModel, String> done) {
        LevelTableModel current = model;
        if (current == null) {
            return;
        }
        Workspace workspace = current.workspace();
        status(label + "…", false);
        Job job = new Job(label) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                LevelTableModel from = latest.get();
                if (from == null || from.workspace() != workspace) {
                    return Status.CANCEL_STATUS;
                }
                LevelTableModel next = from.copy();
                long start = System.nanoTime();
                try {
                    operation.accept(next);
                } catch (RuntimeException e) {
                    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                    UiThread.later(table, () -> status(label + ": " + message, true));
                    return Status.OK_STATUS;
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (!latest.compareAndSet(from, next)) {
                    return Status.CANCEL_STATUS; // the workspace changed meanwhile
                }
                boolean newLevel = next.base() != from.base();
                UiThread.later(table, () -> {
                    if (model != null && model.workspace() == workspace) {
                        model = next;
                        refreshAll(millis, done == null ? null : done.apply(next));
                        if (newLevel) {
                            startPrefetch(next);
                        }
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LevelTableView.this;
            }
        };
        job.setRule(WorkspaceService.getDefault().modelRule());
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    /**
     * Reads the values of the shown columns of a new level in the background, so that sorting by them only orders
     * kept keys. No rule: an import stops it before changing the model (see the listener); a sort meanwhile waits
     * for the column being read instead of reading it again.
     */
    private void startPrefetch(LevelTableModel shown) {
        stopPrefetch(false);
        Job job = new Job("Reading the columns of the level") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    shown.prefetch(monitor::isCanceled);
                } catch (RuntimeException e) {
                    if (monitor.isCanceled() || shown.workspace() != WorkspaceService.getDefault().getWorkspace()) {
                        // Stopped by an open or an import (whose store may be closed by now): nothing to report.
                        return Status.CANCEL_STATUS;
                    }
                    // Only a cache: a sort reads what it needs. Logged for the record.
                    ILog.of(LevelTableView.class).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID,
                            "Reading the level's columns ahead of sorting stopped: " + e, e));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LevelTableView.this;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        prefetch = job;
        job.schedule();
    }

    private void stopPrefetch(boolean wait) {
        Job job = prefetch;
        if (job != null) {
            job.cancel();
            if (wait) {
                try {
                    job.join(); // at most the column being read
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void refreshAll(long millis, String done) {
        lastOperationMillis = millis;
        List<String> path = model.path();
        String breadcrumb = String.join(" › ", path.stream().map(LevelTableView::shortLevel).toList());
        String current = path.isEmpty() ? "" : path.get(path.size() - 1);
        Integer count = activities.get(current);
        if (count != null) {
            levels.setText(label(current, count));
        }
        List<String> groupItems = new ArrayList<>();
        groupItems.add(NO_GROUPING);
        groupItems.addAll(model.allColumns());
        groupBy.setItems(groupItems.toArray(String[]::new));
        groupBy.setText(model.groupBy() == null ? NO_GROUPING : model.groupBy());
        table.refresh();
        String summary = done != null ? done : String.format(Locale.ROOT, "%s  —  %,d %s%s%s", breadcrumb,
                model.rowCount(), model.groupBy() != null ? "groups by " + model.groupBy() : "tasks",
                model.filter().isBlank() ? "" : " matching the filter",
                model.restriction() < 0 ? "" : " of the " + model.restriction() + " runs brushed in a chart");
        status(String.format(Locale.ROOT, "%s (%d ms)", summary, lastOperationMillis), false);
    }

    private static String shortLevel(String level) {
        return level.startsWith(Levels.CHILDREN_OF) ? "children of " + level.substring(Levels.CHILDREN_OF.length())
                : level;
    }

    private void completion() {
        ContentProposalAdapter adapter = new ContentProposalAdapter(filter, new TextContentAdapter(),
                (contents, position) -> {
                    if (model == null || model.base() == null) {
                        return new IContentProposal[0];
                    }
                    int start = position;
                    while (start > 0 && !Character.isWhitespace(contents.charAt(start - 1))
                            && contents.charAt(start - 1) != '(') {
                        start--;
                    }
                    String prefix = contents.substring(start, position);
                    return Filter.complete(contents, position, model.base().columns()).stream().limit(200)
                            .map(name -> (IContentProposal) new ContentProposal(name.substring(prefix.length()), name,
                                    null))
                            .toArray(IContentProposal[]::new);
                }, KeyStroke.getInstance(SWT.MOD1, ' '), null);
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
    }

    private void chooseColumns() {
        if (model == null) {
            return;
        }
        ListSelectionDialog dialog = ListSelectionDialog.of(model.allColumns()).title("Columns")
                .message("Columns of the level table (" + model.allColumns().size() + ")")
                .preselect(model.columnNames().toArray()).create(getSite().getShell());
        if (dialog.open() == Window.OK) {
            List<String> chosen = Arrays.stream(dialog.getResult()).map(String::valueOf).toList();
            List<String> ordered = model.allColumns().stream().filter(chosen::contains).toList();
            run("Choosing columns", next -> next.setVisibleColumns(ordered), null);
        }
    }

    private void exportCsv() {
        if (model == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.csv"});
        dialog.setFileName("level.csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        LevelTableModel snapshot = model;
        Job.create("Exporting " + Path.of(file).getFileName(), monitor -> {
            try {
                AtomicFiles.write(Path.of(file), stream -> {
                    Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    writeCsv(snapshot, out, allRows(snapshot));
                    out.flush();
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID, "Could not write " + file + ": "
                        + e.getMessage(), e);
            }
        }).schedule();
    }

    private static int[] allRows(LevelTableModel model) {
        int[] rows = new int[model.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * Writes rows of a model as CSV.
     *
     * @param model the model
     * @param out where to
     * @param rows the rows
     * @throws IOException when writing fails
     */
    static void writeCsv(LevelTableModel model, Appendable out, int[] rows) throws IOException {
        List<String> columns = model.columnNames();
        Csv.line(out, columns);
        List<Object> cells = new ArrayList<>(columns.size());
        for (int row : rows) {
            cells.clear();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(model.cell(c, row));
            }
            Csv.line(out, cells);
        }
    }

    private void copySelection() {
        if (model == null) {
            return;
        }
        int[] rows = selectionLayer.getFullySelectedRowPositions().length > 0
                ? selectionLayer.getFullySelectedRowPositions()
                : Arrays.stream(selectionLayer.getSelectedCellPositions()).mapToInt(c -> c.rowPosition).distinct()
                        .toArray();
        if (rows.length == 0) {
            return;
        }
        if (rows.length <= COPY_IN_PLACE) {
            StringBuilder text = new StringBuilder();
            try {
                writeCsv(model, text, rows);
            } catch (IOException e) {
                ILog.of(getClass()).log(new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID, "Copy failed", e));
                return;
            }
            toClipboard(text.toString(), rows.length);
            return;
        }
        // Many rows: the text is built in a job (a million rows of thirty columns take seconds), then copied.
        LevelTableModel snapshot = model;
        status("Copying " + String.format("%,d", rows.length) + " rows as CSV…", false);
        Job.create("Copying " + rows.length + " rows", monitor -> {
            StringBuilder text = new StringBuilder();
            try {
                writeCsv(snapshot, text, rows);
            } catch (IOException e) {
                return new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID, "Copy failed: " + e.getMessage(), e);
            }
            UiThread.later(table, () -> toClipboard(text.toString(), rows.length));
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Rows copied in the display thread; more are copied in a job. */
    private static final int COPY_IN_PLACE = 2_000;

    private void toClipboard(String text, int rows) {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        status("Copied " + String.format("%,d", rows) + " rows as CSV", false);
    }

    private void saveFilter() {
        String expression = filter.getText().strip();
        if (expression.isEmpty()) {
            return;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ProvLensUi.PLUGIN_ID);
        List<String> filters = new ArrayList<>(savedFilters());
        filters.remove(expression);
        filters.add(0, expression);
        preferences.put(SAVED_FILTERS, String.join("\n", filters.subList(0, Math.min(20, filters.size()))));
        try {
            preferences.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            ILog.of(getClass()).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID, "Filters not saved", e));
        }
        refreshSavedFilters();
    }

    private static List<String> savedFilters() {
        String text = InstanceScope.INSTANCE.getNode(ProvLensUi.PLUGIN_ID).get(SAVED_FILTERS, "");
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private void refreshSavedFilters() {
        List<String> filters = savedFilters();
        saved.setItems(filters.toArray(String[]::new));
        saved.setToolTipText(filters.isEmpty() ? "No saved filters yet" : "Saved filters");
    }

    private void status(String text, boolean error) {
        message.setText(text);
        message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
    }

    private void setModel(LevelTableModel newModel) {
        model = newModel;
        latest.set(newModel); // operations queued for the previous model are dropped
        if (table != null && !table.isDisposed()) {
            table.refresh();
        }
    }

    private static void button(Composite parent, String label, String tooltip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, e -> action.run());
    }

    /**
     * The model, for tests.
     *
     * @return the model, {@code null} while an import runs
     */
    public LevelTableModel getModel() {
        return model;
    }

    /**
     * The table widget, for tests.
     *
     * @return the NatTable
     */
    public NatTable getTable() {
        return table;
    }

    /**
     * Milliseconds of the last level, filter, sort or grouping operation (computed in a job), for tests and the
     * status line.
     *
     * @return the time, -1 before any
     */
    public long getLastOperationMillis() {
        return lastOperationMillis;
    }

    /**
     * The status line above the table: what is being computed, the level and its rows, or an error.
     *
     * @return the text
     */
    public String getStatus() {
        return message.getText();
    }

    /**
     * The workbench selection of this view, for tests.
     *
     * @return the selected rows' tasks
     */
    public ISelection getSelection() {
        return selection.getSelection();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        stopPrefetch(false);
        getSite().getPage().removeSelectionListener(follower);
        WorkspaceService.getDefault().removeListener(listener);
        super.dispose();
    }
}
