package org.provlens.compare.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.provlens.analysis.core.Levels;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * Finds the executions a comparison names. A name is tried as a workflow id, then as a workflow name, then as a
 * task id, then as a task name; the tasks are walked once, and only when a name is not a workflow.
 */
public final class Resolver {

    private Resolver() {
    }

    /**
     * The executions of ids or names, in their order.
     *
     * @param workspace the workspace
     * @param names ids or names
     * @return one execution per name
     * @throws IllegalArgumentException naming what is not found, ambiguous or given twice
     */
    public static List<Execution> resolve(Workspace workspace, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("'" + name + "' is given twice");
            }
        }
        Map<String, Workflow> byId = new HashMap<>();
        Map<String, List<Workflow>> byName = new HashMap<>();
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                byId.putIfAbsent(workflow.getId(), workflow);
                if (workflow.getName() != null) {
                    byName.computeIfAbsent(workflow.getName(), k -> new ArrayList<>()).add(workflow);
                }
            }
        }
        Map<String, Execution> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Workflow workflow = byId.get(name);
            List<Workflow> named = byName.getOrDefault(name, List.of());
            if (workflow == null && named.size() > 1) {
                throw new IllegalArgumentException("'" + name + "' names " + named.size() + " runs ("
                        + String.join(", ", named.stream().map(Workflow::getId).limit(5).toList())
                        + (named.size() > 5 ? ", ..." : "") + "): give a run id instead");
            }
            if (workflow == null && named.size() == 1) {
                workflow = named.get(0);
            }
            if (workflow != null) {
                found.put(name, workflow);
            } else {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            findTasks(workspace, missing, found);
        }
        List<Execution> executions = new ArrayList<>(names.size());
        for (String name : names) {
            executions.add(found.get(name));
        }
        return executions;
    }

    private static void findTasks(Workspace workspace, List<String> missing, Map<String, Execution> found) {
        Set<String> wanted = new HashSet<>(missing);
        Map<String, Task> byId = new HashMap<>();
        Map<String, List<Task>> byName = new HashMap<>();
        Levels.forEachTask(workspace, task -> {
            if (wanted.contains(task.getId())) {
                byId.putIfAbsent(task.getId(), task);
            }
            if (task.getName() != null && wanted.contains(task.getName())) {
                byName.computeIfAbsent(task.getName(), k -> new ArrayList<>()).add(task);
            }
        });
        List<String> unknown = new ArrayList<>();
        for (String name : missing) {
            Task task = byId.get(name);
            List<Task> named = byName.getOrDefault(name, List.of());
            if (task == null && named.size() > 1) {
                throw new IllegalArgumentException("'" + name + "' names " + named.size() + " tasks: give a task id");
            }
            if (task == null && named.size() == 1) {
                task = named.get(0);
            }
            if (task == null) {
                unknown.add(name);
            } else {
                found.put(name, task);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no run or task has the id or name "
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()));
        }
    }
}
