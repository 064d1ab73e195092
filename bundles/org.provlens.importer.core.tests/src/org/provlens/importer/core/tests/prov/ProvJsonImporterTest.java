package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.importer.core.prov.ProvJsonValidator;
import org.provlens.model.Agent;
import org.provlens.model.AgentKind;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.ProvElement;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** PROV-JSON documents of other tools: the PROV Primer's example, bundles, and bad input. */
class ProvJsonImporterTest {

    private static final String EX = "http://example.org/";

    @TempDir
    Path dir;

    private static ImportResult importInto(WorkspaceBuilder builder, String file) throws IOException {
        return new ProvJsonImporter().importFile(ProvTestFiles.get(file), builder, new NullProgressMonitor());
    }

    private static double epoch(String iso) {
        Instant instant = Instant.parse(iso);
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    private static Map<String, Artifact> artifacts(Workspace workspace) {
        return workspace.getArtifacts().stream().collect(Collectors.toMap(Artifact::getId, Function.identity()));
    }

    private static List<String> values(List<StringProperty> properties, String key) {
        return properties.stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue).toList();
    }

    private static List<String> ids(List<? extends ProvElement> elements) {
        return elements.stream().map(ProvElement::getId).toList();
    }

    @Test
    void thePrimerExampleBecomesOneRunOfTasks() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "prov/primer.json");
        assertFalse(result.hasErrors(), result.problems()::toString);
        assertEquals(40, result.records(), "10 entities, 5 activities, 2 agents, 23 relations");
        assertEquals(0, result.skipped());
        assertEquals(5, result.tasks());

        Workspace workspace = builder.workspace();
        Workflow run = workspace.getCampaigns().get(0).getWorkflows().get(0);
        assertEquals(WorkspaceBuilder.DEFAULT_CAMPAIGN, run.getCampaign().getId());
        assertEquals("prov-json:primer.json", run.getId());
        assertEquals(List.of(EX + "compile", EX + "compile2", EX + "compose", EX + "correct", EX + "illustrate"),
                ids(run.getTasks()));
        Map<String, Task> tasks = ProvJsonRoundTripTest.tasks(workspace);
        Task compose = tasks.get(EX + "compose");
        assertEquals("Compose region totals", compose.getName(), "prov:label");
        assertEquals("ex:illustrate", tasks.get(EX + "illustrate").getName(), "named as written without a label");
        Task correct = tasks.get(EX + "correct");
        assertEquals(epoch("2012-03-31T09:21:00Z"), correct.getStartedAt(), "a time without zone is UTC");
        assertEquals(epoch("2012-04-01T15:21:00Z"), correct.getEndedAt());
        assertEquals(Status.UNKNOWN, correct.getStatus());
        assertEquals(epoch("2012-03-31T09:21:00Z"), run.getStartedAt(), "the run spans its tasks' times");
        assertEquals(epoch("2012-04-01T15:21:00Z"), run.getEndedAt());

        // used / wasGeneratedBy with roles and times
        assertEquals(List.of(EX + "dataSet1", EX + "regionList"),
                compose.getUsed().stream().map(l -> l.getArtifact().getId()).toList());
        assertEquals("ex:dataToCompose", compose.getUsed().get(0).getRole());
        assertEquals(EX + "composition", compose.getGenerated().get(0).getArtifact().getId());
        Task compile = tasks.get(EX + "compile");
        assertEquals(epoch("2012-03-02T10:30:00Z"), compile.getGenerated().get(0).getTime());
        assertSame(compile.getGenerated().get(0).getArtifact(),
                tasks.get(EX + "illustrate").getGenerated().get(0).getArtifact(), "chart1, generated twice");
        // wasInformedBy and wasAssociatedWith
        assertEquals(List.of(compose), tasks.get(EX + "illustrate").getDependencies());
        Agent derek = compose.getAgent();
        assertEquals(EX + "derek", derek.getId());
        assertEquals(AgentKind.PERSON, derek.getKind());
        assertEquals(AgentKind.ORGANIZATION, workspace.getAgents().get(1).getKind());

        // Entities and what other relations say about them
        Map<String, Artifact> artifacts = artifacts(workspace);
        assertEquals(10, artifacts.size());
        Artifact article = artifacts.get(EX + "article");
        assertEquals("ex:article", article.getName());
        assertEquals(ArtifactKind.OTHER, article.getKind());
        assertEquals(List.of("Crime rises in cities"), values(article.getProperties(), "dcterms:title"));
        assertEquals(List.of(EX + "dataSet1"), values(artifacts.get(EX + "dataSet2").getProperties(), "wasRevisionOf"));
        assertEquals(List.of(EX + "dataSet2"), values(artifacts.get(EX + "chart2").getProperties(), "wasDerivedFrom"));
        assertEquals(List.of(EX + "article"), values(artifacts.get(EX + "blogEntry").getProperties(), "wasQuotedFrom"));
        assertEquals(List.of(EX + "article"),
                values(artifacts.get(EX + "articleV1").getProperties(), "specializationOf"));
        assertEquals(List.of(EX + "articleV1"), values(artifacts.get(EX + "articleV2").getProperties(), "alternateOf"));
        assertEquals(List.of(EX + "derek"), values(artifacts.get(EX + "chart1").getProperties(), "wasAttributedTo"));
        assertEquals(List.of(), values(artifacts.get(EX + "composition").getProperties(), "wasDerivedFrom"),
                "a derivation through compose is what its used and generated links say");

        // A delegation between agents, who hold no properties, is kept on the activity it names (issue 22).
        assertEquals(List.of(EX + "derek " + EX + "chartgen"), values(compose.getProperties(), "actedOnBehalfOf"));
        // What the model cannot hold is reported, with the record.
        List<String> warnings = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("agent ex:derek: attribute foaf:givenName is not kept")),
                warnings::toString);
        ImportProblem attribute = result.problems().stream().filter(p -> p.message().startsWith("agent ex:derek"))
                .findFirst().orElseThrow();
        assertTrue(attribute.line() > 0 && attribute.record() > 0, "names line and record");
    }

    @Test
    void bundlesBecomeRunsAndMayShareElements() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "prov/bundles.json");
        assertFalse(result.hasErrors(), result.problems()::toString);
        List<Workflow> runs = builder.workspace().getCampaigns().get(0).getWorkflows();
        assertEquals(List.of(EX + "runs/monday", EX + "runs/tuesday"), ids(runs));
        assertEquals("run:monday", runs.get(0).getName());
        Task cleaning = runs.get(0).getTasks().get(0);
        assertEquals(EX + "cleaning", cleaning.getId());
        assertEquals(epoch("2024-06-03T06:30:00Z"), cleaning.getEndedAt(), "+02:00 read as an offset");
        assertEquals(epoch("2024-06-03T08:01:00Z"), cleaning.getUsed().get(0).getTime());
        assertEquals("Alice", cleaning.getAgent().getName(), "an agent of the document, used in a bundle");
        Task training = runs.get(1).getTasks().get(0);
        assertEquals("http://example.org/tuesday/training", training.getId(), "the bundle's own prefix");
        assertSame(cleaning.getGenerated().get(0).getArtifact(), training.getUsed().get(0).getArtifact(),
                "ex:clean is one artifact across bundles");
        Artifact model = training.getGenerated().get(0).getArtifact();
        assertEquals(List.of("ex:Model"), values(model.getProperties(), "prov:type"));
    }

    @Test
    void aDocumentWrittenByPythonsProvPackageImports() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "prov/python_prov.json");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), ProvJsonValidator.validate(ProvTestFiles.get("prov/python_prov.json")));
        Map<String, Task> tasks = ProvJsonRoundTripTest.tasks(builder.workspace());
        Task train = tasks.get(EX + "train");
        assertEquals(epoch("2024-01-02T03:04:05Z"), train.getStartedAt());
        assertEquals(epoch("2024-01-02T03:04:06Z"), train.getUsed().get(0).getTime());
        assertEquals(List.of("ex:Training"), values(train.getProperties(), "prov:type"),
                "a prov:QUALIFIED_NAME type of prov 2.x");
        assertEquals(AgentKind.PERSON, train.getAgent().getKind());
        Artifact data = train.getUsed().get(0).getArtifact();
        assertEquals("Data", data.getName());
        assertEquals(List.of("120"), values(data.getProperties(), "ex:rows"), "a number as \"$\"");
        assertEquals(List.of("0.5"), values(data.getProperties(), "ex:ratio"));
        Artifact model = train.getGenerated().get(0).getArtifact();
        assertEquals(List.of(), model.getProperties(), "the derivation through ex:train is implied by the links");
        // The bundle numbers its relations from _:id1 again: a run of its own, using the document's ex:data.
        Task inner = tasks.get(EX + "inner");
        assertEquals(EX + "b1", inner.getWorkflow().getId());
        assertSame(data, inner.getUsed().get(0).getArtifact());
    }

    @Test
    void badRecordsAreReportedAndTheRestImported() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        Path file = ProvTestFiles.get("prov/broken.json");
        ImportResult result = importInto(builder, "prov/broken.json");
        List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(result.hasErrors());
        assertEquals(8, result.records());
        assertEquals(2, result.skipped(), "ex:weird and _:i1; " + problems);
        assertProblem(problems, file + ":3: warning: 'comment' is not a PROV-JSON top-level key; ignored");
        // Values that are not what their attribute holds are warnings, and their text is kept (issue 22).
        assertProblem(problems, file + ":6: warning: entity ex:out: malformed typed literal in ex:size: 'twelve' is not"
                + " a valid xsd:int; kept as text");
        assertProblem(problems, file + ":7: entity ex:weird: expected a JSON object of attributes, found '42'; skipped");
        assertProblem(problems, file + ":10: warning: activity ex:run: prov:startTime must be an xsd:dateTime, found"
                + " 'yesterday'; kept as the text property prov:startTime");
        // PROV lets a relation name an element the document does not declare: it is inferred, the relation kept.
        assertProblem(problems, file + ":15: warning: used _:u2: prov:entity ex:nowhere is not declared: an entity is"
                + " inferred from its role (PROV lets a relation name elements the document does not declare)");
        assertProblem(problems, file + ":18: warning: wasGeneratedBy _:g1: malformed typed literal"
                + " {\"$\":\"2024-01-01T00:00:10Z\"} in prov:time (a typed literal needs a \"type\"); kept as the text"
                + " '2024-01-01T00:00:10Z'");
        assertProblem(problems, file + ":21: wasInformedBy _:i1: the required prov:informant is missing;"
                + " relation skipped");
        assertEquals(7, problems.size(), problems::toString);

        // Everything else is there.
        Task run = ProvJsonRoundTripTest.tasks(builder.workspace()).get(EX + "run");
        assertTrue(Double.isNaN(run.getStartedAt()));
        assertEquals(List.of("yesterday"), values(run.getProperties(), "prov:startTime"));
        assertEquals(epoch("2024-01-01T00:00:10Z"), run.getEndedAt());
        assertEquals(List.of(EX + "in", EX + "nowhere"),
                run.getUsed().stream().map(l -> l.getArtifact().getId()).toList());
        assertEquals(EX + "out", run.getGenerated().get(0).getArtifact().getId());
        assertEquals(epoch("2024-01-01T00:00:10Z"), run.getGenerated().get(0).getTime(),
                "the time of the typed literal without a type");
        assertEquals(List.of("3"), values(run.getProperties(), "ex:retries"));
        Artifact out = artifacts(builder.workspace()).get(EX + "out");
        assertEquals(List.of("csv"), values(out.getProperties(), "ex:format"));
        assertEquals(List.of("twelve"), values(out.getProperties(), "ex:size"));
        assertEquals(3, builder.workspace().getArtifacts().size());
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), () -> "expected\n  " + expected + "\nin\n  "
                + String.join("\n  ", problems));
    }

    @Test
    void aTruncatedDocumentKeepsTheRecordsBeforeTheCut() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, "prov/truncated.json");
        assertTrue(result.hasErrors());
        ImportProblem problem = result.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(9, problem.line(), problem::toString);
        assertTrue(problem.message().startsWith("the file ends in the middle of the document (truncated?)"),
                problem.message());
        assertEquals(List.of(EX + "step1"), List.copyOf(ProvJsonRoundTripTest.tasks(builder.workspace()).keySet()));
        assertEquals(2, builder.workspace().getArtifacts().size());
        assertEquals("input", artifacts(builder.workspace()).get(EX + "in").getName());
    }

    @Test
    void notAnObjectIsOneError() throws IOException {
        Path file = dir.resolve("array.json");
        Files.writeString(file, "[1, 2]");
        ImportResult result = new ProvJsonImporter().importFile(file, WorkspaceBuilder.forNewWorkspace("t"), null);
        assertEquals(List.of(file + ":1: expected a JSON object (a PROV-JSON document), found [; the rest of the file"
                + " holds no record that could be read, the records before were imported"),
                result.problems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void aDocumentWhoseFirstBraceIsDamagedIsReadFromItsFirstMap() throws IOException {
        // A flipped bit makes '{' a '[': the maps after it are still PROV-JSON's (issue 22).
        Path file = dir.resolve("bracket.json");
        Files.writeString(file, "[\"prefix\": {\"ex\": \"" + EX + "\"},\n \"entity\": {\"ex:e\": {}}}");
        assertTrue(ProvJsonImporter.canRead(Files.readAllBytes(file)));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("t");
        ImportResult result = new ProvJsonImporter().importFile(file, builder, null);
        assertEquals(List.of(file + ":1: expected a JSON object (a PROV-JSON document), found [; reading resumed at"
                + " line 1"), result.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(List.of(EX + "e"), builder.workspace().getArtifacts().stream().map(Artifact::getId).toList());
    }

    @Test
    void cancellingKeepsWhatWasReadAndSaysSo() throws IOException {
        StringBuilder json = new StringBuilder("{\"prefix\": {\"ex\": \"http://example.org/\"}, \"entity\": {");
        for (int i = 0; i < 1000; i++) {
            json.append(i == 0 ? "" : ", ").append("\"ex:e").append(i).append("\": {}");
        }
        Path file = dir.resolve("many.json");
        Files.writeString(file, json.append("}}"));
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new ProvJsonImporter().importFile(file, builder, monitor);
        assertTrue(result.cancelled());
        int kept = builder.workspace().getArtifacts().size();
        assertTrue(kept > 0 && kept < 1000, "kept " + kept);
        assertTrue(result.problems().get(0).message().startsWith("import cancelled after " + kept + " records"),
                result.problems()::toString);
    }

    @Test
    void theFormatIsRecognisedByContent() throws IOException {
        assertTrue(canRead("prov/primer.json"));
        assertTrue(canRead("prov/bundles.json"));
        assertTrue(canRead("prov/truncated.json"), "a cut file still starts like PROV-JSON");
        assertFalse(canRead("flowcept/train_nvidia.jsonl"), "Flowcept records have task_id and type");
        assertFalse(canRead("flowcept/sample_data.json"));
        assertFalse(canRead("prov/invalid.json"), "'entities' is not a PROV-JSON key");
        // A ProvLens export of Flowcept data is PROV-JSON, and Flowcept's test does not claim it.
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        new FlowceptImporter().importFile(ProvTestFiles.get("flowcept/train_nvidia.jsonl"), builder, null);
        Path export = dir.resolve("export.data");
        Files.write(export, ProvJsonRoundTripTest.export(builder.workspace()));
        byte[] head = head(export);
        assertTrue(ProvJsonImporter.canRead(head));
        assertFalse(FlowceptImporter.canRead(head));
        assertEquals("PROV-JSON", new ProvJsonImporter().format());
        assertFalse(ProvJsonImporter.canRead("{\"prefix\": {}, \"task_id\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ProvJsonImporter.canRead("{}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ProvJsonImporter.canRead("not json".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noOtherFormatClaimsPROVJsonAndPROVJsonClaimsNoOtherFormat() throws IOException {
        Path testfiles = ProvTestFiles.get("prov").getParent();
        List<Path> others;
        try (var files = Files.walk(testfiles)) {
            others = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(testfiles.resolve("prov"))).toList();
        }
        assertFalse(others.isEmpty());
        for (Path file : others) {
            assertFalse(ProvJsonImporter.canRead(head(file)), file::toString);
        }
        for (String file : List.of("primer.json", "bundles.json", "python_prov.json", "broken.json", "truncated.json")) {
            Path path = ProvTestFiles.get("prov/" + file);
            for (var importer : Importers.all()) {
                if (!(importer instanceof ProvJsonImporter)) {
                    assertFalse(importer.canRead(path, head(path)), importer.format() + " claims " + file);
                }
            }
        }
    }

    private static boolean canRead(String file) throws IOException {
        return ProvJsonImporter.canRead(head(ProvTestFiles.get(file)));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(Importers.SNIFF_BYTES);
        }
    }

    @Test
    void thePrimerImportExportsAsValidProvJsonAndBack() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, "prov/primer.json");
        byte[] json = ProvJsonRoundTripTest.export(builder.workspace());
        Path file = dir.resolve("primer-export.json");
        Files.write(file, json);
        WorkspaceBuilder copy = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new ProvJsonImporter().importFile(file, copy, null);
        assertEquals(List.of(), result.problems());
        assertEquals(ModelDump.of(builder.workspace()), ModelDump.of(copy.workspace()));
        assertEquals(new String(json, StandardCharsets.UTF_8),
                new String(ProvJsonRoundTripTest.export(copy.workspace()), StandardCharsets.UTF_8));
        assertTrue(ProvJsonValidator.validate(ProvTestFiles.get("prov/primer.json")).isEmpty());
        Workflow run = copy.workspace().getCampaigns().get(0).getWorkflows().get(0);
        assertNotNull(run.getTasks().get(0).getWorkflow());
        assertNull(run.getParent());
    }
}
