package org.provlens.importer.core.cmf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.EList;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.cmf.CmfNode.Kind;
import org.provlens.importer.core.cmf.CmfNode.Where;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Status;
import org.provlens.model.Task;
import org.provlens.model.Workflow;

/**
 * One CMF import: maps pipelines, stages, executions, events and artifacts onto the workspace and collects counts
 * and problems. Every setter merges by key, and every element is found by its CMF identity, so importing the same
 * input again, or the export and the store of the same pipeline, changes nothing.
 */
final class CmfMapper {

    /** The properties CMF gives every execution; in a server listing every other key is a custom property. */
    static final Set<String> EXECUTION_PROPERTIES = Set.of("Context_ID", "Context_Type", "Execution",
            "Execution_type_name", "Execution_uuid", "Git_End_Commit", "Git_Repo", "Git_Start_Commit", "Pipeline_Type",
            "Pipeline_id");

    /**
     * The custom property {@code cmf metadata push} adds to stages, executions and artifacts: the creation time in
     * the store the record came from (milliseconds, as a string). It beats {@code create_time_since_epoch}, which in
     * a pulled store is the time of the pull.
     */
    static final String ORIGINAL_CREATE_TIME = "original_create_time_since_epoch";

    /** Keys of a server listing item that are identity, name or time rather than properties. */
    private static final Set<String> LISTING_HANDLED_KEYS = Set.of("id", "execution_id", "artifact_id", "name", "type",
            "type_id", "uri", "create_time_since_epoch", "last_update_time_since_epoch", ORIGINAL_CREATE_TIME);

    /** DVC's md5 of a file, or of a directory listing ({@code .dir}): CMF's artifact uri when it is a content hash. */
    private static final Pattern CONTENT_HASH = Pattern.compile("[0-9a-f]{32}(?:\\.dir)?");

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private final WorkspaceBuilder builder;
    private final IProgressMonitor monitor;
    private final String source;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> interned = new HashMap<>();
    private final Set<Workflow> workflows = new LinkedHashSet<>();
    private final Set<Task> tasks = new LinkedHashSet<>();
    /** Stage tasks with the span of their context, widened by their executions at the end. */
    private final Map<Task, double[]> stageSpans = new LinkedHashMap<>();
    private int records;
    private int skipped;
    private boolean cancelled;

    CmfMapper(WorkspaceBuilder builder, IProgressMonitor monitor, String source) {
        this.builder = builder;
        this.monitor = monitor;
        this.source = source;
    }

    /** Where a problem about the whole input is. */
    Where file() {
        return new Where(source, 0, 0, null);
    }

    // ---------------------------------------------------------------- export and store trees

    /**
     * Maps pipelines read from an export or a store.
     *
     * @param pipelines the pipeline nodes, with their stages, executions and events
     */
    void pipelines(List<CmfNode> pipelines) {
        for (CmfNode pipeline : pipelines) {
            if (cancelled) {
                return;
            }
            pipeline(pipeline);
        }
    }

    private void pipeline(CmfNode node) {
        String name = pipelineName(node);
        if (name == null) {
            lostWithoutName(node, "pipeline without a name, and none of its stages or executions names it");
            return;
        }
        Workflow workflow = workflow(name);
        double created = start(node);
        if (!Double.isNaN(created)) {
            workflow.setStartedAt(created);
        }
        contextProperties(workflow, node.map("custom_properties"));
        for (CmfNode stage : node.children) {
            if (cancelled) {
                return;
            }
            stage(stage, name, workflow);
        }
    }

    /**
     * The pipeline's name; a truncated export may lack it (dumptojson writes it after the stages), so it is then
     * taken from the executions' {@code Pipeline_Type} or from a stage name ({@code pipeline/stage}).
     */
    private static String pipelineName(CmfNode node) {
        String name = RecordValues.string(node.attrs.get("name"));
        if (name == null) {
            name = RecordValues.string(node.map("properties").get("Pipeline"));
        }
        for (CmfNode stage : node.children) {
            for (CmfNode execution : stage.children) {
                if (name == null) {
                    name = RecordValues.string(execution.map("properties").get("Pipeline_Type"));
                }
            }
            String stageName = RecordValues.string(stage.attrs.get("name"));
            if (name == null && stageName != null && stageName.indexOf('/') > 0) {
                name = stageName.substring(0, stageName.indexOf('/'));
            }
        }
        return name;
    }

    private void stage(CmfNode node, String pipeline, Workflow workflow) {
        String name = RecordValues.string(node.attrs.get("name"));
        if (name == null) {
            name = RecordValues.string(node.map("properties").get("Pipeline_Stage"));
        }
        for (int i = 0; name == null && i < node.children.size(); i++) {
            name = RecordValues.string(node.children.get(i).map("properties").get("Context_Type"));
        }
        if (name == null) {
            lostWithoutName(node, "stage without a name, and none of its executions names it (Context_Type)");
            return;
        }
        Task stage = stageTask(name, pipeline, workflow);
        double[] span = stageSpans.get(stage);
        span[0] = min(span[0], start(node));
        span[1] = max(span[1], millis(node.attrs.get("last_update_time_since_epoch")));
        contextProperties(stage, node.map("custom_properties"));
        for (CmfNode execution : node.children) {
            if (cancelled) {
                return;
            }
            execution(execution, pipeline, stage, workflow);
        }
    }

    private void execution(CmfNode node, String pipeline, Task stage, Workflow workflow) {
        if (checkCancelled()) {
            return;
        }
        records++;
        monitor.worked(1);
        if (!node.complete) {
            // Only the last execution of a truncated export; the reader reported the truncation.
            skipped++;
            return;
        }
        Map<?, ?> properties = node.map("properties");
        Map<?, ?> custom = node.map("custom_properties");
        String id = executionId(pipeline, properties.get("Execution_uuid"), node.attrs.get("id"));
        if (id == null) {
            skip(node.where, "execution without Execution_uuid or id; not imported");
            return;
        }
        Task task = builder.task(id, workflow, stage.getId());
        tasks.add(task);
        String type = RecordValues.string(node.attrs.get("type"));
        if (type == null) {
            type = RecordValues.string(properties.get("Execution_type_name"));
        }
        if (type != null) {
            task.setActivity(intern(shortName(type, pipeline)));
        }
        RecordValues.setIfPresent(node.attrs.get("name"), task::setName);
        status(task, node.attrs.get("last_known_state"));
        RecordValues.FieldProblems warn = fieldProblems(node.where);
        for (String key : new String[] {"properties", "custom_properties"}) {
            if (node.attrs.get(key) != null) {
                RecordValues.object(task, key, node.attrs.get(key), warn);
            }
        }
        checkTime(task, "create_time_since_epoch", node.attrs.get("create_time_since_epoch"), warn);
        checkTime(task, ORIGINAL_CREATE_TIME, custom.get(ORIGINAL_CREATE_TIME), warn);
        checkTime(task, "last_update_time_since_epoch", node.attrs.get("last_update_time_since_epoch"), warn);
        double started = start(node);
        if (!Double.isNaN(started)) {
            task.setStartedAt(started);
        }
        RecordValues.parameters(task, without(custom, ORIGINAL_CREATE_TIME), interned);
        properties.forEach((key, value) -> RecordValues.properties(task, String.valueOf(key), value, interned));
        // An execution ends no earlier than its last recorded event; CMF updates the execution row itself only
        // when it is created or updated, not when artifacts are logged.
        double ended = millis(node.attrs.get("last_update_time_since_epoch"));
        for (CmfNode event : node.children) {
            ended = max(ended, event(task, event));
        }
        // Ends only move later: CMF records are append-only, and an export, which has no event times, must not
        // take back the later end a store gave.
        if (!Double.isNaN(ended)) {
            task.setEndedAt(max(task.getEndedAt(), ended));
        }
    }

    /** Links an execution to the artifact of an event; returns the event time or NaN. */
    private double event(Task task, CmfNode node) {
        CmfNode artifactNode = node.artifact;
        if (artifactNode == null) {
            error(node.where, "event without an artifact; not imported");
            return Double.NaN;
        }
        Object typeValue = node.attrs.get("type");
        long type = typeValue instanceof Number n ? n.longValue() : -1;
        boolean input = type == 3 || type == 2 || type == 5; // INPUT, DECLARED_INPUT, INTERNAL_INPUT
        boolean output = type == 4 || type == 1 || type == 6 || type == 7; // OUTPUT, DECLARED_, INTERNAL_, PENDING_
        String uri = RecordValues.string(artifactNode.attrs.get("uri"));
        if (uri == null || uri.isBlank()) {
            String direction = input ? "input" : output ? "output" : "type " + typeValue;
            error(node.where, "the artifact " + describe(artifactNode) + " of this " + direction
                    + " event has no uri, its identity in CMF; the link of execution " + task.getId()
                    + " to it was not imported");
            return Double.NaN;
        }
        if (!input && !output) {
            warning(node.where, "event type " + typeValue + " of execution " + task.getId()
                    + " is neither input (3) nor output (4); the link to artifact " + uri.trim() + " was not imported");
            return Double.NaN;
        }
        Artifact artifact = artifact(artifactNode.attrs, uri.trim());
        String role = RecordValues.string(artifactNode.attrs.get("type"));
        double time = millis(node.attrs.get("milliseconds_since_epoch"));
        checkTime(task, "event.milliseconds_since_epoch", node.attrs.get("milliseconds_since_epoch"),
                fieldProblems(node.where));
        link(input ? task.getUsed() : task.getGenerated(), artifact, role == null ? null : intern(role), time);
        if (output && "Metrics".equals(role)) {
            // log_execution_metrics stores the metric values as the custom properties of a Metrics artifact.
            artifactNode.map("custom_properties").forEach((key, value) -> {
                if (value instanceof Number number && !ORIGINAL_CREATE_TIME.equals(key)) {
                    RecordValues.metric(task, intern(String.valueOf(key)), number.doubleValue());
                }
            });
        }
        return time;
    }

    // ---------------------------------------------------------------- server listings

    /**
     * Maps one item of the server's executions listing: CMF properties flattened with the custom properties, which
     * pandas filled with {@code null} where an execution lacks them.
     *
     * @param item the item, properties flattened into it
     * @param where its place in the file
     * @param allText whether every value is text (the newer listing aggregates values as strings)
     */
    void serverExecution(Map<String, Object> item, Where where, boolean allText) {
        if (checkCancelled()) {
            return;
        }
        records++;
        monitor.worked(1);
        String stageName = RecordValues.string(item.get("Context_Type"));
        if (stageName == null) {
            stageName = RecordValues.string(item.get("Execution_type_name"));
        }
        String pipeline = RecordValues.string(item.get("Pipeline_Type"));
        if (pipeline == null && stageName != null && stageName.indexOf('/') > 0) {
            pipeline = stageName.substring(0, stageName.indexOf('/'));
        }
        if (pipeline == null || stageName == null) {
            skip(where, "execution without Pipeline_Type and Context_Type; not imported");
            return;
        }
        Object localId = item.get("id") != null ? item.get("id") : item.get("execution_id");
        String id = executionId(pipeline, item.get("Execution_uuid"), localId);
        if (id == null) {
            skip(where, "execution without Execution_uuid or id; not imported");
            return;
        }
        Workflow workflow = workflow(pipeline);
        Task stage = stageTask(stageName, pipeline, workflow);
        Task task = builder.task(id, workflow, stage.getId());
        tasks.add(task);
        String type = RecordValues.string(item.get("Execution_type_name"));
        task.setActivity(intern(shortName(type != null ? type : stageName, pipeline)));
        RecordValues.FieldProblems warn = fieldProblems(where);
        checkTime(task, ORIGINAL_CREATE_TIME, item.get(ORIGINAL_CREATE_TIME), warn);
        checkTime(task, "create_time_since_epoch", item.get("create_time_since_epoch"), warn);
        double started = millis(item.get(ORIGINAL_CREATE_TIME));
        if (Double.isNaN(started)) {
            started = millis(item.get("create_time_since_epoch"));
        }
        if (!Double.isNaN(started)) {
            task.setStartedAt(started);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        item.forEach((key, value) -> {
            if (EXECUTION_PROPERTIES.contains(key)) {
                RecordValues.properties(task, key, value, interned);
            } else if (!LISTING_HANDLED_KEYS.contains(key) && value != null) {
                parameters.put(key, listingValue(value, allText));
            }
        });
        RecordValues.parameters(task, parameters, interned);
    }

    /**
     * Maps one item of the server's artifacts listing. The listing says which stages touched an artifact but not
     * whether they used or generated it, so it adds no lineage links: it completes the artifacts that exports and
     * stores link.
     *
     * @param item the item, properties flattened into it
     * @param where its place in the file
     */
    void serverArtifact(Map<String, Object> item, Where where) {
        if (checkCancelled()) {
            return;
        }
        records++;
        monitor.worked(1);
        String name = RecordValues.string(item.get("name"));
        String uri = RecordValues.string(item.get("uri"));
        if (uri == null && name != null) {
            // The newer listing has no uri column; every CMF artifact name is "<path or name>:<uri>[:...]".
            String[] parts = name.split(":");
            uri = parts.length > 1 && !parts[1].isBlank() ? parts[1] : null;
        }
        if (uri == null || uri.isBlank()) {
            skip(where, "artifact " + (name == null ? "without name" : name) + " has no uri, its identity in CMF;"
                    + " not imported");
            return;
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        item.forEach((key, value) -> {
            if (!LISTING_HANDLED_KEYS.contains(key) && value != null) {
                // "Test-env/Prepare,\n Test-env/Featurize": one stage per line in the server's table.
                custom.put(key, "execution_type_name".equals(key) && value instanceof String s
                        ? String.join(", ", s.trim().split("\\s*,\\s*")) : value);
            }
        });
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("type", item.get("type"));
        attrs.put("name", name);
        attrs.put("custom_properties", custom);
        artifact(attrs, uri.trim());
    }

    /**
     * A listing value as it was before the server's pandas table: integral doubles were integers (a column with a
     * missing value becomes float), and in the newer listing every value is text.
     */
    private static Object listingValue(Object value, boolean allText) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) (double) d;
        }
        if (allText && value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException notLong) {
                try {
                    return Double.parseDouble(s.trim());
                } catch (NumberFormatException notNumber) {
                    return s;
                }
            }
        }
        return value;
    }

    // ---------------------------------------------------------------- shared element mapping

    private Workflow workflow(String pipeline) {
        Campaign campaign = builder.campaign(CmfImporter.campaignId(pipeline));
        campaign.setName(pipeline);
        Workflow workflow = builder.workflow(campaign, CmfImporter.workflowId(pipeline));
        workflow.setName(pipeline);
        workflows.add(workflow);
        return workflow;
    }

    private Task stageTask(String stageName, String pipeline, Workflow workflow) {
        Task stage = builder.task(CmfImporter.stageTaskId(stageName), workflow, null);
        stage.setName(stageName);
        stage.setActivity(intern(shortName(stageName, pipeline)));
        tasks.add(stage);
        stageSpans.computeIfAbsent(stage, s -> new double[] {Double.NaN, Double.NaN});
        return stage;
    }

    private Artifact artifact(Map<?, ?> attrs, String uri) {
        String type = RecordValues.string(attrs.get("type"));
        ArtifactKind kind = kindOf(type);
        Artifact artifact = builder.artifact(uri, kind);
        if (artifact.getKind() == ArtifactKind.OTHER && kind != ArtifactKind.OTHER) {
            artifact.setKind(kind);
        }
        String path = displayName(RecordValues.string(attrs.get("name")), uri);
        if (path != null) {
            artifact.setName(path);
            if (!"Metrics".equals(type)) {
                // Metrics artifacts are values in the store, not files; the others name a file or folder.
                artifact.setUri(path);
            }
        }
        if (CONTENT_HASH.matcher(uri).matches()) {
            artifact.setContentHash(uri);
        }
        for (String key : new String[] {"properties", "custom_properties"}) {
            if (attrs.get(key) instanceof Map<?, ?> map) {
                map.forEach((name, value) -> {
                    if (!ORIGINAL_CREATE_TIME.equals(name)) {
                        RecordValues.setIfPresent(value, text -> RecordValues.property(artifact.getProperties(),
                                intern(String.valueOf(name)), text));
                    }
                });
            }
        }
        return artifact;
    }

    /**
     * The path or name part of a CMF artifact name: {@code path:md5} (datasets), {@code path:md5:execution}
     * (models), {@code name:uuid:execution} (metrics) all carry the uri after the first part.
     *
     * @param name the CMF artifact name, may be {@code null}
     * @param uri the artifact's uri
     * @return the part before {@code :<uri>}, the whole name when it does not contain the uri
     */
    static String displayName(String name, String uri) {
        if (name == null) {
            return null;
        }
        int at = name.indexOf(':' + uri);
        return at > 0 ? name.substring(0, at) : name;
    }

    /**
     * The model kind of a CMF artifact type.
     *
     * @param type CMF's artifact type name, may be {@code null}
     * @return the kind, OTHER for unknown types
     */
    static ArtifactKind kindOf(String type) {
        return switch (type == null ? "" : type) {
            case "Dataset" -> ArtifactKind.DATASET;
            case "Model" -> ArtifactKind.MODEL;
            case "Metrics", "Step_Metrics" -> ArtifactKind.METRICS;
            case "Dataslice" -> ArtifactKind.DATASLICE;
            case "Environment" -> ArtifactKind.ENVIRONMENT;
            case "Label" -> ArtifactKind.LABEL;
            default -> ArtifactKind.OTHER;
        };
    }

    /**
     * The task id of an execution: its first {@code Execution_uuid} (a reused execution accumulates one uuid per
     * run, comma-joined, and keeps the first), else the store's id within the pipeline.
     */
    static String executionId(String pipeline, Object uuids, Object localId) {
        String text = RecordValues.string(uuids);
        if (text != null) {
            String first = text.split(",")[0].trim();
            if (!first.isEmpty()) {
                return first;
            }
        }
        String local = RecordValues.string(localId);
        return local == null ? null : CmfImporter.EXECUTION_PREFIX + pipeline + ":" + local;
    }

    /** CMF names stages and execution types {@code <pipeline>/<name>}; the activity is the name. */
    private static String shortName(String name, String pipeline) {
        return name.startsWith(pipeline + "/") ? name.substring(pipeline.length() + 1) : name;
    }

    private static void status(Task task, Object lastKnownState) {
        if (!(lastKnownState instanceof Number state)) {
            return;
        }
        // MLMD's Execution.State; CMF itself leaves it unset, other MLMD writers do not.
        Status status = switch (state.intValue()) {
            case 1 -> Status.SUBMITTED; // NEW
            case 2 -> Status.RUNNING;
            case 3, 5 -> Status.FINISHED; // COMPLETE, CACHED
            case 4 -> Status.ERROR; // FAILED
            case 6 -> Status.KILLED; // CANCELED
            default -> null;
        };
        if (status != null) {
            task.setStatus(status);
        }
    }

    private void contextProperties(org.provlens.model.Execution execution, Map<?, ?> custom) {
        custom.forEach((key, value) -> {
            if (!ORIGINAL_CREATE_TIME.equals(key)) {
                RecordValues.properties(execution, String.valueOf(key), value, interned);
            }
        });
    }

    /** Merges by artifact: one execution uses or generates an artifact once, whatever the source. */
    private static void link(EList<ArtifactLink> links, Artifact artifact, String role, double time) {
        for (ArtifactLink link : links) {
            if (link.getArtifact() == artifact) {
                if (role != null) {
                    link.setRole(role);
                }
                if (!Double.isNaN(time)) {
                    link.setTime(time);
                }
                return;
            }
        }
        ArtifactLink link = FACTORY.createArtifactLink();
        link.setArtifact(artifact);
        link.setRole(role);
        link.setTime(time);
        links.add(link);
    }


    /** Reports problems with one field of the record at a place. */
    private RecordValues.FieldProblems fieldProblems(Where where) {
        return (field, message) -> warning(where, "field " + field + " " + message);
    }

    /**
     * Reports a time that is not one (text that is no number, an object) and keeps its raw value as a property;
     * MLMD's 0 means unknown and is not reported.
     */
    private static void checkTime(org.provlens.model.Execution execution, String field, Object value,
            RecordValues.FieldProblems warn) {
        if (value != null && !(value instanceof Number) && !(value instanceof String s && isNumber(s))) {
            RecordValues.keep(execution, field, value, "is not a CMF time (milliseconds since the epoch)", warn);
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return text.isBlank();
        }
    }

    /** The start of a context or execution: its original creation time when pushed or pulled, else its own. */
    private static double start(CmfNode node) {
        double original = millis(node.map("custom_properties").get(ORIGINAL_CREATE_TIME));
        return Double.isNaN(original) ? millis(node.attrs.get("create_time_since_epoch")) : original;
    }

    /**
     * Epoch seconds of a CMF time, which is always milliseconds (a number, or a string where the merger wrote
     * one); MLMD's default 0 means unknown.
     */
    static double millis(Object value) {
        double ms;
        if (value instanceof Number n) {
            ms = n.doubleValue();
        } else if (value instanceof String s && !s.isBlank()) {
            try {
                ms = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        } else {
            return Double.NaN;
        }
        return ms > 0 ? ms / 1000.0 : Double.NaN;
    }

    private static Map<?, ?> without(Map<?, ?> map, String key) {
        if (!map.containsKey(key)) {
            return map;
        }
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }

    /**
     * Counts the executions of a pipeline or stage that cannot be named as skipped. A node cut by the end of a
     * truncated export holds only the executions it was reading, which the truncation problem already names.
     */
    private void lostWithoutName(CmfNode node, String message) {
        int lost = countExecutions(node);
        records += lost;
        skipped += lost;
        if (node.complete) {
            error(node.where, message + "; its " + lost + " executions were not imported");
        }
    }

    private static int countExecutions(CmfNode node) {
        if (node.kind == Kind.EXECUTION) {
            return 1;
        }
        int count = 0;
        for (CmfNode child : node.children) {
            count += countExecutions(child);
        }
        return count;
    }

    private static String describe(CmfNode artifact) {
        String name = RecordValues.string(artifact.attrs.get("name"));
        Object id = artifact.attrs.get("id");
        return (name == null ? "without name" : "'" + name + "'") + (id == null ? "" : " (id " + id + ")");
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private String intern(String text) {
        return interned.computeIfAbsent(text, t -> t);
    }

    // ---------------------------------------------------------------- counts, problems, progress

    /**
     * Counts records that were lost before they reached the mapper (executions of a store that belong to no
     * pipeline stage), and reports them.
     *
     * @param where where they are
     * @param count how many
     * @param message what was wrong
     */
    void lost(Where where, int count, String message) {
        records += count;
        skipped += count;
        error(where, message);
    }

    private boolean checkCancelled() {
        if (!cancelled && monitor.isCanceled()) {
            cancelled = true;
            warning(file(), "import cancelled after " + records + " records; those were kept");
        }
        return cancelled;
    }

    /**
     * Whether the import was cancelled.
     *
     * @return true once the monitor was found cancelled
     */
    boolean cancelled() {
        return cancelled || checkCancelled();
    }

    void error(Where where, String message) {
        problem(Severity.ERROR, where, message);
    }

    void warning(Where where, String message) {
        problem(Severity.WARNING, where, message);
    }

    private void skip(Where where, String message) {
        skipped++;
        error(where, message);
    }

    private void problem(Severity severity, Where where, String message) {
        problems.add(new ImportProblem(severity, where.source(), where.line(), where.record(),
                where.path() == null ? message : where.path() + ": " + message));
    }

    /**
     * Places the new tasks, spans stages and workflows over their executions, and sums up.
     *
     * @return the result of the import
     */
    ImportResult finish() {
        builder.finish(missing -> warning(file(), "task " + missing[0] + " names parent " + missing[1]
                + ", which is not in the workspace; kept at the top of its workflow"));
        stageSpans.forEach((stage, span) -> {
            double start = min(span[0], stage.getStartedAt());
            double end = max(span[1], stage.getEndedAt());
            for (Task execution : stage.getChildren()) {
                start = min(start, execution.getStartedAt());
                end = max(end, execution.getEndedAt());
            }
            stage.setStartedAt(start);
            stage.setEndedAt(end);
        });
        workflows.forEach(RecordValues::rollUp);
        monitor.done();
        return new ImportResult(source, CmfImporter.FORMAT, records, skipped, workflows.size(), tasks.size(), problems,
                cancelled);
    }
}
