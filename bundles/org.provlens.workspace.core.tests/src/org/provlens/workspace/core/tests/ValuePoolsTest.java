package org.provlens.workspace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.WorkspaceSummary;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.EnergyComponent;
import org.provlens.model.Parameter;
import org.provlens.model.Task;
import org.provlens.model.ValuePool;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.ValuePools;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * The value pools of a session's runs: an import shares equal parameters, metrics and properties, the values read
 * are those of an import on the heap, and they survive saving, reopening, editing and importing again.
 */
class ValuePoolsTest {

    @TempDir
    Path dir;

    /** The values of every task as text, task id to its parameters, metrics and properties in order. */
    private static Map<String, List<String>> values(Workspace workspace) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Levels.forEachTask(workspace, task -> {
            List<String> of = new ArrayList<>();
            Tasks.parameters(task).forEach(p -> of.add("p " + p.getKey() + "=" + p.getValue() + " " + p.getType()));
            Tasks.metrics(task).forEach(m -> of.add("m " + m.getKey() + "=" + m.getValue() + " " + m.getUnit()
                    + " @" + m.getStep()));
            Tasks.properties(task).forEach(p -> of.add("s " + p.getKey() + "=" + p.getValue()));
            values.put(task.getId(), of);
        });
        return values;
    }

    private static Workspace onTheHeap() {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("heap");
        Importers.importFile(WorkspaceSessionTest.sample(), builder, null);
        return builder.workspace();
    }

    /** How many tasks refer to each pooled parameter. */
    private static Map<EObject, Integer> referrers(Workspace workspace) {
        Map<EObject, Integer> counts = new IdentityHashMap<>();
        Levels.forEachTask(workspace, task -> task.getPooledParameters().forEach(p -> counts.merge(p, 1, Integer::sum)));
        return counts;
    }

    @Test
    void anImportPoolsEqualValuesAndReadersSeeTheValuesOfAnImportOnTheHeap() throws IOException {
        Workspace heap = onTheHeap();
        try (WorkspaceSession session = WorkspaceSession.inMemory("pooled")) {
            session.importFiles(List.of(WorkspaceSessionTest.sample()), null, null);
            Workspace pooled = session.workspace();
            assertEquals(values(heap), values(pooled));
            assertTrue(ModelEquality.equal(heap.getCampaigns().get(0), pooled.getCampaigns().get(0)),
                    "structurally equal to the import on the heap");
            int[] tasks = {0};
            int[] references = {0};
            Set<EObject> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            Levels.forEachTask(pooled, task -> {
                assertTrue(task.getParameters().isEmpty() && task.getMetrics().isEmpty()
                        && task.getProperties().isEmpty(), "no own values left: " + task.getId());
                boolean hasValues = !Tasks.parameters(task).isEmpty() || !Tasks.metrics(task).isEmpty()
                        || !Tasks.properties(task).isEmpty();
                assertEquals(hasValues, ValuePools.isPooled(task), task.getId());
                if (hasValues) {
                    tasks[0]++;
                }
                ValuePool pool = Tasks.workflowOf(task).getValuePool();
                for (Parameter p : task.getPooledParameters()) {
                    assertSame(pool, p.eContainer(), "a pooled value is its run's pool's");
                    references[0]++;
                    distinct.add(p);
                }
            });
            assertTrue(tasks[0] > 800, "pooled tasks: " + tasks[0]);
            int pooledParameters = 0;
            for (org.provlens.model.Campaign campaign : pooled.getCampaigns()) {
                for (Workflow workflow : campaign.getWorkflows()) {
                    pooledParameters += workflow.getValuePool() == null ? 0
                            : workflow.getValuePool().getParameters().size();
                }
            }
            assertEquals(pooledParameters, distinct.size(), "every pooled parameter is referred to");
            assertTrue(distinct.size() * 3 < references[0],
                    "equal values are shared: " + distinct.size() + " objects for " + references[0] + " references");
        }
    }

    /**
     * A Flowcept file of one run large enough to be saved in a fragment of its own: 800 batches whose few
     * settings repeat, and a loss of their own.
     */
    private Path largeRun() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            lines.append("""
                    {"type": "task", "task_id": "batch-%d", "workflow_id": "large-run", "campaign_id": "c", \
                    "activity_id": "train_batch_iteration", "status": "FINISHED", "started_at": %d.0, \
                    "ended_at": %d.5, "used": {"lr": 0.001, "batch_size": %d, "optimizer": "adamw"}, \
                    "generated": {"loss": %s, "tokens": 4096}, "custom_metadata": {"node": "frontier%05d"}}
                    """.formatted(i, 1000 + i, 1000 + i, 16 << (i % 3), 1.0 / (i + 1), i % 8));
        }
        return Files.writeString(dir.resolve("large.jsonl"), lines);
    }

    @Test
    void poolsAreSavedAndReopenedAndAnImportOfTheSameFileChangesNothing() throws IOException {
        Path file = dir.resolve("runs.provlens");
        Map<String, List<String>> imported;
        Path large = largeRun();
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            session.importFiles(List.of(WorkspaceSessionTest.sample(), large), null, null);
            session.save();
            imported = values(session.workspace());
        }
        int poolSize;
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            Workspace reopened = session.workspace();
            assertEquals(imported, values(reopened), "the values after reopening");
            Task batch = find(reopened, "batch-7");
            ValuePool pool = Tasks.workflowOf(batch).getValuePool();
            assertNotNull(pool);
            assertNotSame(reopened.eResource(), pool.eResource(), "the pool is saved in the run's fragment");
            assertSame(pool.eResource(), batch.eResource());
            assertSame(pool, batch.getPooledParameters().get(0).eContainer(), "and its tasks refer to it");
            assertNotNull(find(reopened, "batch-8").getPooledParameters().get(0).eContainer());
            assertEquals(3 + 3 + 800 + 8, pool.getParameters().size() + pool.getMetrics().size()
                    + pool.getProperties().size(), "lr, optimizer, three batch sizes; tokens, 800 losses; 8 nodes");
            poolSize = pool.getParameters().size() + pool.getMetrics().size() + pool.getProperties().size();
            session.importFiles(List.of(WorkspaceSessionTest.sample(), large), null, null);
            assertEquals(imported, values(reopened), "importing again changes no value");
            ValuePool again = Tasks.workflowOf(find(reopened, "batch-7")).getValuePool();
            assertEquals(poolSize, again.getParameters().size() + again.getMetrics().size()
                    + again.getProperties().size(), "and adds no pooled value");
            session.save();
        }
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            assertEquals(imported, values(session.workspace()));
        }
    }

    @Test
    void anEditGivesATaskItsOwnValuesTheOthersKeepTheirsAndAValueNothingUsesLeavesThePool() throws IOException {
        Path file = dir.resolve("runs.provlens");
        String editedId;
        String sharingId;
        Map<String, List<String>> before;
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            session.importFiles(List.of(WorkspaceSessionTest.sample()), null, null);
            Workspace workspace = session.workspace();
            before = values(workspace);
            Map<EObject, Integer> referrers = referrers(workspace);
            // A task with a pooled parameter only it has, and another one shared with other tasks.
            Task edited = null;
            Parameter only = null;
            Parameter shared = null;
            List<Task> all = new ArrayList<>();
            Levels.forEachTask(workspace, all::add);
            for (Task task : all) {
                Parameter unique = null;
                Parameter common = null;
                for (Parameter p : task.getPooledParameters()) {
                    if (referrers.get(p) == 1 && unique == null) {
                        unique = p;
                    } else if (referrers.get(p) > 1 && common == null) {
                        common = p;
                    }
                }
                if (unique != null && common != null) {
                    edited = task;
                    only = unique;
                    shared = common;
                    break;
                }
            }
            assertNotNull(edited, "a task with a value of its own and a shared one");
            Parameter sharedValue = shared;
            Task target = edited;
            editedId = edited.getId();
            sharingId = all.stream().filter(t -> t != target && t.getPooledParameters().contains(sharedValue))
                    .map(Task::getId).findFirst().orElseThrow();
            String onlyKey = only.getKey();
            String sharedKey = shared.getKey();
            Parameter gone = only;
            session.modify(() -> {
                ValuePools.expand(target);
                for (Parameter p : target.getParameters()) {
                    if (p.getKey().equals(onlyKey)) {
                        p.setValue("edited-only");
                    } else if (p.getKey().equals(sharedKey)) {
                        p.setValue("edited-shared");
                    }
                }
            }, List.of(Tasks.workflowOf(edited)));
            ValuePool pool = Tasks.workflowOf(target).getValuePool();
            assertFalse(pool.getParameters().contains(gone), "the value only the edited task had left the pool");
            assertTrue(pool.getParameters().contains(sharedValue), "the shared one stays for the others");
            assertTrue(ValuePools.isPooled(target), "the edited task is pooled again");
            session.save();
        }
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            Map<String, List<String>> after = values(session.workspace());
            assertEquals(before.get(sharingId), after.get(sharingId), "the task sharing the value is unchanged");
            List<String> edited = after.get(editedId);
            assertTrue(edited.stream().anyMatch(v -> v.contains("=edited-only ")), edited.toString());
            assertTrue(edited.stream().anyMatch(v -> v.contains("=edited-shared ")), edited.toString());
            assertEquals(before.get(editedId).size(), edited.size(), "the edit changed values, it added none");
            for (String id : before.keySet()) {
                if (!id.equals(editedId)) {
                    assertEquals(before.get(id), after.get(id), id);
                }
            }
        }
    }

    @Test
    void energyAttachedToAnExistingTaskOfASavedRunIsSaved() throws IOException {
        Path file = dir.resolve("runs.provlens");
        String taskId;
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            session.importFiles(List.of(WorkspaceSessionTest.sample()), null, null);
            session.save();
            taskId = Levels.select(session.workspace(), "GPTForCausalLM").get(3).getId();
        }
        WorkspaceSummary summary;
        Path emissions = Files.writeString(dir.resolve("emissions.csv"), """
                timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,\
                cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region
                2024-06-11T14:03:00,finetune,%s,180.0,0.000536,2.98e-06,65.0,0.0,10.0,0.00325,0.0,0.0005,0.00375,\
                United States,USA,california
                """.formatted(taskId));
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            session.importFiles(List.of(emissions), null, null);
            Task task = find(session.workspace(), taskId);
            assertTrue(task.getEnergy().stream().anyMatch(e -> e.getComponent() == EnergyComponent.TOTAL),
                    "CodeCarbon's total is on the Flowcept task");
            summary = WorkspaceSummary.of(session.workspace());
            session.save();
        }
        try (WorkspaceSession session = WorkspaceSession.open(file, null)) {
            Task task = find(session.workspace(), taskId);
            assertEquals(0.00375 * 3.6e6, task.getEnergy().stream()
                    .filter(e -> e.getComponent() == EnergyComponent.TOTAL).findFirst().orElseThrow().getJoules(),
                    1e-6, "saved with the run it was attached to");
            assertEquals(summary, WorkspaceSummary.of(session.workspace()));
        }
    }

    private static Task find(Workspace workspace, String id) {
        Task[] found = {null};
        Levels.forEachTask(workspace, t -> {
            if (id.equals(t.getId())) {
                found[0] = t;
            }
        });
        assertNotNull(found[0], id);
        return found[0];
    }
}
