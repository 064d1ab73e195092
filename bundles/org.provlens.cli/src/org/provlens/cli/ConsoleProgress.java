package org.provlens.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of long work on standard error: a redrawn bar when it is a terminal, a plain line every 10 % otherwise
 * (so that batch job logs stay readable). Work that ends within {@link #QUIET_MILLIS} shows nothing.
 */
final class ConsoleProgress extends NullProgressMonitor {

    private final PrintStream err;
    private final boolean terminal;
    private final boolean verbose;
    private String name = "";
    private int total;
    private int done;
    private int lastShown = -1;
    private long started;
    private long lastDetail;

    /** Work shorter than this is not worth a progress display. */
    static final long QUIET_MILLIS = 1500;

    ConsoleProgress(PrintStream err, boolean terminal, boolean verbose) {
        this.err = err;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    /**
     * Prints a detail line that only {@code --verbose} shows.
     *
     * @param line the line
     */
    void detail(String line) {
        if (verbose) {
            err.println(line);
        }
    }

    @Override
    public void beginTask(String taskName, int totalWork) {
        name = taskName;
        total = totalWork;
        done = 0;
        lastShown = -1;
        started = System.currentTimeMillis();
    }

    /** Where work of unknown length stands (a stream being read): shown as it comes, every 10 s off a terminal. */
    @Override
    public void subTask(String detail) {
        if (total > 0 || name.isEmpty() || detail == null || detail.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (terminal) {
            err.print("\r" + name + ": " + detail);
            err.flush();
            lastShown = 0;
        } else if (now - lastDetail >= 10_000) {
            err.println(name + ": " + detail);
            lastDetail = now;
        }
    }

    @Override
    public void worked(int work) {
        done += work;
        show();
    }

    @Override
    public void done() {
        if (total <= 0 && terminal && lastShown >= 0) {
            err.println();
        }
        if (total > 0 && lastShown >= 0) {
            done = total;
            show();
            if (terminal) {
                err.println();
            }
        }
    }

    private void show() {
        if (total <= 0 || System.currentTimeMillis() - started < QUIET_MILLIS) {
            return;
        }
        int percent = (int) Math.min(100, 100L * done / total);
        if (terminal) {
            if (percent != lastShown) {
                int filled = percent / 4;
                err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%%", name, "#".repeat(filled),
                        " ".repeat(25 - filled), percent));
                err.flush();
                lastShown = percent;
            }
        } else if (percent / 10 != lastShown / 10 || lastShown < 0) {
            err.println(name + ": " + percent + "%");
            lastShown = percent;
        }
    }
}
