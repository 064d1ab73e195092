package org.provlens.ui.recent;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The workspace files opened last, most recent first, at most {@value #LIMIT}, kept in the instance preferences
 * of {@code org.provlens.ui} so that they survive restarts. Once {@link #install()}ed it records every workspace
 * the {@link WorkspaceService} opens, whoever opens it.
 */
public final class RecentWorkspaces {

    /** How many files are remembered. */
    public static final int LIMIT = 8;

    /** The preference key; the value is the absolute paths, one a line. */
    public static final String PREFERENCE_KEY = "recentWorkspaces";

    private static final RecentWorkspaces INSTANCE = new RecentWorkspaces();

    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            // Only the file matters, and it is known once the change is done.
        }

        @Override
        public void changed(Workspace workspace) {
            // Also told after every import (same file): add() then finds it already first and writes nothing.
            Path file = WorkspaceService.getDefault().getFile();
            if (file != null) {
                add(file);
            }
        }
    };
    private boolean installed;

    private RecentWorkspaces() {
    }

    /**
     * The list of this workbench.
     *
     * @return the single instance
     */
    public static RecentWorkspaces getDefault() {
        return INSTANCE;
    }

    /**
     * Starts recording the workspaces the {@link WorkspaceService} opens, beginning with the one open now. Calling
     * it again does nothing.
     */
    public synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        WorkspaceService service = WorkspaceService.getDefault();
        service.addListener(listener);
        if (service.getFile() != null) {
            add(service.getFile());
        }
    }

    /**
     * The remembered files, whether or not they still exist.
     *
     * @return absolute paths, most recent first
     */
    public synchronized List<Path> list() {
        String value = node().get(PREFERENCE_KEY, "");
        List<Path> files = new ArrayList<>();
        for (String line : value.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                files.add(Path.of(line.strip()));
            } catch (InvalidPathException e) {
                // A preference edited by hand or written on another system: skip the entry, keep the others.
                ILog.of(RecentWorkspaces.class).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID,
                        "Recent workspace entry skipped, not a path here: " + line, e));
            }
        }
        return files;
    }

    /**
     * Puts a file first, dropping its older entry and the oldest beyond {@value #LIMIT}.
     *
     * @param file the workspace file just opened
     */
    public synchronized void add(Path file) {
        Path normal = normalise(file);
        List<Path> files = list();
        if (!files.isEmpty() && files.get(0).equals(normal)) {
            return;
        }
        files.remove(normal);
        files.add(0, normal);
        store(files.size() > LIMIT ? files.subList(0, LIMIT) : files);
    }

    /**
     * Forgets a file.
     *
     * @param file the file
     */
    public synchronized void remove(Path file) {
        List<Path> files = list();
        if (files.remove(normalise(file))) {
            store(files);
        }
    }

    /** Forgets every file. */
    public synchronized void clear() {
        store(List.of());
    }

    private static Path normalise(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private void store(List<Path> files) {
        IEclipsePreferences node = node();
        if (files.isEmpty()) {
            node.remove(PREFERENCE_KEY);
        } else {
            node.put(PREFERENCE_KEY, String.join("\n", files.stream().map(Path::toString).toList()));
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list still holds for this session; only its persistence failed.
            ILog.of(RecentWorkspaces.class).log(new Status(IStatus.WARNING, ProvLensUi.PLUGIN_ID,
                    "The recent workspaces could not be saved: " + e.getMessage(), e));
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ProvLensUi.PLUGIN_ID);
    }
}
