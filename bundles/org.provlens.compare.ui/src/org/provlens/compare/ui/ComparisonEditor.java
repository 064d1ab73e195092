package org.provlens.compare.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.ProviderStatus;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.AlignmentProvider;
import org.provlens.compare.core.AlignmentQuery;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonCsv;
import org.provlens.compare.core.ComparisonJson;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.OverlayProvider;
import org.provlens.compare.core.OverlayQuery;
import org.provlens.compare.core.SeriesInfo;
import org.provlens.compare.ui.view.ComparisonPanel;
import org.provlens.model.Execution;
import org.provlens.model.Workspace;
import org.provlens.model.util.AtomicFiles;
import org.provlens.ui.UiThread;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Two or more runs or tasks side by side (see {@link ComparisonPanel}). The comparison is computed in jobs on the
 * core providers, in two answers: first the configuration, the runs' own outcomes and their children (quick even
 * for a thousand large runs), then the summaries of every series and telemetry channel. The editor holds the model
 * only between workspace changes: before an import it lets go, after any change it finds the runs again by id and
 * compares again. Its selection is the runs or tasks selected in its grids, so Properties, Annotate… and Compare
 * apply to them.
 */
public class ComparisonEditor extends org.provlens.ui.ProvenanceEditorPart {

    /** The editor's id. */
    public static final String ID = CompareUi.EDITOR_ID;

    /** Samples of a series per run drawn in the overlay and small multiples. */
    private static final int OVERLAY_POINTS = 2000;
    /** Samples of each series per run written by the JSON export. */
    private static final int EXPORT_POINTS = 500;

    private ComparisonPanel panel;
    private final EditorSelection selection = new EditorSelection();
    private Long atStep;
    /** Counts the comparisons asked for: an answer for an older one is dropped. */
    private int generation;
    private volatile Comparison current;

    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            Job.getJobManager().cancel(ComparisonEditor.this);
            UiThread.later(panel.control(), () -> letGo("The workspace is changing…"));
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(panel.control(), ComparisonEditor.this::compare);
        }
    };

    /**
     * Opens (or brings to front) the comparison of executions.
     *
     * @param page the workbench page
     * @param executions the runs or tasks, two or more, in the order to show them
     * @return the editor, {@code null} when it could not be opened (the reason is logged)
     */
    public static IEditorPart open(IWorkbenchPage page, List<? extends Execution> executions) {
        return open(page, ComparisonEditorInput.of(executions), ID, ComparisonEditor.class);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        init(site, input, ComparisonEditorInput.class, "The comparison editor opens two or more runs or tasks");
    }

    @Override
    public ComparisonEditorInput getEditorInput() {
        return (ComparisonEditorInput) super.getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        panel = new ComparisonPanel(parent, new Backend());
        getSite().setSelectionProvider(selection);
        contextMenu(panel.outcomesGrid().table());
        contextMenu(panel.hierarchyGrid().table());
        contextMenu(panel.configurationGrid().table());
        WorkspaceService.getDefault().addListener(listener);
        compare();
    }

    /** A registered context menu, so Annotate…, Compare and other contributions act on what a grid selects. */
    private void contextMenu(Control control) {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        control.setMenu(menu.createContextMenu(control));
        getEditorSite().registerContextMenu(menu, selection, false);
    }

    /** Compares the input's runs: a quick first answer, then the series summaries. */
    private void compare() {
        if (panel == null || panel.control().isDisposed()) {
            return;
        }
        Job.getJobManager().cancel(this);
        int asked = ++generation;
        ComparisonQuery query = new ComparisonQuery(WorkspaceService.getDefault().getWorkspace(),
                getEditorInput().ids(), null, atStep, 1, false);
        String label = "Comparing " + query.executions().size() + " runs";
        schedule(label, monitor -> {
            ProviderResponse<Comparison> quick = new ComparisonProvider().fetch(query, monitor);
            if (show(asked, quick, "reading the series and telemetry of every run…")) {
                // A job of its own, so that an import waiting for the model can go first.
                schedule(label + ": series and telemetry",
                        next -> show(asked, new ComparisonProvider().fetch(query.withSeries(true), next), null));
            }
        });
    }

    /** Shows an answer in the display thread unless a newer comparison was asked for; false when it failed. */
    private boolean show(int asked, ProviderResponse<Comparison> response, String more) {
        if (response.status() == ProviderStatus.CANCELLED) {
            return false;
        }
        UiThread.later(panel.control(), () -> {
            if (asked != generation) {
                return;
            }
            if (!response.isCompleted()) {
                letGo("Cannot compare: " + response.message());
                return;
            }
            current = response.model();
            setPartName(getEditorInput().getName());
            panel.setComparison(response.model(), summary(response, more));
        });
        return response.isCompleted();
    }

    private static String summary(ProviderResponse<Comparison> response, String more) {
        Comparison c = response.model();
        long differing = c.parameters().stream().filter(r -> r.depth() == 0 && r.differs()).count();
        long keys = c.parameters().stream().filter(r -> r.depth() == 0).count();
        return String.format(Locale.ROOT, "%d of %d configuration values differ  ·  %d outcomes  ·  %d series  ·  %s",
                differing, keys, c.outcomes().size(), c.series().size(),
                more != null ? "first answer in " + response.elapsed().toMillis() + " ms, " + more
                        : "computed in " + response.elapsed().toMillis() + " ms");
    }

    private void letGo(String why) {
        current = null;
        if (panel != null && !panel.control().isDisposed()) {
            panel.setMessage(why);
        }
        selection.set(StructuredSelection.EMPTY);
    }

    /** Runs work on the model in a job of this editor, never during an import. */
    private Job schedule(String label, Consumer<IProgressMonitor> work) {
        Job job = new Job(label) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                work.accept(monitor);
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ComparisonEditor.this;
            }
        };
        job.setRule(WorkspaceService.getDefault().modelRule());
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
        return job;
    }

    /** What the panel asks for, each in a job; answers go back to the display thread. */
    private final class Backend implements ComparisonPanel.Backend {
        @Override
        public void align(AlignedNode parent, int baseline, Consumer<List<AlignedNode>> done) {
            Comparison comparison = current;
            if (comparison == null) {
                return;
            }
            AlignmentQuery query = parent == null ? AlignmentQuery.below(comparison)
                    : AlignmentQuery.below(parent, baseline);
            schedule("Aligning " + (parent == null ? "the runs' children" : parent.label()), monitor -> deliver(
                    new AlignmentProvider().fetch(query, monitor), done));
        }

        @Override
        public void overlay(String key, Consumer<Overlay> done) {
            Comparison comparison = current;
            if (comparison == null) {
                return;
            }
            OverlayQuery query = new OverlayQuery(comparison.executions(), List.of(key), OVERLAY_POINTS);
            schedule("Reading " + key + " of " + comparison.runs().size() + " runs", monitor -> deliver(
                    new OverlayProvider().fetch(query, monitor), overlays -> done.accept(overlays.get(0))));
        }

        @Override
        public void atStep(Long step) {
            atStep = step;
            compare();
        }

        @Override
        public void export(Comparison comparison, boolean json) {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
            dialog.setText(json ? "Export the comparison as JSON" : "Export the comparison as CSV");
            dialog.setFilterExtensions(new String[] {json ? "*.json" : "*.csv", "*"});
            dialog.setFileName("comparison." + (json ? "json" : "csv"));
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                write(comparison, json, Path.of(file));
            }
        }

        @Override
        public void selected(List<Execution> executions) {
            selection.set(new StructuredSelection(executions));
        }

        private <T> void deliver(ProviderResponse<T> response, Consumer<T> done) {
            if (response.isCompleted()) {
                UiThread.later(panel.control(), () -> done.accept(response.model()));
            } else if (response.status() == ProviderStatus.FAILED) {
                UiThread.later(panel.control(), () -> panel.setStatus(response.message()));
            }
        }
    }

    /**
     * Exports the comparison as shown to a file, in a job, as Export CSV… and Export JSON… do after their dialog.
     *
     * @param file the file
     * @param json JSON (with the samples of every series), else CSV
     * @return the job, or {@code null} when no comparison is shown
     */
    public Job export(Path file, boolean json) {
        Comparison shown = panel.shown();
        return shown == null ? null : write(shown, json, file);
    }

    /** Writes the comparison as shown to a file in a job: CSV, or JSON with the samples of every series. */
    private Job write(Comparison comparison, boolean json, Path file) {
        return schedule("Exporting the comparison to " + file.getFileName(), monitor -> {
            try {
                if (json) {
                    List<String> keys = comparison.series().stream().map(SeriesInfo::key).toList();
                    ProviderResponse<List<Overlay>> overlays = new OverlayProvider().fetch(
                            new OverlayQuery(comparison.executions(), keys, EXPORT_POINTS), monitor);
                    List<Overlay> samples = overlays.isCompleted() ? overlays.model() : List.of();
                    AtomicFiles.write(file, out -> ComparisonJson.write(comparison, samples, out));
                } else {
                    AtomicFiles.write(file, out -> {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        ComparisonCsv.write(comparison, writer);
                        writer.flush();
                    });
                }
                UiThread.later(panel.control(), () -> panel.setStatus("Exported to " + file));
            } catch (IOException e) {
                ILog.of(ComparisonEditor.class).log(new Status(IStatus.ERROR, CompareUi.PLUGIN_ID,
                        "Exporting the comparison to " + file + " failed: " + e.getMessage(), e));
                UiThread.later(panel.control(), () -> panel.setStatus("Export failed: " + e.getMessage()));
            }
        });
    }

    /**
     * The comparison shown, for tests.
     *
     * @return its panel
     */
    public ComparisonPanel getPanel() {
        return panel;
    }

    /**
     * The comparison computed last, in the order it was computed, for tests.
     *
     * @return it, {@code null} while none is shown
     */
    public Comparison getComparison() {
        return current;
    }

    @Override
    public void setFocus() {
        panel.control().setFocus();
    }


    @Override
    public void dispose() {
        WorkspaceService.getDefault().removeListener(listener);
        Job.getJobManager().cancel(this);
        super.dispose();
    }

    /** The editor's selection: what its grids select. */
    private static final class EditorSelection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void set(ISelection selected) {
            selection = selected;
            SelectionChangedEvent event = new SelectionChangedEvent(this, selected);
            listeners.forEach(l -> l.selectionChanged(event));
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void setSelection(ISelection newSelection) {
            // The grids own their selection; others' selections are not taken over.
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
