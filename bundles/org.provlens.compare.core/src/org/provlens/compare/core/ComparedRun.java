package org.provlens.compare.core;

import org.provlens.model.Execution;
import org.provlens.model.Task;

/**
 * One compared execution: a workflow run or a task.
 *
 * @param id its source id (Flowcept workflow or task id, MLflow run id, CMF pipeline or stage id)
 * @param name its name, else a task's activity, else the id
 * @param kind {@code workflow} or {@code task}
 * @param status its status literal
 * @param workflow the id of the run a task belongs to, the run's own id for a run
 * @param execution the execution itself; valid until the workspace changes
 */
public record ComparedRun(String id, String name, String kind, String status, String workflow, Execution execution) {

    /**
     * The label of an execution: its name, else a task's activity, else its id.
     *
     * @param execution the execution
     * @return the label
     */
    public static String label(Execution execution) {
        String name = execution.getName();
        if ((name == null || name.isEmpty()) && execution instanceof Task task) {
            name = task.getActivity();
        }
        return name == null || name.isEmpty() ? execution.getId() : name;
    }
}
