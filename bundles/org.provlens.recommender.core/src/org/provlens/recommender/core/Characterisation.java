package org.provlens.recommender.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.ValuePools;

/**
 * Characterises the learning task of a run or task from its provenance, and stores a characterisation entered by
 * a user.
 *
 * <p><b>Where traits come from</b>, for an execution and then each enclosing task, its workflow and the workflows
 * that enclose it (the nearest wins):</p>
 * <ol>
 * <li>Explicit traits: properties and parameters named {@code task.<trait>}, or ending in {@code .task.<trait>}:
 * traits entered in ProvLens ({@code task.*} properties), MLflow run tags ({@code task.category}), MLflow
 * experiment tags ({@code mlflow.experiment.task.category}), Flowcept {@code used} of a task or workflow
 * ({@code {"task": {"category": ...}}} becomes parameter {@code task.category}), CMF custom properties.</li>
 * <li>Dataset traits, where no explicit one is given: parameters and properties {@code dataset.<trait>} and the
 * properties of the DATASET artifacts used (CMF artifact properties, MLflow dataset profiles
 * {@code profile.num_rows}, a Flowcept dataset's metadata), for well-known traits only (rows, features, classes,
 * sequence_length, size_bytes, category, modality and their aliases; {@link TaskCharacteristics#canonicalName});
 * an artifact's size is {@code size_bytes}. A profile's {@code num_elements} over its rows gives the features.
 * Last, the DATASET artifacts used anywhere in the workflow (its tasks and nested runs: a CMF pipeline whose first
 * stage reads the data).</li>
 * </ol>
 */
public final class Characterisation {

    /** Prefix of the properties that hold traits entered by a user. */
    public static final String PREFIX = "task.";

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private Characterisation() {
    }

    /**
     * The trait a property or parameter key denotes.
     *
     * @param key a key
     * @return the canonical trait name, {@code null} when the key is not a trait
     */
    public static String traitOf(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        int at = lower.startsWith(PREFIX) ? 0 : lower.lastIndexOf("." + PREFIX) + 1;
        if (at == 0 && !lower.startsWith(PREFIX)) {
            return null;
        }
        String rest = lower.substring(at + PREFIX.length());
        return rest.isEmpty() ? null : TaskCharacteristics.canonicalName(rest);
    }

    /**
     * The well-known dataset trait a key denotes ({@code dataset.rows}, {@code dataset.num_features}).
     *
     * @param key a key
     * @return the canonical trait, {@code null} otherwise
     */
    static String datasetTraitOf(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        int at = lower.startsWith("dataset.") ? 0 : lower.lastIndexOf(".dataset.") + 1;
        if (at == 0 && !lower.startsWith("dataset.")) {
            return null;
        }
        String rest = lower.substring(at + "dataset.".length());
        return TaskCharacteristics.isWellKnown(rest) ? TaskCharacteristics.canonicalName(rest) : null;
    }

    /**
     * Whether a parameter is a trait of the task rather than a hyperparameter.
     *
     * @param key the parameter key
     * @return true for {@code task.*} and {@code dataset.*} keys
     */
    public static boolean isTraitKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return traitOf(key) != null || lower.startsWith("dataset.") || lower.contains(".dataset.");
    }

    /**
     * The characteristics of the task an execution worked on.
     *
     * @param execution a workflow run or a task
     * @return the traits found, possibly empty
     */
    public static TaskCharacteristics of(Execution execution) {
        return of(execution, new java.util.HashMap<>());
    }

    /**
     * The characteristics of the task an execution worked on, sharing the datasets found in a workflow between
     * calls (characterising every trial of a large run must not search the run once per trial).
     *
     * @param execution a workflow run or a task
     * @param workflowDatasets the dataset traits found per workflow so far; filled by this call
     * @return the traits found, possibly empty
     */
    public static TaskCharacteristics of(Execution execution, Map<Workflow, Map<String, Object>> workflowDatasets) {
        Map<String, Object> explicit = new LinkedHashMap<>();
        Map<String, Object> derived = new LinkedHashMap<>();
        for (Execution level : levels(execution)) {
            for (StringProperty p : Tasks.properties(level)) {
                put(explicit, traitOf(p.getKey()), p.getValue());
                put(derived, datasetTraitOf(p.getKey()), p.getValue());
            }
            for (Parameter p : Tasks.parameters(level)) {
                put(explicit, traitOf(p.getKey()), p.getValue());
                put(derived, datasetTraitOf(p.getKey()), p.getValue());
            }
            datasets(Tasks.used(level), derived);
        }
        if (!derived.containsKey("rows") && !explicit.containsKey("rows")) {
            Workflow workflow = workflowOf(execution);
            if (workflow != null) {
                workflowDatasets.computeIfAbsent(workflow, w -> {
                    List<ArtifactLink> links = new ArrayList<>();
                    Bulk.visitExecutions(w, e -> links.addAll(Tasks.used(e)));
                    w.getChildren().forEach(child -> links.addAll(child.getUsed()));
                    Map<String, Object> found = new LinkedHashMap<>();
                    datasets(links, found);
                    return found;
                }).forEach((trait, value) -> put(derived, trait, value));
            }
        }
        if (!derived.containsKey("features") && derived.get("num_elements") instanceof Object elements
                && derived.get("rows") != null) {
            double rows = ((Number) TaskCharacteristics.canonicalValue(derived.get("rows"))).doubleValue();
            Object e = TaskCharacteristics.canonicalValue(elements);
            if (rows > 0 && e instanceof Double count && count > rows) {
                derived.put("features", (double) Math.round(count / rows));
            }
        }
        derived.remove("num_elements");
        return new TaskCharacteristics(explicit).with(new TaskCharacteristics(derived));
    }

    private static void datasets(List<ArtifactLink> links, Map<String, Object> into) {
        for (ArtifactLink link : links) {
            Artifact artifact = link.getArtifact();
            if (artifact == null || artifact.getKind() != ArtifactKind.DATASET) {
                continue;
            }
            for (StringProperty p : artifact.getProperties()) {
                String key = p.getKey().toLowerCase(Locale.ROOT);
                String bare = key.startsWith("profile.") ? key.substring("profile.".length()) : key;
                if (traitOf(key) != null) {
                    put(into, traitOf(key), p.getValue());
                } else if (bare.equals("num_elements")) {
                    put(into, "num_elements", p.getValue());
                } else if (TaskCharacteristics.isWellKnown(bare)) {
                    put(into, TaskCharacteristics.canonicalName(bare), p.getValue());
                }
            }
            if (artifact.getSize() >= 0) {
                put(into, "size_bytes", (double) artifact.getSize());
            }
        }
    }

    private static void put(Map<String, Object> into, String trait, Object value) {
        if (trait != null && value != null && !into.containsKey(trait)
                && TaskCharacteristics.canonicalValue(value) != null) {
            into.put(trait, value);
        }
    }

    /** The execution, its enclosing tasks, its workflow and the workflows enclosing that, nearest first. */
    private static List<Execution> levels(Execution execution) {
        List<Execution> levels = new ArrayList<>();
        Execution current = execution;
        while (current instanceof Task task) {
            levels.add(task);
            current = task.getParent() != null ? task.getParent() : task.getWorkflow();
        }
        Workflow workflow = current instanceof Workflow w ? w : null;
        while (workflow != null && !levels.contains(workflow)) {
            levels.add(workflow);
            workflow = workflow.getParent();
        }
        return levels;
    }

    private static Workflow workflowOf(Execution execution) {
        for (Execution level : levels(execution)) {
            if (level instanceof Workflow workflow) {
                return workflow;
            }
        }
        return null;
    }

    /**
     * Stores traits entered by a user on an execution as {@code task.<trait>} properties, replacing the
     * {@code task.*} properties it had: the change a workbench makes undoable (call it inside a workspace
     * modification).
     *
     * @param execution the run or task
     * @param traits the traits
     * @return the properties it had before, to restore on undo
     */
    public static List<StringProperty> store(Execution execution, TaskCharacteristics traits) {
        ownValues(execution);
        EList<StringProperty> properties = execution.getProperties();
        List<StringProperty> before = new ArrayList<>();
        for (StringProperty p : properties) {
            if (p.getKey().startsWith(PREFIX)) {
                before.add(p);
            }
        }
        properties.removeAll(before);
        traits.traits().forEach((name, value) -> {
            StringProperty p = FACTORY.createStringProperty();
            p.setKey(PREFIX + name);
            p.setValue(TaskCharacteristics.format(value));
            properties.add(p);
        });
        return before;
    }

    /**
     * Puts back the {@code task.*} properties {@link #store} replaced.
     *
     * @param execution the run or task
     * @param before what {@link #store} returned
     */
    public static void restore(Execution execution, List<StringProperty> before) {
        ownValues(execution);
        execution.getProperties().removeIf(p -> p.getKey().startsWith(PREFIX));
        execution.getProperties().addAll(before);
    }

    /** Gives a task its own copies of pooled values before they change ({@link ValuePools}). */
    private static void ownValues(Execution execution) {
        if (execution instanceof Task task) {
            ValuePools.expand(task);
        }
    }
}
