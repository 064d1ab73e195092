package org.provlens.ui.navigator;

import java.util.List;

import org.provlens.analysis.core.Levels;
import org.provlens.model.Status;
import org.provlens.model.Task;

/**
 * The tasks of one activity under one parent in the Runs navigator ("epochs_loop_iteration ×40"), with what its
 * label needs computed once: how many failed, and the span from the first start to the last end.
 *
 * <p>Identity is the parent and the activity, so the virtual tree finds the same group again after a refresh.</p>
 */
public final class ActivityGroup {

    private final Object parent;
    private final String activity;
    private final List<Task> tasks;
    private final int failed;
    private final double start;
    private final double end;

    ActivityGroup(Object parent, String activity, List<Task> tasks) {
        this.parent = parent;
        this.activity = activity;
        this.tasks = tasks;
        int errors = 0;
        double first = Double.NaN;
        double last = Double.NaN;
        for (Task task : tasks) {
            if (task.getStatus() == Status.ERROR || task.getStatus() == Status.KILLED) {
                errors++;
            }
            if (!Double.isNaN(task.getStartedAt()) && !(task.getStartedAt() >= first)) {
                first = task.getStartedAt();
            }
            if (!Double.isNaN(task.getEndedAt()) && !(task.getEndedAt() <= last)) {
                last = task.getEndedAt();
            }
        }
        this.failed = errors;
        this.start = first;
        this.end = last;
    }

    /**
     * The workflow or task whose children these are.
     *
     * @return the parent element
     */
    public Object parent() {
        return parent;
    }

    /**
     * The activity shared by the tasks.
     *
     * @return the activity, {@code ""} for tasks without one
     */
    public String activity() {
        return activity;
    }

    /**
     * The tasks, in model order.
     *
     * @return the tasks
     */
    public List<Task> tasks() {
        return tasks;
    }

    /**
     * How many of the tasks failed or were killed.
     *
     * @return the count
     */
    public int failed() {
        return failed;
    }

    /**
     * The earliest start.
     *
     * @return epoch seconds, NaN when no task has one
     */
    public double start() {
        return start;
    }

    /**
     * The latest end.
     *
     * @return epoch seconds, NaN when no task has one
     */
    public double end() {
        return end;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivityGroup group && group.parent == parent && group.activity.equals(activity);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(parent) * 31 + activity.hashCode();
    }

    @Override
    public String toString() {
        return (activity.isEmpty() ? Levels.NO_ACTIVITY : activity) + " ×" + tasks.size();
    }
}
