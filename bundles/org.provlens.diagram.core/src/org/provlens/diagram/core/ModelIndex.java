package org.provlens.diagram.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.provlens.analysis.core.Levels;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.ProvElement;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;

/**
 * Inverse navigation of a workspace that the metamodel leaves out (who used or generated an artifact, which tasks
 * depend on a task) and lookup by id, each built on first use in one walk and then kept for one synchronization.
 * Not thread safe: one synchronization, one thread.
 */
public final class ModelIndex {

    private final Workspace workspace;
    private Map<Artifact, List<Execution>> users;
    private Map<Artifact, List<Execution>> generators;
    private Map<Task, List<Task>> dependents;
    private Map<String, EObject> byId;

    /**
     * An index of a workspace.
     *
     * @param workspace the workspace
     */
    public ModelIndex(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The workspace indexed.
     *
     * @return the workspace
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The executions that used an artifact.
     *
     * @param artifact the artifact
     * @return workflow runs and tasks, in workspace order
     */
    public List<Execution> users(Artifact artifact) {
        if (users == null) {
            indexLinks();
        }
        return users.getOrDefault(artifact, List.of());
    }

    /**
     * The executions that generated an artifact.
     *
     * @param artifact the artifact
     * @return workflow runs and tasks, in workspace order
     */
    public List<Execution> generators(Artifact artifact) {
        if (generators == null) {
            indexLinks();
        }
        return generators.getOrDefault(artifact, List.of());
    }

    /**
     * The tasks that list a task among their dependencies.
     *
     * @param task the task
     * @return the dependent tasks, in workspace order
     */
    public List<Task> dependents(Task task) {
        if (dependents == null) {
            dependents = new IdentityHashMap<>();
            Levels.forEachTask(workspace, t -> {
                for (Task dependency : Tasks.dependencies(t)) {
                    dependents.computeIfAbsent(dependency, d -> new ArrayList<>(2)).add(t);
                }
            });
        }
        return dependents.getOrDefault(task, List.of());
    }

    /**
     * A campaign, workflow run, task or artifact by id.
     *
     * @param id the source id
     * @return the element, {@code null} when there is none
     */
    public EObject find(String id) {
        if (byId == null) {
            byId = new HashMap<>();
            Consumer<ProvElement> put = e -> {
                if (e.getId() != null) {
                    byId.putIfAbsent(e.getId(), e);
                }
            };
            for (Campaign campaign : workspace.getCampaigns()) {
                put.accept(campaign);
                campaign.getWorkflows().forEach(put);
            }
            Levels.forEachTask(workspace, put::accept);
            workspace.getArtifacts().forEach(put);
        }
        return byId.get(id);
    }

    private void indexLinks() {
        users = new IdentityHashMap<>();
        generators = new IdentityHashMap<>();
        Consumer<Execution> add = execution -> {
            for (ArtifactLink link : Tasks.used(execution)) {
                users.computeIfAbsent(link.getArtifact(), a -> new ArrayList<>(2)).add(execution);
            }
            for (ArtifactLink link : Tasks.generated(execution)) {
                generators.computeIfAbsent(link.getArtifact(), a -> new ArrayList<>(2)).add(execution);
            }
        };
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                add.accept(workflow);
            }
        }
        Levels.forEachTask(workspace, add::accept);
    }
}
