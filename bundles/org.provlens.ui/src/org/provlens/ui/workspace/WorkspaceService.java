package org.provlens.ui.workspace;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.ui.ProvLensUi;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * The provenance workspace open in the workbench: a thin adapter of the core {@link WorkspaceSession} (which the
 * headless command uses too) to the workbench's jobs, scheduling rule, display thread and log.
 *
 * <p>Opening, importing and saving run as {@link Job}s that hold one scheduling rule, so the model is changed by
 * one job at a time and jobs that read it (the Level table's) never overlap a change. Opening a workspace is two
 * steps: its campaigns and runs are there at once ({@link Listener#structureAvailable}: the navigator shows them),
 * the tasks of its large runs follow, read on all processors ({@link Listener#changed}: every view). Listeners are
 * told before a job starts changing the model, so that views let go of it (EMF models are not thread safe), and
 * after, in the job's thread: views re-post to the display thread themselves. Problems of an import go to the
 * platform log (the Error Log view) as one multi-status per file.</p>
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
         * A workspace is being opened: its campaigns and runs can be shown, the tasks of its large runs are still
         * being read (a run whose tasks are not there yet answers false to
         * {@link WorkspaceFiles#isLoaded(org.provlens.model.Workflow)}; its tasks must not be read). Only the
         * navigator needs this; {@link #changed} follows when every task is there.
         *
         * @param workspace the workspace being opened
         */
        default void structureAvailable(Workspace workspace) {
        }

        /**
         * The workspace changed, or another one was opened and all of it is there.
         *
         * @param workspace the workspace now open
         */
        void changed(Workspace workspace);
    }

    private final WorkspaceSession session = WorkspaceSession.empty();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
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
        saver.setRule(MODEL_RULE);
        session.addListener(new WorkspaceSession.Listener() {
            @Override
            public void aboutToChange() {
                listeners.forEach(Listener::aboutToChange);
            }

            @Override
            public void changed(Workspace workspace) {
                // Whoever opened it (this service, or a caller of the session's two steps): views are told of a
                // change only when every task is there, so that none reads a run whose tasks are still in a file.
                if (!session.fragmentsLoaded()) {
                    listeners.forEach(l -> l.structureAvailable(workspace));
                } else {
                    listeners.forEach(l -> l.changed(workspace));
                }
            }
        });
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
     * The core session behind this service, for providers that read the workspace's bulk store.
     *
     * @return the session
     */
    public WorkspaceSession session() {
        return session;
    }

    /**
     * The open workspace.
     *
     * @return the workspace, never {@code null}
     */
    public Workspace getWorkspace() {
        return session.workspace();
    }

    /**
     * The scheduling rule of every job that reads or changes the model outside the display thread; jobs holding
     * it never overlap an import or an open.
     *
     * @return the rule
     */
    public ISchedulingRule modelRule() {
        return MODEL_RULE;
    }

    /**
     * Changes the workspace in the display thread (user edits such as annotations), serialised with the import
     * jobs by the model rule, then tells the listeners and saves in a job (of this service's job family). While an
     * import runs, the workbench shows that the edit waits for it and lets the user cancel. Listeners get
     * {@link Listener#changed} only: the change runs in the thread in which views read the model, so they need not
     * let go of it first.
     *
     * @param label what the change does, shown while it waits for an import
     * @param change the change; it runs in the calling (display) thread while the rule is held
     * @return OK when the change ran (a failed save is logged, as after an import), CANCEL when the user stopped
     *         waiting for an import and nothing changed
     */
    public IStatus modify(String label, Runnable change) {
        return modify(label, change, List.of());
    }

    /**
     * Changes the workspace as {@link #modify(String, Runnable)} does, naming the elements the change altered
     * inside runs (tasks, or runs themselves): the runs they belong to are saved again. An edit of the workspace's
     * own lists (annotations, recommendations) names none.
     *
     * @param label what the change does, shown while it waits for an import
     * @param change the change; it runs in the calling (display) thread while the rule is held
     * @param altered the tasks and runs the change altered
     * @return OK when the change ran, CANCEL when the user stopped waiting for an import and nothing changed
     */
    public IStatus modify(String label, Runnable change, java.util.Collection<? extends Execution> altered) {
        IRunnableContext inPlace = (fork, cancelable, runnable) -> runnable.run(new NullProgressMonitor());
        try {
            PlatformUI.getWorkbench().getProgressService().runInUI(inPlace, monitor -> {
                monitor.setTaskName(label);
                java.util.Set<Workflow> runs = new java.util.LinkedHashSet<>();
                for (Execution execution : altered) {
                    Workflow run = execution instanceof Task task ? Tasks.workflowOf(task)
                            : execution instanceof Workflow workflow ? workflow : null;
                    if (run != null) {
                        runs.add(run);
                    }
                }
                session.modify(change, runs);
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
     * @return the file, {@code null} before a workspace was opened
     */
    public Path getFile() {
        return session.file();
    }

    /**
     * Opens the workspace kept in a file, or starts an empty one saved there later, in the calling thread and whole
     * (the tasks of large runs too): for tests and for callers that must have it before they go on. The workbench
     * opens workspaces with {@link #openInBackground}.
     *
     * @param workspaceFile the workspace file
     * @return a warning status when an existing file could not be read (it is then kept under another name and a
     *         new workspace starts), OK otherwise
     */
    public IStatus open(Path workspaceFile) {
        flushPendingSave();
        IStatus status = openMain(workspaceFile);
        try {
            session.loadFragments(null, Runnable::run);
        } catch (java.io.IOException e) {
            status = logged(IStatus.ERROR, "Tasks of " + workspaceFile + " could not be read: " + e.getMessage(), e);
        }
        return status;
    }

    private IStatus openMain(Path workspaceFile) {
        Optional<String> problem = session.openMain(workspaceFile);
        return problem.map(message -> logged(IStatus.WARNING, message, null)).orElse(Status.OK_STATUS);
    }

    /**
     * Opens a workspace file in a job, the window staying responsive: the campaigns and runs appear first, the
     * tasks of large runs when they are read. The job's result is a warning when the file could not be read (see
     * {@link #open}).
     *
     * @param workspaceFile the workspace file
     * @return the scheduled job (of this service's family)
     */
    public Job openInBackground(Path workspaceFile) {
        Job job = new Job("Opening " + workspaceFile.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                flushPendingSave();
                IStatus status;
                try {
                    status = openMain(workspaceFile);
                    Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
                    session.loadFragments(monitor, display == null ? Runnable::run : display::syncExec);
                } catch (java.io.IOException e) {
                    status = logged(IStatus.ERROR, "Tasks of " + workspaceFile + " could not be read: "
                            + e.getMessage(), e);
                }
                return status;
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
        } catch (java.io.IOException | RuntimeException e) {
            logged(IStatus.ERROR, "The workspace could not be saved to " + getFile() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves the workspace to its file: what changed since the last save.
     *
     * @throws java.io.IOException when it cannot be written; the previous file is then intact
     */
    public void save() throws java.io.IOException {
        if (session.fragmentsLoaded()) {
            session.save();
        }
    }

    /**
     * Imports files and folders into the workspace in a cancellable job, then saves it.
     *
     * @param files the files or folders, of any recognised format (folders are searched)
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
        List<ImportResult> results;
        try {
            results = session.importFiles(files, null, monitor);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return logged(IStatus.ERROR, "Nothing was imported: " + e.getMessage(), e);
        } finally {
            // Whatever was imported, even before a cancel or a failure, is kept.
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
        return session.lastResults();
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

    private static IStatus logged(int severity, String message, Throwable cause) {
        IStatus status = new Status(severity, ProvLensUi.PLUGIN_ID, message, cause);
        log().log(status);
        return status;
    }

    private static ILog log() {
        return ILog.of(WorkspaceService.class);
    }

    /**
     * Registers a listener told after every change of the workspace (open, import, edit).
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
}
