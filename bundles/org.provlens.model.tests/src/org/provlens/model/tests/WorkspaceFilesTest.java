package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.Annotation;
import org.provlens.model.Campaign;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.ModelEquality;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.model.util.WorkspaceStore;

class WorkspaceFilesTest {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    @TempDir
    Path dir;

    static Task task(String id, Task parent, Workspace workspace, long seed) {
        Task task = F.createTask();
        task.setId(id);
        task.setActivity(parent == null ? "model_train" : "train_batch_iteration");
        task.setStartedAt(1_700_000_000 + seed);
        task.setEndedAt(1_700_000_001 + seed);
        return task;
    }

    static void setTelemetry(Task task, WorkspaceFiles files, long seed) {
        Workspace workspace = files == null ? (Workspace) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(task)
                : files.workspace();
        TelemetrySchema schema = workspace.getTelemetrySchemas().get(0);
        Telemetry telemetry = F.createTelemetry();
        telemetry.setSchema(schema);
        task.setTelemetry(telemetry);
        Bulk.setTelemetry(telemetry, files == null ? null : files.store(), new double[] {seed, seed * 2.0},
                new double[] {seed + 0.5, Double.NaN});
    }

    /** A small workflow (tasks in the main file) and a large one (3,000 tasks: a fragment), with telemetry. */
    private static Workspace workspace() {
        Workspace workspace = F.createWorkspace();
        workspace.setName("before");
        TelemetrySchema schema = F.createTelemetrySchema();
        schema.setId("telemetry-schema-1");
        schema.getChannels().addAll(List.of("gpu.gpu_0.power.energy_accumulator", "cpu.percent_all"));
        schema.getUnits().addAll(List.of("J", "%"));
        workspace.getTelemetrySchemas().add(schema);
        Campaign campaign = F.createCampaign();
        campaign.setId("c");
        workspace.getCampaigns().add(campaign);
        for (int w = 0; w < 2; w++) {
            Workflow workflow = F.createWorkflow();
            workflow.setId("wf-" + w);
            campaign.getWorkflows().add(workflow);
            Task top = task("wf-" + w + "-train", null, workspace, w);
            workflow.getTasks().add(top);
            setTelemetry(top, null, w);
            int children = w == 0 ? 10 : 3_000;
            for (int i = 0; i < children; i++) {
                Task child = task("wf-" + w + "-batch-" + i, top, workspace, i);
                top.getChildren().add(child);
                setTelemetry(child, null, i);
                child.getDependencies().add(top);
            }
        }
        Annotation note = F.createAnnotation();
        note.setId("note-1");
        note.setText("slow batch");
        note.getTargets().add(campaign.getWorkflows().get(1).getTasks().get(0).getChildren().get(2_999));
        note.getTargets().add(campaign.getWorkflows().get(0).getTasks().get(0));
        workspace.getAnnotations().add(note);
        return workspace;
    }

    @Test
    void aLargeWorkflowIsAFragmentReadAfterTheMainFileAndEverythingResolves() throws IOException {
        Path file = dir.resolve("runs.provlens");
        Workspace original = workspace();
        WorkspaceStore.save(original, file);
        Path folder = WorkspaceFiles.folderOf(file);
        assertTrue(Files.exists(folder.resolve("tasks-1.provlens")), "the large workflow has a fragment");
        try (var files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("tasks-")).count(),
                    "the small workflow stays in the main file");
        }

        WorkspaceFiles files = WorkspaceFiles.open(file);
        Workspace opened = files.workspace();
        Workflow small = opened.getCampaigns().get(0).getWorkflows().get(0);
        Workflow large = opened.getCampaigns().get(0).getWorkflows().get(1);
        assertTrue(WorkspaceFiles.isLoaded(small));
        assertFalse(WorkspaceFiles.isLoaded(large), "the fragment is not read when the main file opens");
        assertFalse(files.fragmentsLoaded());
        files.loadFragments(null);
        assertTrue(WorkspaceFiles.isLoaded(large));
        Task last = large.getTasks().get(0).getChildren().get(2_999);
        assertSame(large, last.getParent().getWorkflow(), "the fragment's root is contained by its workflow");
        assertSame(last, opened.getAnnotations().get(0).getTargets().get(0), "annotations point into fragments");
        assertSame(large.getTasks().get(0), last.getDependencies().get(0));
        assertSame(opened.getTelemetrySchemas().get(0), last.getTelemetry().getSchema());
        assertArrayEquals(new double[] {2_999.5, Double.NaN}, Bulk.atEnd(last.getTelemetry()));
        assertEquals(-1, countProxies(opened), "no proxy is left to be resolved lazily");
        assertTrue(ModelEquality.equal(original, opened));
        files.close();
    }

    private static int countProxies(Workspace workspace) {
        int[] proxies = {-1};
        for (var it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            for (EObject target : next.eCrossReferences()) {
                if (target.eIsProxy()) {
                    proxies[0] = Math.max(proxies[0], 0) + 1;
                }
            }
        }
        return proxies[0];
    }

    @Test
    void anEditOfTheMainFileDoesNotRewriteFragmentsNorTheStore() throws IOException, InterruptedException {
        Path file = dir.resolve("runs.provlens");
        WorkspaceStore.save(workspace(), file);
        Path fragment = WorkspaceFiles.folderOf(file).resolve("tasks-1.provlens");
        Path telemetry = WorkspaceFiles.folderOf(file).resolve("telemetry-telemetry-schema-1.bin");
        FileTime fragmentTime = Files.getLastModifiedTime(fragment);
        long telemetrySize = Files.size(telemetry);
        Object fragmentKey = Files.readAttributes(fragment, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        Thread.sleep(20);
        Workspace workspace = WorkspaceStore.load(file);
        Annotation note = F.createAnnotation();
        note.setId("note-2");
        note.setText("second look");
        workspace.getAnnotations().add(note);
        WorkspaceStore.save(workspace, file);
        assertEquals(fragmentTime, Files.getLastModifiedTime(fragment), "the fragment was not written again");
        assertEquals(fragmentKey, Files.readAttributes(fragment,
                java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(telemetrySize, Files.size(telemetry), "no row was appended");
        assertEquals(2, WorkspaceStore.load(file).getAnnotations().size());

        // A change to the large workflow, marked dirty, rewrites its fragment and appends its new rows.
        WorkspaceFiles files = WorkspaceFiles.of(workspace);
        Workflow large = workspace.getCampaigns().get(0).getWorkflows().get(1);
        Task added = task("new-batch", large.getTasks().get(0), workspace, 9);
        large.getTasks().get(0).getChildren().add(added);
        setTelemetry(added, files, 9);
        files.markDirty(large);
        files.save();
        assertTrue(Files.size(telemetry) > telemetrySize);
        Workspace reloaded = WorkspaceStore.load(file);
        Task found = reloaded.getCampaigns().get(0).getWorkflows().get(1).getTasks().get(0).getChildren().get(3_000);
        assertEquals("new-batch", found.getId());
        assertArrayEquals(new double[] {9, 18}, Bulk.atStart(found.getTelemetry()));
    }

    @Test
    void aSaveKilledAtAnyPointLeavesTheLastSavedStateOrTheNewOne() throws Exception {
        for (String point : List.of("store", "written", "committed", "moved", "none")) {
            Path case_ = Files.createDirectories(dir.resolve(point));
            Path file = case_.resolve("runs.provlens");
            WorkspaceStore.save(workspace(), file);
            int exit = runChild(file, point);
            assertEquals(point.equals("none") ? 0 : 77, exit, "the child stopped at " + point);
            Workspace reopened = WorkspaceStore.load(file);
            Workflow large = reopened.getCampaigns().get(0).getWorkflows().get(1);
            int children = large.getTasks().get(0).getChildren().size();
            boolean committed = point.equals("committed") || point.equals("moved") || point.equals("none");
            assertEquals(committed ? "after" : "before", reopened.getName(), point);
            assertEquals(committed ? 3_001 : 3_000, children, point + ": the fragment matches the main file");
            if (committed) {
                Task added = large.getTasks().get(0).getChildren().get(3_000);
                assertArrayEquals(new double[] {4242, 8484}, Bulk.atStart(added.getTelemetry()), point);
            }
            assertArrayEquals(new double[] {2_999.5, Double.NaN},
                    Bulk.atEnd(large.getTasks().get(0).getChildren().get(2_999).getTelemetry()), point);
            try (var files = Files.walk(case_)) {
                assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".next") || n.endsWith(".journal")).toList(),
                        point + ": recovery leaves no temporary file");
            }
        }
    }

    /** Runs {@link CrashingSave} in a child JVM with the class path of the classes it needs. */
    private static int runChild(Path file, String point) throws Exception {
        Set<String> path = new LinkedHashSet<>();
        for (Class<?> type : List.of(CrashingSave.class, WorkspaceFiles.class, EObject.class, URI.class,
                XMIResource.class)) {
            path.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", String.join(File.pathSeparator, path),
                CrashingSave.class.getName(), file.toString(), point));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child finished");
        assertNotNull(output);
        if (process.exitValue() != 77 && process.exitValue() != 0) {
            throw new AssertionError("the child failed (" + process.exitValue() + "): " + output);
        }
        return process.exitValue();
    }
}
