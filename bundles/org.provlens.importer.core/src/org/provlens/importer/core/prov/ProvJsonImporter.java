package org.provlens.importer.core.prov;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.EList;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.JsonRecovery;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.RecordValues;
import org.provlens.importer.core.internal.Utf8Repair;
import org.provlens.importer.core.prov.ProvJsonReader.Container;
import org.provlens.importer.core.prov.ProvJsonReader.Rec;
import org.provlens.importer.core.prov.ProvJsonSyntax.Kind;
import org.provlens.importer.core.prov.ProvJsonSyntax.Shape;
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
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Imports W3C PROV-JSON documents, those {@link ProvJsonExporter} writes and those of other tools.
 *
 * <h2>Mapping</h2>
 * <ul>
 * <li>Activities become tasks, or workflow runs when typed {@code provlens:Workflow}. A task goes into the run its
 * {@code provlens:workflow} names, else into one run per file ({@code prov-json:<file name>}) or per bundle (the
 * bundle's identifier), in the default campaign; {@code provlens:parent} nests it under another task. ProvLens
 * attributes, parameters, metrics and properties (see {@link ProvJsonExporter}) are read back into their features,
 * so an export re-imports to the same model.</li>
 * <li>Entities become artifacts (kind from a {@code provlens:} type), agents become agents (kind from
 * {@code prov:Person}, {@code prov:SoftwareAgent}, {@code prov:Organization}).</li>
 * <li>{@code used} and {@code wasGeneratedBy} become links with role and time, {@code wasInformedBy} a dependency
 * of the informed task on the informant, {@code wasAssociatedWith} the execution's agent.
 * {@code wasDerivedFrom} through an activity that used and generated the two entities is implied by the links;
 * other derivations and the other relations are kept as properties of their subject (for example
 * {@code wasDerivedFrom}, {@code wasRevisionOf}, {@code specializationOf} on the artifact, with the other
 * element's id as value), or reported as warnings when the subject is an agent.</li>
 * <li>Other attributes become properties named as written ({@code ex:version}).</li>
 * </ul>
 * <p>Identifiers in ProvLens's id namespaces are unescaped back to the source ids ({@link ProvNames}); other
 * identifiers become their full IRI, or stay as written when their prefix is not declared (a warning) or they are
 * blank nodes (then prefixed by the file name, since blank nodes are local to a document).</p>
 *
 * <p>Bad input never loses good records: a relation naming an element that is not declared, a malformed typed
 * literal or a time that is not an {@code xsd:dateTime} is reported with file, line, record number and the
 * record's identifier, and everything else is imported; a truncated file keeps every record before the cut.</p>
 */
public final class ProvJsonImporter implements ProvenanceImporter {

    /** The format name shown to users. */
    public static final String FORMAT = "PROV-JSON";

    private static final String PROVLENS_JSON = ProvNames.PROVLENS_NS + "JSON";

    private static final int CHECK_CANCEL_EVERY = 256;

    /** A formal attribute that is left out while its relation is kept. */
    private static final Object IGNORED = new Object();

    /** The relations the others may name ({@code prov:generation}, {@code prov:usage}): read in a pass before. */
    private static final Set<String> LINKS = Set.of("wasGeneratedBy", "used");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean canRead(Path file, byte[] head) {
        return canRead(head);
    }

    @Override
    public String whyNot(Path file, byte[] head) {
        if (Files.isDirectory(file)) {
            return "a folder, not a PROV-JSON document";
        }
        if (head.length == 0) {
            return "an empty file";
        }
        try (JsonParser parser = ProvJsonValues.FACTORY.createParser(head)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return "JSON, but not PROV-JSON: " + (first == JsonToken.START_ARRAY ? "an array" : "a single value")
                        + " at the top level, where PROV-JSON has an object";
            }
            String key = parser.nextFieldName();
            if (key == null) {
                return "JSON, but not PROV-JSON: no entity, activity, agent or relation map at the top level";
            }
            for (; key != null; key = parser.nextFieldName()) {
                if (!ProvJsonSyntax.TOP_LEVEL_KEYS.contains(key)) {
                    return "JSON, but not PROV-JSON: the top-level key '" + key + "' is not one of PROV-JSON's"
                            + " (prefix, entity, activity, agent, the relations such as used and wasGeneratedBy,"
                            + " bundle)";
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JsonEOFException e) {
            return "a PROV-JSON document as far as its first " + head.length + " bytes show";
        } catch (JsonProcessingException e) {
            return "not JSON: line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        return "a PROV-JSON document";
    }

    /**
     * Whether the start of a file looks like a PROV-JSON document: a JSON object whose keys, as far as the head
     * shows them, are all PROV-JSON top-level keys (one of them may differ in a character, as a flipped byte leaves
     * it). Flowcept records have {@code task_id} or {@code type}, which are not, even though they share
     * {@code used} and {@code generated}-like keys. A damaged start (a flipped brace, garbage before the first key,
     * a byte that is not UTF-8) does not hide the document: the keys are then read from the first key after the
     * damage, as the importer resumes there.
     *
     * @param head the first bytes of the file
     * @return true when every top-level key seen is a PROV-JSON key, and there is at least one
     */
    public static boolean canRead(byte[] head) {
        byte[] text = repaired(head);
        int from = 0;
        String prefix = "";
        for (int attempt = 0; attempt < MAX_START_ATTEMPTS && from >= 0; attempt++) {
            int[] found = topLevelKeys(text, from, prefix);
            if (found[0] != 0) {
                return found[0] > 0;
            }
            // Nothing told yet: start again at the first key after what failed, as if the document opened there.
            from = indexOf(text, (byte) '"', Math.max(from + 1, found[1]));
            prefix = "{";
        }
        return false;
    }

    /** How many times recognition starts again after a damaged start. */
    private static final int MAX_START_ATTEMPTS = 8;

    /**
     * The top-level keys of a head from an offset: {1, _} when some were seen and all are PROV-JSON's, {-1, _} when
     * one is not, {0, offset} when none was seen before malformed JSON at that offset (or the end).
     */
    private static int[] topLevelKeys(byte[] text, int from, String prefix) {
        int seen = 0;
        byte[] input = from == 0 && prefix.isEmpty() ? text
                : concat(prefix.getBytes(StandardCharsets.US_ASCII), text, from);
        try (JsonParser parser = ProvJsonValues.FACTORY.createParser(input)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new int[] {0, from + 1};
            }
            for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                if (!ProvJsonSyntax.TOP_LEVEL_KEYS.contains(key)
                        && JsonRecovery.damagedKey(key, ProvJsonSyntax.TOP_LEVEL_KEYS) == null) {
                    return new int[] {-1, 0};
                }
                seen++;
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            if (seen == 0) {
                long offset = e.getLocation() == null ? 0 : e.getLocation().getByteOffset() - prefix.length();
                return new int[] {0, (int) Math.max(from + 1, from + offset)};
            }
            // The head ends inside the document (or is damaged later): decide on the keys seen so far.
        } catch (IOException e) {
            return new int[] {-1, 0};
        }
        return new int[] {seen > 0 ? 1 : -1, 0};
    }

    /** The head with bytes that are not UTF-8 read as Windows-1252, as the importer reads them. */
    private static byte[] repaired(byte[] head) {
        try (InputStream in = new Utf8Repair(new ByteArrayInputStream(head), 1, line -> { })) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    private static byte[] concat(byte[] prefix, byte[] text, int from) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + text.length - from);
        System.arraycopy(text, from, all, prefix.length, text.length - from);
        return all;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Imports one PROV-JSON file.
     *
     * @param file the document
     * @param builder where its records go
     * @param monitor progress and cancellation, may be {@code null}
     * @return what was imported and every problem
     * @throws IOException when the file cannot be opened
     */
    @Override
    public ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
        return new Run(file, builder, monitor == null ? new NullProgressMonitor() : monitor).execute();
    }

    /**
     * A literal value read from an attribute.
     *
     * @param text its lexical form
     * @param datatype the full IRI of its datatype, {@code null} for a plain string
     * @param lang its language tag, if any
     */
    private record Literal(String text, String datatype, String lang) {
        boolean isQualifiedName() {
            return (ProvNames.XSD_NS + "QName").equals(datatype) || (ProvNames.PROV_NS + "QUALIFIED_NAME").equals(datatype);
        }
    }

    /** A metric as its attributes give it: value, unit and step may come in separate attributes. */
    private static final class MetricValues {
        List<Double> values = List.of();
        List<String> units = List.of();
        List<Long> steps = List.of();
    }

    /** The state of one import of one file. */
    private static final class Run {
        private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

        private final Path file;
        private final String source;
        private final String fileName;
        private final WorkspaceBuilder builder;
        private final IProgressMonitor monitor;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<String, String> interned = new HashMap<>();
        private final Map<String, Artifact> entities = new HashMap<>();
        private final Map<String, Execution> activities = new HashMap<>();
        private final Map<String, Agent> agents = new HashMap<>();
        /** Generation and usage relation ids to their link's execution and artifact, for derivations. */
        private final Map<String, Object[]> generations = new HashMap<>();
        private final Map<String, Object[]> usages = new HashMap<>();
        private final Map<Container, Workflow> containerWorkflows = new LinkedHashMap<>();
        private final Set<Workflow> touched = new LinkedHashSet<>();
        private final Set<String> undeclaredPrefixes = new HashSet<>();
        private int records;
        private int skipped;
        private int tasks;
        private int processed;
        private boolean cancelled;

        Run(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) {
            this.file = file;
            this.source = file.toString();
            this.fileName = file.getFileName() == null ? source : file.getFileName().toString();
            this.builder = builder;
            this.monitor = monitor;
        }

        ImportResult execute() throws IOException {
            monitor.beginTask("Importing " + fileName, IProgressMonitor.UNKNOWN);
            ProvJsonReader.Result read = ProvJsonReader.scan(file, (severity, line, record, message) -> problems
                    .add(new ImportProblem(severity, source, line, record, message)));
            records = read.records();
            skipped = read.skipped();
            // Passes in the order meaning needs: elements, then tasks (a task names its run, which may come later),
            // then the links (derivations name them), then the other relations.
            ProvJsonReader.replay(file, read, Set.of(ProvJsonSyntax.AGENT, ProvJsonSyntax.ENTITY,
                    ProvJsonSyntax.ACTIVITY)::contains, rec -> element(rec, true));
            ProvJsonReader.replay(file, read, ProvJsonSyntax.ACTIVITY::equals, rec -> element(rec, false));
            ProvJsonReader.replay(file, read, LINKS::contains, this::relation);
            ProvJsonReader.replay(file, read, type -> !ProvJsonSyntax.isElement(type) && !LINKS.contains(type),
                    this::relation);
            builder.finish(missing -> problems.add(new ImportProblem(Severity.WARNING, source, 0, 0, "task "
                    + missing[0] + " names parent " + missing[1]
                    + ", which is neither in the document nor in the workspace; kept at the top of its workflow")));
            // Runs made up for documents without ProvLens runs get their span and status from their tasks; runs
            // read from ProvLens exports keep theirs.
            containerWorkflows.values().forEach(RecordValues::rollUp);
            monitor.done();
            return new ImportResult(source, FORMAT, records, skipped, touched.size(), tasks, problems, cancelled);
        }

        /**
         * Imports an element of the first pass (agents, entities, runs) or of the second (tasks).
         *
         * @return false once the import is cancelled
         */
        private boolean element(Rec rec, boolean first) {
            boolean activity = ProvJsonSyntax.ACTIVITY.equals(rec.type());
            if (activity && isWorkflow(rec) != first) {
                return true; // the other pass's
            }
            if (!step()) {
                return false;
            }
            switch (rec.type()) {
                case ProvJsonSyntax.AGENT -> agent(rec);
                case ProvJsonSyntax.ENTITY -> entity(rec);
                default -> {
                    if (first) {
                        workflow(rec);
                    } else {
                        task(rec);
                    }
                }
            }
            return true;
        }

        /** Counts a record for progress; false once cancelled. */
        private boolean step() {
            if (cancelled) {
                return false;
            }
            if (processed > 0 && processed % CHECK_CANCEL_EVERY == 0) {
                monitor.worked(CHECK_CANCEL_EVERY);
                if (monitor.isCanceled()) {
                    cancelled = true;
                    problems.add(new ImportProblem(Severity.WARNING, source, 0, processed,
                            "import cancelled after " + processed + " records; those were kept"));
                    return false;
                }
            }
            processed++;
            return true;
        }

        // ---- elements

        private void agent(Rec rec) {
            Container c = rec.container();
            String key = key(rec, rec.id());
            AgentKind kind = null;
            for (Literal type : values(rec, "prov:type")) {
                String iri = resolveValue(c, type);
                if ((ProvNames.PROV_NS + "Person").equals(iri)) {
                    kind = AgentKind.PERSON;
                } else if ((ProvNames.PROV_NS + "SoftwareAgent").equals(iri)) {
                    kind = AgentKind.SOFTWARE;
                } else if ((ProvNames.PROV_NS + "Organization").equals(iri)) {
                    kind = AgentKind.ORGANIZATION;
                } else if (!(ProvNames.PROV_NS + "Agent").equals(iri)) {
                    warn(rec, "prov:type " + type.text() + " is not kept (ProvLens agents are persons, software or"
                            + " organizations)");
                }
            }
            Agent agent = builder.agent(modelId(c, rec.id()), kind == null ? AgentKind.PERSON : kind);
            if (kind != null) {
                agent.setKind(kind);
            }
            agents.put(key, agent);
            defaultName(c, rec.id(), agent::getName, agent::setName, agent.getId());
            for (Map.Entry<String, Object> attribute : rec.attributes().entrySet()) {
                String iri = attributeIri(rec, attribute.getKey());
                if ((ProvNames.PROV_NS + "type").equals(iri)) {
                    continue;
                }
                Literal value = single(rec, attribute.getKey(), attribute.getValue());
                if (value == null) {
                    continue;
                }
                if ((ProvNames.PROV_NS + "label").equals(iri)) {
                    agent.setName(value.text());
                } else if ((ProvNames.PROVLENS_NS + "version").equals(iri)) {
                    agent.setVersion(value.text());
                } else {
                    warn(rec, "attribute " + attribute.getKey() + " is not kept (ProvLens agents have no properties)");
                }
            }
        }

        private void entity(Rec rec) {
            Container c = rec.container();
            ArtifactKind kind = null;
            List<String> otherTypes = new ArrayList<>();
            for (Literal type : values(rec, "prov:type")) {
                String iri = resolveValue(c, type);
                ArtifactKind k = iri != null && iri.startsWith(ProvNames.PROVLENS_NS)
                        ? kindOf(iri.substring(ProvNames.PROVLENS_NS.length())) : null;
                if (k != null) {
                    kind = k;
                } else {
                    otherTypes.add(type.text());
                }
            }
            Artifact artifact = builder.artifact(modelId(c, rec.id()), kind == null ? ArtifactKind.OTHER : kind);
            if (kind != null) {
                artifact.setKind(kind);
            }
            entities.put(key(rec, rec.id()), artifact);
            defaultName(c, rec.id(), artifact::getName, artifact::setName, null);
            if (!otherTypes.isEmpty()) {
                setProperties(artifact.getProperties(), "prov:type", otherTypes);
            }
            for (Map.Entry<String, Object> attribute : rec.attributes().entrySet()) {
                String name = attribute.getKey();
                String iri = attributeIri(rec, name);
                if ((ProvNames.PROV_NS + "type").equals(iri)) {
                    continue;
                }
                if (iri != null && iri.startsWith(ProvNames.PROPERTY_NS)) {
                    List<Literal> values = literals(rec, name, attribute.getValue());
                    setProperties(artifact.getProperties(), ProvNames.unescape(iri.substring(ProvNames.PROPERTY_NS.length())),
                            values.stream().map(Literal::text).toList());
                    continue;
                }
                if ((ProvNames.PROV_NS + "label").equals(iri)) {
                    ifSingle(rec, name, attribute.getValue(), v -> artifact.setName(v.text()));
                } else if ((ProvNames.PROV_NS + "location").equals(iri)) {
                    ifSingle(rec, name, attribute.getValue(), v -> artifact.setUri(v.text()));
                } else if ((ProvNames.PROVLENS_NS + "contentHash").equals(iri)) {
                    ifSingle(rec, name, attribute.getValue(), v -> artifact.setContentHash(v.text()));
                } else if ((ProvNames.PROVLENS_NS + "size").equals(iri)) {
                    ifSingle(rec, name, attribute.getValue(), v -> {
                        if (XsdLiterals.isLong(v.text())) {
                            artifact.setSize(Long.parseLong(v.text().trim()));
                        } else {
                            warn(rec, name + " must be an integer, found '" + abbreviate(v.text())
                                    + "'; kept as the text property " + name);
                            setProperties(artifact.getProperties(), name, List.of(v.text()));
                        }
                    });
                } else {
                    List<Literal> values = literals(rec, name, attribute.getValue());
                    setProperties(artifact.getProperties(), name, values.stream().map(Literal::text).toList());
                }
            }
        }

        private static ArtifactKind kindOf(String type) {
            return switch (type) {
                case "Artifact" -> ArtifactKind.OTHER;
                case "Dataset" -> ArtifactKind.DATASET;
                case "Model" -> ArtifactKind.MODEL;
                case "Metrics" -> ArtifactKind.METRICS;
                case "Code" -> ArtifactKind.CODE;
                case "Environment" -> ArtifactKind.ENVIRONMENT;
                case "Dataslice" -> ArtifactKind.DATASLICE;
                case "Label" -> ArtifactKind.LABEL;
                default -> null;
            };
        }

        private boolean isWorkflow(Rec rec) {
            Object type = attribute(rec, "prov:type");
            List<?> values = type instanceof List<?> list ? list : Collections.singletonList(type);
            for (Object value : values) {
                Object text = value instanceof Map<?, ?> map ? map.get("$") : value;
                if (text instanceof String qname
                        && (ProvNames.PROVLENS_NS + "Workflow").equals(rec.container().resolve(qname))) {
                    return true;
                }
            }
            return false;
        }

        private void workflow(Rec rec) {
            Container c = rec.container();
            String campaignId = text(rec, "provlens:campaign");
            Campaign campaign = builder.campaign(campaignId);
            Workflow workflow = builder.workflow(campaign, modelId(c, rec.id()));
            touched.add(workflow);
            activities.put(key(rec, rec.id()), workflow);
            String campaignName = text(rec, "provlens:campaignName");
            if (campaignName != null) {
                campaign.setName(campaignName);
            }
            String description = text(rec, "provlens:campaignDescription");
            if (description != null) {
                campaign.setDescription(description);
            }
            Literal parent = singleOrNull(rec, "provlens:parent");
            if (parent != null) {
                builder.setParentWorkflow(workflow, modelId(c, parent.text()));
            }
            defaultName(c, rec.id(), workflow::getName, workflow::setName, null);
            executionAttributes(rec, workflow);
        }

        private void task(Rec rec) {
            Container c = rec.container();
            Workflow workflow = null;
            Literal named = singleOrNull(rec, "provlens:workflow");
            if (named != null) {
                if (activities.get(key(c, named.text())) instanceof Workflow w) {
                    workflow = w;
                } else {
                    warn(rec, "provlens:workflow names " + named.text()
                            + ", which is not a workflow run of the document; placed in the document's run");
                }
            }
            if (workflow == null) {
                workflow = containerWorkflow(c);
            }
            touched.add(workflow);
            Literal parent = singleOrNull(rec, "provlens:parent");
            String parentId = null;
            if (parent != null) {
                parentId = activities.get(key(c, parent.text())) instanceof Task t ? t.getId() : modelId(c, parent.text());
            }
            Task task = builder.task(modelId(c, rec.id()), workflow, parentId);
            tasks++;
            activities.put(key(rec, rec.id()), task);
            defaultName(c, rec.id(), task::getName, task::setName, null);
            executionAttributes(rec, task);
        }

        /** The run that receives the tasks of a document or bundle without a ProvLens run. */
        private Workflow containerWorkflow(Container c) {
            return containerWorkflows.computeIfAbsent(c, k -> {
                String id = c.bundleId == null ? "prov-json:" + fileName : modelId(c.parent, c.bundleId);
                Workflow workflow = builder.workflow(builder.campaign(null), id);
                if (workflow.getName() == null) {
                    workflow.setName(c.bundleId == null ? fileName : c.bundleId);
                }
                return workflow;
            });
        }

        private void executionAttributes(Rec rec, Execution execution) {
            Container c = rec.container();
            Map<String, MetricValues> metrics = new LinkedHashMap<>();
            for (Map.Entry<String, Object> attribute : rec.attributes().entrySet()) {
                String name = attribute.getKey();
                Object raw = attribute.getValue();
                String iri = attributeIri(rec, name);
                if (iri == null) {
                    List<Literal> values = literals(rec, name, raw);
                    setProperties(execution.getProperties(), name, values.stream().map(Literal::text).toList());
                } else if (iri.startsWith(ProvNames.PARAM_NS)) {
                    parameters(rec, execution, ProvNames.unescape(iri.substring(ProvNames.PARAM_NS.length())), name,
                            raw);
                } else if (iri.startsWith(ProvNames.METRIC_NS)) {
                    metricAttribute(rec, execution, iri.substring(ProvNames.METRIC_NS.length()), name, raw, metrics);
                } else if (iri.startsWith(ProvNames.PROPERTY_NS)) {
                    setProperties(execution.getProperties(),
                            ProvNames.unescape(iri.substring(ProvNames.PROPERTY_NS.length())),
                            literals(rec, name, raw).stream().map(Literal::text).toList());
                } else if (iri.startsWith(ProvNames.PROVLENS_NS)) {
                    provlensAttribute(rec, execution, iri.substring(ProvNames.PROVLENS_NS.length()), name, raw);
                } else if (iri.equals(ProvNames.PROV_NS + "startTime") || iri.equals(ProvNames.PROV_NS + "endTime")) {
                    double time = time(rec, name, raw, "kept as the text property " + name);
                    if (Double.isNaN(time)) {
                        keepText(rec, execution.getProperties(), name, raw);
                    } else if (iri.endsWith("startTime")) {
                        execution.setStartedAt(time);
                    } else {
                        execution.setEndedAt(time);
                    }
                } else if (iri.equals(ProvNames.PROV_NS + "type")) {
                    List<String> others = new ArrayList<>();
                    for (Literal type : literals(rec, name, raw)) {
                        String typeIri = resolveValue(c, type);
                        if (!(ProvNames.PROVLENS_NS + "Task").equals(typeIri)
                                && !(ProvNames.PROVLENS_NS + "Workflow").equals(typeIri)) {
                            others.add(type.text());
                        }
                    }
                    if (!others.isEmpty()) {
                        setProperties(execution.getProperties(), "prov:type", others);
                    }
                } else if (iri.equals(ProvNames.PROV_NS + "label")) {
                    ifSingle(rec, name, raw, v -> execution.setName(v.text()));
                } else {
                    setProperties(execution.getProperties(), name,
                            literals(rec, name, raw).stream().map(Literal::text).toList());
                }
            }
            metrics.forEach((key, values) -> setMetrics(rec, execution, key, values));
        }

        private void provlensAttribute(Rec rec, Execution execution, String local, String name, Object raw) {
            Task task = execution instanceof Task t ? t : null;
            switch (local) {
                case "campaign", "campaignName", "campaignDescription", "workflow", "parent" -> {
                    // Read where the run or task is created.
                }
                case "activity", "subtype", "groupId", "stdout", "stderr" -> ifSingle(rec, name, raw, v -> {
                    String text = v.text();
                    switch (local) {
                        case "activity" -> onTask(rec, task, name, () -> task.setActivity(intern(text)));
                        case "groupId" -> onTask(rec, task, name, () -> task.setGroupId(text));
                        case "stdout" -> onTask(rec, task, name, () -> task.setStdout(text));
                        case "stderr" -> onTask(rec, task, name, () -> task.setStderr(text));
                        default -> {
                            if (execution instanceof Workflow w) {
                                w.setSubtype(intern(text));
                            } else {
                                task.setSubtype(intern(text));
                            }
                        }
                    }
                });
                case "status" -> ifSingle(rec, name, raw, v -> {
                    Status status = Status.get(v.text().toUpperCase(Locale.ROOT));
                    if (status == null) {
                        warn(rec, "unknown status '" + v.text() + "', read as UNKNOWN");
                        status = Status.UNKNOWN;
                    }
                    execution.setStatus(status);
                });
                case "submittedAt" -> {
                    double time = time(rec, name, raw, "kept as the text property " + name);
                    if (Double.isNaN(time)) {
                        keepText(rec, execution.getProperties(), name, raw);
                    } else {
                        execution.setSubmittedAt(time);
                    }
                }
                case "host" -> ifSingle(rec, name, raw, v -> execution.setHost(builder.host(v.text())));
                case "tags" -> onTask(rec, task, name, () -> {
                    List<Literal> values = literals(rec, name, raw);
                    task.getTags().clear();
                    values.forEach(v -> task.getTags().add(intern(v.text())));
                });
                case "telemetry" -> ifSingle(rec, name, raw, v -> {
                    Map<?, ?> json = jsonObject(rec, name, v);
                    if (json != null) {
                        try {
                            execution.setTelemetry(Measurements.readTelemetry(json, builder));
                        } catch (IllegalArgumentException e) {
                            error(rec, name + ": " + e.getMessage() + "; ignored");
                        }
                    }
                });
                case "series", "energy" -> {
                    List<Literal> values = literals(rec, name, raw);
                    List<Object> read = new ArrayList<>();
                    for (Literal v : values) {
                        Map<?, ?> json = jsonObject(rec, name, v);
                        try {
                            if (json != null) {
                                read.add("series".equals(local) ? Measurements.readSeries(json)
                                        : Measurements.readEnergy(json));
                            }
                        } catch (IllegalArgumentException e) {
                            error(rec, name + ": " + e.getMessage() + "; that value was ignored");
                        }
                    }
                    // Replaced as a whole, so a re-import does not duplicate them.
                    if ("series".equals(local)) {
                        execution.getSeries().clear();
                        read.forEach(s -> execution.getSeries().add((Series) s));
                    } else {
                        execution.getEnergy().clear();
                        read.forEach(e -> execution.getEnergy().add((EnergyEstimate) e));
                    }
                }
                default -> setProperties(execution.getProperties(), name,
                        literals(rec, name, raw).stream().map(Literal::text).toList());
            }
        }

        private void onTask(Rec rec, Task task, String name, Runnable action) {
            if (task == null) {
                warn(rec, name + " applies to tasks only; ignored on a workflow run");
            } else {
                action.run();
            }
        }

        private Map<?, ?> jsonObject(Rec rec, String name, Literal value) {
            try (JsonParser parser = ProvJsonValues.FACTORY.createParser(value.text())) {
                parser.nextToken();
                if (new ProvJsonValues().read(parser) instanceof Map<?, ?> map) {
                    return map;
                }
            } catch (IOException e) {
                // reported below
            }
            error(rec, name + " must be a JSON object in a provlens:JSON literal; ignored");
            return null;
        }

        private void parameters(Rec rec, Execution execution, String key, String name, Object raw) {
            List<Literal> values = literals(rec, name, raw);
            if (values.isEmpty()) {
                return;
            }
            EList<Parameter> parameters = execution.getParameters();
            int at = indexOfKey(parameters, key);
            parameters.removeIf(p -> key.equals(p.getKey()));
            List<Parameter> added = new ArrayList<>();
            for (Literal value : values) {
                Parameter parameter = FACTORY.createParameter();
                parameter.setKey(intern(key));
                ValueType type = valueType(value);
                String text = value.text();
                if (type == ValueType.REAL) {
                    text = "INF".equals(text.trim()) || "+INF".equals(text.trim()) ? "Infinity"
                            : "-INF".equals(text.trim()) ? "-Infinity" : text;
                }
                parameter.setValue(text);
                parameter.setType(type);
                added.add(parameter);
            }
            // A re-import replaces the values in place, keeping the order of parameters.
            parameters.addAll(at < 0 ? parameters.size() : Math.min(at, parameters.size()), added);
        }

        private static ValueType valueType(Literal value) {
            if (value.datatype() == null) {
                return ValueType.STRING;
            }
            if (PROVLENS_JSON.equals(value.datatype())) {
                return ValueType.JSON;
            }
            if (!value.datatype().startsWith(ProvNames.XSD_NS)) {
                return ValueType.STRING;
            }
            return switch (value.datatype().substring(ProvNames.XSD_NS.length())) {
                case "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
                        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
                        "unsignedByte" -> ValueType.INTEGER;
                case "double", "float", "decimal" -> ValueType.REAL;
                case "boolean" -> ValueType.BOOLEAN;
                default -> ValueType.STRING;
            };
        }

        private void metricAttribute(Rec rec, Execution execution, String local, String name, Object raw,
                Map<String, MetricValues> into) {
            int at = local.lastIndexOf('@');
            String suffix = at < 0 ? "" : local.substring(at + 1);
            String key = ProvNames.unescape(at < 0 ? local : local.substring(0, at));
            MetricValues metric = into.computeIfAbsent(key, k -> new MetricValues());
            List<Literal> values = literals(rec, name, raw);
            switch (suffix) {
                case "" -> {
                    List<Double> numbers = new ArrayList<>();
                    for (Literal value : values) {
                        Double number = XsdLiterals.parseDouble(value.text());
                        if (number == null) {
                            warn(rec, name + " must be a number, found '" + abbreviate(value.text())
                                    + "'; kept as the text property " + name);
                            setProperties(execution.getProperties(), name, List.of(value.text()));
                        } else {
                            numbers.add(number);
                        }
                    }
                    metric.values = numbers;
                }
                case "unit" -> metric.units = values.stream().map(Literal::text).toList();
                case "step" -> {
                    List<Long> steps = new ArrayList<>();
                    for (Literal value : values) {
                        if (XsdLiterals.isLong(value.text())) {
                            steps.add(Long.parseLong(value.text().trim()));
                        } else {
                            warn(rec, name + " must be an integer, found '" + abbreviate(value.text())
                                    + "'; that step is unknown");
                            steps.add(-1L);
                        }
                    }
                    metric.steps = steps;
                }
                default -> {
                    warn(rec, "unknown metric attribute " + name + "; kept as a property");
                    setProperties(execution.getProperties(), name, values.stream().map(Literal::text).toList());
                }
            }
        }

        private void setMetrics(Rec rec, Execution execution, String key, MetricValues values) {
            if (values.values.isEmpty()) {
                if (!values.units.isEmpty() || !values.steps.isEmpty()) {
                    warn(rec, "unit or step of metric " + key + " without its value; ignored");
                }
                return;
            }
            EList<Metric> metrics = execution.getMetrics();
            int at = indexOfKey(metrics, key);
            metrics.removeIf(m -> key.equals(m.getKey()));
            List<Metric> added = new ArrayList<>();
            for (int i = 0; i < values.values.size(); i++) {
                Metric metric = FACTORY.createMetric();
                metric.setKey(intern(key));
                metric.setValue(values.values.get(i));
                if (i < values.units.size() && !values.units.get(i).isEmpty()) {
                    metric.setUnit(intern(values.units.get(i)));
                }
                if (i < values.steps.size()) {
                    metric.setStep(values.steps.get(i));
                }
                added.add(metric);
            }
            metrics.addAll(at < 0 ? metrics.size() : Math.min(at, metrics.size()), added);
        }

        private static int indexOfKey(List<?> values, String key) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                String k = value instanceof Parameter p ? p.getKey() : value instanceof Metric m ? m.getKey() : null;
                if (key.equals(k)) {
                    return i;
                }
            }
            return -1;
        }

        /** Replaces the values of a property key, keeping its place, so a re-import changes nothing. */
        private void setProperties(EList<StringProperty> properties, String key, List<String> values) {
            if (values.isEmpty()) {
                return;
            }
            int at = -1;
            for (int i = 0; i < properties.size(); i++) {
                if (key.equals(properties.get(i).getKey())) {
                    at = i;
                    break;
                }
            }
            properties.removeIf(p -> key.equals(p.getKey()));
            List<StringProperty> added = new ArrayList<>();
            for (String value : values) {
                StringProperty property = FACTORY.createStringProperty();
                property.setKey(intern(key));
                property.setValue(value);
                added.add(property);
            }
            properties.addAll(at < 0 ? properties.size() : at, added);
        }

        /** Keeps the text of a value that is not what its attribute holds as a property named after it. */
        private void keepText(Rec rec, EList<StringProperty> properties, String name, Object raw) {
            if (raw != null) {
                setProperties(properties, name, List.of(textOf(rec, name, raw)));
            }
        }

        /** Adds one value of a property key unless the key already has it. */
        private void addProperty(EList<StringProperty> properties, String key, String value) {
            for (StringProperty property : properties) {
                if (key.equals(property.getKey()) && value.equals(property.getValue())) {
                    return;
                }
            }
            StringProperty property = FACTORY.createStringProperty();
            property.setKey(intern(key));
            property.setValue(value);
            properties.add(property);
        }

        // ---- relations

        /**
         * Imports a relation.
         *
         * @return false once the import is cancelled
         */
        private boolean relation(Rec rec) {
            if (!step()) {
                return false;
            }
            Shape shape = ProvJsonSyntax.SHAPES.get(rec.type());
            Map<String, Object> resolved = new LinkedHashMap<>();
            for (Map.Entry<String, Kind> formal : shape.attributes().entrySet()) {
                Object raw = attribute(rec, formal.getKey());
                if (raw == null) {
                    if (shape.required().contains(formal.getKey())) {
                        skip(rec, "the required " + formal.getKey() + " is missing; relation skipped");
                        return true;
                    }
                    continue;
                }
                Object target = formal(rec, formal.getKey(), formal.getValue(), raw);
                if (target == null) {
                    return true; // reported
                }
                if (target != IGNORED) {
                    resolved.put(formal.getKey(), target);
                }
            }
            switch (rec.type()) {
                case "used" -> link(rec, resolved, false);
                case "wasGeneratedBy" -> link(rec, resolved, true);
                case "wasInformedBy" -> informed(rec, resolved);
                case "wasAssociatedWith" -> associated(rec, resolved);
                case "wasDerivedFrom" -> derived(rec, resolved);
                default -> other(rec, resolved);
            }
            return true;
        }

        /**
         * Resolves a formal attribute: an element for identifiers (declared, or inferred from the role: PROV lets a
         * relation name elements the document does not declare), epoch seconds for times (their text when
         * malformed, reported), the raw value for structures this importer does not read.
         *
         * @return {@code null} after reporting when the relation cannot be kept; {@link #IGNORED} when only this
         *         attribute cannot
         */
        private Object formal(Rec rec, String name, Kind kind, Object raw) {
            switch (kind) {
                case TIME -> {
                    // A link has no place for text: its time is unknown. Other relations keep it in their property.
                    double time = time(rec, name, raw, LINKS.contains(rec.type()) ? "the link's time is unknown"
                            : "kept as written in the relation");
                    return Double.isNaN(time) ? textOf(rec, name, raw) : (Object) time;
                }
                case KEY_ENTITY_SET, KEY_SET -> {
                    return raw;
                }
                default -> {
                    List<?> values = raw instanceof List<?> list && "prov:entity".equals(name)
                            && "hadMember".equals(rec.type()) ? list : List.of(raw);
                    List<Object> targets = new ArrayList<>();
                    for (Object value : values) {
                        if (!(value instanceof String qname)) {
                            skip(rec, name + " must be an identifier, found " + JsonTrees.toJson(value)
                                    + "; relation skipped");
                            return null;
                        }
                        Object target = switch (kind) {
                            case ENTITY -> entityNamed(rec, name, qname);
                            case ACTIVITY -> activityNamed(rec, name, qname);
                            case AGENT -> agentNamed(rec, name, qname);
                            case GENERATION, USAGE -> {
                                Object[] link = (kind == Kind.GENERATION ? generations : usages)
                                        .get(relationKey(rec.container(), qname));
                                if (link == null) {
                                    warn(rec, name + " " + qname + " is not a " + describe(kind) + " of the document;"
                                            + " that attribute is ignored, the relation kept");
                                    yield IGNORED;
                                }
                                yield link;
                            }
                            case BUNDLE -> qname;
                            default -> anyNamed(rec, name, qname);
                        };
                        if (target == null || target == IGNORED && values.size() == 1) {
                            return target;
                        }
                        targets.add(target);
                    }
                    return values == raw ? targets : targets.get(0);
                }
            }
        }

        /** The artifact an entity role names, inferred when the document does not declare it. */
        private Artifact entityNamed(Rec rec, String role, String qname) {
            String key = key(rec, qname);
            Artifact artifact = entities.get(key);
            if (artifact != null) {
                return artifact;
            }
            if (activities.containsKey(key)) {
                disjoint(rec, role, qname, "an activity", "an entity");
                return null;
            }
            inferred(rec, role, qname, "an entity", agents.containsKey(key) ? "an agent" : null);
            return inferEntity(rec.container(), key, qname);
        }

        /** The run or task an activity role names, inferred (a task of the document's run) when not declared. */
        private Execution activityNamed(Rec rec, String role, String qname) {
            Container c = rec.container();
            String key = key(rec, qname);
            Execution execution = activities.get(key);
            if (execution != null) {
                return execution;
            }
            if (entities.containsKey(key)) {
                disjoint(rec, role, qname, "an entity", "an activity");
                return null;
            }
            inferred(rec, role, qname, "an activity", agents.containsKey(key) ? "an agent" : null);
            String iri = c.resolve(qname);
            String id = modelId(c, qname);
            if (iri != null && iri.startsWith(ProvNames.WORKFLOW_NS)) {
                Workflow workflow = builder.workflow(builder.campaign(null), id);
                touched.add(workflow);
                execution = workflow;
            } else {
                Workflow workflow = containerWorkflow(c);
                touched.add(workflow);
                execution = builder.task(id, workflow, null);
                tasks++;
            }
            activities.put(key, execution);
            defaultName(c, qname, execution::getName, execution::setName, null);
            return execution;
        }

        /** The agent an agent role names, inferred when the document does not declare it. */
        private Agent agentNamed(Rec rec, String role, String qname) {
            Container c = rec.container();
            String key = key(rec, qname);
            Agent agent = agents.get(key);
            if (agent != null) {
                return agent;
            }
            inferred(rec, role, qname, "an agent", entities.containsKey(key) ? "an entity"
                    : activities.containsKey(key) ? "an activity" : null);
            agent = builder.agent(modelId(c, qname), AgentKind.PERSON);
            agents.put(key, agent);
            defaultName(c, qname, agent::getName, agent::setName, agent.getId());
            return agent;
        }

        /** The element a role of any kind names ({@code wasInfluencedBy}); an entity when not declared. */
        private Object anyNamed(Rec rec, String role, String qname) {
            String key = key(rec, qname);
            Object element = firstNonNull(entities.get(key), activities.get(key), agents.get(key));
            if (element != null) {
                return element;
            }
            warn(rec, role + " " + qname + " is not declared, and " + rec.type() + " does not say of which kind: an"
                    + " entity is inferred (PROV lets a relation name elements the document does not declare)");
            return inferEntity(rec.container(), key, qname);
        }

        private Artifact inferEntity(Container c, String key, String qname) {
            Artifact artifact = builder.artifact(modelId(c, qname), ArtifactKind.OTHER);
            entities.put(key, artifact);
            defaultName(c, qname, artifact::getName, artifact::setName, null);
            return artifact;
        }

        /** Reports an element inferred from a role: undeclared, or declared as another kind PROV lets it also be. */
        private void inferred(Rec rec, String role, String qname, String kind, String declaredAs) {
            warn(rec, role + " " + qname + (declaredAs == null ? " is not declared: " + kind + " is inferred from its"
                    + " role (PROV lets a relation name elements the document does not declare)"
                    : " is " + declaredAs + " of the document; PROV lets it be " + kind + " too: " + kind
                            + " is inferred"));
        }

        /** Skips a relation whose role names an element of a kind PROV keeps apart (entities and activities). */
        private void disjoint(Rec rec, String role, String qname, String declaredAs, String kind) {
            skip(rec, role + " " + qname + " is " + declaredAs + " of the document, which PROV does not let be "
                    + kind + "; relation skipped");
        }

        private static String describe(Kind kind) {
            return kind == Kind.GENERATION ? "wasGeneratedBy record" : "used record";
        }

        private static Object firstNonNull(Object... values) {
            for (Object value : values) {
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        private void link(Rec rec, Map<String, Object> resolved, boolean generated) {
            Execution execution = (Execution) resolved.get("prov:activity");
            Artifact artifact = (Artifact) resolved.get("prov:entity");
            if (execution == null || artifact == null) {
                // PROV lets a generation or usage leave out the other side: a property of the side it names.
                other(rec, resolved);
                return;
            }
            Literal role = singleOrNull(rec, "prov:role");
            double time = resolved.get("prov:time") instanceof Double t ? t : Double.NaN;
            EList<ArtifactLink> links = generated ? execution.getGenerated() : execution.getUsed();
            ArtifactLink link = null;
            for (ArtifactLink existing : links) {
                if (existing.getArtifact() == artifact && Objects.equals(existing.getRole(),
                        role == null ? null : role.text())) {
                    link = existing;
                    break;
                }
            }
            if (link == null) {
                link = FACTORY.createArtifactLink();
                link.setArtifact(artifact);
                link.setRole(role == null ? null : intern(role.text()));
                links.add(link);
            }
            link.setTime(time);
            (generated ? generations : usages).put(relationKey(rec.container(), rec.id()), new Object[] {execution, artifact});
        }

        private void informed(Rec rec, Map<String, Object> resolved) {
            Execution informed = (Execution) resolved.get("prov:informed");
            Execution informant = (Execution) resolved.get("prov:informant");
            if (informed instanceof Task task && informant instanceof Task dependency) {
                if (!task.getDependencies().contains(dependency)) {
                    task.getDependencies().add(dependency);
                }
            } else {
                addProperty(informed.getProperties(), "wasInformedBy", informant.getId());
            }
        }

        private void associated(Rec rec, Map<String, Object> resolved) {
            Execution execution = (Execution) resolved.get("prov:activity");
            Agent agent = (Agent) resolved.get("prov:agent");
            if (agent != null) {
                if (execution.getAgent() == null || execution.getAgent() == agent) {
                    execution.setAgent(agent);
                } else {
                    // One agent per execution in the model: further ones are kept as properties.
                    addProperty(execution.getProperties(), "wasAssociatedWith", agent.getId());
                }
            }
            if (resolved.get("prov:plan") instanceof Artifact plan) {
                addProperty(execution.getProperties(), "plan", plan.getId());
            }
        }

        private void derived(Rec rec, Map<String, Object> resolved) {
            Artifact generated = (Artifact) resolved.get("prov:generatedEntity");
            Artifact used = (Artifact) resolved.get("prov:usedEntity");
            String kind = "wasDerivedFrom";
            for (Literal type : values(rec, "prov:type")) {
                String iri = resolveValue(rec.container(), type);
                kind = (ProvNames.PROV_NS + "Revision").equals(iri) ? "wasRevisionOf"
                        : (ProvNames.PROV_NS + "Quotation").equals(iri) ? "wasQuotedFrom"
                        : (ProvNames.PROV_NS + "PrimarySource").equals(iri) ? "hadPrimarySource" : kind;
            }
            // A derivation through an activity that used the one and generated the other is what the links say.
            if (resolved.get("prov:activity") instanceof Execution activity && "wasDerivedFrom".equals(kind)
                    && hasLink(activity.getUsed(), used) && hasLink(activity.getGenerated(), generated)) {
                return;
            }
            addProperty(generated.getProperties(), kind, used.getId());
        }

        private static boolean hasLink(List<ArtifactLink> links, Artifact artifact) {
            return links.stream().anyMatch(l -> l.getArtifact() == artifact);
        }

        /**
         * Any other relation: a property of its subject (the first formal attribute) naming the other elements. A
         * delegation ({@code actedOnBehalfOf}) is between agents, which hold no properties: it is kept on the
         * activity it names, when it names one.
         */
        private void other(Rec rec, Map<String, Object> resolved) {
            Object subject = null;
            List<String> others = new ArrayList<>();
            Map<String, Object> ordered = resolved;
            if ("actedOnBehalfOf".equals(rec.type()) && resolved.get("prov:activity") instanceof Execution activity) {
                ordered = new LinkedHashMap<>();
                ordered.put("prov:activity", activity);
                resolved.forEach(ordered::putIfAbsent);
            }
            for (Object value : ordered.values()) {
                for (Object v : value instanceof List<?> list ? list : List.of(value)) {
                    if (v instanceof Double time && Double.isNaN(time)) {
                        continue; // a malformed time, reported
                    }
                    if (subject == null) {
                        subject = v;
                    } else {
                        others.add(switch (v) {
                            case Execution e -> e.getId();
                            case Artifact a -> a.getId();
                            case Agent a -> a.getId();
                            case Double time -> XsdLiterals.dateTime(time);
                            case Object[] link -> ((Execution) link[0]).getId();
                            default -> v instanceof String s ? s : JsonTrees.toJson(v);
                        });
                    }
                }
            }
            String value = String.join(" ", others);
            switch (subject) {
                case Execution execution -> addProperty(execution.getProperties(), rec.type(), value);
                case Artifact artifact -> addProperty(artifact.getProperties(), rec.type(), value);
                case null, default -> warn(rec, "not kept: ProvLens keeps " + rec.type()
                        + " only for activities and entities");
            }
        }

        // ---- attribute values

        private static Object attribute(Rec rec, String name) {
            return rec.attributes().get(name);
        }

        /** The full IRI of an attribute name, {@code null} when its prefix is not declared. */
        private String attributeIri(Rec rec, String name) {
            String iri = rec.container().resolve(name);
            if (iri == null) {
                undeclared(rec, name);
            }
            return iri;
        }

        private String text(Rec rec, String name) {
            Literal value = singleOrNull(rec, name);
            return value == null ? null : value.text();
        }

        private Literal singleOrNull(Rec rec, String name) {
            Object raw = attribute(rec, name);
            return raw == null ? null : single(rec, name, raw);
        }

        private void ifSingle(Rec rec, String name, Object raw, Consumer<Literal> action) {
            Literal value = single(rec, name, raw);
            if (value != null) {
                action.accept(value);
            }
        }

        /** One value; of several, the first is kept and the rest reported. */
        private Literal single(Rec rec, String name, Object raw) {
            List<Literal> values = literals(rec, name, raw);
            if (values.size() > 1) {
                warn(rec, name + " has " + values.size() + " values; only the first is kept");
            }
            return values.isEmpty() ? null : values.get(0);
        }

        private List<Literal> values(Rec rec, String name) {
            Object raw = attribute(rec, name);
            return raw == null ? List.of() : literals(rec, name, raw);
        }

        /** The values of an attribute: one, or several in an array; malformed ones are reported and left out. */
        private List<Literal> literals(Rec rec, String name, Object raw) {
            List<?> values = raw instanceof List<?> list ? list : Collections.singletonList(raw);
            List<Literal> literals = new ArrayList<>(values.size());
            for (Object value : values) {
                Literal literal = literal(rec, name, value);
                if (literal != null) {
                    literals.add(literal);
                }
            }
            return literals;
        }

        private Literal literal(Rec rec, String name, Object value) {
            switch (value) {
                case String s -> {
                    return new Literal(s, null, null);
                }
                case Long l -> {
                    return new Literal(l.toString(), ProvNames.XSD_NS + "integer", null);
                }
                case Double d -> {
                    return new Literal(XsdLiterals.doubleText(d), ProvNames.XSD_NS + "double", null);
                }
                case Boolean b -> {
                    return new Literal(b.toString(), ProvNames.XSD_NS + "boolean", null);
                }
                case ProvJsonValues.NumberText big -> {
                    return new Literal(big.text(), ProvNames.XSD_NS + (big.integral() ? "integer" : "double"), null);
                }
                case Map<?, ?> map -> {
                    return typedLiteral(rec, name, map);
                }
                case null -> {
                    warn(rec, name + " is null; ignored");
                    return null;
                }
                default -> {
                    String json = JsonTrees.toJson(value);
                    warn(rec, name + ": expected a literal (string, number, boolean or {\"$\": …, \"type\": …}), found "
                            + abbreviate(json) + "; kept as its JSON text");
                    return new Literal(json, null, null);
                }
            }
        }

        private static String abbreviate(String text) {
            return text.length() > 120 ? text.substring(0, 117) + "..." : text;
        }

        private Literal typedLiteral(Rec rec, String name, Map<?, ?> map) {
            Object lexical = map.get("$");
            Object type = map.get("type");
            Object lang = map.get("lang");
            String problem = null;
            if (!map.keySet().stream().allMatch(k -> "$".equals(k) || "type".equals(k) || "lang".equals(k))) {
                problem = "a typed literal has only \"$\", \"type\" and \"lang\"";
            } else if (lexical == null || lexical instanceof Map || lexical instanceof List) {
                problem = "a typed literal needs a string, number or boolean \"$\"";
            } else if (type != null && !(type instanceof String) || lang != null && !(lang instanceof String)) {
                problem = "\"type\" and \"lang\" must be strings";
            } else if (type == null && lang == null) {
                problem = "a typed literal needs a \"type\"";
            }
            if (problem != null) {
                // Kept as the text it has, so the value is not lost: its "$" when that is a scalar, else its JSON.
                String text = lexical instanceof Map || lexical instanceof List || lexical == null
                        ? JsonTrees.toJson(map) : lexical(lexical);
                warn(rec, "malformed typed literal " + abbreviate(JsonTrees.toJson(map)) + " in " + name + " ("
                        + problem + "); kept as the text '" + abbreviate(text) + "'");
                return new Literal(text, null, null);
            }
            String text = lexical(lexical);
            String datatype = null;
            if (type != null) {
                datatype = datatypeIri(rec, (String) type);
                if (datatype == null) {
                    return new Literal(text, null, (String) lang);
                }
                String invalid = XsdLiterals.check(datatype, text);
                if (invalid == null && PROVLENS_JSON.equals(datatype) && !Measurements.isJson(text)) {
                    invalid = "'" + text + "' is not JSON";
                }
                if (invalid != null) {
                    warn(rec, "malformed typed literal in " + name + ": " + invalid + "; kept as text");
                    return new Literal(text, null, (String) lang);
                }
                if ((ProvNames.XSD_NS + "string").equals(datatype)) {
                    datatype = null;
                }
            }
            return new Literal(text, datatype, (String) lang);
        }

        private String datatypeIri(Rec rec, String type) {
            if (type.contains("://") || type.startsWith("urn:")) {
                return type;
            }
            String iri = rec.container().resolve(type);
            if (iri == null) {
                warn(rec, "datatype " + type + " has an undeclared prefix; its value is kept as a string");
            }
            return iri;
        }

        /** The text of a typed literal's {@code "$"}: a string, number or boolean as written. */
        private static String lexical(Object lexical) {
            String text = lexical instanceof ProvJsonValues.NumberText big ? big.text() : RecordValues.string(lexical);
            return text == null ? "" : text;
        }

        /**
         * A time attribute: a plain {@code xsd:dateTime} string, or a typed literal of that type.
         *
         * @param kept what becomes of a malformed value, for the warning
         * @return epoch seconds, NaN when absent or malformed (reported)
         */
        private double time(Rec rec, String name, Object raw, String kept) {
            Literal value = single(rec, name, raw);
            if (value == null) {
                return Double.NaN;
            }
            if (value.datatype() != null && !(ProvNames.XSD_NS + "dateTime").equals(value.datatype())
                    && !(ProvNames.XSD_NS + "dateTimeStamp").equals(value.datatype())) {
                warn(rec, name + " must be an xsd:dateTime, found type " + value.datatype() + "; " + kept);
                return Double.NaN;
            }
            double time = XsdLiterals.parseDateTime(value.text());
            if (Double.isNaN(time)) {
                warn(rec, name + " must be an xsd:dateTime, found '" + abbreviate(value.text()) + "'; " + kept);
            }
            return time;
        }

        /** The text of an attribute's first value, to keep a value that is not what its attribute holds. */
        private String textOf(Rec rec, String name, Object raw) {
            List<?> values = raw instanceof List<?> list ? list : Collections.singletonList(raw);
            Object first = values.isEmpty() ? null : values.get(0);
            if (first instanceof Map<?, ?> map) {
                first = map.get("$");
            }
            return first == null ? "" : first instanceof String text ? text : JsonTrees.toJson(first);
        }

        /** The IRI a qualified-name value denotes ({@code prov:type} values are written either typed or plain). */
        private static String resolveValue(Container c, Literal value) {
            return value.datatype() == null || value.isQualifiedName() ? c.resolve(value.text()) : null;
        }

        // ---- identifiers

        /** {@link #key(Container, String)}, reporting an identifier whose prefix is not declared. */
        private String key(Rec rec, String qname) {
            checkPrefix(rec, qname);
            return key(rec.container(), qname);
        }

        /** Reports, once per prefix, an identifier whose prefix is not declared: it is kept as written. */
        private void checkPrefix(Rec rec, String qname) {
            if (!qname.startsWith("_:") && rec.container().resolve(qname) == null) {
                undeclared(rec, qname);
            }
        }

        /** The document-wide key of an element identifier: its IRI, else the name as written. */
        private String key(Container c, String qname) {
            String iri = c.resolve(qname);
            if (iri != null) {
                return iri;
            }
            return qname;
        }

        /**
         * The key of a relation identifier: blank nodes are local to their bundle (Python's {@code prov} numbers
         * them from {@code _:id1} in every bundle), other identifiers are document-wide.
         */
        private String relationKey(Container c, String qname) {
            return qname.startsWith("_:") && c.bundleId != null ? c.bundleId + " " + qname : key(c, qname);
        }

        /** The model id of an element identifier (see the class comment). */
        private String modelId(Container c, String qname) {
            String iri = c.resolve(qname);
            if (iri == null) {
                return qname.startsWith("_:") ? fileName + "#" + qname : qname;
            }
            for (String ns : List.of(ProvNames.WORKFLOW_NS, ProvNames.TASK_NS, ProvNames.ARTIFACT_NS,
                    ProvNames.AGENT_NS)) {
                if (iri.startsWith(ns)) {
                    return ProvNames.unescape(iri.substring(ns.length()));
                }
            }
            return iri;
        }

        /** Names an element of another tool after its identifier as written, when it has no name. */
        private void defaultName(Container c, String qname, Supplier<String> name,
                Consumer<String> setName, String current) {
            String iri = c.resolve(qname);
            boolean provLens = iri != null && ProvNames.ESCAPED_NAMESPACES.stream().anyMatch(iri::startsWith);
            if (!provLens && (name.get() == null || name.get().equals(current))) {
                setName.accept(qname);
            }
        }

        private void undeclared(Rec rec, String qname) {
            int colon = qname.indexOf(':');
            String prefix = colon < 0 ? "default" : qname.substring(0, colon);
            if (undeclaredPrefixes.add(prefix)) {
                warn(rec, colon < 0 ? qname + " has no prefix and the document declares no default namespace;"
                        + " names without a prefix are kept as written"
                        : "prefix '" + prefix + "' of " + qname + " is not declared; names with it are kept as written");
            }
        }

        private String intern(String text) {
            return interned.computeIfAbsent(text, t -> t);
        }

        // ---- problems

        private void warn(Rec rec, String message) {
            problems.add(new ImportProblem(Severity.WARNING, source, rec.line(), rec.number(),
                    rec.type() + " " + rec.id() + ": " + message));
        }

        private void error(Rec rec, String message) {
            problems.add(new ImportProblem(Severity.ERROR, source, rec.line(), rec.number(),
                    rec.type() + " " + rec.id() + ": " + message));
        }

        private void skip(Rec rec, String message) {
            skipped++;
            error(rec, message);
        }
    }
}
