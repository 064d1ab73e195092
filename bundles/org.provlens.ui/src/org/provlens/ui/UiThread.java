package org.provlens.ui;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** How parts react in the display thread to what other threads report (model changes, finished jobs). */
public final class UiThread {

    private UiThread() {
    }

    /**
     * Runs code later in the display thread, if a control still exists then. Posts to the workbench's display, not
     * the control's: a job that finishes after its part closed must not ask a disposed widget for its display.
     *
     * @param control the part's control; the code is skipped once it is disposed
     * @param runnable the code
     */
    public static void later(Control control, Runnable runnable) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (control != null && !control.isDisposed()) {
                runnable.run();
            }
        });
    }
}
