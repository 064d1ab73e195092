package org.provlens.importer.core.mlflow;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.model.AgentKind;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Status;
import org.provlens.model.Workflow;

/**
 * Maps MLflow experiments and runs onto the model, whichever store they were read from: experiment to campaign,
 * run to workflow (nested runs under their parent), params to typed parameters, tags to properties, metric
 * histories to series plus their latest value as a metric.
 */
final class MlflowMapping {

    /** The tool name written in {@link Series#getSource()}. */
    static final String SOURCE = "mlflow";

    /** Campaign ids are prefixed so an MLflow experiment never merges with a Flowcept campaign of the same id. */
    static final String CAMPAIGN_PREFIX = "mlflow:";

    static final String TAG_RUN_NAME = "mlflow.runName";
    static final String TAG_PARENT = "mlflow.parentRunId";
    static final String TAG_USER = "mlflow.user";
    static final String TAG_NOTE = "mlflow.note.content";

    /** Prefix of the properties that hold a run's experiment tags. */
    static final String EXPERIMENT_TAG_PREFIX = "mlflow.experiment.";

    /** Prefix of the ids of the artifacts of logged datasets. */
    static final String DATASET_PREFIX = "mlflow:dataset:";

    /** MLflow's system metrics monitor logs under this prefix ({@code mlflow/system_metrics}). */
    private static final String SYSTEM_PREFIX = "system/";

    private static final Pattern GPU_DEVICE = Pattern.compile("^(gpu_\\d+)_");

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private final WorkspaceBuilder builder;
    private final ImportLog log;
    private final Map<String, String> interned = new HashMap<>();
    private final Map<Workflow, RunData> children = new LinkedHashMap<>();
    private final Set<Workflow> workflows = new LinkedHashSet<>();

    MlflowMapping(WorkspaceBuilder builder, ImportLog log) {
        this.builder = builder;
        this.log = log;
    }

    /**
     * The campaign of an experiment. Keyed by name when known, because experiment ids are per store: a file store
     * migrated to a database, or two stores, reuse "0" for different experiments.
     *
     * @param experiment the experiment
     * @return the campaign
     */
    Campaign campaign(ExperimentInfo experiment) {
        String key = experiment.name() != null ? experiment.name()
                : experiment.id() != null ? experiment.id() : "unknown";
        Campaign campaign = builder.campaign(CAMPAIGN_PREFIX + key);
        campaign.setName(experiment.name() != null ? experiment.name() : "MLflow experiment " + key);
        if (experiment.note() != null) {
            campaign.setDescription(experiment.note());
        } else if (campaign.getDescription() == null && experiment.id() != null) {
            campaign.setDescription("MLflow experiment " + experiment.id()
                    + (experiment.artifactLocation() != null ? " (" + experiment.artifactLocation() + ")" : ""));
        }
        return campaign;
    }

    /**
     * Creates or updates the workflow of a run; re-reading a run replaces its values rather than adding to them.
     *
     * @param run the run
     * @param campaign its experiment's campaign
     * @param experiment its experiment, whose tags the run's properties repeat
     */
    void run(RunData run, Campaign campaign, ExperimentInfo experiment) {
        Workflow workflow = builder.workflow(campaign, run.id);
        workflows.add(workflow);
        String name = run.tags.get(TAG_RUN_NAME);
        if (name == null || name.isEmpty()) {
            name = run.name;
        }
        if (name != null && !name.isEmpty()) {
            workflow.setName(name);
        } else if (workflow.getName() == null) {
            workflow.setName(run.id);
        }
        workflow.setStatus(run.status);
        workflow.setStartedAt(run.startedAt);
        workflow.setEndedAt(run.endedAt);
        String user = run.tags.get(TAG_USER);
        if (user == null || user.isEmpty()) {
            user = run.user;
        }
        if (user != null && !user.isEmpty()) {
            workflow.setAgent(builder.agent(user, AgentKind.PERSON));
        }
        run.info.forEach((key, value) -> RecordValues.properties(workflow, "mlflow." + key, value, interned));
        run.tags.forEach((key, value) -> {
            // The run name and user have their own features; everything else, the parent id included (it
            // survives even when the parent is not imported), stays a property under MLflow's own key.
            if (!TAG_RUN_NAME.equals(key) && !TAG_USER.equals(key)) {
                RecordValues.properties(workflow, key, value, interned);
            }
        });
        experiment.tags().forEach((key, value) -> {
            if (!TAG_NOTE.equals(key)) {
                RecordValues.properties(workflow, EXPERIMENT_TAG_PREFIX + key, value, interned);
            }
        });
        run.inputs.forEach(input -> dataset(workflow, input, run));
        Map<String, Object> typed = new LinkedHashMap<>();
        run.params.forEach((key, value) -> typed.put(key, typedValue(value)));
        RecordValues.parameters(workflow, typed, interned);
        run.metrics.forEach((key, history) -> metric(workflow, key, history));
        String parent = run.tags.get(TAG_PARENT);
        if (parent != null && !parent.isEmpty() && !parent.equals(run.id)) {
            builder.setParentWorkflow(workflow, parent);
            children.put(workflow, run);
        }
    }

    /**
     * Nests child runs under their parents and reports parents that are not in the workspace.
     *
     * @return the number of workflows created or updated
     */
    int finish() {
        builder.finish(missing -> log.warning(log.source, 0, 0,
                "task " + missing[0] + " names parent " + missing[1] + ", which is not in the workspace"));
        children.forEach((workflow, run) -> {
            if (workflow.getParent() == null) {
                log.warning(run.where, run.line, run.record, "run " + run.id + " names parent run "
                        + run.tags.get(TAG_PARENT) + " (" + TAG_PARENT + "), which is not in the workspace;"
                        + " kept as a top-level run");
            }
        });
        return workflows.size();
    }

    /** Links a run to the artifact of a dataset it logged as input; the artifact merges with other runs' use. */
    private void dataset(Workflow workflow, DatasetInput input, RunData run) {
        String id = DATASET_PREFIX + input.name() + (input.digest() != null ? "@" + input.digest() : "");
        Artifact artifact = builder.artifact(id, ArtifactKind.DATASET);
        if (artifact.getKind() == ArtifactKind.OTHER) {
            artifact.setKind(ArtifactKind.DATASET);
        }
        artifact.setName(input.name());
        setProperty(artifact, "mlflow.digest", input.digest());
        setProperty(artifact, "mlflow.source_type", input.sourceType());
        setProperty(artifact, "mlflow.source", input.source());
        setProperty(artifact, "mlflow.schema", input.schema());
        setProperty(artifact, "mlflow.profile", input.profile());
        if (input.source() != null && jsonObject(input.source(), null, run) instanceof Map<?, ?> source
                && source.get("uri") instanceof String uri) {
            artifact.setUri(uri);
        }
        if (input.profile() != null && jsonObject(input.profile(), "profile", run) instanceof Map<?, ?> profile) {
            profile.forEach((key, value) -> {
                if (value != null && !(value instanceof Map) && !(value instanceof java.util.List)) {
                    setProperty(artifact, "profile." + key, RecordValues.string(value));
                }
            });
        }
        String role = input.context() != null ? input.context() : "input";
        for (ArtifactLink link : workflow.getUsed()) {
            if (link.getArtifact() == artifact && role.equals(link.getRole())) {
                return;
            }
        }
        ArtifactLink link = FACTORY.createArtifactLink();
        link.setArtifact(artifact);
        link.setRole(intern(role));
        workflow.getUsed().add(link);
    }

    private static void setProperty(Artifact artifact, String key, String value) {
        if (value != null && !value.isEmpty()) {
            RecordValues.property(artifact.getProperties(), key, value);
        }
    }

    /** A JSON text as a value; a warning (when what is named) and {@code null} when it does not parse. */
    private Object jsonObject(String text, String what, RunData run) {
        try (var parser = JsonTrees.FACTORY.createParser(text)) {
            parser.nextToken();
            return JsonTrees.read(parser);
        } catch (java.io.IOException | RuntimeException e) {
            if (what != null) {
                log.warning(run.where, run.line, run.record, "the " + what + " of a dataset input of run " + run.id
                        + " is not JSON (" + e.getMessage() + "); kept as text in mlflow." + what);
            }
            return null;
        }
    }

    private void metric(Execution execution, String key, MetricHistory history) {
        int latest = history.latest();
        if (latest < 0) {
            return;
        }
        boolean system = key.startsWith(SYSTEM_PREFIX);
        String unit = system ? unitOf(key) : "";
        // One series per history, so that counts say how many samples were logged. Telemetry sampled by a
        // background thread has a sample counter for a step: time is its axis. A learning curve is read over its
        // steps; one logged without steps (all 0, MLflow's default) only has its times.
        if (system) {
            series(execution, key, SeriesKind.TELEMETRY, SeriesAxis.TIME, unit, deviceOf(key), history.byTime());
        } else if (history.hasSteps()) {
            series(execution, key, SeriesKind.METRIC, SeriesAxis.STEP, unit, null, history.byStep());
        } else {
            series(execution, key, SeriesKind.METRIC, SeriesAxis.TIME, unit, null, history.byTime());
        }
        RecordValues.metric(execution, key, history.value(latest));
        for (Metric metric : execution.getMetrics()) {
            if (key.equals(metric.getKey())) {
                metric.setUnit(unit);
                metric.setStep(history.step(latest));
                break;
            }
        }
    }

    private void series(Execution execution, String key, SeriesKind kind, SeriesAxis axis, String unit,
            String device, double[][] samples) {
        Series series = null;
        for (Iterator<Series> it = execution.getSeries().iterator(); it.hasNext();) {
            Series s = it.next();
            if (key.equals(s.getKey()) && SOURCE.equals(s.getSource())) {
                if (series == null && s.getKind() == kind && s.getAxis() == axis) {
                    series = s;
                } else {
                    // The same history over the other axis (earlier imports kept both, or the run has logged
                    // steps since): a history is one series.
                    it.remove();
                }
            }
        }
        if (series == null) {
            series = FACTORY.createSeries();
            series.setKey(intern(key));
            series.setKind(kind);
            series.setAxis(axis);
            series.setSource(SOURCE);
            execution.getSeries().add(series);
        }
        series.setUnit(unit);
        series.setDevice(device);
        // A metric file or table holds the whole history, so re-reading replaces the samples.
        series.setXs(samples[0]);
        series.setYs(samples[1]);
    }

    /**
     * The unit of a system metric, from the suffix MLflow's monitors give its name.
     *
     * @param key e.g. {@code system/gpu_0_power_usage_watts}
     * @return W, %, MB, GB or the empty string
     */
    static String unitOf(String key) {
        if (key.endsWith("_watts")) {
            return "W";
        }
        if (key.endsWith("_percentage")) {
            return "%";
        }
        if (key.endsWith("_megabytes")) {
            return "MB";
        }
        if (key.endsWith("_gigabytes")) {
            return "GB";
        }
        return "";
    }

    /**
     * The device a system metric is of.
     *
     * @param key e.g. {@code system/gpu_0_power_usage_watts}
     * @return {@code gpu_0}, {@code cpu} or {@code null}
     */
    static String deviceOf(String key) {
        String name = key.substring(SYSTEM_PREFIX.length());
        Matcher gpu = GPU_DEVICE.matcher(name);
        if (gpu.find()) {
            return gpu.group(1);
        }
        return name.startsWith("cpu_") ? "cpu" : null;
    }

    /**
     * A parameter's raw text as the value its text denotes, so that parameters get their types: MLflow stores every
     * param as text ({@code str(value)} in Python).
     *
     * @param text the raw value
     * @return a Long, Double, Boolean or the text itself
     */
    static Object typedValue(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.matches("[-+]?(0|[1-9][0-9]{0,17})")) {
            return Long.parseLong(trimmed);
        }
        // No leading zeros ("007" is an id, not seven).
        if (trimmed.matches("[-+]?((0|[1-9][0-9]*)(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            double value = Double.parseDouble(trimmed);
            if (!Double.isInfinite(value)) {
                return value;
            }
        }
        // Python writes True/False; YAML-ish configs write true/false.
        return switch (trimmed.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> text;
        };
    }

    /**
     * The status of MLflow's RunStatus, as the file store's integer or the database's name.
     *
     * @param text e.g. {@code 3} or {@code FINISHED}
     * @return the status, {@code null} when not an MLflow status
     */
    static Status status(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "1", "RUNNING" -> Status.RUNNING;
            // Scheduled runs are waiting for resources: submitted, not yet started.
            case "2", "SCHEDULED" -> Status.SUBMITTED;
            case "3", "FINISHED" -> Status.FINISHED;
            case "4", "FAILED" -> Status.ERROR;
            case "5", "KILLED" -> Status.KILLED;
            default -> null;
        };
    }

    private String intern(String text) {
        return interned.computeIfAbsent(text, t -> t);
    }
}
