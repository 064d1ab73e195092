package org.provlens.ui.navigator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/** Texts of navigator elements, shared by the tree columns and tests. */
public final class RunsLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RunsLabels() {
    }

    /**
     * The name column: a task's activity (or id), a workflow's or campaign's name, with the number of children.
     *
     * @param element a navigator element
     * @return its name text
     */
    public static String name(Object element) {
        return switch (element) {
            case Campaign c -> (c.getName() != null ? c.getName() : c.getId()) + count(c.getWorkflows().size(), "run");
            case Workflow w -> (w.getName() != null ? w.getName() : w.getId()) + count(w.getTasks().size(), "task");
            case Task t -> (t.getActivity() != null ? t.getActivity() : t.getId())
                    + count(Tasks.children(t).size(), "child");
            case RunsContentProvider.Pending p -> "Loading tasks…";
            case ActivityGroup g -> g.toString();
            default -> String.valueOf(element);
        };
    }

    private static String count(int n, String noun) {
        if (n == 0) {
            return "";
        }
        String plural = noun.equals("child") ? "children" : noun + "s";
        return "  (" + n + " " + (n == 1 ? noun : plural) + ")";
    }

    /**
     * The status column.
     *
     * @param element a navigator element
     * @return the status of an execution, empty otherwise
     */
    public static String status(Object element) {
        if (element instanceof ActivityGroup g) {
            return g.failed() > 0 ? g.failed() + " failed" : "";
        }
        return element instanceof Execution e ? e.getStatus().getLiteral() : "";
    }

    /**
     * The duration column: {@code 1h 02m}, {@code 3m 05s}, {@code 12.3 s} or {@code 45 ms}.
     *
     * @param element a navigator element
     * @return the duration of an execution with both times, empty otherwise
     */
    public static String duration(Object element) {
        if (element instanceof ActivityGroup g) {
            return Double.isNaN(g.start()) || Double.isNaN(g.end()) ? "" : formatDuration(g.end() - g.start());
        }
        if (!(element instanceof Execution e) || Double.isNaN(Tasks.duration(e))) {
            return "";
        }
        return formatDuration(Tasks.duration(e));
    }

    /**
     * Formats a duration for people.
     *
     * @param seconds the duration in seconds
     * @return e.g. {@code 1h 02m}, {@code 3m 05s}, {@code 12.3 s}, {@code 45 ms}
     */
    public static String formatDuration(double seconds) {
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }

    /**
     * The start column, in UTC.
     *
     * @param element a navigator element
     * @return the start time of an execution, empty when unknown
     */
    public static String started(Object element) {
        if (element instanceof ActivityGroup g) {
            return formatTime(g.start());
        }
        return element instanceof Execution e ? formatTime(e.getStartedAt()) : "";
    }

    /**
     * Formats epoch seconds as UTC date and time.
     *
     * @param epochSeconds the time, NaN for unknown
     * @return {@code yyyy-MM-dd HH:mm:ss}, empty for NaN
     */
    public static String formatTime(double epochSeconds) {
        if (Double.isNaN(epochSeconds)) {
            return "";
        }
        long millis = Math.round(epochSeconds * 1000);
        return TIME.format(Instant.ofEpochMilli(millis));
    }
}
