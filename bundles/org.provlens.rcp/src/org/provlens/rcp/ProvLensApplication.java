package org.provlens.rcp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the ProvLens workbench.
 *
 * <p>Program arguments: {@code --open <file>} (repeatable) imports files at start; {@code --sample <file>}
 * imports a sample only when the workspace is new, which is how the start script opens the bundled sample on
 * the first start and not again.</p>
 */
public class ProvLensApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        StartupFiles files = StartupFiles.parse(args);
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new ProvLensWorkbenchAdvisor(files));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /**
     * Files named on the command line.
     *
     * @param open files to import at every start
     * @param samples files to import when the workspace is new
     */
    record StartupFiles(List<Path> open, List<Path> samples) {
        static StartupFiles parse(String[] args) {
            List<Path> open = new ArrayList<>();
            List<Path> samples = new ArrayList<>();
            for (int i = 0; i < args.length - 1; i++) {
                if ("--open".equals(args[i])) {
                    open.add(Path.of(args[++i]));
                } else if ("--sample".equals(args[i])) {
                    samples.add(Path.of(args[++i]));
                }
            }
            return new StartupFiles(List.copyOf(open), List.copyOf(samples));
        }
    }
}
