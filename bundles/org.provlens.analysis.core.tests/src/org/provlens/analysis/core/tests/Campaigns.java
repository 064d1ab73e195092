package org.provlens.analysis.core.tests;

import org.provlens.model.Campaign;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** A small sweep built in code: 4 model_train tasks with lr, an optimizer, loss, telemetry and 2 epochs each. */
final class Campaigns {

    static final double[] LR = {0.001, 0.01, 0.1, 0.01};
    static final String[] OPTIMIZER = {"adam", "adam", "sgd", "sgd"};
    static final double[] LOSS = {0.5, 0.3, Double.NaN, 0.4};
    static final Status[] STATUS = {Status.FINISHED, Status.FINISHED, Status.ERROR, Status.FINISHED};

    private Campaigns() {
    }

    static Workspace sweep() {
        ProvlensFactory f = ProvlensFactory.eINSTANCE;
        Workspace ws = f.createWorkspace();
        Campaign campaign = f.createCampaign();
        campaign.setId("sweep");
        ws.getCampaigns().add(campaign);
        TelemetrySchema schema = f.createTelemetrySchema();
        schema.setId("s");
        schema.getChannels().add("gpu.gpu_0.power");
        schema.getChannels().add("disk.io_sum.read_bytes");
        schema.getUnits().add("W");
        schema.getUnits().add("B");
        ws.getTelemetrySchemas().add(schema);
        for (int i = 0; i < LR.length; i++) {
            Workflow wf = f.createWorkflow();
            wf.setId("run-" + i);
            campaign.getWorkflows().add(wf);
            Task train = f.createTask();
            train.setId("train-" + i);
            train.setActivity("model_train");
            train.setStatus(STATUS[i]);
            train.setStartedAt(1000 * i);
            train.setEndedAt(1000 * i + 100 * (i + 1));
            wf.getTasks().add(train);
            Parameter lr = f.createParameter();
            lr.setKey("lr");
            lr.setValue(Double.toString(LR[i]));
            lr.setType(ValueType.REAL);
            train.getParameters().add(lr);
            Parameter opt = f.createParameter();
            opt.setKey("optimizer");
            opt.setValue(OPTIMIZER[i]);
            train.getParameters().add(opt);
            if (!Double.isNaN(LOSS[i])) {
                Metric loss = f.createMetric();
                loss.setKey("loss");
                loss.setValue(LOSS[i]);
                train.getMetrics().add(loss);
            }
            Telemetry telemetry = f.createTelemetry();
            telemetry.setSchema(schema);
            telemetry.setAtStart(new double[] {100, 1000});
            telemetry.setAtEnd(new double[] {300 + i, 5000});
            train.setTelemetry(telemetry);
            for (int e = 0; e < 2; e++) {
                Task epoch = f.createTask();
                epoch.setId("epoch-" + i + "-" + e);
                epoch.setActivity("epochs_loop_iteration");
                epoch.setStatus(Status.FINISHED);
                train.getChildren().add(epoch);
            }
        }
        return ws;
    }
}
