package org.provlens.diagram.ui.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.view.DiagramSet;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.ui.DiagramUi;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The diagrams file of the workspace open in the workbench ({@code <workspace file>.diagrams.xmi}): the state of
 * every diagram, changed in the display thread only, saved in the background after each edit. Another workspace
 * opened means another session.
 */
public final class DiagramSession {

    private static DiagramSession current;

    private final Path file;
    private final DiagramSet diagrams;
    private final List<Consumer<DiagramState>> listeners = new CopyOnWriteArrayList<>();
    /** The copy the saver writes next: edits in a row save once, the last one. */
    private final AtomicReference<DiagramSet> pending = new AtomicReference<>();
    /** One job: a job instance never runs twice at a time, so saves of this file are serialised. */
    private final Job saver = new Job("Saving diagrams") {
        @Override
        protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
            DiagramSet copy = pending.getAndSet(null);
            if (copy == null) {
                return Status.OK_STATUS;
            }
            try {
                DiagramStates.save(copy, file);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, DiagramUi.PLUGIN_ID, "The diagrams could not be saved to " + file
                        + ": " + e.getMessage(), e);
            }
        }
    };

    private DiagramSession(Path file, DiagramSet diagrams) {
        this.file = file;
        this.diagrams = diagrams;
    }

    /**
     * The session of the open workspace, loaded from its diagrams file the first time.
     *
     * @return the session
     */
    public static synchronized DiagramSession get() {
        Path workspaceFile = WorkspaceService.getDefault().getFile();
        Path file = workspaceFile == null ? null : DiagramStates.fileOf(workspaceFile);
        if (current == null || !java.util.Objects.equals(current.file, file)) {
            current = new DiagramSession(file, load(file));
        }
        return current;
    }

    private static DiagramSet load(Path file) {
        if (file == null) {
            return org.provlens.diagram.core.view.ViewFactory.eINSTANCE.createDiagramSet();
        }
        try {
            return DiagramStates.load(file);
        } catch (IOException e) {
            Path kept = file.resolveSibling(file.getFileName() + ".unreadable");
            try {
                Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                kept = file;
            }
            ILog.of(DiagramSession.class).log(new Status(IStatus.WARNING, DiagramUi.PLUGIN_ID,
                    "The diagrams file could not be read and was kept as " + kept + "; diagrams start afresh. "
                            + e.getMessage()));
            return org.provlens.diagram.core.view.ViewFactory.eINSTANCE.createDiagramSet();
        }
    }

    /**
     * The diagrams file.
     *
     * @return the file, {@code null} while the workspace has none
     */
    public Path file() {
        return file;
    }

    /**
     * The state of one diagram.
     *
     * @param description the description's name
     * @param rootId the element it opens on, {@code null} for the whole workspace
     * @return the state, created when new
     */
    public DiagramState state(String description, String rootId) {
        return DiagramStates.state(diagrams, description, rootId);
    }

    /**
     * Whether a state belongs to this session.
     *
     * @param state the state
     * @return true when it is one of this session's diagrams
     */
    public boolean holds(DiagramState state) {
        return state.eContainer() == diagrams;
    }

    /**
     * Registers a listener told after an edit, an undo or a redo changed a diagram's state.
     *
     * @param listener called in the display thread with the state changed
     */
    public void addListener(Consumer<DiagramState> listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(Consumer<DiagramState> listener) {
        listeners.remove(listener);
    }

    /**
     * Tells the listeners a state changed, and saves.
     *
     * @param state the state changed
     */
    void changed(DiagramState state) {
        listeners.forEach(l -> l.accept(state));
        save();
    }

    /** Saves a copy of the states in a job: the display thread goes on editing the originals. */
    public void save() {
        if (file == null) {
            return;
        }
        pending.set(EcoreUtil.copy(diagrams));
        saver.setSystem(true);
        saver.schedule();
    }
}
