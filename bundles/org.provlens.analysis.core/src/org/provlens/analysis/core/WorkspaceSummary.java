package org.provlens.analysis.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.model.util.Bulk;
import org.provlens.model.Execution;
import org.provlens.model.Series;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;

/**
 * What a workspace holds, counted in one pass: the figures of {@code provlens summary}.
 *
 * @param workflows workflow runs
 * @param tasks tasks at every level
 * @param artifacts artifacts
 * @param used PROV used links of tasks and runs
 * @param generated PROV wasGeneratedBy links of tasks and runs
 * @param parameters parameter values of tasks and runs
 * @param metrics scalar metric values
 * @param series metric and telemetry series
 * @param samples samples in all series, plus two per telemetry channel snapshot pair
 * @param byActivity activity to task count ({@link Levels#NO_ACTIVITY} for tasks without activity)
 * @param byLevel depth (1 = top-level task) to task count
 * @param hosts host names tasks ran on
 * @param gpus GPUs seen in telemetry, as {@code host/gpu_N}
 * @param start earliest start of any execution, epoch seconds, NaN when none
 * @param end latest end of any execution, epoch seconds, NaN when none
 */
public record WorkspaceSummary(long workflows, long tasks, long artifacts, long used, long generated,
        long parameters, long metrics, long series, long samples, Map<String, Long> byActivity,
        Map<Integer, Long> byLevel, Set<String> hosts, Set<String> gpus, double start, double end) {

    /**
     * Counts a workspace.
     *
     * @param workspace the workspace
     * @return its summary
     */
    public static WorkspaceSummary of(Workspace workspace) {
        Counter c = new Counter();
        c.artifacts = workspace.getArtifacts().size();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Workflow workflow) {
                c.workflows++;
                c.execution(workflow);
            } else if (next instanceof Task task) {
                c.tasks++;
                c.execution(task);
                c.byActivity.merge(Levels.levelOf(task), 1L, Long::sum);
                int depth = 1;
                for (Task p = task.getParent(); p != null; p = p.getParent()) {
                    depth++;
                }
                c.byLevel.merge(depth, 1L, Long::sum);
                if (task.getHost() != null) {
                    c.hosts.add(task.getHost().getName());
                    c.gpus(task.getHost().getName(), task.getTelemetry());
                }
            } else if (!(next instanceof org.provlens.model.Campaign)) {
                it.prune();
            }
        }
        return new WorkspaceSummary(c.workflows, c.tasks, c.artifacts, c.used, c.generated, c.parameters,
                c.metrics, c.series, c.samples, Map.copyOf(c.byActivity), Map.copyOf(c.byLevel),
                Set.copyOf(c.hosts), Set.copyOf(c.gpus), c.start, c.end);
    }

    /** Mutable tallies of one pass. */
    private static final class Counter {
        long workflows;
        long tasks;
        long artifacts;
        long used;
        long generated;
        long parameters;
        long metrics;
        long series;
        long samples;
        final Map<String, Long> byActivity = new TreeMap<>();
        final Map<Integer, Long> byLevel = new TreeMap<>();
        final Set<String> hosts = new TreeSet<>();
        final Set<String> gpus = new TreeSet<>();
        double start = Double.NaN;
        double end = Double.NaN;

        void execution(Execution e) {
            used += Tasks.used(e).size();
            generated += Tasks.generated(e).size();
            parameters += Tasks.parameters(e).size();
            metrics += Tasks.metrics(e).size();
            for (Series s : Tasks.series(e)) {
                series++;
                samples += Bulk.length(s);
            }
            if (e.getTelemetry() != null) {
                samples += 2L * e.getTelemetry().getSchema().getChannels().size();
            }
            if (!Double.isNaN(e.getStartedAt()) && (Double.isNaN(start) || e.getStartedAt() < start)) {
                start = e.getStartedAt();
            }
            if (!Double.isNaN(e.getEndedAt()) && (Double.isNaN(end) || e.getEndedAt() > end)) {
                end = e.getEndedAt();
            }
        }

        /** Host names already scanned per schema: a schema's channels are read once per host, not per task. */
        final Map<org.provlens.model.TelemetrySchema, Set<String>> scanned = new java.util.IdentityHashMap<>();

        void gpus(String host, Telemetry telemetry) {
            if (telemetry == null || !scanned.computeIfAbsent(telemetry.getSchema(), s -> new TreeSet<>()).add(host)) {
                return;
            }
            for (String channel : telemetry.getSchema().getChannels()) {
                if (channel.startsWith("gpu.gpu_")) {
                    int dot = channel.indexOf('.', 4);
                    gpus.add(host + "/" + (dot < 0 ? channel.substring(4) : channel.substring(4, dot)));
                }
            }
        }
    }
}
