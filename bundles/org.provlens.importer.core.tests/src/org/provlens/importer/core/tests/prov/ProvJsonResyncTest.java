package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * Malformed JSON in a PROV-JSON document costs only the record it is in (issue 22): garbage between records, an
 * object never closed, a record cut short with the next one right after it, a cut record that takes the next one in
 * as an attribute, stray closing braces, a damaged map key or brace, bytes that are not UTF-8 before the damage, and
 * damage inside a bundle. Each test damages a good document the way the fuzzing harness does and checks that every
 * other record is imported with its values, in the right map and bundle, and that the relations of later passes
 * still find them.
 */
class ProvJsonResyncTest {

    private static final String EX = "http://example.org/";

    @TempDir
    Path dir;

    /** Five activities a0..a4 (one record a line), an entity and a used relation after them. */
    private static String document(String... activities) {
        StringBuilder text = new StringBuilder("{\n  \"prefix\": {\"ex\": \"" + EX + "\"},\n  \"activity\": {\n");
        text.append(String.join(",\n", activities));
        text.append("\n  },\n  \"entity\": {\n    \"ex:data\": {\"prov:label\": \"data\"}\n  },\n");
        text.append("  \"used\": {\n    \"_:u1\": {\"prov:activity\": \"ex:a4\", \"prov:entity\": \"ex:data\"}\n  }\n}\n");
        return text.toString();
    }

    private static String activity(int i) {
        return "    \"ex:a" + i + "\": {\"prov:label\": \"step " + i + "\", \"ex:lr\": " + (10 + i) + "}";
    }

    private static String[] activities() {
        return new String[] {activity(0), activity(1), activity(2), activity(3), activity(4)};
    }

    private record Imported(ImportResult result, Workspace workspace) {
        List<String> problems() {
            return result.problems().stream().map(ImportProblem::toString).toList();
        }

        /** The imported activities by local name, with their label and ex:lr. */
        Map<String, String> tasks() {
            Map<String, String> tasks = new TreeMap<>();
            ProvJsonRoundTripTest.tasks(workspace).forEach((id, task) -> tasks.put(id.replace(EX, ""), task.getName()
                    + " " + task.getParameters().stream().filter(p -> "ex:lr".equals(p.getKey()))
                            .map(p -> p.getValue()).findFirst().orElse(task.getProperties().stream()
                                    .filter(p -> "ex:lr".equals(p.getKey())).map(p -> p.getValue()).findFirst()
                                    .orElse("-"))));
            return tasks;
        }

        /** What the task of the used relation used. */
        List<String> usedByA4() {
            Task a4 = ProvJsonRoundTripTest.tasks(workspace).get(EX + "a4");
            return a4 == null ? List.of() : a4.getUsed().stream().map(ArtifactLink::getArtifact)
                    .map(a -> a.getId().replace(EX, "")).toList();
        }
    }

    private Imported importText(String name, String text) throws IOException {
        return importBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Imported importBytes(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        assertEquals(ProvJsonImporter.FORMAT, Importers.detectFormat(file).orElse("none"), name);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = Importers.importFile(file, builder, null);
        return new Imported(result, builder.workspace());
    }

    private static Map<String, String> allBut(int... lost) {
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            final int n = i;
            if (java.util.stream.IntStream.of(lost).noneMatch(l -> l == n)) {
                expected.put("a" + i, "step " + i + " " + (10 + i));
            }
        }
        return expected;
    }

    private static void assertOneError(Imported imported, String start, String end) {
        List<String> errors = imported.result().problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.ERROR).map(ImportProblem::message).toList();
        assertEquals(1, errors.size(), imported.problems()::toString);
        assertTrue(errors.get(0).startsWith(start) && errors.get(0).endsWith(end), errors.get(0));
    }

    @Test
    void aGoodDocumentReadsAsBefore() throws IOException {
        Imported imported = importText("good.json", document(activities()));
        assertEquals(List.of(), imported.problems());
        assertEquals(allBut(), imported.tasks());
        assertEquals(List.of("data"), imported.usedByA4());
    }

    @Test
    void aGarbageLineBetweenRecordsCostsNothing() throws IOException {
        String[] records = activities();
        records[1] = records[1] + ",\n    this is not json";
        Imported imported = importText("garbage.json", document(records));
        assertOneError(imported, "malformed JSON (Unexpected character ('t' (code 116))", "; reading resumed at line 7");
        assertEquals(allBut(), imported.tasks());
        assertEquals(List.of("data"), imported.usedByA4(), "the later passes read the same segments");
    }

    @Test
    void anObjectNeverClosedBetweenRecordsCostsNothing() throws IOException {
        String[] records = activities();
        records[2] = "    {\"unclosed\": [1, 2,\n" + records[2];
        Imported imported = importText("unclosed.json", document(records));
        assertEquals(allBut(), imported.tasks(), imported.problems()::toString);
        assertEquals(List.of("data"), imported.usedByA4());
    }

    @Test
    void aRecordCutShortCostsOnlyItselfWhenTheNextFollowsAtOnce() throws IOException {
        String[] records = activities();
        records[1] = records[1].substring(0, 30) + "    " + records[2].strip();
        records[2] = records[3];
        records[3] = records[4];
        String text = document(records[0], records[1], records[2], records[3]);
        Imported imported = importText("cut.json", text);
        assertOneError(imported, "malformed JSON (", "in activity ex:a1, which was skipped; reading resumed at line 5");
        assertEquals(allBut(1), imported.tasks());
    }

    @Test
    void aCutRecordThatTakesTheNextInAsAnAttributeCostsOnlyItself() throws IOException {
        // The cut leaves valid JSON: a1 holds a2 as an attribute, and the damage shows only where the file ends.
        String[] records = activities();
        records[1] = records[1].substring(0, records[1].indexOf(", \"ex:lr\"")) + ",";
        String text = document(records).replace(",,\n", ",\n");
        Imported imported = importText("swallowing.json", text);
        assertOneError(imported, "malformed JSON (the record is never closed: it takes what follows as its"
                + " attributes) in activity ex:a1", "which was skipped; reading resumed at line 6");
        assertEquals(allBut(1), imported.tasks());
        assertEquals(List.of("data"), imported.usedByA4());
    }

    @Test
    void aCutRecordThatTakesTheNextInBeforeATruncationCostsOnlyItselfAndTheCutOne() throws IOException {
        // a1 is cut and takes a2 in; the file ends inside a3, so a1 never gets to its end.
        String[] records = activities();
        records[1] = records[1].substring(0, records[1].indexOf(", \"ex:lr\"")) + ",";
        String text = document(records).replace(",,\n", ",\n");
        text = text.substring(0, text.indexOf("\"ex:a3\"") + 20);
        Imported imported = importText("cut-swallowing.json", text);
        assertEquals(allBut(1, 3, 4), imported.tasks(), imported.problems()::toString);
        assertEquals(List.of("activity ex:a1 is never closed: it takes what follows as its attributes, up to the end of"
                + " the file; it was skipped, reading resumed at line 6", "the file ends in the middle of the document"
                + " (truncated?); the records before were imported"), imported.result().problems().stream()
                        .map(ImportProblem::message).toList());
    }

    @Test
    void strayClosingBracesBetweenRecordsCostNothing() throws IOException {
        String[] records = activities();
        records[2] = "    }}]]," + "\n" + records[2];
        Imported imported = importText("braces.json", document(records));
        assertEquals(allBut(), imported.tasks(), imported.problems()::toString);
        assertEquals(List.of("data"), imported.usedByA4());
    }

    @Test
    void aDamagedMapKeyIsReadAsTheKeyItIsClosestTo() throws IOException {
        for (String damaged : List.of("activitx", "cctividy")) {
            Imported imported = importText("key.json", document(activities()).replace("\"activity\"", "\"" + damaged
                    + "\""));
            assertEquals(List.of("/key.json:3: warning: '" + damaged + "' is not a PROV-JSON key; read as 'activity',"
                    + " the key it is closest to (a damaged file?)"), imported.problems().stream()
                            .map(p -> p.substring(p.indexOf("/key.json"))).toList());
            assertEquals(allBut(), imported.tasks());
        }
    }

    @Test
    void aMapWhoseKeyOrBraceIsBrokenKeepsItsRecords() throws IOException {
        for (String damaged : List.of("#activity\": {", "\"activity#: {", "\"activity\": !{", "\"activity\":z{",
                "\"activity\"z {", "bactivity\": {", "\"activityb: {")) {
            Imported imported = importText("frame.json", document(activities()).replace("\"activity\": {", damaged));
            assertEquals(allBut(), imported.tasks(), damaged + ": " + imported.problems());
            assertEquals(List.of("data"), imported.usedByA4(), damaged);
        }
    }

    @Test
    void aBrokenMapKeyBeforeABrokenFirstRecordCostsOnlyThatRecord() throws IOException {
        String[] records = activities();
        records[0] = records[0].replace("ex:a0", "ex:a\u00010");
        for (String damaged : List.of("2activity\": {", "\"activity\":({", "\"activity\"\u00ba {")) {
            Imported imported = importText("both.json", document(records).replace("\"activity\": {", damaged));
            assertEquals(allBut(0), imported.tasks(), damaged + ": " + imported.problems());
        }
    }

    @Test
    void aDamagedFirstBraceOrGarbageBeforeTheFirstKeyHidesNothing() throws IOException {
        for (String start : List.of("[\n", "{*", "z\n", "\u00ef\u00bb?{")) {
            Imported imported = importText("start.json", start + document(activities()).substring(2));
            assertEquals(allBut(), imported.tasks(), start + ": " + imported.problems());
        }
    }

    @Test
    void bytesThatAreNotUtf8BeforeTheDamageDoNotShiftWhereReadingResumes() throws IOException {
        // Each 0xE9 is read as 'é' (two bytes for the parser): the positions found must still be the file's, or
        // reading would resume 100 bytes too far, past the record after the bad one.
        String[] records = activities();
        records[0] = records[0].replace("step 0", "step " + "\u0001".repeat(100));
        records[1] = records[1].replace("\"ex:lr\": 11}", "\"ex:lr\": 11 \"oops\"}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte b : document(records).getBytes(StandardCharsets.UTF_8)) {
            bytes.write(b == 1 ? (byte) 0xE9 : b);
        }
        Imported imported = importBytes("latin.json", bytes.toByteArray());
        Map<String, String> expected = allBut(1);
        expected.put("a0", "step " + "\u00e9".repeat(100) + " 10");
        assertEquals(expected, imported.tasks(), imported.problems()::toString);
        assertTrue(imported.problems().stream().anyMatch(p -> p.endsWith(":5: malformed JSON (Unexpected character"
                + " ('\"' (code 34)): was expecting comma to separate Object entries) in activity ex:a1, which was"
                + " skipped; reading resumed at line 6")), imported.problems()::toString);
        assertTrue(imported.problems().stream().anyMatch(p -> p.endsWith(":4: warning: the line holds bytes that are"
                + " not UTF-8; they were read as Windows-1252 characters")), imported.problems()::toString);
    }

    @Test
    void malformedJsonInABundleCostsOnlyItsRecordAndTheOthersStayInTheBundle() throws IOException {
        String text = "{\n  \"prefix\": {\"ex\": \"" + EX + "\"},\n  \"bundle\": {\n    \"ex:b1\": {\n"
                + "      \"activity\": {\n" + activity(0) + ",\n" + activity(1).replace("}", " garbage,") + "\n" + activity(2)
                + "\n      }\n    },\n    \"ex:b2\": {\n      \"activity\": {\n" + activity(3) + "\n      }\n    }\n"
                + "  }\n}\n";
        Imported imported = importText("bundles.json", text);
        Map<String, String> expected = allBut(1, 4);
        assertEquals(expected, imported.tasks(), imported.problems()::toString);
        Map<String, Task> tasks = ProvJsonRoundTripTest.tasks(imported.workspace());
        assertEquals(EX + "b1", tasks.get(EX + "a0").getWorkflow().getId());
        assertEquals(EX + "b1", tasks.get(EX + "a2").getWorkflow().getId(), "resumed inside its bundle");
        assertEquals(EX + "b2", tasks.get(EX + "a3").getWorkflow().getId());
    }
}
