package org.provlens.diagram.core.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.Expansion;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.ViewFactory;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * Large workspaces built in memory, for the diagram tests and {@code releng/benchmarks}' DiagramBenchmark (which
 * compiles this class): a training run of thousands of batches per epoch, and a pipeline of tasks and artifacts.
 */
public final class Synthetic {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    private Synthetic() {
    }

    /**
     * A workspace with one campaign, one workflow ({@code run}) and one {@code model_train} task ({@code train})
     * with {@code epochs} {@code epochs_loop_iteration} children ({@code epoch-<e>}) of {@code batches}
     * {@code train_batch_iteration} children each ({@code epoch-<e>/batch-<b>}), each batch depending on the one
     * before; every epoch generates a checkpoint ({@code checkpoint-<e>}) the next epoch uses; one batch of the
     * last epoch failed.
     *
     * @param epochs epochs
     * @param batches batches per epoch
     * @return the workspace ({@code 1 + epochs * (1 + batches)} tasks)
     */
    public static Workspace training(int epochs, int batches) {
        Workspace workspace = F.createWorkspace();
        Workflow workflow = workflow(workspace, "run", "big run");
        Task train = task("train", "model_train", 0, 1000);
        workflow.getTasks().add(train);
        Artifact previous = artifact(workspace, "dataset", "dataset");
        for (int e = 0; e < epochs; e++) {
            Task epoch = task("epoch-" + e, "epochs_loop_iteration", e * 100, e * 100 + 100);
            epoch.setSubtype("iteration");
            train.getChildren().add(epoch);
            link(epoch, previous, true);
            Artifact checkpoint = artifact(workspace, "checkpoint-" + e, "checkpoint-" + e);
            link(epoch, checkpoint, false);
            previous = checkpoint;
            for (int b = 0; b < batches; b++) {
                Task batch = task("epoch-" + e + "/batch-" + b, "train_batch_iteration", e * 100 + b * 0.01,
                        e * 100 + b * 0.01 + 0.01);
                if (e == epochs - 1 && b == batches / 2) {
                    batch.setStatus(Status.ERROR);
                }
                if (b > 0) {
                    batch.getDependencies().add(epoch.getChildren().get(b - 1));
                }
                epoch.getChildren().add(batch);
            }
        }
        return workspace;
    }

    /**
     * The state of a {@link #training} diagram (the Workflow DAG) with every container and group expanded and every
     * batch shown.
     *
     * @param epochs the epochs of the training
     * @param batches its batches per epoch
     * @return the state
     */
    public static DiagramState allExpanded(int epochs, int batches) {
        DiagramState state = ViewFactory.eINSTANCE.createDiagramState();
        DiagramStates.node(state, "train").setExpansion(Expansion.EXPANDED);
        DiagramStates.node(state, "group:train:dag-task:epochs_loop_iteration").setExpansion(Expansion.EXPANDED);
        for (int e = 0; e < epochs; e++) {
            DiagramStates.node(state, "epoch-" + e).setExpansion(Expansion.EXPANDED);
            NodeState group = DiagramStates.node(state, "group:epoch-" + e + ":dag-task:train_batch_iteration");
            group.setExpansion(Expansion.EXPANDED);
            group.setShown(batches);
        }
        return state;
    }

    /**
     * A pipeline of {@code tasks} tasks in one workflow, each with its own activity (so none are grouped), each
     * using one to three artifacts generated shortly before it and generating one: as many artifacts as tasks, a
     * layered lineage graph.
     *
     * @param tasks the number of tasks
     * @param seed the seed of the choices
     * @return the workspace
     */
    public static Workspace pipeline(int tasks, long seed) {
        Random random = new Random(seed);
        Workspace workspace = F.createWorkspace();
        Workflow workflow = workflow(workspace, "pipeline", "pipeline");
        List<Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            Task task = task("task-" + i, "step_" + i, i, i + 1);
            workflow.getTasks().add(task);
            int uses = artifacts.isEmpty() ? 0 : 1 + random.nextInt(3);
            for (int u = 0; u < uses; u++) {
                int back = Math.min(artifacts.size(), 1 + (int) Math.abs(random.nextGaussian() * 20));
                link(task, artifacts.get(artifacts.size() - back), true);
            }
            Artifact out = artifact(workspace, "artifact-" + i, "data_" + i + ".parquet");
            artifacts.add(out);
            link(task, out, false);
        }
        return workspace;
    }

    private static Workflow workflow(Workspace workspace, String id, String name) {
        Campaign campaign = F.createCampaign();
        campaign.setId("campaign");
        workspace.getCampaigns().add(campaign);
        Workflow workflow = F.createWorkflow();
        workflow.setId(id);
        workflow.setName(name);
        campaign.getWorkflows().add(workflow);
        return workflow;
    }

    private static Task task(String id, String activity, double start, double end) {
        Task task = F.createTask();
        task.setId(id);
        task.setActivity(activity);
        task.setStatus(Status.FINISHED);
        task.setStartedAt(start);
        task.setEndedAt(end);
        return task;
    }

    private static Artifact artifact(Workspace workspace, String id, String name) {
        Artifact artifact = F.createArtifact();
        artifact.setId(id);
        artifact.setName(name);
        workspace.getArtifacts().add(artifact);
        return artifact;
    }

    private static void link(Task task, Artifact artifact, boolean used) {
        ArtifactLink link = F.createArtifactLink();
        link.setArtifact(artifact);
        (used ? task.getUsed() : task.getGenerated()).add(link);
    }
}
