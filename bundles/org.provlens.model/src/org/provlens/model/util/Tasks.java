package org.provlens.model.util;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.provlens.model.ArtifactLink;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Series;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;

/**
 * Navigation and derived values of tasks that the generated API leaves out.
 *
 * <p>The read accessors ({@link #children}, {@link #parameters}, {@link #metrics}, ...) give an execution's lists
 * without making them: the generated getters create an empty list on first call that then stays with the object
 * (32 to 40 bytes each), so a reader walking a million leaves through them would add tens of megabytes per feature
 * to the workspace. They also know where a task's parameters, metrics and properties are: its own lists, or the
 * shared objects of its run's value pool ({@link ValuePools}). Readers use these; code that changes a task's values
 * first gives it its own copies ({@link ValuePools#expand}) and then uses the generated getter.</p>
 */
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
     * The tasks a task depends on, without creating an empty list.
     *
     * @param task the task
     * @return its dependencies, an immutable empty list when it has none
     */
    public static List<Task> dependencies(Task task) {
        return task.eIsSet(ProvlensPackage.Literals.TASK__DEPENDENCIES) ? task.getDependencies() : List.of();
    }

    /**
     * The parameters of an execution, without creating an empty list.
     *
     * @param execution the task or run
     * @return its parameters, an immutable empty list when it has none
     */
    public static List<Parameter> parameters(Execution execution) {
        if (execution instanceof Task task && task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_PARAMETERS)) {
            return task.getPooledParameters();
        }
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__PARAMETERS) ? execution.getParameters()
                : List.of();
    }

    /**
     * The metrics of an execution, without creating an empty list.
     *
     * @param execution the task or run
     * @return its metrics, an immutable empty list when it has none
     */
    public static List<Metric> metrics(Execution execution) {
        if (execution instanceof Task task && task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_METRICS)) {
            return task.getPooledMetrics();
        }
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__METRICS) ? execution.getMetrics() : List.of();
    }

    /**
     * The properties of an execution, without creating an empty list.
     *
     * @param execution the task or run
     * @return its properties, an immutable empty list when it has none
     */
    public static List<StringProperty> properties(Execution execution) {
        if (execution instanceof Task task && task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_PROPERTIES)) {
            return task.getPooledProperties();
        }
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__PROPERTIES) ? execution.getProperties()
                : List.of();
    }

    /**
     * The value of a feature as readers see it: an execution's parameters, metrics and properties wherever they are
     * kept (its own lists or its run's {@link org.provlens.model.ValuePool}), any other feature as
     * {@link EObject#eGet(EStructuralFeature)} gives it. For reflective readers (diagram mappings, property sheets).
     *
     * @param object the object
     * @param feature one of its features
     * @return the value
     */
    public static Object get(EObject object, EStructuralFeature feature) {
        if (object instanceof Task task) {
            if (feature == ProvlensPackage.Literals.EXECUTION__PARAMETERS) {
                return parameters(task);
            } else if (feature == ProvlensPackage.Literals.EXECUTION__METRICS) {
                return metrics(task);
            } else if (feature == ProvlensPackage.Literals.EXECUTION__PROPERTIES) {
                return properties(task);
            }
        }
        return object.eGet(feature);
    }

    /**
     * The series of an execution, without creating an empty list.
     *
     * @param execution the task or run
     * @return its series, an immutable empty list when it has none
     */
    public static List<Series> series(Execution execution) {
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__SERIES) ? execution.getSeries() : List.of();
    }

    /**
     * The artifacts an execution used, without creating an empty list.
     *
     * @param execution the task or run
     * @return its used links, an immutable empty list when it has none
     */
    public static List<ArtifactLink> used(Execution execution) {
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__USED) ? execution.getUsed() : List.of();
    }

    /**
     * The artifacts an execution generated, without creating an empty list.
     *
     * @param execution the task or run
     * @return its generated links, an immutable empty list when it has none
     */
    public static List<ArtifactLink> generated(Execution execution) {
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__GENERATED) ? execution.getGenerated()
                : List.of();
    }

    /**
     * The energy estimates recorded with an execution, without creating an empty list.
     *
     * @param execution the task or run
     * @return its estimates, an immutable empty list when it has none
     */
    public static List<EnergyEstimate> energy(Execution execution) {
        return execution.eIsSet(ProvlensPackage.Literals.EXECUTION__ENERGY) ? execution.getEnergy() : List.of();
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
        for (Parameter parameter : parameters(execution)) {
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
