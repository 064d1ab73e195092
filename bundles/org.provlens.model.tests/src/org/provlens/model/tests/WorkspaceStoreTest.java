package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Annotation;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesKind;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.ModelEquality;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.model.util.WorkspaceStore;

class WorkspaceStoreTest {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    @TempDir
    Path dir;

    static Workspace sample() {
        Workspace ws = F.createWorkspace();
        ws.setName("test");
        Campaign campaign = F.createCampaign();
        campaign.setId("campaign-1");
        ws.getCampaigns().add(campaign);
        Workflow wf = F.createWorkflow();
        wf.setId("wf-1");
        wf.setName("train");
        campaign.getWorkflows().add(wf);
        Task train = F.createTask();
        train.setId("t-train");
        train.setActivity("model_train");
        train.setStatus(Status.FINISHED);
        train.setStartedAt(1_700_000_000.25);
        train.setEndedAt(1_700_000_100.5);
        wf.getTasks().add(train);
        Task epoch = F.createTask();
        epoch.setId("t-epoch-0");
        epoch.setActivity("epochs_loop_iteration");
        train.getChildren().add(epoch);
        epoch.getDependencies().add(train);
        Parameter lr = F.createParameter();
        lr.setKey("lr");
        lr.setValue("0.001");
        lr.setType(ValueType.REAL);
        train.getParameters().add(lr);
        Artifact data = F.createArtifact();
        data.setId("md5:abc");
        data.setKind(ArtifactKind.DATASET);
        data.setSize(1234);
        ws.getArtifacts().add(data);
        ArtifactLink used = F.createArtifactLink();
        used.setArtifact(data);
        used.setRole("training_data");
        train.getUsed().add(used);
        Series loss = F.createSeries();
        loss.setKey("loss");
        loss.setKind(SeriesKind.METRIC);
        loss.setXs(new double[] {0, 1, 2});
        loss.setYs(new double[] {2.5, 1.25, Double.NaN});
        train.getSeries().add(loss);
        TelemetrySchema schema = F.createTelemetrySchema();
        schema.setId("schema-1");
        schema.getChannels().add("cpu.percent_all");
        schema.getUnits().add("%");
        ws.getTelemetrySchemas().add(schema);
        Telemetry telemetry = F.createTelemetry();
        telemetry.setSchema(schema);
        telemetry.setAtStart(new double[] {10});
        telemetry.setAtEnd(new double[] {90});
        epoch.setTelemetry(telemetry);
        Annotation note = F.createAnnotation();
        note.setId("note-1");
        note.setText("diverged");
        note.getTargets().add(epoch);
        // Ids with spaces and colons (CMF artifact names are "path:md5") and ids that are absolute paths (Flowcept
        // artifacts) must survive XMI too.
        Artifact path = F.createArtifact();
        path.setId("/lustre/orion/data/shard_00.parquet");
        ws.getArtifacts().add(path);
        ArtifactLink usedPath = F.createArtifactLink();
        usedPath.setArtifact(path);
        train.getUsed().add(usedPath);
        Task odd = F.createTask();
        odd.setId("data/raw set.csv:ab12");
        train.getChildren().add(odd);
        note.getTargets().add(odd);
        ws.getAnnotations().add(note);
        return ws;
    }

    @Test
    void binaryAndXmiRoundTripEveryFeature() throws IOException {
        for (String name : new String[] {"ws.provlens", "ws.xmi"}) {
            Workspace original = sample();
            Path file = dir.resolve(name);
            WorkspaceStore.save(original, file);
            Workspace loaded = WorkspaceStore.load(file);
            assertTrue(ModelEquality.equal(original, loaded), name + " differs after a round trip");
            Task epoch = loaded.getCampaigns().get(0).getWorkflows().get(0).getTasks().get(0).getChildren().get(0);
            assertSame(epoch, loaded.getAnnotations().get(0).getTargets().get(0), name);
            assertSame(loaded.getTelemetrySchemas().get(0), epoch.getTelemetry().getSchema(), name);
            assertArrayEquals(new double[] {2.5, 1.25, Double.NaN},
                    Bulk.ys(epoch.getParent().getSeries().get(0)), name);
            assertArrayEquals(new double[] {90}, Bulk.atEnd(epoch.getTelemetry()), name);
            assertEquals(Double.NaN, epoch.getStartedAt(), name + ": unknown times stay NaN");
        }
    }

    @Test
    void xmiIsReadableAndReferencesBySourceId() throws IOException {
        Path file = dir.resolve("ws.xmi");
        WorkspaceStore.save(sample(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("targets=\"#t-epoch-0 #data/raw%20set.csv:ab12\""), xml);
        assertTrue(xml.contains("artifact=\"#md5:abc\""), xml);
    }

    @Test
    void savingAgainReplacesTheFileAndLeavesNoTemporaries() throws IOException {
        Path file = dir.resolve("ws.provlens");
        Workspace ws = sample();
        WorkspaceStore.save(ws, file);
        ws.setName("renamed");
        WorkspaceStore.save(ws, file);
        assertEquals("renamed", WorkspaceStore.load(file).getName());
        try (var files = Files.walk(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".next") || n.endsWith(".part") || n.endsWith(".journal")).toList();
            assertEquals(List.of(), left, "no temporary file is left");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file, WorkspaceFiles.folderOf(file)), files.sorted().toList(),
                    "the workspace file and its folder");
        }
    }

    @Test
    void savingInTheOtherFormatKeepsTheWorkspaceInItsResource() throws IOException {
        Workspace ws = sample();
        WorkspaceStore.save(ws, dir.resolve("a.provlens"));
        var resource = ws.eResource();
        WorkspaceStore.save(ws, dir.resolve("a.xmi"));
        assertSame(resource, ws.eResource());
        assertTrue(ModelEquality.equal(WorkspaceStore.load(dir.resolve("a.provlens")),
                WorkspaceStore.load(dir.resolve("a.xmi"))));
    }

    @Test
    void aFileThatIsNotAWorkspaceGivesAnErrorNamingIt() throws IOException {
        Path file = dir.resolve("junk.provlens");
        Files.writeString(file, "this is not a workspace");
        IOException error = assertThrows(IOException.class, () -> WorkspaceStore.load(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
    }
}
