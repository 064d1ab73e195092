package org.provlens.analysis.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * Selects the tasks of one level of a workspace, for horizontal exploration: all tasks of an activity or subtype,
 * or the children of one task.
 */
public final class Levels {

    /** The prefix of a level that names a parent task: {@code children-of:<task id>}. */
    public static final String CHILDREN_OF = "children-of:";

    private Levels() {
    }

    /**
     * The tasks of a level, in workspace order.
     *
     * @param workspace the workspace
     * @param level an activity, a subtype, or {@code children-of:<task id>}
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
            tasks.addAll(parent.getChildren());
            return tasks;
        }
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Task task) {
                if (level.equals(task.getActivity()) || level.equals(task.getSubtype())) {
                    tasks.add(task);
                }
            } else if (!isContainerOfTasks(next)) {
                it.prune();
            }
        }
        return tasks;
    }

    /**
     * Every activity of the workspace with its number of tasks.
     *
     * @param workspace the workspace
     * @return activity to task count, sorted by activity (tasks without activity under {@code ""})
     */
    public static Map<String, Integer> activities(Workspace workspace) {
        Map<String, Integer> counts = new TreeMap<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Task task) {
                counts.merge(task.getActivity() == null ? "" : task.getActivity(), 1, Integer::sum);
            } else if (!isContainerOfTasks(next)) {
                it.prune();
            }
        }
        return counts;
    }

    private static Task find(Workspace workspace, String id) {
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Task task && id.equals(task.getId())) {
                return task;
            } else if (!(next instanceof Task) && !isContainerOfTasks(next)) {
                it.prune();
            }
        }
        return null;
    }

    private static boolean isContainerOfTasks(EObject object) {
        return object instanceof org.provlens.model.Campaign || object instanceof org.provlens.model.Workflow;
    }
}
