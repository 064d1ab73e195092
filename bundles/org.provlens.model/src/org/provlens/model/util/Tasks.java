package org.provlens.model.util;

import java.util.List;

import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;

/** Navigation and derived values of tasks that the generated API leaves out. */
public final class Tasks {

    private Tasks() {
    }

    /**
     * The workflow run a task belongs to, at any depth.
     *
     * @param task the task
     * @return its workflow, {@code null} for a task not yet placed
     */
    public static Workflow workflowOf(Task task) {
        Task top = task;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getWorkflow();
    }

    /**
     * The children of a task, without creating an empty list for a leaf (the generated getter allocates one that
     * stays: at a million leaves, tens of megabytes).
     *
     * @param task the task
     * @return its children, an immutable empty list for a leaf
     */
    public static List<Task> children(Task task) {
        return task.eIsSet(ProvlensPackage.Literals.TASK__CHILDREN) ? task.getChildren() : List.of();
    }

    /**
     * The duration of an execution.
     *
     * @param execution the task or run
     * @return ended minus started in seconds, NaN when either is unknown
     */
    public static double duration(Execution execution) {
        return execution.getEndedAt() - execution.getStartedAt();
    }

    /**
     * A parameter by key.
     *
     * @param execution the task or run
     * @param key the parameter key
     * @return the parameter, {@code null} when absent
     */
    public static Parameter parameter(Execution execution, String key) {
        for (Parameter parameter : execution.getParameters()) {
            if (key.equals(parameter.getKey())) {
                return parameter;
            }
        }
        return null;
    }

    /**
     * Whether a telemetry channel is a cumulative counter, whose usage over a task is end minus start.
     *
     * @param channel a channel name
     * @return true for CPU times, IO and network counters, context switches and energy accumulators
     */
    public static boolean isCumulative(String channel) {
        return channel.startsWith("cpu.times") || channel.startsWith("process.cpu_times")
                || channel.startsWith("process.io_counters") || channel.startsWith("process.num_ctx_switches")
                || channel.startsWith("disk.io_") || channel.startsWith("network.netio")
                || channel.endsWith("energy_accumulator");
    }

    /**
     * The index of a channel in a telemetry's schema.
     *
     * @param telemetry the telemetry, may be {@code null}
     * @param channel the channel name
     * @return its index, -1 when absent
     */
    public static int channelIndex(Telemetry telemetry, String channel) {
        if (telemetry == null) {
            return -1;
        }
        List<String> channels = telemetry.getSchema().getChannels();
        return channels.indexOf(channel);
    }
}
