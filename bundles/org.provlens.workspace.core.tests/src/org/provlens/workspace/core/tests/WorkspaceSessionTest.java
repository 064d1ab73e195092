package org.provlens.workspace.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.WorkspaceSummary;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.WorkspaceFiles;
import org.provlens.workspace.core.WorkspaceSession;

class WorkspaceSessionTest {

    @TempDir
    Path dir;

    /** The bundled LLM fine-tuning sample: 1,687 tasks with AMD GPU telemetry. */
    static Path sample() {
        return Stream.of(Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                .map(d -> d.resolve("flowcept/llm_finetune_sample.jsonl")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample is not found from "
                        + Path.of("").toAbsolutePath()));
    }

    /** The same file imported the way it was before the store: every value on the heap. */
    private static Workspace onTheHeap() {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("heap");
        Importers.importFile(sample(), builder, null);
        assertNull(builder.store());
        return builder.workspace();
    }

    @Test
    void anImportSharesEqualStringsOverItsTasks() throws IOException {
        try (WorkspaceSession session = WorkspaceSession.inMemory("shared")) {
            session.importFiles(List.of(sample()), null, null);
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            int[] checked = {0};
            Levels.forEachTask(session.workspace(), task -> {
                List<String> strings = new ArrayList<>();
                strings.add(task.getActivity());
                strings.add(task.getSubtype());
                org.provlens.model.util.Tasks.parameters(task).forEach(p -> {
                    strings.add(p.getKey());
                    strings.add(p.getValue());
                });
                org.provlens.model.util.Tasks.properties(task).forEach(p -> strings.add(p.getValue()));
                org.provlens.model.util.Tasks.metrics(task).forEach(m -> strings.add(m.getKey()));
                for (String text : strings) {
                    if (text != null) {
                        String first = seen.putIfAbsent(text, text);
                        if (first != null) {
                            checked[0]++;
                            assertTrue(first == text, "two instances of '" + text + "' in task " + task.getId());
                        }
                    }
                }
            });
            assertTrue(checked[0] > 10_000, "repeated strings checked: " + checked[0]);
        }
    }

    @Test
    void valuesReadThroughTheStoreAreTheValuesOfAnImportOnTheHeap() throws IOException {
        Workspace heap = onTheHeap();
        try (WorkspaceSession session = WorkspaceSession.inMemory("store")) {
            session.importFiles(List.of(sample()), null, null);
            Workspace stored = session.workspace();
            assertNotNull(session.store());
            assertEquals(WorkspaceSummary.of(heap), WorkspaceSummary.of(stored), "the summary's counts");
            List<Task> heapTasks = new ArrayList<>();
            Levels.forEachTask(heap, heapTasks::add);
            List<Task> storedTasks = new ArrayList<>();
            Levels.forEachTask(stored, storedTasks::add);
            assertEquals(heapTasks.size(), storedTasks.size());
            int withTelemetry = 0;
            for (int i = 0; i < heapTasks.size(); i++) {
                Telemetry expected = heapTasks.get(i).getTelemetry();
                Telemetry actual = storedTasks.get(i).getTelemetry();
                if (expected == null) {
                    assertNull(actual);
                    continue;
                }
                withTelemetry++;
                assertTrue(actual.getRow() >= 0 && actual.getAtStart() == null, "held in the store, not the heap");
                assertEquals(expected.getSchema().getChannels(), actual.getSchema().getChannels());
                assertArrayEquals(Bulk.atStart(expected), Bulk.atStart(actual), heapTasks.get(i).getId());
                assertArrayEquals(Bulk.atEnd(expected), Bulk.atEnd(actual), heapTasks.get(i).getId());
            }
            assertEquals(469, withTelemetry, "tasks with telemetry in the sample");
            // The level table's energy column, which sums GPU energy counters, gives the same joules (its columns come
            // from the energy bundle).
            List<org.provlens.analysis.core.ColumnSource> energySource = List.of(
                    org.provlens.energy.core.EnergyColumns.of(org.provlens.energy.core.Assumptions.defaults()));
            for (String level : List.of("model_train", "train_batch_iteration")) {
                LevelTable a = LevelTable.of(heap, level, energySource);
                LevelTable b = LevelTable.of(stored, level, List.of(
                        org.provlens.energy.core.EnergyColumns.of(org.provlens.energy.core.Assumptions.defaults())));
                Column energy = a.column("energy.gpu.measured");
                double[] bulk = b.column("energy.gpu.measured").numbers(b.rows());
                for (int r = 0; r < a.rows().size(); r++) {
                    double expected = energy.number().applyAsDouble(a.rows().get(r));
                    assertEquals(expected, b.column("energy.gpu.measured").number().applyAsDouble(b.rows().get(r)),
                            level + " " + r);
                    assertEquals(expected, bulk[r], level + " " + r + ", read in one pass");
                }
            }
            // Every telemetry column of every task, read in one pass over the store and task by task.
            LevelTable all = LevelTable.of(stored, Levels.ALL);
            assertEquals(heapTasks.size(), all.rows().size());
            for (Column column : all.columns().all()) {
                if (column.bulk() == null) {
                    continue;
                }
                double[] values = column.numbers(all.rows());
                for (int r = 0; r < values.length; r += 7) {
                    assertEquals(column.number().applyAsDouble(all.rows().get(r)), values[r], column.name() + " " + r);
                }
            }
        }
    }

    @Test
    void anImportIsSavedAndReopenedWithTheSameValuesAndAReimportAddsNothing() throws IOException {
        Path file = dir.resolve("runs.provlens");
        WorkspaceSummary imported;
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            session.importFiles(List.of(sample()), null, null);
            session.save();
            imported = WorkspaceSummary.of(session.workspace());
        }
        assertTrue(Files.isDirectory(WorkspaceFiles.folderOf(file)));
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            assertEquals(imported, WorkspaceSummary.of(session.workspace()));
            session.importFiles(List.of(sample()), null, null);
            session.save();
            assertEquals(imported, WorkspaceSummary.of(session.workspace()), "importing again adds nothing");
        }
        Workspace heap = onTheHeap();
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            Task first = Levels.select(session.workspace(), "GPTForCausalLM").get(7);
            Task expected = Levels.select(heap, "GPTForCausalLM").get(7);
            assertEquals(expected.getId(), first.getId());
            assertArrayEquals(Bulk.atEnd(expected.getTelemetry()), Bulk.atEnd(first.getTelemetry()));
        }
    }

    @Test
    void listenersAreToldBeforeAndAfterAnImportAndReadersNeverSeeItHalfDone() throws Exception {
        try (WorkspaceSession session = WorkspaceSession.inMemory("concurrent")) {
            List<String> events = new CopyOnWriteArrayList<>();
            session.addListener(new WorkspaceSession.Listener() {
                @Override
                public void aboutToChange() {
                    events.add("about");
                }

                @Override
                public void changed(Workspace workspace) {
                    events.add("changed");
                }
            });
            long total = WorkspaceSummary.of(onTheHeap()).tasks();
            AtomicBoolean done = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Long> seen = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try {
                    while (!done.get()) {
                        seen.add(session.read(w -> WorkspaceSummary.of(w).tasks()));
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            session.importFiles(List.of(sample()), null, null);
            done.set(true);
            reader.join();
            if (failure.get() != null) {
                throw new AssertionError("a reader failed during the import", failure.get());
            }
            assertFalse(seen.isEmpty());
            assertTrue(seen.stream().allMatch(n -> n == 0 || n == total), "only before or after: " + seen.stream()
                    .distinct().toList());
            assertEquals(List.of("about", "changed"), events);
        }
    }

    @Test
    void theTasksOfAnOpenAreAnnouncedAlsoWhenAReaderFollowedThemBeforeTheyWereLoaded() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("large");
        org.provlens.model.Workflow large = builder.workflow(builder.campaign("c"), "large-run");
        builder.task("train", large, null).setActivity("model_train");
        for (int i = 0; i < 800; i++) {
            builder.task("batch-" + i, large, "train").setActivity("train_batch_iteration");
        }
        builder.finish(missing -> {
        });
        Path file = dir.resolve("large.provlens");
        org.provlens.model.util.WorkspaceStore.save(builder.workspace(), file);
        try (WorkspaceSession session = WorkspaceSession.inMemory("first")) {
            List<String> events = new CopyOnWriteArrayList<>();
            session.openMain(file);
            session.addListener(new WorkspaceSession.Listener() {
                @Override
                public void aboutToChange() {
                    events.add("about");
                }

                @Override
                public void changed(Workspace workspace) {
                    events.add("changed");
                }
            });
            org.provlens.model.Workflow run = session.workspace().getCampaigns().get(0).getWorkflows().get(0);
            assertFalse(WorkspaceFiles.isLoaded(run));
            // A view that reads a run's tasks before the second step resolves them, reading its fragment; the
            // second step must still attach them and tell the listeners once.
            assertEquals("train", run.getTasks().get(0).getId());
            session.loadFragments(null, Runnable::run);
            assertEquals(List.of("changed"), events, "the navigator learns that the tasks came");
            assertEquals(1, run.getTasks().size(), "read once, not attached twice");
            assertEquals(800, run.getTasks().get(0).getChildren().size());
            session.loadFragments(null, Runnable::run);
            assertEquals(List.of("changed"), events, "and only once");
        }
    }

    @Test
    void aFolderIsSearchedAndAMissingInputIsAnError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("capture"));
        Files.copy(sample(), folder.resolve("buffer.jsonl"));
        Files.writeString(folder.resolve("README.md"), "notes");
        try (WorkspaceSession session = WorkspaceSession.inMemory("folder")) {
            assertEquals(1, session.importFiles(List.of(folder), null, null).size());
            assertEquals(1, session.lastResults().size());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> session.importFiles(List.of(dir.resolve("nope")), null, null));
        }
    }
}
