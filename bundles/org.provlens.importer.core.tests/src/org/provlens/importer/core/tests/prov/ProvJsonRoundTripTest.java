package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.prov.ProvJsonExporter;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.importer.core.prov.ProvJsonValidator;
import org.provlens.model.Agent;
import org.provlens.model.AgentKind;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.EnergyMethod;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;

/** Flowcept and hand-built workspaces exported to PROV-JSON, validated, and imported back unchanged. */
class ProvJsonRoundTripTest {

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    @TempDir
    Path dir;

    /** Exports, checks the document is valid PROV-JSON, and returns its bytes. */
    static byte[] export(Workspace workspace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProvJsonExporter().write(workspace, out);
        byte[] json = out.toByteArray();
        assertEquals(List.of(), ProvJsonValidator.validate(json), () -> new String(json, StandardCharsets.UTF_8));
        return json;
    }

    private WorkspaceBuilder reimport(byte[] json, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, json);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new ProvJsonImporter().importFile(file, builder, new NullProgressMonitor());
        assertEquals(List.of(), result.problems(), "a ProvLens export imports without problems");
        return builder;
    }

    private static WorkspaceBuilder flowcept(String file) throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new FlowceptImporter().importFile(ProvTestFiles.get(file), builder, null);
        assertFalse(result.hasErrors(), result.problems()::toString);
        return builder;
    }

    static Map<String, Task> tasks(Workspace workspace) {
        Map<String, Task> tasks = new HashMap<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task task) {
                tasks.put(task.getId(), task);
            }
        }
        return tasks;
    }

    @Test
    void flowceptRunExportsAndReimportsToTheSameModel() throws IOException {
        Workspace original = flowcept("flowcept/train_nvidia.jsonl").workspace();
        byte[] json = export(original);
        Workspace copy = reimport(json, "train.prov.json").workspace();

        assertEquals(ModelDump.of(original), ModelDump.of(copy));
        // Beyond the dump: EMF structural equality of each campaign (runs, task trees, links, telemetry schemas).
        assertEquals(original.getCampaigns().size(), copy.getCampaigns().size());
        for (int i = 0; i < original.getCampaigns().size(); i++) {
            assertTrue(ModelEquality.equal(original.getCampaigns().get(i), copy.getCampaigns().get(i)),
                    "campaign " + original.getCampaigns().get(i).getId());
        }
        for (int i = 0; i < original.getArtifacts().size(); i++) {
            assertTrue(ModelEquality.equal(original.getArtifacts().get(i), copy.getArtifacts().get(i)));
        }

        // Spot checks of what the dump compares, read from the copy.
        Workflow workflow = copy.getCampaigns().get(0).getWorkflows().get(0);
        assertEquals("llm_finetune_campaign", workflow.getCampaign().getId());
        Task train = workflow.getTasks().get(0);
        assertEquals(List.of("epoch-0", "epoch-1"), train.getChildren().stream().map(Task::getId).toList());
        assertEquals(List.of("batch-0-1", "batch-0-0"),
                train.getChildren().get(0).getChildren().stream().map(Task::getId).toList());
        assertEquals(Status.FINISHED, train.getStatus());
        assertEquals(1707422729.0, train.getStartedAt());
        assertEquals(1707422778.0, train.getEndedAt());
        Parameter betas = train.getParameters().stream().filter(p -> "opt.betas".equals(p.getKey())).findFirst()
                .orElseThrow();
        assertEquals(ValueType.JSON, betas.getType());
        assertEquals("[0.9,0.95]", betas.getValue());
        Parameter lr = train.getParameters().stream().filter(p -> "lr".equals(p.getKey())).findFirst().orElseThrow();
        assertEquals(ValueType.REAL, lr.getType());
        assertEquals("0.0003", lr.getValue());
        Task batch = tasks(copy).get("batch-1-1");
        assertEquals(List.of("batch-1-0"), batch.getDependencies().stream().map(Task::getId).toList());
        assertEquals("flowcept-agent-1", train.getAgent().getId());
        assertEquals(AgentKind.SOFTWARE, train.getAgent().getKind());
        ArtifactLink checkpoint = train.getGenerated().get(0);
        assertEquals(ArtifactKind.MODEL, checkpoint.getArtifact().getKind());
        assertSame(train.getUsed().get(0).getArtifact(), workflow.getUsed().get(0).getArtifact(),
                "one artifact used by the run and its task");
        int power = train.getTelemetry().getSchema().getChannels().indexOf("gpu.gpu_0.power");
        assertEquals(90.0, train.getTelemetry().getAtEnd()[power]);
    }

    @Test
    void exportOfTheImportedExportIsByteIdentical() throws IOException {
        for (String file : List.of("flowcept/train_nvidia.jsonl", "flowcept/amd_frontier.jsonl",
                "flowcept/sample_data.json")) {
            byte[] first = export(flowcept(file).workspace());
            byte[] second = export(reimport(first, "first.json").workspace());
            assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8), file);
            assertArrayEquals(first, second, file);
        }
    }

    @Test
    void theExportSaysWhatPROVToolsExpect() throws IOException {
        String json = new String(export(flowcept("flowcept/train_nvidia.jsonl").workspace()), StandardCharsets.UTF_8);
        // Formal times are plain xsd:dateTime strings (the PROV-JSON schema), other times typed literals.
        assertTrue(json.contains("\"prov:startTime\": \"2024-02-08T20:05:29.000Z\""), json);
        assertTrue(json.contains("\"prov:type\": {\"$\": \"provlens:Task\", \"type\": \"xsd:QName\"}"), json);
        assertTrue(json.contains("\"param:lr\": {\"$\": \"0.0003\", \"type\": \"xsd:double\"}"), json);
        assertTrue(json.contains("\"param:epochs\": {\"$\": \"2\", \"type\": \"xsd:long\"}"), json);
        assertTrue(json.contains("\"metric:loss\": {\"$\": \"2.1\", \"type\": \"xsd:double\"}"), json);
        assertTrue(json.contains("\"provlens:parent\": {\"$\": \"task:train-1\", \"type\": \"xsd:QName\"}"), json);
        assertTrue(json.contains("\"prov:informed\": \"task:batch-1-1\""), json);
        assertTrue(json.contains("\"prov:informant\": \"task:batch-1-0\""), json);
        assertTrue(json.contains("\"prov:agent\": \"agent:flowcept-agent-1\""), json);
        // The checkpoint written by model_train derives from the data set it read.
        assertTrue(json.contains("\"prov:generatedEntity\": \"artifact:/lustre/orion/ckpt/llama-ft-0001.pt\""), json);
        assertTrue(json.contains("\"prov:usedEntity\": \"artifact:/lustre/orion/data/alpaca_subset.parquet\""), json);
        assertTrue(json.endsWith("}\n") && !json.contains("\r"), "\\n line ends, whatever the platform");
    }

    @Test
    void awkwardIdsKeysAndValuesSurvive() throws IOException {
        Workspace workspace = awkwardWorkspace();
        byte[] json = export(workspace);
        String text = new String(json, StandardCharsets.UTF_8);
        // Escaped as documented in ProvNames: %XX per UTF-8 byte, '-' and '.' kept inside the name.
        assertTrue(text.contains("\"task:%2Dlead%20task%3A%C3%A9t%C3%A9%2E\""), text);
        assertTrue(text.contains("\"param:rate%40peak\""), text);
        assertTrue(text.contains("\"metric:energy.gpu@unit\": \"J\""), text);
        Workspace copy = reimport(json, "awkward.json").workspace();
        assertEquals(ModelDump.of(workspace), ModelDump.of(copy));
        assertArrayEquals(json, export(copy));
    }

    @Test
    void reimportingAnExportChangesNothing() throws IOException {
        Workspace original = flowcept("flowcept/train_nvidia.jsonl").workspace();
        byte[] json = export(original);
        Path file = dir.resolve("again.json");
        Files.write(file, json);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        new ProvJsonImporter().importFile(file, builder, null);
        String once = ModelDump.of(builder.workspace());
        new ProvJsonImporter().importFile(file, new WorkspaceBuilder(builder.workspace()), null);
        assertEquals(once, ModelDump.of(builder.workspace()));
        // And into the workspace it came from: nothing is duplicated.
        String before = ModelDump.of(original);
        new ProvJsonImporter().importFile(file, new WorkspaceBuilder(original), null);
        assertEquals(before, ModelDump.of(original));
    }

    @Test
    void aSubsetKeepsItsPlaceAndOnlyWhatItLinks() throws IOException {
        Workspace workspace = flowcept("flowcept/train_nvidia.jsonl").workspace();
        Task epoch1 = tasks(workspace).get("epoch-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProvJsonExporter(false).write(List.of(epoch1), out);
        byte[] json = out.toByteArray();
        assertEquals(List.of(), ProvJsonValidator.validate(json));
        String text = new String(json, StandardCharsets.UTF_8);
        assertFalse(text.contains("provlens:telemetry"), "measurements left out on request");
        assertFalse(text.contains("task:epoch-0"), "siblings are not exported");

        Workspace copy = reimport(json, "subset.json").workspace();
        Map<String, Task> tasks = tasks(copy);
        assertEquals(List.of("batch-1-0", "batch-1-1", "epoch-1", "train-1"), tasks.keySet().stream().sorted().toList(),
                "the task, its children, and its parent to keep its place");
        Workflow workflow = copy.getCampaigns().get(0).getWorkflows().get(0);
        assertEquals("wf_llm_ft_0001", workflow.getId());
        assertSame(tasks.get("train-1"), workflow.getTasks().get(0));
        assertSame(tasks.get("train-1"), tasks.get("epoch-1").getParent());
        assertEquals(List.of("batch-1-0"), tasks.get("batch-1-1").getDependencies().stream().map(Task::getId).toList());
        // train-1's artifacts are linked by an exported task, the workflow's alone are the same data set.
        assertEquals(2, copy.getArtifacts().size());
        assertNull(tasks.get("epoch-1").getTelemetry());
    }

    @Test
    void exportToAFileWritesTheSameBytes() throws IOException {
        Workspace workspace = flowcept("flowcept/train_nvidia.jsonl").workspace();
        Path file = dir.resolve("out.json");
        long records = new ProvJsonExporter().write(workspace, file);
        assertArrayEquals(export(workspace), Files.readAllBytes(file));
        assertEquals(List.of(), ProvJsonValidator.validate(file));
        // 2 artifacts, 9 activities (run + 8 tasks), 1 agent, and the relations.
        assertTrue(records > 12, "records " + records);
    }

    /** A workspace with ids and keys outside the qualified-name grammar and every kind of value. */
    private static Workspace awkwardWorkspace() {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        Campaign campaign = builder.campaign("sweep 2024/05");
        campaign.setName("May sweep");
        campaign.setDescription("learning rates 1e-4..1e-3");
        Workflow parent = builder.workflow(campaign, "outer run");
        Workflow workflow = builder.workflow(campaign, "run:1 #a");
        workflow.setName("Run one");
        workflow.setSubtype("ml");
        workflow.setStatus(Status.ERROR);
        workflow.setStartedAt(1715000000.123456);
        workflow.setEndedAt(-12.5);
        builder.setParentWorkflow(workflow, "outer run");
        Task lead = builder.task("-lead task:été.", workflow, null);
        Task child = builder.task("child%20", workflow, "-lead task:été.");
        Task other = builder.task("other", workflow, null);
        builder.finish(missing -> {
            throw new AssertionError("missing parent " + missing[1]);
        });
        lead.setStatus(Status.KILLED);
        lead.setSubmittedAt(1715000000.0000001);
        lead.setActivity("train");
        lead.setGroupId("g-1");
        lead.setStdout("line 1\nline \"2\"");
        lead.getTags().addAll(List.of("a", "a", "b c"));
        lead.setHost(builder.host("node 7"));
        parameter(lead, "rate@peak", "1e-3", ValueType.REAL);
        parameter(lead, "inf", "Infinity", ValueType.REAL);
        parameter(lead, "flag", "true", ValueType.BOOLEAN);
        parameter(lead, "big", "123456789012345678901234567890", ValueType.INTEGER);
        parameter(lead, "layers", "[1,{\"a\":2}]", ValueType.JSON);
        parameter(lead, "dup", "x", ValueType.STRING);
        parameter(lead, "dup", "7", ValueType.INTEGER);
        parameter(lead, "", "empty key", ValueType.STRING);
        metric(lead, "energy.gpu", 1234.5, "J", -1);
        metric(lead, "loss", Double.NaN, null, 3);
        metric(lead, "loss", 0.5, null, 4);
        property(lead, "note", "x");
        property(lead, "note", "y");
        property(lead, "ünïcode key", "value: 1");
        child.getDependencies().add(other);
        other.getDependencies().add(lead);
        Agent agent = builder.agent("ORNL / team", AgentKind.ORGANIZATION);
        agent.setVersion("1.0");
        lead.setAgent(agent);
        workflow.setAgent(builder.agent("rsr", AgentKind.PERSON));
        Artifact data = builder.artifact("sha256:abc", ArtifactKind.DATASET);
        data.setUri("s3://bucket/data set.csv");
        data.setName("data set.csv");
        data.setSize(42);
        data.setContentHash("abc");
        StringProperty format = FACTORY.createStringProperty();
        format.setKey("format");
        format.setValue("csv");
        data.getProperties().add(format);
        Artifact model = builder.artifact("model.", ArtifactKind.MODEL);
        builder.artifact("unlinked", ArtifactKind.OTHER);
        link(lead.getUsed(), data, "train data", 1715000001.5);
        link(lead.getUsed(), data, null, Double.NaN);
        link(lead.getGenerated(), model, null, 1715000002.0);
        link(child.getUsed(), model, "weights", Double.NaN);
        Series series = FACTORY.createSeries();
        series.setKey("loss");
        series.setAxis(SeriesAxis.TIME);
        series.setXs(new double[] {1, 2, 3});
        series.setYs(new double[] {0.5, Double.NaN, Double.POSITIVE_INFINITY});
        lead.getSeries().add(series);
        EnergyEstimate energy = FACTORY.createEnergyEstimate();
        energy.setComponent(EnergyComponent.GPU);
        energy.setMethod(EnergyMethod.MODELLED);
        energy.setJoules(3600.25);
        energy.setSource("codecarbon");
        workflow.getEnergy().add(energy);
        assertNotNull(parent);
        return builder.workspace();
    }

    private static void parameter(Task task, String key, String value, ValueType type) {
        Parameter parameter = FACTORY.createParameter();
        parameter.setKey(key);
        parameter.setValue(value);
        parameter.setType(type);
        task.getParameters().add(parameter);
    }

    private static void metric(Task task, String key, double value, String unit, long step) {
        Metric metric = FACTORY.createMetric();
        metric.setKey(key);
        metric.setValue(value);
        metric.setUnit(unit);
        metric.setStep(step);
        task.getMetrics().add(metric);
    }

    private static void property(Task task, String key, String value) {
        StringProperty property = FACTORY.createStringProperty();
        property.setKey(key);
        property.setValue(value);
        task.getProperties().add(property);
    }

    private static void link(List<ArtifactLink> links, Artifact artifact, String role, double time) {
        ArtifactLink link = FACTORY.createArtifactLink();
        link.setArtifact(artifact);
        link.setRole(role);
        link.setTime(time);
        links.add(link);
    }
}
