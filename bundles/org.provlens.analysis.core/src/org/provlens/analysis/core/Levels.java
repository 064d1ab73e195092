package org.provlens.analysis.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;

/**
 * Selects the tasks of one level of a workspace, for horizontal exploration: all tasks of an activity or subtype,
 * or the children of one task.
 */
public final class Levels {

    /** The prefix of a level that names a parent task: {@code children-of:<task id>}. */
    public static final String CHILDREN_OF = "children-of:";

    /**
     * The level of the tasks that record no activity (older Flowcept schemas, some adapters): a name no activity
     * takes, so that they are reachable in every view and command. The empty string selects them too.
     */
    public static final String NO_ACTIVITY = "(none)";

    /** The level of every task of the workspace, whatever its activity: all of a campaign side by side. */
    public static final String ALL = "(all)";

    private Levels() {
    }

    /**
     * The tasks of a level, in workspace order.
     *
     * @param workspace the workspace
     * @param level an activity, a subtype, {@link #NO_ACTIVITY} (or the empty string) for the tasks without an
     *            activity, {@link #ALL} for every task, or {@code children-of:<task id>}
     * @return the tasks, empty when nothing matches
     * @throws IllegalArgumentException when a {@code children-of} task does not exist
     */
    public static List<Task> select(Workspace workspace, String level) {
        List<Task> tasks = new ArrayList<>();
        if (level.startsWith(CHILDREN_OF)) {
            String id = level.substring(CHILDREN_OF.length());
            Task parent = find(workspace, id);
            if (parent == null) {
                throw new IllegalArgumentException("no task with id '" + id + "'");
            }
            tasks.addAll(Tasks.children(parent));
            return tasks;
        }
        if (level.equals(ALL)) {
            forEachTask(workspace, tasks::add);
            return tasks;
        }
        if (level.isEmpty() || level.equals(NO_ACTIVITY)) {
            forEachTask(workspace, task -> {
                if (task.getActivity() == null || task.getActivity().isEmpty()) {
                    tasks.add(task);
                }
            });
            return tasks;
        }
        forEachTask(workspace, task -> {
            if (level.equals(task.getActivity()) || level.equals(task.getSubtype())) {
                tasks.add(task);
            }
        });
        return tasks;
    }

    /**
     * Every activity of the workspace with its number of tasks.
     *
     * @param workspace the workspace
     * @return activity to task count, sorted by activity (tasks without activity under {@link #NO_ACTIVITY})
     */
    public static Map<String, Integer> activities(Workspace workspace) {
        Map<String, Integer> counts = new HashMap<>();
        forEachTask(workspace, task -> counts.merge(levelOf(task), 1, Integer::sum));
        return new TreeMap<>(counts);
    }

    /**
     * The activity level of a task.
     *
     * @param task the task
     * @return its activity, {@link #NO_ACTIVITY} when it has none
     */
    public static String levelOf(Task task) {
        String activity = task.getActivity();
        return activity == null || activity.isEmpty() ? NO_ACTIVITY : activity;
    }

    /**
     * Visits every task of a workspace in workspace order: campaigns, their workflows (nested workflows are
     * contained by the campaign too), each workflow's tasks depth first. Follows the containment lists directly: a generic content walk also visits
     * every parameter, metric and telemetry record, several times the work at a million tasks.
     *
     * @param workspace the workspace
     * @param visitor called with each task
     */
    public static void forEachTask(Workspace workspace, Consumer<Task> visitor) {
        findTask(workspace, task -> {
            visitor.accept(task);
            return false;
        });
    }

    /**
     * The first task, in workspace order (see {@link #forEachTask}), that a test accepts; the walk stops there.
     *
     * @param workspace the workspace
     * @param test the condition
     * @return the task, {@code null} when none is accepted
     */
    public static Task findTask(Workspace workspace, Predicate<Task> test) {
        ArrayDeque<Task> pending = new ArrayDeque<>();
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                for (Task top : workflow.getTasks()) {
                    // Iteratively: epochs of ten thousand batches must not deepen the stack.
                    pending.push(top);
                    while (!pending.isEmpty()) {
                        Task next = pending.pop();
                        if (test.test(next)) {
                            return next;
                        }
                        List<Task> children = Tasks.children(next);
                        for (int i = children.size() - 1; i >= 0; i--) {
                            pending.push(children.get(i));
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Task find(Workspace workspace, String id) {
        return findTask(workspace, task -> id.equals(task.getId()));
    }
}
