package org.provlens.diagram.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.energy.core.EnergyColumns;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Execution;
import org.provlens.model.ProvElement;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * The typed Java parts a diagram description names by id instead of an expression language: finders, conditions,
 * label providers and measures. {@link #standard()} holds those the shipped diagrams use; more can be registered
 * for new descriptions.
 */
public final class DiagramRegistry {

    /** Finds elements from an element. */
    @FunctionalInterface
    public interface Finder {
        /**
         * The elements found.
         *
         * @param from the element
         * @param index inverse navigation of the workspace
         * @return the elements, in a stable order
         */
        List<? extends EObject> find(EObject from, ModelIndex index);
    }

    /** A number per element, prepared once for the elements of one diagram (e.g. energy columns of a level). */
    @FunctionalInterface
    public interface Measure {
        /**
         * Prepares the measure of some elements.
         *
         * @param elements the elements that will be measured
         * @return the value of an element, NaN when unknown
         */
        ToDoubleFunction<EObject> prepare(Collection<? extends EObject> elements);
    }

    private static final DiagramRegistry STANDARD = createStandard();

    private final Map<String, Finder> finders = new ConcurrentHashMap<>();
    private final Map<String, Predicate<EObject>> conditions = new ConcurrentHashMap<>();
    private final Map<String, Function<EObject, String>> labels = new ConcurrentHashMap<>();
    private final Map<String, Measure> measures = new ConcurrentHashMap<>();

    /**
     * The registry of the shipped diagrams. Shared: registering into it makes an id available to every diagram.
     *
     * @return the standard registry
     */
    public static DiagramRegistry standard() {
        return STANDARD;
    }

    /**
     * Registers a finder.
     *
     * @param id its id in descriptions
     * @param finder the finder
     */
    public void registerFinder(String id, Finder finder) {
        finders.put(id, finder);
    }

    /**
     * Registers a condition.
     *
     * @param id its id in descriptions
     * @param condition the condition
     */
    public void registerCondition(String id, Predicate<EObject> condition) {
        conditions.put(id, condition);
    }

    /**
     * Registers a label provider.
     *
     * @param id its id in descriptions
     * @param label the label of an element, {@code null} or empty to fall back on the description's features
     */
    public void registerLabel(String id, Function<EObject, String> label) {
        labels.put(id, label);
    }

    /**
     * Registers a measure.
     *
     * @param id its id in descriptions
     * @param measure the measure
     */
    public void registerMeasure(String id, Measure measure) {
        measures.put(id, measure);
    }

    /**
     * A finder by id.
     *
     * @param id the id
     * @return the finder, {@code null} when none is registered
     */
    public Finder finder(String id) {
        return finders.get(id);
    }

    /**
     * A condition by id.
     *
     * @param id the id
     * @return the condition, {@code null} when none is registered
     */
    public Predicate<EObject> condition(String id) {
        return conditions.get(id);
    }

    /**
     * A label provider by id.
     *
     * @param id the id
     * @return the provider, {@code null} when none is registered
     */
    public Function<EObject, String> label(String id) {
        return labels.get(id);
    }

    /**
     * A measure by id.
     *
     * @param id the id
     * @return the measure, {@code null} when none is registered
     */
    public Measure measure(String id) {
        return measures.get(id);
    }

    private static DiagramRegistry createStandard() {
        DiagramRegistry registry = new DiagramRegistry();
        registry.registerFinder("dag.downstream", DiagramRegistry::downstream);
        registry.registerCondition("execution.failed", e -> e instanceof Execution x
                && (x.getStatus() == Status.ERROR || x.getStatus() == Status.KILLED));
        registry.registerCondition("execution.hasLineage", DiagramRegistry::hasLineage);
        registry.registerLabel("execution.title", DiagramRegistry::executionTitle);
        registry.registerLabel("lineage.execution", DiagramRegistry::executionInRun);
        registry.registerLabel("artifact.name", DiagramRegistry::artifactName);
        registry.registerMeasure("duration", elements -> e -> e instanceof Execution x ? Tasks.duration(x) : Double.NaN);
        registry.registerMeasure("energy", DiagramRegistry::energy);
        return registry;
    }

    /**
     * The tasks that had to wait for a task: those listing it as a dependency, and those that used an artifact it
     * generated (the data flow, which is how Flowcept and CMF record the order of tasks).
     */
    private static List<Task> downstream(EObject from, ModelIndex index) {
        if (!(from instanceof Task task)) {
            return List.of();
        }
        Set<Task> found = new LinkedHashSet<>(index.dependents(task));
        for (ArtifactLink link : Tasks.generated(task)) {
            for (Execution user : index.users(link.getArtifact())) {
                if (user instanceof Task next && next != task) {
                    found.add(next);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether an execution, or a task inside it, used or generated an artifact. */
    private static boolean hasLineage(EObject element) {
        if (!(element instanceof Execution execution)) {
            return false;
        }
        if (!Tasks.used(execution).isEmpty() || !Tasks.generated(execution).isEmpty()) {
            return true;
        }
        java.util.ArrayDeque<Task> pending = new java.util.ArrayDeque<>();
        if (execution instanceof Workflow workflow) {
            pending.addAll(workflow.getTasks());
        } else if (execution instanceof Task task) {
            pending.addAll(Tasks.children(task));
        }
        while (!pending.isEmpty()) {
            Task task = pending.pop();
            if (!Tasks.used(task).isEmpty() || !Tasks.generated(task).isEmpty()) {
                return true;
            }
            pending.addAll(Tasks.children(task));
        }
        return false;
    }

    private static String executionTitle(EObject element) {
        if (element instanceof Task task && task.getActivity() != null && !task.getActivity().isEmpty()) {
            return task.getActivity();
        }
        if (element instanceof Workflow workflow && workflow.getName() != null && !workflow.getName().isEmpty()) {
            return workflow.getName();
        }
        return element instanceof ProvElement p ? (p.getName() == null || p.getName().isEmpty() ? p.getId() : p.getName())
                : null;
    }

    /**
     * A task's title with its run's name when it is a top-level task: in a diagram without run containers, the
     * {@code model_train} tasks of ten runs are told apart.
     */
    private static String executionInRun(EObject element) {
        String title = executionTitle(element);
        if (element instanceof Task task && task.getParent() == null && task.getWorkflow() != null) {
            String run = executionTitle(task.getWorkflow());
            return run == null || run.equals(title) ? title : title + " · " + run;
        }
        return title;
    }

    /**
     * An artifact's name, else the last segment of its URI (the file name), else its id; with the start of its content
     * hash when it has one, as CMF names artifacts ({@code model.pkl:5f0c7a7b}), so two versions of one file are told
     * apart.
     */
    private static String artifactName(EObject element) {
        if (!(element instanceof Artifact artifact)) {
            return null;
        }
        String name = fileName(artifact);
        String hash = artifact.getContentHash();
        return hash == null || hash.length() < 8 || name.equals(hash) ? name : name + " · " + hash.substring(0, 8);
    }

    private static String fileName(Artifact artifact) {
        if (artifact.getName() != null && !artifact.getName().isEmpty()) {
            return artifact.getName();
        }
        String uri = artifact.getUri();
        if (uri != null && !uri.isEmpty()) {
            String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
            return trimmed.substring(trimmed.lastIndexOf('/') + 1);
        }
        return artifact.getId();
    }

    /**
     * Joules of a task, as the level table computes them: the recorded total estimate, else what the GPUs' energy
     * counters measured over the task, else the sum of the component estimates.
     */
    private static ToDoubleFunction<EObject> energy(Collection<? extends EObject> elements) {
        List<Task> tasks = new ArrayList<>();
        for (EObject e : elements) {
            if (e instanceof Task t) {
                tasks.add(t);
            }
        }
        TaskColumns columns = EnergyColumns.taskColumns(tasks);
        List<Column> parts = new ArrayList<>();
        Column total = columns.get("energy.total");
        Column measured = columns.get("energy.gpu.measured");
        for (String component : List.of("energy.cpu", "energy.gpu", "energy.ram", "energy.other")) {
            if (columns.get(component) != null) {
                parts.add(columns.get(component));
            }
        }
        return e -> {
            if (!(e instanceof Task task)) {
                return Double.NaN;
            }
            if (total != null && !Double.isNaN(total.number().applyAsDouble(task))) {
                return total.number().applyAsDouble(task);
            }
            if (measured != null && !Double.isNaN(measured.number().applyAsDouble(task))) {
                return measured.number().applyAsDouble(task);
            }
            double sum = Double.NaN;
            for (Column part : parts) {
                double value = part.number().applyAsDouble(task);
                if (!Double.isNaN(value)) {
                    sum = Double.isNaN(sum) ? value : sum + value;
                }
            }
            return sum;
        };
    }
}
