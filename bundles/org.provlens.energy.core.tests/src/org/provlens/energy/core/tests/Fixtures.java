package org.provlens.energy.core.tests;

import java.util.List;

import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.model.Campaign;
import org.provlens.model.Device;
import org.provlens.model.DeviceKind;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Site;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** Small workspaces built in code for the energy tests: runs, tasks with times, hosts with devices, telemetry. */
final class Fixtures {

    static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    final Workspace workspace = F.createWorkspace();
    final Campaign campaign = F.createCampaign();
    final Site site = F.createSite();

    Fixtures() {
        workspace.setName("test");
        campaign.setId("campaign");
        workspace.getCampaigns().add(campaign);
        site.setId("site:test");
        site.setName("Test centre");
        workspace.getSites().add(site);
    }

    Workflow run(String id) {
        Workflow workflow = F.createWorkflow();
        workflow.setId(id);
        campaign.getWorkflows().add(workflow);
        return workflow;
    }

    Host host(String name) {
        Host host = F.createHost();
        host.setId(name);
        host.setName(name);
        site.getHosts().add(host);
        return host;
    }

    /** A host with GPUs of a model, as a CodeCarbon or hand-made workspace lists them. */
    Host host(String name, int gpus, String model) {
        Host host = host(name);
        for (int i = 0; i < gpus; i++) {
            Device device = F.createDevice();
            device.setId(name + "/gpu" + i);
            device.setKind(DeviceKind.GPU);
            device.setIndex(i);
            device.setModel(model);
            host.getDevices().add(device);
        }
        return host;
    }

    static Task task(Execution parent, String id, String activity, double start, double end, Host host) {
        Task task = F.createTask();
        task.setId(id);
        task.setActivity(activity);
        task.setStartedAt(start);
        task.setEndedAt(end);
        task.setHost(host);
        if (parent instanceof Workflow workflow) {
            workflow.getTasks().add(task);
        } else {
            ((Task) parent).getChildren().add(task);
        }
        return task;
    }

    TelemetrySchema schema(String id, List<String> channels, List<String> units) {
        TelemetrySchema schema = F.createTelemetrySchema();
        schema.setId(id);
        schema.getChannels().addAll(channels);
        schema.getUnits().addAll(units);
        workspace.getTelemetrySchemas().add(schema);
        return schema;
    }

    static void telemetry(Execution execution, TelemetrySchema schema, double[] start, double[] end) {
        Telemetry telemetry = F.createTelemetry();
        telemetry.setSchema(schema);
        telemetry.setAtStart(start);
        telemetry.setAtEnd(end);
        execution.setTelemetry(telemetry);
    }

    /** Assumptions with a PUE of 1 and a known intensity: the arithmetic of a test shows in its figures. */
    static Assumptions plain(double intensity) {
        return Assumptions.defaults().withDefaults(1.0, intensity, "test");
    }

    EnergyLedger ledger(Assumptions assumptions) {
        return EnergyLedger.compute(workspace, assumptions, null);
    }

    static int at(EnergyLedger ledger, Execution execution) {
        int i = ledger.indexOf(execution);
        if (i < 0) {
            throw new AssertionError(execution.getId() + " is not in the ledger");
        }
        return i;
    }
}
