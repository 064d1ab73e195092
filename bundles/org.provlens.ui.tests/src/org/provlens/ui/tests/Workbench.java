package org.provlens.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the workbench tests share: the bundled samples, the active page and waiting on the display thread. */
final class Workbench {

    private Workbench() {
    }

    /**
     * A file of the repository's samples, from the bundle folder or Tycho's work folder.
     *
     * @param name the file name under {@code samples/flowcept}
     * @return its path
     */
    static Path sample(String name) {
        return Stream.of(Path.of("samples"), Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                .map(d -> d.resolve("flowcept").resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("sample " + name + " not found from "
                        + Path.of("").toAbsolutePath()));
    }

    /**
     * The active workbench page.
     *
     * @return the page
     */
    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * Runs the event loop until a condition holds (views update through asyncExec).
     *
     * @param condition what to wait for
     * @param what its description, for the failure
     */
    static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /**
     * Runs the event loop until no job of the workspace service (open, import, save) is waiting or running: opening
     * a workspace attaches its tasks in the display thread, so joining those jobs without the event loop would
     * never end.
     */
    static void waitForWorkspaceJobs() {
        Object family = org.provlens.ui.workspace.WorkspaceService.getDefault();
        drain(); // a menu or command may schedule its job from an asyncExec
        waitUntil(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(family).length == 0,
                "the workspace jobs");
        drain();
    }

    /** Runs the pending events and asyncExecs of the display thread. */
    static void drain() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }
}
