package org.provlens.charts.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.charts.ui.ChartsUi;
import org.provlens.charts.ui.Theme;
import org.provlens.model.Workspace;
import org.provlens.model.util.AtomicFiles;
import org.provlens.ui.UiThread;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * What every chart view shares: a bar of choosers, the chart, a status line; providers asked in a job (under the
 * model rule, so never during an import) whose answer is shown in the display thread, the latest answer only;
 * export as PNG and SVG and copy as CSV (Ctrl+C); a dark theme following the workbench's background or chosen;
 * its selection on the workbench selection service, and the others' followed. Views never call each other.
 */
public abstract class ChartView extends ViewPart {

    private Composite bar;
    private Label status;
    private Theme theme;
    private boolean darkChosen;
    private final AtomicLong generation = new AtomicLong();
    private final SelectionProvider selection = new SelectionProvider();
    private final ISelectionListener follower = (part, chosen) -> {
        if (part != this && part != null && !isDisposed()) {
            follow(part, chosen);
        }
    };
    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            generation.incrementAndGet(); // answers computed on the old model are dropped
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(status, () -> workspaceChanged(workspace));
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(2, 2).spacing(4, 2).applyTo(parent);
        bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.center = true;
        rows.marginLeft = rows.marginTop = rows.marginBottom = 0;
        rows.spacing = 4;
        bar.setLayout(rows);
        Composite content = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        content.setLayout(new org.eclipse.swt.layout.FillLayout());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        int background = parent.getBackground().getRed() << 16 | parent.getBackground().getGreen() << 8
                | parent.getBackground().getBlue();
        theme = Theme.forBackground(background);
        createControls(bar);
        createContent(content);
        applyTheme(theme);
        contributeActions(getViewSite().getActionBars().getToolBarManager());
        getSite().setSelectionProvider(selection);
        getSite().getPage().addPostSelectionListener(follower);
        WorkspaceService.getDefault().addListener(listener);
        for (Control control : keyControls()) {
            control.addListener(SWT.KeyDown, e -> {
                if (e.keyCode == 'c' && (e.stateMask & SWT.MOD1) != 0) {
                    copyCsv();
                }
            });
        }
        workspaceChanged(WorkspaceService.getDefault().getWorkspace());
        ISelection current = getSite().getPage().getSelection();
        if (current != null && getSite().getPage().getActivePart() != this) {
            follow(getSite().getPage().getActivePart(), current);
        }
    }

    /**
     * Creates the choosers (combos, buttons).
     *
     * @param parent the bar above the chart
     */
    protected abstract void createControls(Composite parent);

    /**
     * Creates the chart.
     *
     * @param parent a fill-layout composite
     */
    protected abstract void createContent(Composite parent);

    /**
     * The controls whose Ctrl+C copies the data (the charts' focusable parts).
     *
     * @return the controls
     */
    protected abstract List<Control> keyControls();

    /**
     * The control an image export shows.
     *
     * @return the chart's control
     */
    public abstract Control exportControl();

    /**
     * The chart as SVG.
     *
     * @return the document
     */
    public abstract String svg();

    /**
     * The data shown, as CSV (the provider's own CSV, as {@code chart-data} writes it).
     *
     * @return the text, empty when nothing is shown
     */
    public abstract String csv();

    /** Writes data as CSV (one of {@code ChartDataWriter.csv}). */
    protected interface CsvBody {
        /**
         * Writes.
         *
         * @param out where to
         * @throws IOException when writing fails
         */
        void write(Appendable out) throws IOException;
    }

    /**
     * CSV text of some data.
     *
     * @param data the data shown, {@code null} for none
     * @param body writes it
     * @return the text, empty for no data
     */
    protected static String csvText(Object data, CsvBody body) {
        if (data == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        try {
            body.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Applies colours.
     *
     * @param next the theme
     */
    protected abstract void applyTheme(Theme next);

    /**
     * The workspace was opened or changed: computes again.
     *
     * @param workspace the workspace
     */
    protected abstract void workspaceChanged(Workspace workspace);

    /**
     * Another view's selection.
     *
     * @param part the view
     * @param chosen its selection
     */
    protected abstract void follow(IWorkbenchPart part, ISelection chosen);

    /**
     * The theme in use.
     *
     * @return the theme
     */
    public Theme theme() {
        return theme;
    }

    /**
     * Switches between the light and the dark theme.
     *
     * @param dark the dark one
     */
    public void setDark(boolean dark) {
        darkChosen = dark;
        theme = dark ? Theme.DARK : Theme.LIGHT;
        applyTheme(theme);
    }

    private void contributeActions(IToolBarManager toolbar) {
        toolbar.add(action("PNG…", "Export the chart as a PNG image", () -> exportDialog("png")));
        toolbar.add(action("SVG…", "Export the chart as an SVG drawing", () -> exportDialog("svg")));
        toolbar.add(action("CSV", "Copy the chart's data as CSV (Ctrl+C)", this::copyCsv));
        Action dark = new Action("Dark", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setDark(isChecked());
            }
        };
        dark.setToolTipText("Dark background");
        dark.setChecked(theme.dark());
        toolbar.add(dark);
    }

    private static Action action(String label, String tooltip, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tooltip);
        return action;
    }

    private void exportDialog(String extension) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFileName(getPartName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "." + extension);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            if (extension.equals("png")) {
                exportPng(Path.of(file));
            } else {
                exportSvg(Path.of(file));
            }
            status("Exported " + file);
        } catch (IOException e) {
            error("Could not write " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes the chart as a PNG image of its size on screen.
     *
     * @param file the file
     * @throws IOException when it cannot be written
     */
    public void exportPng(Path file) throws IOException {
        Control control = exportControl();
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            GC gc = new GC(image);
            try {
                control.print(gc);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            AtomicFiles.write(file, out -> {
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {data};
                loader.save(out, SWT.IMAGE_PNG);
            });
        } finally {
            image.dispose();
        }
    }

    /**
     * Writes the chart as SVG.
     *
     * @param file the file
     * @throws IOException when it cannot be written
     */
    public void exportSvg(Path file) throws IOException {
        String text = svg();
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void copyCsv() {
        String text = csv();
        if (text.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(status.getDisplay());
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        status("Copied the data as CSV (" + text.lines().count() + " lines)");
    }

    /**
     * Asks a provider in a job and shows the answer; an answer to an older request, or computed before the
     * workspace changed, is dropped.
     *
     * @param <T> the data
     * @param label what is computed, shown meanwhile
     * @param fetch asks the provider
     * @param show shows the data, in the display thread
     */
    protected <T> void compute(String label, Function<IProgressMonitor, ProviderResponse<T>> fetch,
            Consumer<ProviderResponse<T>> show) {
        long mine = generation.incrementAndGet();
        status(label + "…");
        Job job = new Job(label) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (generation.get() != mine) {
                    return Status.CANCEL_STATUS;
                }
                ProviderResponse<T> response = fetch.apply(monitor);
                UiThread.later(status, () -> {
                    if (generation.get() != mine) {
                        return;
                    }
                    if (response.isCompleted()) {
                        show.accept(response);
                    } else {
                        error(label + ": " + response.message());
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ChartView.this || family == ChartsUi.PLUGIN_ID;
            }
        };
        job.setRule(WorkspaceService.getDefault().modelRule());
        job.setSystem(true);
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    /**
     * Shows a line under the chart.
     *
     * @param text the text
     */
    protected void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setForeground(null);
        }
    }

    /**
     * Shows an error under the chart.
     *
     * @param text the text
     */
    protected void error(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }

    /**
     * The status line, for tests.
     *
     * @return its text
     */
    public String getStatus() {
        return status.getText();
    }

    /**
     * Puts elements on the workbench selection.
     *
     * @param next the selection
     */
    protected void select(ISelection next) {
        selection.setSelection(next);
    }

    /**
     * The selection this view gave.
     *
     * @return it
     */
    public ISelection getSelection() {
        return selection.getSelection();
    }

    /**
     * A combo with items.
     *
     * @param parent the bar
     * @param label the label before it
     * @param items its items
     * @param width its width hint
     * @return the combo
     */
    protected static Combo combo(Composite parent, String label, List<String> items, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        if (!items.isEmpty()) {
            combo.select(0);
        }
        combo.setLayoutData(new org.eclipse.swt.layout.RowData(width, SWT.DEFAULT));
        return combo;
    }

    private boolean isDisposed() {
        return status == null || status.isDisposed();
    }

    /** Whether the user chose the theme (else it follows the background). */
    boolean darkChosen() {
        return darkChosen;
    }

    @Override
    public void setFocus() {
        List<Control> controls = keyControls();
        if (!controls.isEmpty() && !controls.get(0).isDisposed()) {
            controls.get(0).setFocus();
        }
    }

    @Override
    public void dispose() {
        generation.incrementAndGet();
        getSite().getPage().removePostSelectionListener(follower);
        WorkspaceService.getDefault().removeListener(listener);
        super.dispose();
    }

    /** The view's selection on the workbench selection service. */
    private static final class SelectionProvider implements ISelectionProvider {
        private ISelection current = StructuredSelection.EMPTY;
        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public void setSelection(ISelection next) {
            current = next;
            SelectionChangedEvent event = new SelectionChangedEvent(this, next);
            listeners.forEach(l -> l.selectionChanged(event));
        }
    }
}
