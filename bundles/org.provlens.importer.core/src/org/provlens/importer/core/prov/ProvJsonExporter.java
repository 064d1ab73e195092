package org.provlens.importer.core.prov;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.model.Agent;
import org.provlens.model.AgentKind;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.Series;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a workspace, or some of its executions, as a W3C PROV-JSON document that {@link ProvJsonValidator}
 * accepts and {@link ProvJsonImporter} reads back into the same model.
 *
 * <h2>Mapping</h2>
 * <ul>
 * <li>Workflow runs and tasks are activities ({@code prov:type} {@code provlens:Workflow} or {@code provlens:Task})
 * with {@code prov:startTime}/{@code prov:endTime}, {@code prov:label} (name) and ProvLens attributes:
 * {@code provlens:status}, {@code provlens:activity}, {@code provlens:submittedAt}, {@code provlens:host},
 * {@code provlens:tags}, ...; parameters are typed literals {@code param:<key>} ({@code xsd:long},
 * {@code xsd:double}, {@code xsd:boolean}, {@code provlens:JSON} or a plain string), metrics
 * {@code metric:<key>} ({@code xsd:double}), other properties {@code prop:<key>}. A task names its run in
 * {@code provlens:workflow} and its parent task in {@code provlens:parent}: PROV has no part-of relation between
 * activities, and {@code wasInformedBy} (one activity used what another generated) would misstate nesting.</li>
 * <li>A run's campaign is the string attribute {@code provlens:campaign}; a nested run names its parent run in
 * {@code provlens:parent}.</li>
 * <li>Artifacts are entities ({@code prov:type} {@code provlens:Dataset}, {@code provlens:Model}, ... by kind)
 * with {@code prov:label}, {@code prov:location} (URI or path), {@code provlens:contentHash},
 * {@code provlens:size}; agents are agents typed {@code prov:Person}, {@code prov:SoftwareAgent} or
 * {@code prov:Organization}.</li>
 * <li>Links are {@code used} and {@code wasGeneratedBy} with {@code prov:role} and {@code prov:time}; task
 * dependencies are {@code wasInformedBy} (the dependency is the informant); an execution's agent is
 * {@code wasAssociatedWith}; every output of an execution {@code wasDerivedFrom} every input of the same
 * execution, naming the activity, generation and usage.</li>
 * <li>Telemetry snapshots, series and energy estimates have no PROV counterpart: they travel as
 * {@code provlens:telemetry}, {@code provlens:series} and {@code provlens:energy} literals of type
 * {@code provlens:JSON} unless left out ({@link #ProvJsonExporter(boolean)}).</li>
 * </ul>
 * <p>Identifiers are explained in {@link ProvNames}. Times are UTC {@code xsd:dateTime} strings with as many
 * fraction digits as the double needs to read back exactly; {@code prov:startTime}, {@code prov:endTime} and
 * {@code prov:time} are plain strings as the PROV-JSON schema requires, other times typed literals.</p>
 *
 * <p>The output is deterministic: records follow the model's order (runs by campaign, each followed by its tasks
 * depth first), relations are numbered in that order ({@code _:gen1}, {@code _:use1}, ...), and the layout is
 * fixed, so exporting an imported export gives the same bytes.</p>
 */
public final class ProvJsonExporter {

    /** The ProvLens types of artifacts, by kind. */
    private static final Map<ArtifactKind, String> KIND_TYPES = Map.of(ArtifactKind.OTHER, "provlens:Artifact",
            ArtifactKind.DATASET, "provlens:Dataset", ArtifactKind.MODEL, "provlens:Model", ArtifactKind.METRICS,
            "provlens:Metrics", ArtifactKind.CODE, "provlens:Code", ArtifactKind.ENVIRONMENT, "provlens:Environment",
            ArtifactKind.DATASLICE, "provlens:Dataslice", ArtifactKind.LABEL, "provlens:Label");

    private static final Map<AgentKind, String> AGENT_TYPES = Map.of(AgentKind.PERSON, "prov:Person",
            AgentKind.SOFTWARE, "prov:SoftwareAgent", AgentKind.ORGANIZATION, "prov:Organization");

    private final boolean measurements;

    /** An exporter that writes everything, telemetry, series and energy included. */
    public ProvJsonExporter() {
        this(true);
    }

    /**
     * An exporter.
     *
     * @param measurements whether to write telemetry snapshots, series and energy estimates, which only ProvLens
     *            reads, as {@code provlens:JSON} literals
     */
    public ProvJsonExporter(boolean measurements) {
        this.measurements = measurements;
    }

    /**
     * Writes every run, task, artifact and agent of a workspace.
     *
     * @param workspace the workspace
     * @param out where to; not closed
     * @return the number of records (elements and relations) written
     * @throws IOException when writing fails
     */
    public long write(Workspace workspace, OutputStream out) throws IOException {
        Plan plan = new Plan();
        plan.addTree(workspace, null);
        plan.artifacts.addAll(workspace.getArtifacts());
        plan.agents.addAll(workspace.getAgents());
        return plan.write(out);
    }

    /**
     * Writes every run, task, artifact and agent of a workspace to a file.
     *
     * @param workspace the workspace
     * @param file the file, replaced when it exists
     * @return the number of records written
     * @throws IOException when writing fails
     */
    public long write(Workspace workspace, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return write(workspace, out);
        }
    }

    /**
     * Writes some executions: each with its tasks at any depth, and with its enclosing tasks and run (those
     * without their other tasks) so that the exported tasks keep their place. Artifacts and agents are those the
     * written executions link to; dependencies on executions that are not written are left out.
     *
     * @param executions runs and tasks, in any order; they are written in model order
     * @param out where to; not closed
     * @return the number of records written
     * @throws IOException when writing fails
     */
    public long write(Collection<? extends Execution> executions, OutputStream out) throws IOException {
        Set<Execution> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Execution execution : executions) {
            addWithDescendants(execution, selected);
            for (Execution up = enclosing(execution); up != null; up = enclosing(up)) {
                selected.add(up);
            }
        }
        Plan plan = new Plan();
        Set<EObject> roots = new LinkedHashSet<>();
        for (Execution execution : executions) {
            roots.add(EcoreUtil.getRootContainer(execution));
        }
        for (EObject root : roots) {
            plan.addTree(root, selected);
        }
        Set<Artifact> linked = new LinkedHashSet<>();
        Set<Agent> agents = new LinkedHashSet<>();
        for (Execution execution : plan.executions) {
            execution.getUsed().forEach(l -> linked.add(l.getArtifact()));
            execution.getGenerated().forEach(l -> linked.add(l.getArtifact()));
            if (execution.getAgent() != null) {
                agents.add(execution.getAgent());
            }
        }
        // Keep the workspace's order, so a subset lists its artifacts as the whole workspace would.
        for (EObject root : roots) {
            if (root instanceof Workspace workspace) {
                workspace.getArtifacts().stream().filter(linked::contains).forEach(plan.artifacts::add);
                workspace.getAgents().stream().filter(agents::contains).forEach(plan.agents::add);
            }
        }
        plan.artifacts.addAll(linked);
        plan.agents.addAll(agents);
        return plan.write(out);
    }

    private static void addWithDescendants(Execution execution, Set<Execution> into) {
        into.add(execution);
        List<Task> children = execution instanceof Workflow w ? w.getTasks()
                : execution instanceof Task t ? t.getChildren() : List.of();
        for (Task child : children) {
            addWithDescendants(child, into);
        }
    }

    private static Execution enclosing(Execution execution) {
        if (execution instanceof Task task) {
            return task.getParent() != null ? task.getParent() : task.getWorkflow();
        }
        return null;
    }

    /** What one export writes, collected before writing because PROV-JSON groups records by type. */
    private final class Plan {
        final List<Execution> executions = new ArrayList<>();
        final Set<Execution> included = new HashSet<>();
        final Set<Artifact> artifacts = new LinkedHashSet<>();
        final Set<Agent> agents = new LinkedHashSet<>();

        /** Adds the executions under a root in model order, only the selected ones when a selection is given. */
        void addTree(EObject root, Set<Execution> selection) {
            switch (root) {
                case Workspace workspace -> workspace.getCampaigns().forEach(c -> addTree(c, selection));
                case Campaign campaign -> campaign.getWorkflows().forEach(w -> addTree(w, selection));
                case Workflow workflow -> {
                    add(workflow, selection);
                    workflow.getTasks().forEach(t -> addTree(t, selection));
                }
                case Task task -> {
                    add(task, selection);
                    task.getChildren().forEach(t -> addTree(t, selection));
                }
                default -> {
                    // Nothing else holds executions.
                }
            }
        }

        private void add(Execution execution, Set<Execution> selection) {
            if ((selection == null || selection.contains(execution)) && included.add(execution)) {
                executions.add(execution);
            }
        }

        long write(OutputStream out) throws IOException {
            long records = 0;
            try (JsonGenerator json = JsonTrees.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.setPrettyPrinter(new JsonLayout());
                json.writeStartObject();
                json.writeObjectFieldStart(ProvJsonSyntax.PREFIX);
                for (Map.Entry<String, String> prefix : ProvNames.PREFIXES.entrySet()) {
                    json.writeStringField(prefix.getKey(), prefix.getValue());
                }
                json.writeEndObject();
                records += section(json, ProvJsonSyntax.ENTITY, artifacts, this::entity);
                records += section(json, ProvJsonSyntax.ACTIVITY, executions, this::activity);
                records += section(json, ProvJsonSyntax.AGENT, agents, this::agent);
                records += relations(json);
                json.writeEndObject();
                json.flush();
            }
            out.write('\n');
            return records;
        }

        private interface RecordWriter<T> {
            void write(JsonGenerator json, T element) throws IOException;
        }

        private <T> int section(JsonGenerator json, String type, Collection<T> elements, RecordWriter<T> writer)
                throws IOException {
            if (elements.isEmpty()) {
                return 0;
            }
            json.writeObjectFieldStart(type);
            for (T element : elements) {
                writer.write(json, element);
            }
            json.writeEndObject();
            return elements.size();
        }

        private void entity(JsonGenerator json, Artifact artifact) throws IOException {
            json.writeObjectFieldStart(id(artifact));
            qualifiedName(json, "prov:type", KIND_TYPES.get(artifact.getKind()));
            string(json, "prov:label", artifact.getName());
            string(json, "prov:location", artifact.getUri());
            string(json, "provlens:contentHash", artifact.getContentHash());
            if (artifact.getSize() >= 0) {
                typed(json, "provlens:size", Long.toString(artifact.getSize()), "xsd:long");
            }
            properties(json, artifact.getProperties());
            json.writeEndObject();
        }

        private void agent(JsonGenerator json, Agent agent) throws IOException {
            json.writeObjectFieldStart(id(agent));
            qualifiedName(json, "prov:type", AGENT_TYPES.get(agent.getKind()));
            string(json, "prov:label", agent.getName());
            string(json, "provlens:version", agent.getVersion());
            json.writeEndObject();
        }

        private void activity(JsonGenerator json, Execution execution) throws IOException {
            json.writeObjectFieldStart(id(execution));
            qualifiedName(json, "prov:type", execution instanceof Workflow ? "provlens:Workflow" : "provlens:Task");
            string(json, "prov:label", execution.getName());
            time(json, "prov:startTime", execution.getStartedAt());
            time(json, "prov:endTime", execution.getEndedAt());
            if (execution instanceof Workflow workflow) {
                if (workflow.eContainer() instanceof Campaign campaign) {
                    json.writeStringField("provlens:campaign", campaign.getId());
                    if (campaign.getName() != null && !campaign.getName().equals(campaign.getId())) {
                        json.writeStringField("provlens:campaignName", campaign.getName());
                    }
                    string(json, "provlens:campaignDescription", campaign.getDescription());
                }
                string(json, "provlens:subtype", workflow.getSubtype());
            } else if (execution instanceof Task task) {
                string(json, "provlens:activity", task.getActivity());
                string(json, "provlens:subtype", task.getSubtype());
                string(json, "provlens:groupId", task.getGroupId());
            }
            if (execution.getStatus() != Status.UNKNOWN) {
                json.writeStringField("provlens:status", execution.getStatus().getLiteral());
            }
            if (!Double.isNaN(execution.getSubmittedAt()) && !Double.isInfinite(execution.getSubmittedAt())) {
                typed(json, "provlens:submittedAt", XsdLiterals.dateTime(execution.getSubmittedAt()), "xsd:dateTime");
            }
            if (execution.getHost() != null) {
                json.writeStringField("provlens:host", execution.getHost().getId());
            }
            if (execution instanceof Workflow workflow) {
                if (workflow.getParent() != null && included.contains(workflow.getParent())) {
                    qualifiedName(json, "provlens:parent", id(workflow.getParent()));
                }
            } else if (execution instanceof Task task) {
                Workflow workflow = Tasks.workflowOf(task);
                if (workflow != null && included.contains(workflow)) {
                    qualifiedName(json, "provlens:workflow", id(workflow));
                }
                if (task.getParent() != null && included.contains(task.getParent())) {
                    qualifiedName(json, "provlens:parent", id(task.getParent()));
                }
                if (!task.getTags().isEmpty()) {
                    json.writeArrayFieldStart("provlens:tags");
                    for (String tag : task.getTags()) {
                        json.writeString(tag);
                    }
                    json.writeEndArray();
                }
                string(json, "provlens:stdout", task.getStdout());
                string(json, "provlens:stderr", task.getStderr());
            }
            parameters(json, Tasks.parameters(execution));
            metrics(json, Tasks.metrics(execution));
            properties(json, Tasks.properties(execution));
            if (measurements) {
                if (execution.getTelemetry() != null) {
                    typed(json, "provlens:telemetry", Measurements.telemetry(execution.getTelemetry()),
                            "provlens:JSON");
                }
                List<String> series = new ArrayList<>();
                for (Series s : execution.getSeries()) {
                    series.add(Measurements.series(s));
                }
                jsonArray(json, "provlens:series", series);
                List<String> energy = new ArrayList<>();
                for (EnergyEstimate e : execution.getEnergy()) {
                    energy.add(Measurements.energy(e));
                }
                jsonArray(json, "provlens:energy", energy);
            }
            json.writeEndObject();
        }

        private void jsonArray(JsonGenerator json, String name, List<String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            json.writeArrayFieldStart(name);
            for (String value : values) {
                typedValue(json, value, "provlens:JSON");
            }
            json.writeEndArray();
        }

        private void parameters(JsonGenerator json, List<Parameter> parameters) throws IOException {
            for (Map.Entry<String, List<Parameter>> group : groups(parameters, Parameter::getKey).entrySet()) {
                json.writeFieldName("param:" + ProvNames.escape(group.getKey()));
                List<Parameter> values = group.getValue();
                if (values.size() > 1) {
                    json.writeStartArray();
                }
                for (Parameter parameter : values) {
                    parameterValue(json, parameter);
                }
                if (values.size() > 1) {
                    json.writeEndArray();
                }
            }
        }

        private void parameterValue(JsonGenerator json, Parameter parameter) throws IOException {
            String value = parameter.getValue() == null ? "" : parameter.getValue();
            String datatype = switch (parameter.getType()) {
                case INTEGER -> XsdLiterals.isLong(value) ? "xsd:long" : XsdLiterals.isInteger(value) ? "xsd:integer"
                        : null;
                case REAL -> {
                    value = switch (value) {
                        case "Infinity" -> "INF";
                        case "-Infinity" -> "-INF";
                        default -> value;
                    };
                    yield XsdLiterals.parseDouble(value) != null ? "xsd:double" : null;
                }
                case BOOLEAN -> "true".equals(value) || "false".equals(value) ? "xsd:boolean" : null;
                case JSON -> "provlens:JSON";
                default -> null;
            };
            // A value that does not read as its type is written as the text it is, rather than as an invalid literal.
            if (datatype == null) {
                json.writeString(value);
            } else {
                typedValue(json, value, datatype);
            }
        }

        private void metrics(JsonGenerator json, List<Metric> metrics) throws IOException {
            for (Map.Entry<String, List<Metric>> group : groups(metrics, Metric::getKey).entrySet()) {
                String name = "metric:" + ProvNames.escape(group.getKey());
                List<Metric> values = group.getValue();
                boolean many = values.size() > 1;
                json.writeFieldName(name);
                if (many) {
                    json.writeStartArray();
                }
                for (Metric metric : values) {
                    typedValue(json, XsdLiterals.doubleText(metric.getValue()), "xsd:double");
                }
                if (many) {
                    json.writeEndArray();
                }
                if (values.stream().anyMatch(m -> m.getUnit() != null)) {
                    json.writeFieldName(name + "@unit");
                    if (many) {
                        json.writeStartArray();
                    }
                    for (Metric metric : values) {
                        json.writeString(metric.getUnit() == null ? "" : metric.getUnit());
                    }
                    if (many) {
                        json.writeEndArray();
                    }
                }
                if (values.stream().anyMatch(m -> m.getStep() != -1)) {
                    json.writeFieldName(name + "@step");
                    if (many) {
                        json.writeStartArray();
                    }
                    for (Metric metric : values) {
                        typedValue(json, Long.toString(metric.getStep()), "xsd:long");
                    }
                    if (many) {
                        json.writeEndArray();
                    }
                }
            }
        }

        private void properties(JsonGenerator json, List<StringProperty> properties) throws IOException {
            for (Map.Entry<String, List<StringProperty>> group : groups(properties, StringProperty::getKey).entrySet()) {
                json.writeFieldName("prop:" + ProvNames.escape(group.getKey()));
                List<StringProperty> values = group.getValue();
                if (values.size() == 1) {
                    json.writeString(text(values.get(0).getValue()));
                } else {
                    json.writeStartArray();
                    for (StringProperty property : values) {
                        json.writeString(text(property.getValue()));
                    }
                    json.writeEndArray();
                }
            }
        }

        /**
         * Writes the relations, one type after the other, each in one pass over the executions: a relation is
         * written as soon as it is made, so an export of any size needs no more memory than the model. Relation
         * ids are numbered in model order, so a derivation finds the ids of its generation and usage by counting.
         */
        private long relations(JsonGenerator json) throws IOException {
            long records = 0;
            Section generations = new Section(json, "wasGeneratedBy");
            for (Execution execution : executions) {
                for (ArtifactLink link : execution.getGenerated()) {
                    generations.write("_:gen" + (generations.count + 1), link(execution, link, "prov:entity",
                            "prov:activity"));
                }
            }
            records += generations.end();
            Section usages = new Section(json, "used");
            for (Execution execution : executions) {
                for (ArtifactLink link : execution.getUsed()) {
                    usages.write("_:use" + (usages.count + 1), link(execution, link, "prov:activity", "prov:entity"));
                }
            }
            records += usages.end();
            Section communications = new Section(json, "wasInformedBy");
            for (Execution execution : executions) {
                if (execution instanceof Task task) {
                    for (Task dependency : task.getDependencies()) {
                        if (included.contains(dependency)) {
                            Map<String, Object> relation = new LinkedHashMap<>();
                            relation.put("prov:informed", id(task));
                            relation.put("prov:informant", id(dependency));
                            communications.write("_:inf" + (communications.count + 1), relation);
                        }
                    }
                }
            }
            records += communications.end();
            Section associations = new Section(json, "wasAssociatedWith");
            for (Execution execution : executions) {
                if (execution.getAgent() != null) {
                    Map<String, Object> relation = new LinkedHashMap<>();
                    relation.put("prov:activity", id(execution));
                    relation.put("prov:agent", id(execution.getAgent()));
                    associations.write("_:assoc" + (associations.count + 1), relation);
                }
            }
            records += associations.end();
            Section derivations = new Section(json, "wasDerivedFrom");
            long generated = 0;
            long used = 0;
            for (Execution execution : executions) {
                Set<List<Artifact>> pairs = new HashSet<>();
                List<ArtifactLink> outputs = execution.getGenerated();
                List<ArtifactLink> inputs = execution.getUsed();
                for (int o = 0; o < outputs.size(); o++) {
                    for (int i = 0; i < inputs.size(); i++) {
                        Artifact output = outputs.get(o).getArtifact();
                        Artifact input = inputs.get(i).getArtifact();
                        if (output != input && pairs.add(List.of(output, input))) {
                            Map<String, Object> relation = new LinkedHashMap<>();
                            relation.put("prov:generatedEntity", id(output));
                            relation.put("prov:usedEntity", id(input));
                            relation.put("prov:activity", id(execution));
                            relation.put("prov:generation", "_:gen" + (generated + o + 1));
                            relation.put("prov:usage", "_:use" + (used + i + 1));
                            derivations.write("_:der" + (derivations.count + 1), relation);
                        }
                    }
                }
                generated += outputs.size();
                used += inputs.size();
            }
            return records + derivations.end();
        }

        private Map<String, Object> link(Execution execution, ArtifactLink link, String first, String second) {
            Map<String, Object> relation = new LinkedHashMap<>();
            String entity = id(link.getArtifact());
            String activity = id(execution);
            relation.put(first, "prov:entity".equals(first) ? entity : activity);
            relation.put(second, "prov:entity".equals(second) ? entity : activity);
            if (!Double.isNaN(link.getTime()) && !Double.isInfinite(link.getTime())) {
                relation.put("prov:time", XsdLiterals.dateTime(link.getTime()));
            }
            if (link.getRole() != null) {
                relation.put("prov:role", link.getRole());
            }
            return relation;
        }

        /** One relation type's map, opened at its first relation so that a type without relations is left out. */
        private static final class Section {
            private final JsonGenerator json;
            private final String type;
            long count;

            Section(JsonGenerator json, String type) {
                this.json = json;
                this.type = type;
            }

            void write(String id, Map<String, Object> relation) throws IOException {
                if (count++ == 0) {
                    json.writeObjectFieldStart(type);
                }
                json.writeObjectFieldStart(id);
                for (Map.Entry<String, Object> attribute : relation.entrySet()) {
                    json.writeStringField(attribute.getKey(), (String) attribute.getValue());
                }
                json.writeEndObject();
            }

            long end() throws IOException {
                if (count > 0) {
                    json.writeEndObject();
                }
                return count;
            }
        }
    }

    /** Groups values by key, keys in order of first appearance, so a repeated key becomes one attribute. */
    private static <T> Map<String, List<T>> groups(List<T> values, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T value : values) {
            groups.computeIfAbsent(text(key.apply(value)), k -> new ArrayList<>(1)).add(value);
        }
        return groups;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * The PROV identifier of a model element.
     *
     * @param element a run, task, artifact or agent
     * @return its qualified name
     */
    static String id(EObject element) {
        String prefix;
        String id;
        switch (element) {
            case Workflow w -> {
                prefix = "workflow";
                id = w.getId();
            }
            case Task t -> {
                prefix = "task";
                id = t.getId();
            }
            case Artifact a -> {
                prefix = "artifact";
                id = a.getId();
            }
            case Agent a -> {
                prefix = "agent";
                id = a.getId();
            }
            default -> throw new IllegalArgumentException("not a run, task, artifact or agent: " + element);
        }
        if (id == null) {
            throw new IllegalArgumentException("cannot export an element without id: " + element);
        }
        return prefix + ":" + ProvNames.escape(id);
    }

    private static void string(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void time(JsonGenerator json, String name, double epochSeconds) throws IOException {
        if (!Double.isNaN(epochSeconds) && !Double.isInfinite(epochSeconds)) {
            json.writeStringField(name, XsdLiterals.dateTime(epochSeconds));
        }
    }

    private static void qualifiedName(JsonGenerator json, String name, String qname) throws IOException {
        typed(json, name, qname, "xsd:QName");
    }

    private static void typed(JsonGenerator json, String name, String value, String datatype) throws IOException {
        json.writeFieldName(name);
        typedValue(json, value, datatype);
    }

    private static void typedValue(JsonGenerator json, String value, String datatype) throws IOException {
        json.writeStartObject();
        json.writeStringField("$", value);
        json.writeStringField("type", datatype);
        json.writeEndObject();
    }
}
