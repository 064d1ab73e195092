package org.provlens.compare.core.tests;

import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** Small workspaces built in code, for cases the recorded data has not got (nested values, odd hierarchies). */
final class Built {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    private final Workspace workspace = F.createWorkspace();
    private final Campaign campaign = F.createCampaign();

    Built() {
        campaign.setId("c");
        workspace.getCampaigns().add(campaign);
    }

    Workspace workspace() {
        return workspace;
    }

    Workflow run(String id) {
        Workflow workflow = F.createWorkflow();
        workflow.setId(id);
        workflow.setName(id);
        workflow.setStartedAt(0);
        workflow.setEndedAt(100);
        campaign.getWorkflows().add(workflow);
        return workflow;
    }

    static Task task(Execution parent, String id, String activity, double start) {
        Task task = F.createTask();
        task.setId(id);
        task.setActivity(activity);
        task.setStartedAt(start);
        task.setEndedAt(start + 1);
        if (parent instanceof Workflow workflow) {
            workflow.getTasks().add(task);
        } else {
            ((Task) parent).getChildren().add(task);
        }
        return task;
    }

    static void parameter(Execution execution, String key, String value, ValueType type) {
        Parameter parameter = F.createParameter();
        parameter.setKey(key);
        parameter.setValue(value);
        parameter.setType(type);
        execution.getParameters().add(parameter);
    }

    static void metric(Execution execution, String key, double value) {
        Metric metric = F.createMetric();
        metric.setKey(key);
        metric.setValue(value);
        execution.getMetrics().add(metric);
    }
}
