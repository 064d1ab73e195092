package org.provlens.diagram.core.tests;

import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** A large workflow built in memory: one training run whose epochs hold thousands of batches. */
final class Synthetic {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    private Synthetic() {
    }

    /**
     * A workspace with one campaign, one workflow and one {@code model_train} task with {@code epochs}
     * {@code epochs_loop_iteration} children of {@code batches} {@code train_batch_iteration} children each; every
     * epoch generates a checkpoint the next epoch uses; one batch of the last epoch failed.
     *
     * @param epochs epochs
     * @param batches batches per epoch
     * @return the workspace ({@code 1 + epochs * (1 + batches)} tasks)
     */
    static Workspace training(int epochs, int batches) {
        Workspace workspace = F.createWorkspace();
        Campaign campaign = F.createCampaign();
        campaign.setId("campaign");
        workspace.getCampaigns().add(campaign);
        Workflow workflow = F.createWorkflow();
        workflow.setId("run");
        workflow.setName("big run");
        campaign.getWorkflows().add(workflow);
        Task train = task("train", "model_train", 0, 1000);
        workflow.getTasks().add(train);
        Artifact previous = artifact(workspace, "dataset");
        for (int e = 0; e < epochs; e++) {
            Task epoch = task("epoch-" + e, "epochs_loop_iteration", e * 100, e * 100 + 100);
            epoch.setSubtype("iteration");
            train.getChildren().add(epoch);
            link(epoch, previous, true);
            Artifact checkpoint = artifact(workspace, "checkpoint-" + e);
            link(epoch, checkpoint, false);
            previous = checkpoint;
            for (int b = 0; b < batches; b++) {
                Task batch = task("epoch-" + e + "/batch-" + b, "train_batch_iteration", e * 100 + b * 0.01,
                        e * 100 + b * 0.01 + 0.01);
                if (e == epochs - 1 && b == batches / 2) {
                    batch.setStatus(Status.ERROR);
                }
                epoch.getChildren().add(batch);
            }
        }
        return workspace;
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

    private static Artifact artifact(Workspace workspace, String id) {
        Artifact artifact = F.createArtifact();
        artifact.setId(id);
        artifact.setName(id);
        workspace.getArtifacts().add(artifact);
        return artifact;
    }

    private static void link(Task task, Artifact artifact, boolean used) {
        ArtifactLink link = F.createArtifactLink();
        link.setArtifact(artifact);
        (used ? task.getUsed() : task.getGenerated()).add(link);
    }
}
