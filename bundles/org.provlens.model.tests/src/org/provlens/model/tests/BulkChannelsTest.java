package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.TelemetryLocator;

/**
 * {@link Bulk#channels}: several channels of many executions in one visit give what {@link Bulk#value} gives value
 * by value, for telemetry in the store and on the heap, over schemas that order or lack the channels differently;
 * so does a {@link TelemetryLocator} made once.
 */
class BulkChannelsTest {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static TelemetrySchema schema(Workspace workspace, String id, String... channels) {
        TelemetrySchema schema = F.createTelemetrySchema();
        schema.setId(id);
        for (String channel : channels) {
            schema.getChannels().add(channel);
            schema.getUnits().add("");
        }
        workspace.getTelemetrySchemas().add(schema);
        return schema;
    }

    @Test
    void severalChannelsInOneVisitEqualTheValuesReadOneByOne() throws IOException {
        Workspace workspace = F.createWorkspace();
        Campaign campaign = F.createCampaign();
        workspace.getCampaigns().add(campaign);
        Workflow workflow = F.createWorkflow();
        campaign.getWorkflows().add(workflow);
        TelemetrySchema a = schema(workspace, "a", "power", "temperature", "utilisation");
        TelemetrySchema b = schema(workspace, "b", "utilisation", "power"); // no temperature, another order
        List<Execution> executions = new ArrayList<>();
        try (BulkStore store = BulkStore.open(dir)) {
            store.attach(workspace);
            for (int i = 0; i < 9000; i++) { // more than two blocks of the store
                Task task = F.createTask();
                workflow.getTasks().add(task);
                executions.add(task);
                if (i % 5 == 4) {
                    continue; // no telemetry
                }
                TelemetrySchema schema = i % 3 == 0 ? b : a;
                int channels = schema.getChannels().size();
                double[] start = new double[channels];
                double[] end = new double[channels];
                for (int c = 0; c < channels; c++) {
                    start[c] = i * 10 + c;
                    end[c] = i % 13 == 0 ? Double.NaN : -(i * 10 + c);
                }
                Telemetry telemetry = F.createTelemetry();
                telemetry.setSchema(schema);
                task.setTelemetry(telemetry);
                Bulk.setTelemetry(telemetry, i % 7 == 0 ? null : store, start, end); // some on the heap
            }
            List<String> names = List.of("temperature", "power", "missing", "utilisation");
            int n = executions.size();
            double[][] start = new double[names.size()][n];
            double[][] end = new double[names.size()][n];
            end[1] = null; // not wanted
            Bulk.channels(executions, names, start, end);
            for (int i = 0; i < n; i++) {
                Telemetry telemetry = executions.get(i).getTelemetry();
                for (int c = 0; c < names.size(); c++) {
                    int index = telemetry == null ? -1 : telemetry.getSchema().getChannels().indexOf(names.get(c));
                    double expectedStart = index < 0 ? Double.NaN : Bulk.value(telemetry, index, false);
                    double expectedEnd = index < 0 ? Double.NaN : Bulk.value(telemetry, index, true);
                    assertEquals(expectedStart, start[c][i], "start of " + names.get(c) + " at " + i);
                    if (end[c] != null) {
                        assertEquals(expectedEnd, end[c][i], "end of " + names.get(c) + " at " + i);
                    }
                }
            }
            double[] single = new double[n];
            Bulk.channel(executions, "utilisation", null, single);
            for (int i = 0; i < n; i++) {
                assertEquals(end[3][i], single[i], "channel() is channels() of one");
            }
            // A locator made once reads every channel as channels() does: schemas mixed, some on the heap.
            TelemetryLocator locator = TelemetryLocator.of(executions);
            assertEquals(n, locator.size());
            double[] locatedStart = new double[n];
            double[] locatedEnd = new double[n];
            for (int c = 0; c < names.size(); c++) {
                locator.channel(names.get(c), locatedStart, c == 1 ? null : locatedEnd);
                assertArrayEquals(start[c], locatedStart, "start of " + names.get(c));
                if (c != 1) {
                    assertArrayEquals(end[c], locatedEnd, "end of " + names.get(c));
                }
            }
            // Every execution of one schema in the store: the store writes the values straight into the result.
            List<Execution> ofA = new ArrayList<>();
            for (Execution e : executions) {
                Telemetry t = e.getTelemetry();
                if (t != null && t.getSchema() == a && t.getRow() >= 0) {
                    ofA.add(e);
                }
            }
            TelemetryLocator direct = TelemetryLocator.of(ofA);
            double[] expected = new double[ofA.size()];
            double[] actual = new double[ofA.size()];
            for (String name : names) {
                Bulk.channel(ofA, name, null, expected);
                direct.channel(name, null, actual);
                assertArrayEquals(expected, actual, name);
            }
            assertTrue(ofA.size() > 4000 && !Double.isNaN(actual[1]), "values were read: " + ofA.size());
        }
    }
}
