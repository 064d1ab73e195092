package org.provlens.workspace.core;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.importer.core.ImportInputs;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.model.util.ValuePools;
import org.provlens.model.util.WorkspaceStore;

/**
 * The one open workspace of a workbench or of a headless command: opening, importing, editing, saving, change
 * notifications and the lock that keeps readers from half-changed data, in one place for both.
 *
 * <p>Changes (imports, opens, edits) take the write lock; readers on other threads take the read lock
 * ({@link #read}). Listeners are told {@link Listener#aboutToChange} before a change that replaces or rebuilds
 * what they show (an open, an import) and {@link Listener#changed} after every change, in the changing thread.
 * A workspace with a file is saved incrementally ({@link WorkspaceFiles}); one without (a headless command's
 * inputs) keeps its bulk values in a temporary store deleted on {@link #close()}.</p>
 */
public final class WorkspaceSession implements Closeable {

    /** Told about changes of the session's workspace. */
    public interface Listener {
        /** The workspace is about to be replaced or rebuilt in another thread: stop reading it until {@link #changed}. */
        default void aboutToChange() {
        }

        /**
         * The workspace changed, or another one was opened.
         *
         * @param workspace the workspace now open
         */
        void changed(Workspace workspace);
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Workspace workspace;
    private volatile Path file;
    /** The files of a binary workspace with a file; {@code null} in memory or for XMI. */
    private WorkspaceFiles files;
    /** The store of a workspace without files of its own. */
    private BulkStore temporaryStore;
    private volatile List<ImportResult> lastResults = List.of();

    private WorkspaceSession() {
    }

    /**
     * A session on a new, empty workspace without a file, its bulk values in a temporary store: for the inputs of
     * a headless command.
     *
     * @param name the workspace name
     * @return the session
     * @throws IOException when the temporary store cannot be created
     */
    public static WorkspaceSession inMemory(String name) throws IOException {
        WorkspaceSession session = new WorkspaceSession();
        session.startEmpty(name, null);
        return session;
    }

    /**
     * A session on a workspace file, read whole (fragments included). A file that does not exist yet gives an
     * empty workspace saved there by {@link #save()}.
     *
     * @param file the workspace file ({@code .provlens} or {@code .xmi})
     * @param monitor progress, may be {@code null}
     * @return the session
     * @throws IOException when the file exists but cannot be read
     */
    public static WorkspaceSession open(Path file, IProgressMonitor monitor) throws IOException {
        WorkspaceSession session = new WorkspaceSession();
        if (Files.exists(file)) {
            session.openMain(file);
            session.loadFragments(monitor, Runnable::run);
        } else {
            session.startEmpty(file.getFileName().toString(), file);
        }
        return session;
    }

    /**
     * A session with nothing open yet (an empty workspace without a file), for the workbench, which then opens its
     * workspace in a job ({@link #openMain}, {@link #loadFragments}).
     *
     * @return the session
     */
    public static WorkspaceSession empty() {
        WorkspaceSession session = new WorkspaceSession();
        session.workspace = WorkspaceBuilder.forNewWorkspace("ProvLens").workspace();
        return session;
    }

    private void startEmpty(String name, Path target) throws IOException {
        closeFiles();
        Workspace created = WorkspaceBuilder.forNewWorkspace(name).workspace();
        if (target == null || WorkspaceStore.Format.of(target) == WorkspaceStore.Format.XMI) {
            temporaryStore = target == null ? BulkStore.temporary() : null;
            if (temporaryStore != null) {
                temporaryStore.attach(created);
            }
        } else {
            files = WorkspaceFiles.create(target, created);
        }
        workspace = created;
        file = target;
    }

    /**
     * Opens the main part of a workspace file, replacing the open workspace: campaigns and runs are there at once,
     * the tasks of large runs after {@link #loadFragments}. An XMI file is read whole. A file that does not exist
     * starts an empty workspace saved there later. Tells the listeners.
     *
     * @param target the workspace file
     * @return a problem to show the user: the file could not be read, was kept under another name and an empty
     *         workspace started; empty when it opened
     */
    public Optional<String> openMain(Path target) {
        fireAboutToChange();
        Optional<String> problem = Optional.empty();
        lock.writeLock().lock();
        try {
            try {
                closeFiles();
                if (!Files.exists(target)) {
                    startEmpty("ProvLens", target);
                } else if (WorkspaceStore.Format.of(target) == WorkspaceStore.Format.XMI) {
                    workspace = WorkspaceStore.load(target);
                    file = target;
                } else {
                    files = WorkspaceFiles.open(target);
                    workspace = files.workspace();
                    file = target;
                }
            } catch (IOException e) {
                Path kept = target.resolveSibling(target.getFileName() + ".unreadable");
                try {
                    Files.move(target, kept, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    kept = target;
                }
                problem = Optional.of("The workspace could not be read and was kept as " + kept
                        + "; starting a new one. " + e.getMessage());
                try {
                    startEmpty("ProvLens", target);
                } catch (IOException again) {
                    problem = Optional.of(problem.get() + " A new workspace could not be started there either: "
                            + again.getMessage());
                    workspace = WorkspaceBuilder.forNewWorkspace("ProvLens").workspace();
                    file = null;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
        fireChanged();
        return problem;
    }

    /**
     * Reads the tasks of large runs that {@link #openMain} left for later, on all processors. The files are read
     * without touching the model; then the runs get their tasks, in {@code resolveIn} (the workbench passes its
     * display thread, where views read the model) under the write lock; then every reference is resolved in the
     * calling thread and the listeners are told. Does nothing when everything is loaded.
     *
     * @param monitor progress, may be {@code null}
     * @param resolveIn runs the short step that attaches the tasks to their runs
     * @throws IOException when a fragment cannot be read (the others are loaded)
     */
    public void loadFragments(IProgressMonitor monitor, Executor resolveIn) throws IOException {
        WorkspaceFiles current;
        lock.readLock().lock();
        try {
            current = files;
        } finally {
            lock.readLock().unlock();
        }
        if (current == null || current.fragmentsLoaded()) {
            return;
        }
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Reading the tasks of " + current.file().getFileName(), 100);
        int[] reported = {0};
        lock.writeLock().lock();
        try {
            current.loadFragments((done, total) -> {
                int percent = done * 100 / Math.max(1, total);
                synchronized (reported) {
                    if (percent > reported[0]) {
                        progress.worked(percent - reported[0]);
                        reported[0] = percent;
                    }
                }
            }, resolveIn);
        } finally {
            lock.writeLock().unlock();
            progress.done();
        }
        fireChanged();
    }

    /**
     * Whether every task of the open workspace is in memory.
     *
     * @return false while large runs' tasks wait for {@link #loadFragments}
     */
    public boolean fragmentsLoaded() {
        WorkspaceFiles current = files;
        return current == null || current.fragmentsLoaded();
    }

    /**
     * Imports files and folders (folders are searched, see {@link ImportInputs}) under the write lock, telling the
     * listeners before and after. New telemetry goes to the bulk store as it is read. Does not save.
     *
     * @param inputs files and folders
     * @param format a format name forced on every file, or {@code null} to recognise each by its content
     * @param monitor progress and cancellation; what was read before a cancel is kept
     * @return one result per imported file
     * @throws IOException when a folder cannot be listed
     * @throws IllegalArgumentException for an input that does not exist or an unknown format
     */
    public List<ImportResult> importFiles(List<Path> inputs, String format, IProgressMonitor monitor)
            throws IOException {
        ProvenanceImporter forced = null;
        if (format != null) {
            forced = Importers.forFormat(format).orElseThrow(() -> new IllegalArgumentException("unknown format '"
                    + format + "': use one of " + Importers.all().stream().map(ProvenanceImporter::format).toList()));
        }
        List<Path> expanded = ImportInputs.expand(inputs).inputs();
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        List<ImportResult> results = new ArrayList<>();
        fireAboutToChange();
        lock.writeLock().lock();
        try {
            WorkspaceBuilder builder = new WorkspaceBuilder(workspace);
            for (Path path : expanded) {
                if (progress.isCanceled()) {
                    break;
                }
                progress.subTask(path.getFileName().toString());
                // A pipe or FIFO is read once: Importers.importStream does not sniff it and read it again.
                results.add(forced == null ? Importers.importFile(path, builder, progress)
                        : Importers.isStream(path) ? Importers.importStream(path, forced, builder, progress)
                        : forced.importFile(path, builder, progress));
            }
            touched(builder.touchedWorkflows(), builder.workflowsToShare(), builder.strings());
        } finally {
            lastResults = List.copyOf(results);
            lock.writeLock().unlock();
            fireChanged();
        }
        return results;
    }

    /**
     * Moves heap values of changed runs into the store, shares their equal strings (parameter values, units,
     * devices: an import creates one instance per record) and their equal parameters, metrics and properties
     * ({@link ValuePools}), and marks them for the next save. Holds the write lock.
     */
    private void touched(Collection<Workflow> workflows) {
        touched(workflows, List.copyOf(workflows), new HashMap<>());
    }

    /**
     * As {@link #touched(Collection)}, sharing the strings of some of the runs only (an importer that shares its
     * strings as it reads, the Flowcept one, spares its runs this walk), through a given pool.
     */
    private void touched(Collection<Workflow> workflows, Collection<Workflow> toShare, Map<String, String> pool) {
        BulkStore store = store();
        if (store != null) {
            Bulk.absorb(List.copyOf(workflows), store);
        }
        for (Workflow workflow : toShare) {
            WorkspaceStore.shareStrings(workflow.eAllContents(), pool);
        }
        for (Workflow workflow : workflows) {
            ValuePools.pool(workflow);
        }
        if (files != null) {
            workflows.forEach(files::markDirty);
        }
    }

    /**
     * Changes the workspace under the write lock (user edits: annotations, recommendations, diagram edits) and
     * tells the listeners {@link Listener#changed} only: the change runs in the calling thread, in which views read
     * the model, so they need not let go of it first.
     *
     * @param change the change
     * @param touchedRuns runs whose tasks the change altered (their fragments are saved again), may be empty
     */
    public void modify(Runnable change, Collection<Workflow> touchedRuns) {
        lock.writeLock().lock();
        try {
            change.run();
            touched(touchedRuns);
        } finally {
            lock.writeLock().unlock();
        }
        fireChanged();
    }

    /**
     * Reads the workspace under the read lock, never during a change.
     *
     * @param <T> the result type
     * @param reader what to read
     * @return what the reader returned
     */
    public <T> T read(Function<Workspace, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(workspace);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Saves what changed to the workspace file (nothing to do without one). The large runs' tasks must be loaded.
     *
     * @throws IOException when writing fails; the file is then as after the previous save
     */
    public void save() throws IOException {
        lock.writeLock().lock();
        try {
            if (file == null) {
                return;
            }
            if (files != null) {
                files.save();
            } else {
                WorkspaceStore.save(workspace, file);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Saves the workspace under another name and continues there (Save As).
     *
     * @param target the new file
     * @throws IOException when writing fails
     */
    public void saveAs(Path target) throws IOException {
        lock.writeLock().lock();
        try {
            if (WorkspaceStore.Format.of(target) == WorkspaceStore.Format.BINARY) {
                WorkspaceFiles created = WorkspaceFiles.create(target, workspace);
                created.save();
                if (files != null) {
                    files.close();
                }
                files = created;
            } else {
                WorkspaceStore.save(workspace, target);
            }
            file = target;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The open workspace.
     *
     * @return the workspace, never {@code null}
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The workspace file.
     *
     * @return the file, {@code null} for a workspace in memory
     */
    public Path file() {
        return file;
    }

    /**
     * The bulk store of the open workspace.
     *
     * @return the store, {@code null} for an XMI workspace (its values are on the heap)
     */
    public BulkStore store() {
        return files != null ? files.store() : temporaryStore;
    }

    /**
     * The results of the last import.
     *
     * @return one per file
     */
    public List<ImportResult> lastResults() {
        return lastResults;
    }

    /**
     * The lock: readers take its read lock, changes its write lock.
     *
     * @return the lock
     */
    public ReentrantReadWriteLock lock() {
        return lock;
    }

    /**
     * Registers a listener.
     *
     * @param listener told about changes, in the changing thread
     */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fireAboutToChange() {
        listeners.forEach(Listener::aboutToChange);
    }

    private void fireChanged() {
        Workspace current = workspace;
        listeners.forEach(l -> l.changed(current));
    }

    private void closeFiles() throws IOException {
        if (files != null) {
            files.close();
            files = null;
        }
        if (temporaryStore != null) {
            temporaryStore.close();
            temporaryStore = null;
        }
    }

    /**
     * Closes the files (a temporary store is deleted). Does not save.
     *
     * @throws IOException when closing fails
     */
    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            closeFiles();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
