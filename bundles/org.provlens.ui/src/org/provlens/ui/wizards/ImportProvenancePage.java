package org.provlens.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.provlens.analysis.core.WorkspaceSummary;

/**
 * The page of the Import Provenance wizard: a list of files with, for each, the format recognised from its content
 * and a preview of what it holds (workflows, tasks, artifacts, series, warnings, errors), computed in a
 * cancellable background run when files are added.
 */
public class ImportProvenancePage extends WizardPage {

    private final Map<Path, ImportPreview> previews = new LinkedHashMap<>();
    private final List<Path> pending = new ArrayList<>();
    private TableViewer viewer;

    ImportProvenancePage(List<Path> initialFiles) {
        super("files");
        setTitle("Import Provenance");
        setDescription("Flowcept JSON or JSONL files, and the other formats ProvLens reads, recognised by content."
                + " Records already in the workspace are not imported twice.");
        pending.addAll(initialFiles);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(5, 5).applyTo(composite);
        viewer = new TableViewer(composite, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("File", 220, p -> p.file().getFileName().toString());
        column("Format", 90, p -> p.format() == null ? "not recognised" : p.format());
        column("Workflows", 75, p -> count(p, WorkspaceSummary::workflows));
        column("Tasks", 75, p -> count(p, WorkspaceSummary::tasks));
        column("Artifacts", 75, p -> count(p, WorkspaceSummary::artifacts));
        column("Series", 60, p -> count(p, WorkspaceSummary::series));
        column("Warnings", 70, p -> Integer.toString(p.warnings()));
        column("Errors", 60, p -> Integer.toString(p.errors()));
        column("First problem", 400, p -> p.firstProblem() == null ? "" : p.firstProblem());
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 260).applyTo(viewer.getControl());

        Composite buttons = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "Add &Files…", this::addFiles);
        button(buttons, "Add F&older…", this::addFolder);
        button(buttons, "&Remove", this::removeSelected);
        setControl(composite);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && !pending.isEmpty()) {
            List<Path> files = new ArrayList<>(pending);
            pending.clear();
            getControl().getDisplay().asyncExec(() -> add(files));
        }
    }

    /**
     * Adds files and previews them in a cancellable run of the wizard's progress part.
     *
     * @param files files or directories
     */
    public void add(List<Path> files) {
        List<Path> fresh = files.stream().filter(f -> !previews.containsKey(f)).distinct().toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<ImportPreview> computed = new ArrayList<>();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Reading", fresh.size());
                for (Path file : fresh) {
                    if (progress.isCanceled()) {
                        break;
                    }
                    progress.subTask(file.getFileName().toString());
                    computed.add(ImportPreview.of(file, progress.split(1)));
                }
            });
        } catch (InvocationTargetException e) {
            setErrorMessage("Preview failed: " + e.getCause().getMessage());
        } catch (InterruptedException | org.eclipse.core.runtime.OperationCanceledException e) {
            setMessage("Preview cancelled: the files read so far are listed.", WARNING);
        }
        computed.forEach(p -> previews.put(p.file(), p));
        refresh();
    }

    /**
     * The files that will be imported: those whose format was recognised.
     *
     * @return the files, in the order they were added
     */
    public List<Path> importableFiles() {
        return previews.values().stream().filter(ImportPreview::importable).map(ImportPreview::file).toList();
    }

    /**
     * The previews, for tests.
     *
     * @return file to preview, in the order added
     */
    public Map<Path, ImportPreview> getPreviews() {
        return Map.copyOf(previews);
    }

    private void refresh() {
        viewer.setInput(previews.values().toArray());
        long unknown = previews.values().stream().filter(p -> !p.importable()).count();
        if (unknown > 0) {
            setMessage(unknown + (unknown == 1 ? " file is" : " files are")
                    + " not in a format ProvLens reads and will be left out.", WARNING);
        } else if (previews.values().stream().anyMatch(p -> p.errors() > 0)) {
            setMessage("Some records have errors: they will be skipped and reported in the Error Log; the rest"
                    + " is imported.", WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(!importableFiles().isEmpty());
    }

    private void addFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Add Provenance Files");
        if (dialog.open() != null) {
            List<Path> files = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            add(files);
        }
    }

    private void addFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Add a Provenance Folder (MLflow mlruns, a folder of JSONL files)");
        String folder = dialog.open();
        if (folder != null) {
            add(List.of(Path.of(folder)));
        }
    }

    private void removeSelected() {
        for (Object selected : ((IStructuredSelection) viewer.getSelection()).toList()) {
            previews.remove(((ImportPreview) selected).file());
        }
        refresh();
    }

    private void column(String title, int width, Function<ImportPreview, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ImportPreview) element);
            }

            @Override
            public Color getForeground(Object element) {
                ImportPreview preview = (ImportPreview) element;
                return !preview.importable() || preview.errors() > 0
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    private static String count(ImportPreview preview, java.util.function.ToLongFunction<WorkspaceSummary> value) {
        return preview.summary() == null ? "" : String.format("%,d", value.applyAsLong(preview.summary()));
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
    }
}
