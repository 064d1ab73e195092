package org.provlens.recommender.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;

/**
 * The past trials of a workspace, grouped by the unique task they worked on.
 *
 * <p><b>What a trial is.</b> An execution that recorded at least one finite metric and at least one hyperparameter
 * (a parameter that is not a task trait, not a path or URI and not a seed or id): each MLflow run, each Flowcept
 * or CMF task of that kind. The outermost one counts: the epochs of a trial task are not trials of their own. The
 * model is the value of the first parameter named {@code model}, {@code model_name}, {@code model_type},
 * {@code model.name}, {@code algorithm}, {@code estimator}, {@code architecture} or {@code arch}.</p>
 */
public final class History {

    /** Parameter keys that name the model, in the order they are looked for. */
    public static final List<String> MODEL_KEYS = List.of("model", "model_name", "model_type", "model.name",
            "algorithm", "estimator", "architecture", "arch");

    /** The model of a trial without a model parameter. */
    public static final String UNSPECIFIED = "(unspecified)";

    /** Parameters that are not hyperparameters. */
    private static final Set<String> NOT_HYPERPARAMETERS = Set.of("seed", "random_state", "random_seed", "run_id",
            "trial_id", "trial", "n_trials", "search_strategy");

    private static final Pattern PATH_LIKE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://\\S+|\\.{0,2}/\\S*)$");

    private final List<Trial> trials;
    private final List<TaskNode> nodes;

    private History(List<Trial> trials) {
        this.trials = List.copyOf(trials);
        Map<String, List<Trial>> byKey = new LinkedHashMap<>();
        Map<String, TaskCharacteristics> traits = new HashMap<>();
        for (Trial trial : trials) {
            String key = trial.task().key();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(trial);
            traits.merge(key, trial.task(), TaskCharacteristics::with);
        }
        List<TaskNode> list = new ArrayList<>();
        byKey.forEach((key, list2) -> list.add(new TaskNode(key, traits.get(key), list2)));
        this.nodes = List.copyOf(list);
    }

    /**
     * Reads the trials of a workspace.
     *
     * @param workspace the workspace
     * @param monitor cancellation, may be {@code null}
     * @return the history
     */
    public static History of(Workspace workspace, IProgressMonitor monitor) {
        List<Trial> trials = new ArrayList<>();
        Map<Workflow, Map<String, Object>> datasets = new HashMap<>();
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                Providers.checkCancelled(monitor);
                Trial trial = trial(workflow, datasets);
                if (trial != null) {
                    trials.add(trial);
                } else {
                    for (Task task : workflow.getTasks()) {
                        visit(task, trials, datasets);
                    }
                }
            }
        }
        return new History(trials);
    }

    private static void visit(Task task, List<Trial> trials, Map<Workflow, Map<String, Object>> datasets) {
        Trial trial = trial(task, datasets);
        if (trial != null) {
            trials.add(trial);
            return;
        }
        for (Task child : Tasks.children(task)) {
            visit(child, trials, datasets);
        }
    }

    /**
     * The trial an execution is.
     *
     * @param execution a run or task
     * @return the trial, {@code null} when it recorded no metric or no hyperparameter
     */
    public static Trial trial(Execution execution) {
        return trial(execution, new HashMap<>());
    }

    private static Trial trial(Execution execution, Map<Workflow, Map<String, Object>> datasets) {
        boolean measured = false;
        for (Metric metric : Tasks.metrics(execution)) {
            measured |= Double.isFinite(metric.getValue());
        }
        if (!measured || Tasks.parameters(execution).isEmpty()) {
            return null;
        }
        String model = null;
        String modelKey = null;
        for (String key : MODEL_KEYS) {
            Parameter p = Tasks.parameter(execution, key);
            if (p != null && p.getValue() != null && !p.getValue().isBlank()) {
                model = p.getValue().strip();
                modelKey = key;
                break;
            }
        }
        Map<String, Object> configuration = new LinkedHashMap<>();
        for (Parameter p : Tasks.parameters(execution)) {
            if (p.getKey().equals(modelKey) || Characterisation.isTraitKey(p.getKey())
                    || NOT_HYPERPARAMETERS.contains(p.getKey().toLowerCase(Locale.ROOT)) || p.getValue() == null
                    || PATH_LIKE.matcher(p.getValue()).matches()) {
                continue;
            }
            configuration.put(p.getKey(), typed(p));
        }
        if (model == null && configuration.isEmpty()) {
            return null;
        }
        return new Trial(execution, model == null ? UNSPECIFIED : model, modelKey, configuration,
                Characterisation.of(execution, datasets), RunEnergy.joules(execution));
    }

    /**
     * A parameter's value as its type says.
     *
     * @param p the parameter
     * @return a Long, Double, Boolean or String
     */
    static Object typed(Parameter p) {
        try {
            return switch (p.getType()) {
                case INTEGER -> Long.parseLong(p.getValue().strip());
                case REAL -> Double.parseDouble(p.getValue().strip());
                case BOOLEAN -> Boolean.parseBoolean(p.getValue().strip());
                default -> p.getValue();
            };
        } catch (NumberFormatException e) {
            return p.getValue();
        }
    }

    /**
     * Every trial.
     *
     * @return the trials in workspace order
     */
    public List<Trial> trials() {
        return trials;
    }

    /**
     * The unique tasks.
     *
     * @return one node per task, in the order their first trial was found
     */
    public List<TaskNode> nodes() {
        return nodes;
    }

    /**
     * The history without the trials of a run or task and what it contains (its tasks, its nested runs): a run is
     * not evidence for itself.
     *
     * @param subject the run or task, may be {@code null}
     * @return the rest of the history
     */
    public History without(Execution subject) {
        if (subject == null) {
            return this;
        }
        return new History(trials.stream().filter(t -> !within(t.execution(), subject)).toList());
    }

    private static boolean within(Execution execution, Execution subject) {
        if (execution == subject || EcoreUtil.isAncestor(subject, execution)) {
            return true;
        }
        for (Workflow w = execution instanceof Workflow wf ? wf.getParent() : null; w != null; w = w.getParent()) {
            if (w == subject) {
                return true;
            }
        }
        return false;
    }
}
