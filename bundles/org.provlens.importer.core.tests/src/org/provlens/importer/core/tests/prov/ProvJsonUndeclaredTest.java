package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.importer.core.prov.ProvJsonValidator;
import org.provlens.model.Agent;
import org.provlens.model.Artifact;
import org.provlens.model.Execution;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * PROV-DM does not require that an element named in a relation be declared in the document, and ProvToolbox and
 * the Python {@code prov} package accept such documents: each relation type of PROV-DM, naming only undeclared
 * elements, is kept with the elements inferred from their roles, warned about, and exported back as declared.
 */
class ProvJsonUndeclaredTest {

    private static final String EX = "http://example.org/";

    private static final String PREFIX = "\"prefix\": {\"ex\": \"" + EX + "\"}";

    @TempDir
    Path dir;

    /** What one relation type's document must import to. */
    private record Case(String type, String attributes, Consumer<Workspace> check) {
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("wasGeneratedBy",
                "\"prov:entity\": \"ex:model\", \"prov:activity\": \"ex:train\", \"prov:time\": \"2024-01-01T00:00:00Z\"",
                w -> {
                    Task train = task(w, "train");
                    assertEquals(EX + "model", train.getGenerated().get(0).getArtifact().getId());
                    assertEquals(1704067200.0, train.getGenerated().get(0).getTime());
                }));
        cases.add(new Case("used", "\"prov:activity\": \"ex:train\", \"prov:entity\": \"ex:data\", \"prov:role\":"
                + " \"ex:input\"", w -> {
                    Task train = task(w, "train");
                    assertEquals(EX + "data", train.getUsed().get(0).getArtifact().getId());
                    assertEquals("ex:input", train.getUsed().get(0).getRole());
                }));
        cases.add(new Case("wasStartedBy", "\"prov:activity\": \"ex:train\", \"prov:trigger\": \"ex:go\","
                + " \"prov:starter\": \"ex:scheduler\", \"prov:time\": \"2024-01-01T00:00:00Z\"",
                w -> assertEquals(List.of(EX + "go " + EX + "scheduler 2024-01-01T00:00:00.000Z"),
                        values(task(w, "train").getProperties(), "wasStartedBy"))));
        cases.add(new Case("wasEndedBy", "\"prov:activity\": \"ex:train\", \"prov:trigger\": \"ex:stop\","
                + " \"prov:ender\": \"ex:watchdog\"",
                w -> assertEquals(List.of(EX + "stop " + EX + "watchdog"),
                        values(task(w, "train").getProperties(), "wasEndedBy"))));
        cases.add(new Case("wasInformedBy", "\"prov:informed\": \"ex:evaluate\", \"prov:informant\": \"ex:train\"",
                w -> assertEquals(List.of(task(w, "train")), task(w, "evaluate").getDependencies())));
        cases.add(new Case("wasInvalidatedBy", "\"prov:entity\": \"ex:cache\", \"prov:activity\": \"ex:cleanup\"",
                w -> {
                    assertEquals(List.of(EX + "cleanup"), values(artifact(w, "cache").getProperties(),
                            "wasInvalidatedBy"));
                    assertNotNull(task(w, "cleanup"));
                }));
        cases.add(new Case("wasDerivedFrom", "\"prov:generatedEntity\": \"ex:model\", \"prov:usedEntity\":"
                + " \"ex:data\", \"prov:activity\": \"ex:train\", \"prov:generation\": \"_:g9\"",
                w -> {
                    assertEquals(List.of(EX + "data"), values(artifact(w, "model").getProperties(), "wasDerivedFrom"));
                    assertNotNull(task(w, "train"));
                }));
        cases.add(new Case("wasAttributedTo", "\"prov:entity\": \"ex:report\", \"prov:agent\": \"ex:alice\"",
                w -> {
                    assertEquals(List.of(EX + "alice"), values(artifact(w, "report").getProperties(),
                            "wasAttributedTo"));
                    assertEquals("ex:alice", agent(w, "alice").getName());
                }));
        cases.add(new Case("wasAssociatedWith", "\"prov:activity\": \"ex:train\", \"prov:agent\": \"ex:alice\","
                + " \"prov:plan\": \"ex:recipe\"", w -> {
                    assertSame(agent(w, "alice"), task(w, "train").getAgent());
                    assertEquals(List.of(EX + "recipe"), values(task(w, "train").getProperties(), "plan"));
                }));
        cases.add(new Case("actedOnBehalfOf", "\"prov:delegate\": \"ex:bot\", \"prov:responsible\": \"ex:alice\","
                + " \"prov:activity\": \"ex:train\"", w -> {
                    assertEquals(List.of(EX + "bot " + EX + "alice"),
                            values(task(w, "train").getProperties(), "actedOnBehalfOf"));
                    assertNotNull(agent(w, "bot"));
                    assertNotNull(agent(w, "alice"));
                }));
        cases.add(new Case("wasInfluencedBy", "\"prov:influencee\": \"ex:paper\", \"prov:influencer\": \"ex:talk\"",
                w -> assertEquals(List.of(EX + "talk"), values(artifact(w, "paper").getProperties(),
                        "wasInfluencedBy"))));
        cases.add(new Case("specializationOf", "\"prov:specificEntity\": \"ex:v2\", \"prov:generalEntity\":"
                + " \"ex:doc\"", w -> assertEquals(List.of(EX + "doc"), values(artifact(w, "v2").getProperties(),
                        "specializationOf"))));
        cases.add(new Case("alternateOf", "\"prov:alternate1\": \"ex:v1\", \"prov:alternate2\": \"ex:v2\"",
                w -> assertEquals(List.of(EX + "v2"), values(artifact(w, "v1").getProperties(), "alternateOf"))));
        cases.add(new Case("hadMember", "\"prov:collection\": \"ex:shards\", \"prov:entity\": [\"ex:s1\", \"ex:s2\"]",
                w -> {
                    assertEquals(List.of(EX + "s1 " + EX + "s2"), values(artifact(w, "shards").getProperties(),
                            "hadMember"));
                    assertNotNull(artifact(w, "s2"));
                }));
        cases.add(new Case("mentionOf", "\"prov:specificEntity\": \"ex:cited\", \"prov:generalEntity\": \"ex:doc\","
                + " \"prov:bundle\": \"ex:b1\"", w -> assertEquals(List.of(EX + "doc ex:b1"),
                        values(artifact(w, "cited").getProperties(), "mentionOf"))));
        cases.add(new Case("hadDictionaryMember", "\"prov:dictionary\": \"ex:config\", \"prov:key-entity-set\":"
                + " [{\"$\": \"ex:lr\", \"key\": \"lr\"}]", w -> assertEquals(1,
                        values(artifact(w, "config").getProperties(), "hadDictionaryMember").size())));
        cases.add(new Case("derivedByInsertionFrom", "\"prov:after\": \"ex:config2\", \"prov:before\": \"ex:config\","
                + " \"prov:key-entity-set\": [{\"$\": \"ex:bs\", \"key\": \"batch_size\"}]",
                w -> assertTrue(values(artifact(w, "config2").getProperties(), "derivedByInsertionFrom").get(0)
                        .startsWith(EX + "config "))));
        cases.add(new Case("derivedByRemovalFrom", "\"prov:after\": \"ex:config3\", \"prov:before\": \"ex:config2\","
                + " \"prov:key-set\": [\"batch_size\"]",
                w -> assertEquals(List.of(EX + "config2 batch_size"),
                        values(artifact(w, "config3").getProperties(), "derivedByRemovalFrom"))));
        return cases;
    }

    @Test
    void everyRelationTypeOfProvDmIsCovered() {
        List<String> types = cases().stream().map(Case::type).toList();
        assertEquals(18, types.size());
        assertEquals(18, types.stream().distinct().count());
        for (String type : List.of("wasGeneratedBy", "used", "wasStartedBy", "wasEndedBy", "wasInformedBy",
                "wasInvalidatedBy", "wasDerivedFrom", "wasAttributedTo", "wasAssociatedWith", "actedOnBehalfOf",
                "wasInfluencedBy", "specializationOf", "alternateOf", "hadMember", "mentionOf", "hadDictionaryMember",
                "derivedByInsertionFrom", "derivedByRemovalFrom")) {
            assertTrue(types.contains(type), type);
        }
    }

    @Test
    void eachRelationNamingUndeclaredElementsIsKeptAndExportsBackAsDeclared() throws IOException {
        for (Case c : cases()) {
            String json = "{" + PREFIX + ", \"" + c.type() + "\": {\"_:r1\": {" + c.attributes() + "}}}";
            Path file = Files.writeString(dir.resolve(c.type() + ".json"), json);
            assertTrue(new ProvJsonImporter().canRead(file, json.getBytes(StandardCharsets.UTF_8)), c.type());
            WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
            ImportResult result = new ProvJsonImporter().importFile(file, builder, new NullProgressMonitor());
            List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
            assertFalse(result.hasErrors(), c.type() + ": " + problems);
            assertEquals(1, result.records(), c.type());
            assertEquals(0, result.skipped(), c.type());
            assertTrue(problems.stream().allMatch(p -> p.contains(": warning: " + c.type() + " _:r1: ")), problems::toString);
            assertTrue(problems.stream().anyMatch(p -> p.contains(" is not declared: an ")
                    || p.contains(" is not declared, and ")), c.type() + ": " + problems);
            c.check().accept(builder.workspace());

            // What was inferred is declared in the export, which is valid PROV-JSON and reads back the same.
            byte[] export = ProvJsonRoundTripTest.export(builder.workspace());
            assertEquals(List.of(), ProvJsonValidator.validate(export), c.type());
            Path again = Files.write(dir.resolve(c.type() + ".export.json"), export);
            WorkspaceBuilder copy = WorkspaceBuilder.forNewWorkspace("test");
            ImportResult reimport = new ProvJsonImporter().importFile(again, copy, new NullProgressMonitor());
            assertEquals(List.of(), reimport.problems(), c.type());
            assertEquals(ModelDump.of(builder.workspace()), ModelDump.of(copy.workspace()), c.type());
            c.check().accept(copy.workspace());
            assertArrayEquals(export, ProvJsonRoundTripTest.export(copy.workspace()), c.type());
        }
    }

    @Test
    void anInferredElementIsReportedOnceAndFoundByLaterRelations() throws IOException {
        String json = "{" + PREFIX + ", \"used\": {\"_:u1\": {\"prov:activity\": \"ex:train\", \"prov:entity\":"
                + " \"ex:data\"}, \"_:u2\": {\"prov:activity\": \"ex:eval\", \"prov:entity\": \"ex:data\"}},"
                + " \"wasGeneratedBy\": {\"_:g1\": {\"prov:entity\": \"ex:model\", \"prov:activity\": \"ex:train\"}},"
                + " \"wasDerivedFrom\": {\"_:d1\": {\"prov:generatedEntity\": \"ex:model\", \"prov:usedEntity\":"
                + " \"ex:data\", \"prov:activity\": \"ex:train\", \"prov:generation\": \"_:g1\", \"prov:usage\":"
                + " \"_:u1\"}}}";
        Path file = Files.writeString(dir.resolve("shared.json"), json);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new ProvJsonImporter().importFile(file, builder, null);
        List<String> messages = result.problems().stream().map(ImportProblem::message).toList();
        assertEquals(4, messages.size(), messages::toString);
        assertEquals(1, messages.stream().filter(m -> m.contains("ex:data is not declared")).count(), messages::toString);
        Workspace workspace = builder.workspace();
        assertEquals(2, workspace.getArtifacts().size());
        assertSame(task(workspace, "train").getUsed().get(0).getArtifact(),
                task(workspace, "eval").getUsed().get(0).getArtifact());
        assertEquals(List.of(), artifact(workspace, "model").getProperties(),
                "a derivation through train's own links, named by their ids, is what the links say");
        Workflow run = task(workspace, "train").getWorkflow();
        assertEquals("prov-json:shared.json", run.getId(), "inferred activities are tasks of the document's run");
    }

    @Test
    void aRoleNamingAnElementOfAnotherKindIsAnErrorOrAnInferenceAsProvAllows() throws IOException {
        String json = "{" + PREFIX + ", \"entity\": {\"ex:data\": {}}, \"activity\": {\"ex:train\": {}},"
                + " \"agent\": {\"ex:alice\": {}},"
                + " \"used\": {\"_:u1\": {\"prov:activity\": \"ex:data\", \"prov:entity\": \"ex:train\"}},"
                + " \"wasAttributedTo\": {\"_:a1\": {\"prov:entity\": \"ex:alice\", \"prov:agent\": \"ex:train\"}}}";
        Path file = Files.writeString(dir.resolve("kinds.json"), json);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new ProvJsonImporter().importFile(file, builder, null);
        List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
        // Entities and activities are disjoint in PROV: that used is wrong, and skipped.
        assertTrue(problems.contains(file + ":1: used _:u1: prov:activity ex:data is an entity of the document, which"
                + " PROV does not let be an activity; relation skipped"), problems::toString);
        assertEquals(1, result.skipped());
        // An agent may also be an entity, and an activity an agent: inferred, kept.
        assertTrue(problems.contains(file + ":1: warning: wasAttributedTo _:a1: prov:entity ex:alice is an agent of"
                + " the document; PROV lets it be an entity too: an entity is inferred"), problems::toString);
        assertTrue(problems.contains(file + ":1: warning: wasAttributedTo _:a1: prov:agent ex:train is an activity"
                + " of the document; PROV lets it be an agent too: an agent is inferred"), problems::toString);
        assertEquals(List.of(EX + "train"), values(artifact(builder.workspace(), "alice").getProperties(),
                "wasAttributedTo"));
    }

    @Test
    void undeclaredPrefixesKeepTheQualifiedNameWithOneWarning() throws IOException {
        String json = "{\"entity\": {\"foo:data\": {\"foo:rows\": 12}}, \"activity\": {\"foo:train\": {}},"
                + " \"used\": {\"_:u1\": {\"prov:activity\": \"foo:train\", \"prov:entity\": \"foo:data\"},"
                + " \"_:u2\": {\"prov:activity\": \"foo:train\", \"prov:entity\": \"bar:other\"}}}";
        Path file = Files.writeString(dir.resolve("prefixes.json"), json);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new ProvJsonImporter().importFile(file, builder, null);
        assertFalse(result.hasErrors(), result.problems()::toString);
        List<String> messages = result.problems().stream().map(ImportProblem::message).toList();
        assertEquals(1, messages.stream().filter(m -> m.contains("prefix 'foo' of foo:")).count(), messages::toString);
        assertEquals(1, messages.stream().filter(m -> m.contains("prefix 'bar' of bar:other")).count(),
                messages::toString);
        Task train = task(builder.workspace(), "foo:train");
        assertEquals(List.of("foo:data", "bar:other"),
                train.getUsed().stream().map(l -> l.getArtifact().getId()).toList());
        assertEquals(List.of("12"), values(artifact(builder.workspace(), "foo:data").getProperties(), "foo:rows"));
        // The names survive an export and its import.
        byte[] export = ProvJsonRoundTripTest.export(builder.workspace());
        Path again = Files.write(dir.resolve("prefixes.export.json"), export);
        WorkspaceBuilder copy = WorkspaceBuilder.forNewWorkspace("test");
        assertEquals(List.of(), new ProvJsonImporter().importFile(again, copy, null).problems());
        assertEquals(ModelDump.of(builder.workspace()), ModelDump.of(copy.workspace()));
    }

    private static Map<String, Execution> executions(Workspace workspace) {
        Map<String, Execution> executions = new LinkedHashMap<>();
        workspace.eAllContents().forEachRemaining(o -> {
            if (o instanceof Execution e) {
                executions.put(e.getId(), e);
            }
        });
        return executions;
    }

    /** A task by local name in ex:, or by its full id. */
    private static Task task(Workspace workspace, String name) {
        Execution e = executions(workspace).get(name.contains(":") ? name : EX + name);
        assertTrue(e instanceof Task, "no task " + name + " in " + executions(workspace).keySet());
        return (Task) e;
    }

    private static Artifact artifact(Workspace workspace, String name) {
        String id = name.contains(":") ? name : EX + name;
        return workspace.getArtifacts().stream().filter(a -> id.equals(a.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no artifact " + id + " in "
                        + workspace.getArtifacts().stream().map(Artifact::getId).toList()));
    }

    private static Agent agent(Workspace workspace, String name) {
        return workspace.getAgents().stream().filter(a -> (EX + name).equals(a.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no agent " + name));
    }

    private static List<String> values(List<StringProperty> properties, String key) {
        return properties.stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue).toList();
    }
}
