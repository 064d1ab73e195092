package org.provlens.ui.workspace;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.ui.PlatformUI;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.ui.ProvLensUi;

/**
 * The provenance workspace open in the workbench: one EMF {@link Workspace}, persisted in the workbench's data
 * folder, to which imports append.
 *
 * <p>Imports run as cancellable {@link Job}s that build into the workspace and then save it; they are serialised
 * by one scheduling rule, so the model is only changed by one job at a time. Listeners are told before a job
 * starts changing the model, so that views let go of it (EMF models are not thread safe), and after, in the
 * job's thread: views re-post to the display thread themselves. Problems of an import go to the platform log
 * (the Error Log view) as one multi-status per file.</p>
 */
public final class WorkspaceService {

    private static final WorkspaceService INSTANCE = new WorkspaceService();

    /** Serialises the jobs that change the workspace. */
    private static final ISchedulingRule MODEL_RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    /** Told about changes of the open workspace. */
    public interface Listener {
        /** The workspace is about to change in another thread: stop reading it until {@link #changed}. */
        void aboutToChange();

        /**
         * The workspace changed, or another one was opened.
         *
         * @param workspace the workspace now open
         */
        void changed(Workspace workspace);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Workspace workspace;
    private volatile Path file;
    private volatile List<ImportResult> lastResults = List.of();
    /**
     * Saves after an edit, in the background: at a million tasks a save takes seconds, which an annotation must not
     * freeze the workbench for. Holds the model rule, so no import changes the model meanwhile; edits in a row
     * schedule one save (a waiting job is not scheduled twice).
     */
    private final Job saver = new Job("Saving the workspace") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            saveOrLog();
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == WorkspaceService.this;
        }
    };

    private WorkspaceService() {
        workspace = WorkspaceBuilder.forNewWorkspace("ProvLens").workspace();
        saver.setRule(MODEL_RULE);
    }

    /**
     * The service of this workbench.
     *
     * @return the single instance
     */
    public static WorkspaceService getDefault() {
        return INSTANCE;
    }

    /**
     * The open workspace.
     *
     * @return the workspace, never {@code null}
     */
    public Workspace getWorkspace() {
        return workspace;
    }

    /**
     * The scheduling rule of every job that reads or changes the model outside the display thread; jobs holding
     * it never overlap an import.
     *
     * @return the rule
     */
    public ISchedulingRule modelRule() {
        return MODEL_RULE;
    }

    /**
     * Changes the workspace in the display thread (user edits such as annotations), serialised with the import
     * jobs by the model rule, then tells the listeners and saves in a job (of this service's job family). While an import runs, the workbench shows that
     * the edit waits for it and lets the user cancel. Listeners get {@link Listener#changed} only: the change
     * runs in the thread in which views read the model, so they need not let go of it first.
     *
     * @param label what the change does, shown while it waits for an import
     * @param change the change; it runs in the calling (display) thread while the rule is held
     * @return OK when the change ran (a failed save is logged, as after an import), CANCEL when the user stopped
     *         waiting for an import and nothing changed
     */
    public IStatus modify(String label, Runnable change) {
        IRunnableContext inPlace = (fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor());
        try {
            PlatformUI.getWorkbench().getProgressService().runInUI(inPlace, monitor -> {
                monitor.setTaskName(label);
                change.run();
                fireChanged();
                saver.schedule();
            }, MODEL_RULE);
        } catch (InterruptedException e) {
            // Not a thread interrupt: the user cancelled the wait for the import.
            return Status.CANCEL_STATUS;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(label + " failed", e.getCause());
        }
        return Status.OK_STATUS;
    }

    /**
     * Where the workspace is saved.
     *
     * @return the file, {@code null} before {@link #open(Path)}
     */
    public Path getFile() {
        return file;
    }

    /**
     * Opens the workspace kept in a file, or starts an empty one saved there later.
     *
     * @param workspaceFile the workspace file
     * @return a warning status when an existing file could not be read (it is then left untouched and a new
     *         workspace starts), OK otherwise
     */
    public IStatus open(Path workspaceFile) {
        flushPendingSave();
        listeners.forEach(Listener::aboutToChange);
        IStatus status = Status.OK_STATUS;
        Workspace loaded = null;
        if (Files.exists(workspaceFile)) {
            try {
                loaded = WorkspaceStore.load(workspaceFile);
            } catch (IOException e) {
                Path kept = workspaceFile.resolveSibling(workspaceFile.getFileName() + ".unreadable");
                try {
                    Files.move(workspaceFile, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    kept = workspaceFile;
                }
                status = new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID,
                        "The workspace could not be read and was kept as " + kept + "; starting a new one. "
                                + e.getMessage());
                log().log(status);
            }
        }
        file = workspaceFile;
        workspace = loaded != null ? loaded : WorkspaceBuilder.forNewWorkspace("ProvLens").workspace();
        fireChanged();
        return status;
    }

    /**
     * Saves now what an edit left to the background save, before the workspace is replaced. Not by waiting for the
     * job: the caller may hold the model rule the job waits for.
     */
    private void flushPendingSave() {
        if (saver.getState() != Job.NONE) {
            saver.cancel();
            saveOrLog(); // after a running save, which holds the lock
        }
    }

    /**
     * Saves the workspace to its file, logging a failure instead of throwing it (the previous file stays intact):
     * for saves nobody waits for, after imports and edits and at shutdown.
     */
    public void saveOrLog() {
        try {
            save();
        } catch (IOException e) {
            log().log(new Status(IStatus.ERROR, ProvLensUi.PLUGIN_ID,
                    "The workspace could not be saved to " + file + ": " + e.getMessage(), e));
        }
    }

    /**
     * Saves the workspace to its file.
     *
     * @throws IOException when it cannot be written; the previous file is then intact
     */
    public synchronized void save() throws IOException {
        if (file != null) {
            WorkspaceStore.save(workspace, file);
        }
    }

    /**
     * Imports files into the workspace in a cancellable job, then saves it.
     *
     * @param files the files, of any recognised format
     * @return the scheduled job
     */
    public Job importFiles(List<Path> files) {
        Job job = new Job(files.size() == 1 ? "Importing " + files.get(0).getFileName()
                : "Importing " + files.size() + " files") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return doImport(files, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == WorkspaceService.this;
            }
        };
        job.setRule(MODEL_RULE);
        job.setUser(true);
        job.schedule();
        return job;
    }

    private IStatus doImport(List<Path> files, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing", files.size());
        List<ImportResult> results = new ArrayList<>();
        listeners.forEach(Listener::aboutToChange);
        try {
            WorkspaceBuilder builder = new WorkspaceBuilder(workspace);
            for (Path path : files) {
                if (progress.isCanceled()) {
                    break;
                }
                progress.subTask(path.getFileName().toString());
                results.add(Importers.importFile(path, builder, progress.newChild(1)));
            }
        } finally {
            // Whatever was imported, even before a cancel or a failure, is shown and kept.
            lastResults = List.copyOf(results);
            fireChanged();
            saveOrLog();
            monitor.done();
        }
        results.forEach(WorkspaceService::logProblems);
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /**
     * The results of the last import job, for status lines and tests.
     *
     * @return the results, one per file
     */
    public List<ImportResult> getLastResults() {
        return lastResults;
    }

    private static void logProblems(ImportResult result) {
        if (result.problems().isEmpty()) {
            log().log(new Status(IStatus.INFO, ProvLensUi.PLUGIN_ID, "Imported " + result.summary()));
            return;
        }
        MultiStatus status = new MultiStatus(ProvLensUi.PLUGIN_ID, 0, "Imported " + result.summary());
        for (ImportProblem problem : result.problems()) {
            status.add(new Status(problem.severity() == ImportProblem.Severity.ERROR ? IStatus.ERROR : IStatus.WARNING,
                    ProvLensUi.PLUGIN_ID, problem.toString()));
        }
        log().log(status);
    }

    private static ILog log() {
        return ILog.of(WorkspaceService.class);
    }

    /**
     * Registers a listener told after every change of the workspace (open, import).
     *
     * @param listener called in the thread that changes the workspace
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

    private void fireChanged() {
        Workspace current = workspace;
        listeners.forEach(l -> l.changed(current));
    }
}
