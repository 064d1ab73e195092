package org.provlens.importer.core.tests.cmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.cmf.CmfModels.property;
import static org.provlens.importer.core.tests.cmf.CmfModels.tasksById;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.EVALUATE;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.PREPARE;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TRAIN_1;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.TRAIN_2;
import static org.provlens.importer.core.tests.cmf.CmfTestStores.testFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.cmf.CmfImporter;
import org.provlens.model.Task;

/**
 * Every class of bad CMF input, each built by the test from the good export, listing or store: the bad record is
 * reported with file and line (or table and row), and every other execution is imported with its values.
 */
class CmfBadInputTest {

    private static final List<String> ALL = List.of(PREPARE, TRAIN_1, TRAIN_2, EVALUATE);

    @TempDir
    Path dir;

    record Imported(ImportResult result, Map<String, Task> tasks) {
        List<ImportProblem> errors() {
            return result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }

        List<String> executions() {
            return ALL.stream().filter(tasks::containsKey).toList();
        }
    }

    private static Imported importFile(Path file) {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = Importers.importFile(file, builder, null);
        return new Imported(result, tasksById(builder.workspace()));
    }

    private static String export() throws IOException {
        return Files.readString(testFile("cmf/export.json"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The export with the line holding a text replaced. */
    private static String replaceLine(String text, String marker, String replacement) {
        int at = text.indexOf(marker);
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(0, start) + replacement + text.substring(end);
    }

    private static long lineOf(String text, String marker) {
        return text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void anExportWithByteOrderMarkAndCrlfIsReadAsIfTheyWereAbsent() throws IOException {
        Imported plain = importFile(testFile("cmf/export.json"));
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + export().replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Imported bom = importFile(file);
        assertEquals("CMF", bom.result().format());
        assertEquals(ALL, bom.executions());
        assertEquals(plain.result().problems().size(), bom.result().problems().size());
        assertEquals(plain.tasks().keySet(), bom.tasks().keySet());
    }

    @Test
    void aListingWithByteOrderMarkAndCrlfIsReadAsIfTheyWereAbsent() throws IOException {
        Imported plain = importFile(testFile("cmf/server_executions.json"));
        Path file = dir.resolve("listing.json");
        Files.write(file, ("\uFEFF" + Files.readString(testFile("cmf/server_executions.json")).replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8));
        Imported bom = importFile(file);
        assertEquals("CMF", bom.result().format());
        assertEquals(plain.tasks().keySet(), bom.tasks().keySet());
        assertEquals(plain.result().records(), bom.result().records());
    }

    @Test
    void malformedJsonInOneExecutionCostsOnlyThatExecution() throws IOException {
        String marker = "\"Execution_uuid\": \"" + TRAIN_1 + "\"";
        String text = replaceLine(export(), marker, "                \"Execution_uuid\": \"" + TRAIN_1 + "\" \"oops\",");
        Imported imported = importFile(write("bad-execution.json", text));
        assertEquals(List.of(PREPARE, TRAIN_2, EVALUATE), imported.executions(), imported.result().problems()::toString);
        assertEquals(1, imported.errors().size(), imported.errors()::toString);
        assertEquals(lineOf(text, marker), imported.errors().get(0).line());
        assertTrue(imported.errors().get(0).message().contains("which was not imported"));
        assertEquals(4, imported.result().records());
        assertEquals(1, imported.result().skipped());
        // The executions after the bad one keep their values.
        assertEquals("44bf2ad09d89e24693c8e98b8da8fcecb248fb77",
                property(imported.tasks().get(EVALUATE), "Git_Start_Commit"));
    }

    @Test
    void tooDeepNestingInOneExecutionIsANamedErrorOfThatExecution() throws IOException {
        String marker = "\"seed\": 20170428,";
        String text = replaceLine(export(), marker, "\"seed\": " + "[".repeat(10_000) + "]".repeat(10_000) + ",");
        Imported imported = importFile(write("deep.json", text));
        assertEquals(List.of(TRAIN_1, TRAIN_2, EVALUATE), imported.executions(), imported.result().problems()::toString);
        assertTrue(imported.errors().get(0).message().contains("nesting depth"), imported.errors()::toString);
    }

    @Test
    void aBadTimeIsAWarningAndItsRawValueIsKept() throws IOException {
        String text = replaceLine(export(), "\"create_time_since_epoch\": 1698650988149,",
                "              \"create_time_since_epoch\": \"soon\",");
        Imported imported = importFile(write("bad-time.json", text));
        assertEquals(ALL, imported.executions());
        Task prepare = imported.tasks().get(PREPARE);
        assertEquals("soon", property(prepare, "create_time_since_epoch"));
        assertTrue(imported.result().problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.line() > 0 && p.message().contains("field create_time_since_epoch is not a CMF time")),
                imported.result().problems()::toString);
        assertTrue(imported.errors().isEmpty(), imported.errors()::toString);
    }

    @Test
    void aBadListingItemCostsOnlyItself() throws IOException {
        String listing = Files.readString(testFile("cmf/server_executions.json"));
        int second = listing.indexOf("\"Context_ID\"", listing.indexOf("\"Context_ID\"") + 1);
        String text = listing.substring(0, second) + "\"broken\": tru, " + listing.substring(second);
        Imported plain = importFile(testFile("cmf/server_executions.json"));
        Imported imported = importFile(write("bad-item.json", text));
        assertEquals(plain.result().records(), imported.result().records(), imported.result().problems()::toString);
        assertEquals(1, imported.result().skipped());
        List<String> uuids = java.util.regex.Pattern.compile("\"Execution_uuid\": \"([^\"]+)\"").matcher(listing)
                .results().map(m -> m.group(1)).toList();
        assertEquals(4, uuids.size());
        for (int i = 0; i < uuids.size(); i++) {
            assertEquals(i != 1, imported.tasks().containsKey(uuids.get(i)), uuids.get(i));
            assertTrue(plain.tasks().containsKey(uuids.get(i)));
        }
        assertEquals(1, imported.errors().size());
        // The line of the item that was lost: where its object starts, just above the bad value.
        assertEquals(lineOf(text, "\"broken\"") - 1, imported.errors().get(0).line());
    }

    @Test
    void anSqliteFileWithoutMlmdTablesSaysWhichAreMissing() throws IOException, SQLException {
        Path store = CmfTestStores.notMlmd(dir);
        String why = new CmfImporter().whyNot(store, Importers.head(store));
        assertEquals("SQLite, but not an MLMD store: no Artifact/Execution/Type/Context/ParentContext/Association/Event"
                + " tables", why);
        assertTrue(importFile(store).errors().get(0).message().contains("CMF: SQLite, but not an MLMD store"));
    }

    @Test
    void aStoreRowOfUnexpectedTypesCostsOnlyItself() throws IOException, SQLException {
        Path store = CmfTestStores.examplePipeline(dir, false);
        Imported plain = importFile(store);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            s.execute("UPDATE ExecutionProperty SET bool_value = 'yes', int_value = NULL, string_value = NULL,"
                    + " double_value = NULL WHERE rowid = (SELECT min(rowid) FROM ExecutionProperty)");
            s.execute("UPDATE Execution SET create_time_since_epoch = 'later' WHERE id = 1");
        }
        Imported imported = importFile(store);
        assertEquals(plain.executions(), imported.executions(), imported.result().problems()::toString);
        assertTrue(imported.result().problems().stream().anyMatch(p -> p.message().contains("is not a CMF time")),
                imported.result().problems()::toString);
    }

    /** The stage task each imported execution is in, by execution. */
    private static Map<String, String> stages(Imported imported) {
        Map<String, String> stages = new java.util.LinkedHashMap<>();
        for (String execution : imported.executions()) {
            Task parent = imported.tasks().get(execution).getParent();
            stages.put(execution, parent == null ? null : parent.getId());
        }
        return stages;
    }

    private static final Map<String, String> STAGES = Map.of(PREPARE, "cmf-stage:example-pipeline/Prepare", TRAIN_1,
            "cmf-stage:example-pipeline/Train", TRAIN_2, "cmf-stage:example-pipeline/Train", EVALUATE,
            "cmf-stage:example-pipeline/Evaluate");

    @Test
    void aStructureKeyDamagedInOneCharacterIsReadAsThatKey() throws IOException {
        // A flipped byte in a key of the export's frame: every execution keeps its stage (issue 22).
        for (String[] damage : new String[][] {{"\"Pipeline\"", "\"Papeline\""}, {"\"stages\"", "\"stagds\""},
                {"\"executions\"", "\"gxecutions\""}, {"\"events\"", "\"evenus\""}}) {
            String text = export().replaceFirst(java.util.regex.Pattern.quote(damage[0]), damage[1]);
            Imported imported = importFile(write("key.json", text));
            assertEquals("CMF", imported.result().format(), damage[1]);
            assertEquals(ALL, imported.executions(), damage[1] + ": " + imported.result().problems());
            assertEquals(STAGES, stages(imported), damage[1]);
            assertEquals(List.of("warning: '" + damage[1].replace("\"", "") + "' is not a CMF key; read as '"
                    + damage[0].replace("\"", "") + "', the key it is closest to (a damaged file?)"),
                    imported.result().problems().stream().map(p -> p.toString().substring(p.toString().indexOf(
                            "warning"))).toList());
        }
    }

    @Test
    void aDamagedBraceOfThePipelineOrOfAStageLosesNoExecution() throws IOException {
        // The stage or pipeline whose brace is gone is made up, and named by what follows its children.
        String stageBrace = replaceLine(export(), "\"executions\": [", "        ;\n          \"executions\": [");
        String pipelineBrace = replaceLine(export(), "\"stages\": [", "    ;\n      \"stages\": [");
        for (String text : List.of(stageBrace, pipelineBrace)) {
            Imported imported = importFile(write("brace.json", text));
            assertEquals(ALL, imported.executions(), imported.result().problems()::toString);
            assertEquals(STAGES, stages(imported));
            assertEquals("cmf-pipeline:example-pipeline",
                    imported.tasks().get(PREPARE).getParent().getWorkflow().getId());
            assertEquals(1, imported.errors().size(), imported.errors()::toString);
        }
    }

    @Test
    void anObjectNeverClosedWithABadExecutionInWhatItTakesCostsOnlyThatExecution() throws IOException {
        // {"unclosed": [1, 2, takes the executions after it as array elements; the bad one among them fails first.
        String marker = "\"Execution_uuid\": \"" + TRAIN_2 + "\"";
        String text = replaceLine(export(), marker, "                \"Execution_uuid\": \"" + TRAIN_2 + "\" \"oops\",");
        int train = text.indexOf("\"executions\": [", text.indexOf("example-pipeline/Prepare\""));
        text = text.substring(0, train) + "\"executions\": [\n            {\"unclosed\": [1, 2,"
                + text.substring(train + "\"executions\": [".length());
        Imported imported = importFile(write("unclosed.json", text));
        assertEquals(List.of(PREPARE, TRAIN_1, EVALUATE), imported.executions(), imported.result().problems()::toString);
        assertEquals(STAGES.get(TRAIN_1), stages(imported).get(TRAIN_1));
    }

    @Test
    void anObjectNeverClosedBeforeATruncationCostsOnlyTheCutExecution() throws IOException {
        // The unclosed array takes TRAIN_1 in; the file ends inside TRAIN_2, before the array could close.
        String text = export();
        int train = text.indexOf("\"executions\": [", text.indexOf("example-pipeline/Prepare\""));
        text = text.substring(0, train) + "\"executions\": [\n            {\"unclosed\": [1, 2,"
                + text.substring(train + "\"executions\": [".length());
        text = text.substring(0, text.indexOf("\"Execution_uuid\": \"" + TRAIN_2));
        Imported imported = importFile(write("cut.json", text));
        assertEquals(List.of(PREPARE, TRAIN_1), imported.executions(), imported.result().problems()::toString);
        assertEquals(STAGES.get(TRAIN_1), stages(imported).get(TRAIN_1));
        assertEquals(2, imported.errors().size(), imported.errors()::toString);
        assertTrue(imported.errors().get(0).message().startsWith("Pipeline[0].stages[1].executions[0] is never"
                + " closed: it takes what follows as its content"), imported.errors()::toString);
        assertTrue(imported.errors().get(1).message().startsWith("the file ends inside"), imported.errors()::toString);
    }

    @Test
    void aByteThatTheParserTakesForTheEndOfTheInputIsMalformedJsonNotATruncation() throws IOException {
        // jackson reports a key ending in the first byte of a UTF-8 sequence as the end of the input.
        byte[] bytes = export().replaceFirst("\"Context_Type\": \"example-pipeline/Train\"",
                "\"Context_Typ\u0001\": \"example-pipeline/Train\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 1 ? (byte) 0xE5 : bytes[i];
        }
        Path file = Files.write(dir.resolve("e5.json"), bytes);
        Imported imported = importFile(file);
        assertEquals(List.of(PREPARE, TRAIN_2, EVALUATE), imported.executions(), imported.result().problems()::toString);
        assertTrue(imported.errors().get(0).message().startsWith("malformed JSON (Unexpected end-of-input in field"
                + " name)"), imported.errors()::toString);
    }

    @Test
    void anExportTheHeapCannotHoldIsRefusedWithTheMemoryItNeeds() {
        String refusal = CmfImporter.memoryRefusal(Runtime.getRuntime().maxMemory());
        assertTrue(refusal.contains("needs about") && refusal.contains("MB of heap") && refusal.contains("-Xmx"),
                refusal);
        assertNull(CmfImporter.memoryRefusal(1 << 20));
    }
}
