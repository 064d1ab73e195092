package org.provlens.importer.core.tests.flowcept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.model.Execution;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * Every class of bad Flowcept input, each built by the test: the bad record is reported with file and line, and
 * every other record is imported with its values.
 */
class FlowceptBadInputTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    /** A task message whose values the tests check after the import. */
    static String record(String id) {
        return "{\"task_id\": \"" + id + "\", \"activity_id\": \"train\", \"status\": \"FINISHED\", \"used\": {\"lr\": 0.001,"
                + " \"model\": \"resnet\"}, \"generated\": {\"loss\": 0.25}, \"started_at\": 1707422729.0,"
                + " \"ended_at\": 1707422730.5}";
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Task> tasks(Workspace workspace) {
        Map<String, Task> tasks = new java.util.TreeMap<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task task) {
                tasks.put(task.getId(), task);
            }
        }
        return tasks;
    }

    /** Imports through the format recognition, as the workbench and the command do. */
    private static Imported importFile(Path file) {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = Importers.importFile(file, builder, null);
        return new Imported(result, tasks(builder.workspace()));
    }

    record Imported(ImportResult result, Map<String, Task> tasks) {
        List<ImportProblem> errors() {
            return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }

        List<ImportProblem> warnings() {
            return result.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
        }
    }

    /** The task has the values {@link #record} gave it. */
    static void assertIntact(Task task) {
        assertEquals("train", task.getActivity());
        assertEquals("0.001", task.getParameters().stream().filter(p -> p.getKey().equals("lr")).findFirst()
                .orElseThrow().getValue());
        assertEquals(0.25, task.getMetrics().get(0).getValue());
        assertEquals(1707422729.0, task.getStartedAt());
        assertEquals(1707422730.5, task.getEndedAt());
    }

    private static void assertAllIntact(Imported imported, String... ids) {
        assertEquals(List.of(ids), List.copyOf(imported.tasks().keySet()), imported.result().problems()::toString);
        imported.tasks().values().forEach(FlowceptBadInputTest::assertIntact);
    }

    private static String property(Execution execution, String key) {
        return execution.getProperties().stream().filter(p -> p.getKey().equals(key)).map(StringProperty::getValue)
                .findFirst().orElse(null);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    // ---------------------------------------------------------------- 1. byte-order mark and CRLF

    @Test
    void aJsonlWithByteOrderMarkAndCrlfIsReadAsIfTheyWereAbsent() throws IOException {
        Path file = write("bom.jsonl", concat(BOM, (record("a") + "\r\n" + record("b") + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        Imported imported = importFile(file);
        assertEquals("Flowcept", imported.result().format());
        assertAllIntact(imported, "a", "b");
        assertTrue(imported.result().problems().isEmpty(), imported.result().problems()::toString);
    }

    @Test
    void aJsonArrayWithByteOrderMarkAndCrlfIsReadAsIfTheyWereAbsent() throws IOException {
        Path file = write("bom.json", concat(BOM, ("[\r\n" + record("a") + ",\r\n" + record("b") + "\r\n]\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        Imported imported = importFile(file);
        assertEquals("Flowcept", imported.result().format());
        assertAllIntact(imported, "a", "b");
        assertTrue(imported.result().problems().isEmpty(), imported.result().problems()::toString);
    }

    // ---------------------------------------------------------------- 2. recognition past a bad start

    @Test
    void aJsonlWhoseFirstLineIsGarbageIsStillFlowceptAndTheLineIsAnError() throws IOException {
        for (String first : List.of("this is not json", "{\"task_id\": \"cut", "{\"activity_id\": \"no id\"}",
                "x".repeat(20_000))) {
            Path file = write("bad-start.jsonl", first + "\n" + record("a") + "\n" + record("b") + "\n");
            Imported imported = importFile(file);
            assertEquals("Flowcept", imported.result().format(), first);
            assertAllIntact(imported, "a", "b");
            assertEquals(1, imported.errors().size(), imported.result().problems()::toString);
            assertEquals(1, imported.errors().get(0).line());
            assertEquals(1, imported.result().skipped());
        }
    }

    @Test
    void aFirstLineLongerThanTheSniffedHeadDoesNotHideTheRecordsAfterIt() throws IOException {
        Path file = write("long-start.jsonl", "#".repeat(Importers.SNIFF_BYTES + 10) + "\n" + record("a") + "\n");
        Imported imported = importFile(file);
        assertEquals("Flowcept", imported.result().format());
        assertAllIntact(imported, "a");
    }

    @Test
    void whenNoFormatFitsEachCandidateSaysWhy() throws IOException {
        Path notJson = write("notes.txt", "a,,b\nnot json at all\n");
        String message = importFile(notJson).errors().get(0).message();
        assertTrue(message.startsWith("not a provenance format ProvLens can read"), message);
        assertTrue(message.contains("Flowcept: not JSON: line 1, column 1: Unrecognized token 'a': expected a JSON value;"),
                message);
        Path otherJson = write("other.jsonl", "{\"hello\": 1}\n{\"world\": 2}\n");
        String other = importFile(otherJson).errors().get(0).message();
        assertTrue(other.contains("Flowcept: JSON, but no Flowcept task or workflow message (an object with task_id or workflow_id)"
                + " in the first 2 records;"),
                other);
        assertTrue(other.contains("CMF: "), other);
    }

    // ---------------------------------------------------------------- 3. bad elements of a JSON array

    @Test
    void aBadElementOfAnIndentedArrayCostsOnlyItself() throws IOException {
        String text = "[\n" + record("a") + ",\n{\"task_id\": \"bad\", \"used\": {\"lr\": 0.1,, }},\n" + record("b")
                + ",\n{\"task_id\": \"bad2\" \"x\": 1},\n" + record("c") + "\n]\n";
        Imported imported = importFile(write("bad-element.json", text));
        assertAllIntact(imported, "a", "b", "c");
        assertEquals(List.of(3L, 5L), imported.errors().stream().map(ImportProblem::line).toList(),
                imported.errors()::toString);
        assertEquals(2, imported.result().skipped());
        assertEquals(5, imported.result().records());
    }

    @Test
    void aBadElementOfASingleLineArrayCostsOnlyItself() throws IOException {
        // mongoexport --jsonArray writes every record on one line.
        String text = "[" + record("a") + ",{\"task_id\": \"bad\", \"used\": {\"tags\": [{\"x\": 1}, tru]}}," + record("b")
                + ",garbage," + record("c") + "]";
        Imported imported = importFile(write("one-line.json", text));
        assertAllIntact(imported, "a", "b", "c");
        assertEquals(2, imported.result().skipped(), imported.result().problems()::toString);
    }

    @Test
    void garbageWithAnOpenQuoteBeforeARecordOfASingleLineArrayCostsNoRecord() throws IOException {
        // The garbage's quote opens a string that takes the start of the next record in (issue 22).
        String text = "[" + record("a") + ",\"Dm_[`x1!," + record("b") + "," + record("c") + "]";
        Imported imported = importFile(write("quote.json", text));
        assertAllIntact(imported, "a", "b", "c");
    }

    @Test
    void aNumberRightBeforeABraceBetweenRecordsIsSkippedNotReadForever() throws IOException {
        // "6{" looked like records separated by a line break only, and reading restarted at the 6 again and again.
        String text = "[\n" + record("a") + ",\n6{N^:l9!zc,\n" + record("b") + "\n]";
        Path file = write("number-brace.json", text);
        Imported imported = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> importFile(file), "a guard against the endless loop, not a timing target");
        assertAllIntact(imported, "a", "b");
    }

    @Test
    void aSingleLineArrayWhoseBracketIsDamagedIsStillReadAsAnArray() throws IOException {
        // A flipped bit turns '[' into 'K' (or '{'): the records after it must not become one bad JSON line; nor
        // do they after a byte-order mark with a flipped byte before the bracket.
        byte[] damagedBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBD, '['};
        for (byte[] start : List.of("K".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8),
                damagedBom)) {
            String text = record("a") + "," + record("b") + "," + record("c") + "]";
            Imported imported = importFile(write("bracket.json", concat(start, text.getBytes(StandardCharsets.UTF_8))));
            assertEquals("Flowcept", imported.result().format(), new String(start, StandardCharsets.ISO_8859_1));
            assertAllIntact(imported, "a", "b", "c");
        }
    }

    @Test
    void aRecordCutByTheNextOneLosesOnlyItself() throws IOException {
        String text = "[\n" + record("a") + ",\n{\"task_id\": \"cut\", \"used\": {\"lr\": " + record("b") + ",\n"
                + record("c") + "\n]";
        Imported imported = importFile(write("cut.json", text));
        assertAllIntact(imported, "a", "b", "c");
        assertEquals(1, imported.result().skipped(), imported.result().problems()::toString);
    }

    @Test
    void aTruncatedArrayKeepsEveryCompleteElementAndCountsTheCutOne() throws IOException {
        String text = "[\n" + record("a") + ",\n" + record("b") + ",\n" + record("c").substring(0, 40);
        Imported imported = importFile(write("truncated.json", text));
        assertAllIntact(imported, "a", "b");
        assertEquals(3, imported.result().records());
        assertEquals(1, imported.result().skipped());
        assertEquals(4, imported.errors().get(0).line());
        assertTrue(imported.errors().get(0).message().startsWith("the file ends in the middle of a record"));
    }

    @Test
    void recordsSeparatedByLineBreaksInsideAnArrayAreAllRead() throws IOException {
        Imported imported = importFile(write("no-commas.json", "[\n" + record("a") + "\n" + record("b") + "\n]"));
        assertAllIntact(imported, "a", "b");
        assertTrue(imported.errors().isEmpty(), imported.errors()::toString);
    }

    // ---------------------------------------------------------------- 7. bad field values

    @Test
    void badFieldValuesAreWarningsWithLineAndFieldAndTheRawValueIsKept() throws IOException {
        String bad = "{\"task_id\": \"odd\", \"activity_id\": \"train\", \"started_at\": \"yesterday\", \"ended_at\": {\"t\": 1},"
                + " \"used\": [1, 2], \"generated\": \"none\", \"telemetry_at_start\": 5, \"tags\": 7,"
                + " \"dependencies\": \"a\"}";
        Imported imported = importFile(write("fields.jsonl", record("a") + "\n" + bad + "\n"));
        assertIntact(imported.tasks().get("a"));
        Task odd = imported.tasks().get("odd");
        assertEquals("train", odd.getActivity());
        assertTrue(Double.isNaN(odd.getStartedAt()));
        assertEquals("yesterday", property(odd, "started_at"));
        assertEquals("{\"t\":1}", property(odd, "ended_at"));
        assertEquals("[1,2]", property(odd, "used"));
        assertEquals("none", property(odd, "generated"));
        assertEquals("5", property(odd, "telemetry_at_start"));
        assertEquals("7", property(odd, "tags"));
        assertEquals("a", property(odd, "dependencies"));
        List<String> warnings = imported.warnings().stream().map(ImportProblem::toString).toList();
        for (String field : List.of("started_at", "ended_at", "used", "generated", "telemetry_at_start", "tags",
                "dependencies")) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith(imported.result().source() + ":2: warning: field "
                    + field + " ")), field + " in " + warnings);
        }
        assertTrue(imported.errors().isEmpty(), imported.errors()::toString);
    }

    // ---------------------------------------------------------------- 10. limits

    @Test
    void deepNestingHugeNumbersAndInvalidUtf8AreNamedErrorsOfTheirRecordOnly() throws IOException {
        String deep = "{\"task_id\": \"deep\", \"used\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String digits = "{\"task_id\": \"digits\", \"used\": {\"n\": " + "9".repeat(100_000) + "}}";
        byte[] invalid = "{\"task_id\": \"utf\", \"activity_id\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 4] = (byte) 0xFF;
        for (boolean array : new boolean[] {false, true}) {
            String separator = array ? ",\n" : "\n";
            byte[] content = concat((array ? "[\n" : "").getBytes(StandardCharsets.UTF_8),
                    (record("a") + separator + deep + separator + record("b") + separator + digits + separator)
                            .getBytes(StandardCharsets.UTF_8),
                    invalid, (separator + record("c") + (array ? "\n]" : "\n")).getBytes(StandardCharsets.UTF_8));
            Imported imported = importFile(write(array ? "limits.json" : "limits.jsonl", content));
            assertAllIntact(imported, "a", "b", "c");
            List<String> messages = imported.errors().stream().map(ImportProblem::message).toList();
            assertEquals(3, messages.size(), messages::toString);
            assertTrue(messages.get(0).contains("nesting depth"), messages.get(0));
            assertTrue(messages.get(1).contains("Number value length"), messages.get(1));
            assertTrue(messages.get(2).contains("UTF-8"), messages.get(2));
            assertEquals(List.of(array ? 3L : 2L, array ? 5L : 4L, array ? 6L : 5L),
                    imported.errors().stream().map(ImportProblem::line).toList());
        }
    }

    @Test
    void aLineLongerThanARecordMayBeIsSkippedWithItsLineNumberWithoutBufferingIt() throws IOException {
        Path file = dir.resolve("huge-line.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((record("a") + "\n{\"task_id\": \"huge\", \"stdout\": \"").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < (FlowceptImporter.MAX_RECORD_BYTES >> 20) + 4; i++) {
                out.write(block);
            }
            out.write(("\"}\n" + record("b") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Imported imported = importFile(file);
        assertAllIntact(imported, "a", "b");
        assertEquals(1, imported.errors().size());
        assertEquals(2, imported.errors().get(0).line());
        assertTrue(imported.errors().get(0).message().contains("longer than the 64 MB"),
                imported.errors().get(0).message());
    }

    @Test
    void aHugeStringIsANamedErrorOfItsRecord() throws IOException {
        String text = record("a") + "\n{\"task_id\": \"s\", \"stdout\": \"" + "y".repeat(21_000_000) + "\"}\n"
                + record("b") + "\n";
        Imported imported = importFile(write("huge-string.jsonl", text));
        assertAllIntact(imported, "a", "b");
        assertTrue(imported.errors().get(0).message().contains("String value length"),
                imported.errors().get(0).message());
    }

    @Test
    void everyTaskOfAGoodFileIsImportedWhateverTheClassOfTheOthers() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(record("t" + i));
        }
        Imported imported = importFile(write("good.jsonl", lines.stream().collect(Collectors.joining("\n"))));
        assertEquals(50, imported.tasks().size());
        assertFalse(imported.result().hasErrors());
    }
}
