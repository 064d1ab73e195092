package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.importer.core.prov.ProvJsonValidator;
import org.provlens.model.Artifact;
import org.provlens.model.StringProperty;
import org.provlens.model.Workspace;

/**
 * What editors, other platforms and hostile input do to a PROV-JSON document: a byte-order mark, {@code \r\n},
 * Windows-1252 or UTF-16 text, records nested far too deep, numbers of any length, very long strings. Each gives a
 * named problem for its record, or nothing at all, never a stack overflow, an exhausted heap or a hang, and the
 * other records are imported.
 */
class ProvJsonLimitsTest {

    private static final String EX = "http://example.org/";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static ImportResult importInto(WorkspaceBuilder builder, Path file) throws IOException {
        return new ProvJsonImporter().importFile(file, builder, null);
    }

    private static List<String> problems(ImportResult result) {
        return result.problems().stream().map(ImportProblem::toString).toList();
    }

    private static String property(Artifact artifact, String key) {
        return artifact.getProperties().stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue)
                .findFirst().orElse(null);
    }

    private static Artifact artifact(Workspace workspace, String local) {
        return workspace.getArtifacts().stream().filter(a -> (EX + local).equals(a.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no artifact " + local));
    }

    private static String document(String entities) {
        return "{\n  \"prefix\": {\"ex\": \"" + EX + "\"},\n  \"entity\": {\n" + entities + "\n  }\n}\n";
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadAsIfAbsent() throws IOException {
        String json = document("    \"ex:a\": {\"ex:city\": \"Zürich\"},\n    \"ex:b\": {\"prov:label\": \"B\"}");
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(json.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Path windows = write("bom.json", bom.toByteArray());
        Path plain = write("plain.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals("PROV-JSON", Importers.detectFormat(windows).orElseThrow());
        assertEquals(List.of(), ProvJsonValidator.validate(windows));
        assertEquals(List.of(), ProvJsonValidator.validate(bom.toByteArray()));
        WorkspaceBuilder a = WorkspaceBuilder.forNewWorkspace("test");
        assertEquals(List.of(), problems(importInto(a, windows)));
        WorkspaceBuilder b = WorkspaceBuilder.forNewWorkspace("test");
        importInto(b, plain);
        assertEquals(ModelDump.of(b.workspace()), ModelDump.of(a.workspace()));
        assertEquals("Zürich", property(artifact(a.workspace(), "a"), "ex:city"));
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252AndReportedByLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(document("    \"ex:a\": {\"ex:city\": \"CITY\"},\n    \"ex:b\": {\"prov:label\": \"B\"}")
                .replace("\"CITY\"", "\"\u0001\"").getBytes(StandardCharsets.UTF_8));
        byte[] json = bytes.toByteArray();
        // The city written by a Windows tool: "Zürich" in Windows-1252, a byte 0xFC that is not UTF-8.
        byte[] city = "Zürich".getBytes(Charset.forName("windows-1252"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : json) {
            if (b == 1) {
                out.write(city);
            } else {
                out.write(b);
            }
        }
        Path file = write("cp1252.json", out.toByteArray());
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(file + ":4: warning: the line holds bytes that are not UTF-8; they were read as"
                + " Windows-1252 characters"), problems(result));
        assertEquals("Zürich", property(artifact(builder.workspace(), "a"), "ex:city"));
        assertEquals(2, builder.workspace().getArtifacts().size());
        // A validator is strict: the document is not valid UTF-8 JSON.
        assertTrue(ProvJsonValidator.validate(file).get(0).startsWith("not JSON: "), ProvJsonValidator.validate(file)
                ::toString);
    }

    @Test
    void aUtf16DocumentWithItsByteOrderMarkImports() throws IOException {
        String json = document("    \"ex:a\": {\"ex:city\": \"Zürich\"}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(json.getBytes(StandardCharsets.UTF_16LE));
        Path file = write("utf16.json", bytes.toByteArray());
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(), problems(result));
        assertEquals("Zürich", property(artifact(builder.workspace(), "a"), "ex:city"));
    }

    @Test
    void aRecordNestedTooDeepIsSkippedWithItsNameAndTheOthersImport() throws IOException {
        String deep = "[".repeat(100) + "1" + "]".repeat(100);
        Path file = write("deep.json", document("    \"ex:a\": {\"ex:x\": " + deep + "},\n    \"ex:b\": {}")
                .getBytes(StandardCharsets.UTF_8));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(file + ":4: entity ex:a: nested deeper than 64 levels, which no PROV-JSON record is;"
                + " skipped"), problems(result));
        assertEquals(1, result.skipped());
        assertEquals(List.of(EX + "b"), builder.workspace().getArtifacts().stream().map(Artifact::getId).toList());
        assertEquals(List.of("entity ex:a: nested deeper than 64 levels, which no PROV-JSON record is"),
                ProvJsonValidator.validate(file));
    }

    @Test
    void nestingBeyondWhatAnyParserShouldFollowIsANamedErrorNotAStackOverflow() throws IOException {
        String deep = "[".repeat(200_000);
        Path file = write("abyss.json", document("    \"ex:a\": {},\n    \"ex:b\": {\"ex:x\": " + deep + "},\n"
                + "    \"ex:c\": {}").getBytes(StandardCharsets.UTF_8));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertTrue(result.hasErrors());
        String problem = problems(result).get(0);
        assertTrue(problem.startsWith(file + ":5: entity ex:b is beyond what ProvLens reads (Document nesting depth"),
                problem);
        // The reading resumes at the record after the abyss (issue 22: malformed JSON costs only its record).
        assertTrue(problem.endsWith("which was skipped; reading resumed at line 6"), problem);
        assertEquals(1, result.skipped());
        assertEquals(List.of(EX + "a", EX + "c"), builder.workspace().getArtifacts().stream().map(Artifact::getId)
                .toList());
        assertTrue(ProvJsonValidator.validate(file).get(0).startsWith("not JSON: "));
    }

    @Test
    void numbersOfAnyLengthAreKeptAsWritten() throws IOException {
        String digits = "9".repeat(100_000);
        Path file = write("numbers.json", document("    \"ex:a\": {\"ex:big\": " + digits + ", \"ex:huge\": 1e400,"
                + " \"ex:long\": -12345678901234567890, \"ex:small\": 42, \"ex:half\": 0.5}").getBytes(StandardCharsets.UTF_8));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        long start = System.nanoTime();
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(), problems(result));
        Artifact a = artifact(builder.workspace(), "a");
        assertEquals(digits, property(a, "ex:big"));
        assertEquals("1e400", property(a, "ex:huge"));
        assertEquals("-12345678901234567890", property(a, "ex:long"));
        assertEquals("42", property(a, "ex:small"));
        assertEquals("0.5", property(a, "ex:half"));
        assertEquals(List.of(), ProvJsonValidator.validate(file));
        // Not a timing target, a guard against the quadratic conversion of a 100,000 digit number.
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
    }

    @Test
    void stringsLongerThanJacksonsDefaultLimitImport() throws IOException {
        String text = "x".repeat(25_000_000);
        Path file = write("long.json", document("    \"ex:a\": {\"ex:text\": \"" + text + "\"},\n    \"ex:b\": {}")
                .getBytes(StandardCharsets.UTF_8));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(), problems(result));
        assertEquals(text.length(), property(artifact(builder.workspace(), "a"), "ex:text").length());
        assertEquals(List.of(), ProvJsonValidator.validate(file));
    }

    @Test
    void whyNotSaysWhatWasFound() throws IOException {
        ProvJsonImporter importer = new ProvJsonImporter();
        assertEquals("JSON, but not PROV-JSON: no entity, activity, agent or relation map at the top level",
                importer.whyNot(dir.resolve("x.json"), "{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("JSON, but not PROV-JSON: the top-level key 'task_id' is not one of PROV-JSON's (prefix, entity,"
                + " activity, agent, the relations such as used and wasGeneratedBy, bundle)",
                importer.whyNot(dir.resolve("x.json"), "{\"entity\": {}, \"task_id\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("JSON, but not PROV-JSON: an array at the top level, where PROV-JSON has an object",
                importer.whyNot(dir.resolve("x.json"), "[{\"entity\": {}}]".getBytes(StandardCharsets.UTF_8)));
        String notJson = importer.whyNot(dir.resolve("x.json"), "{\"entity\" {}}".getBytes(StandardCharsets.UTF_8));
        assertTrue(notJson.startsWith("not JSON: line 1, column 11: Unexpected character"), notJson);
        assertEquals("an empty file", importer.whyNot(dir.resolve("x.json"), new byte[0]));
        assertEquals("a folder, not a PROV-JSON document", importer.whyNot(dir, new byte[0]));
        assertFalse(importer.canRead(dir.resolve("x.json"), "{}".getBytes(StandardCharsets.UTF_8)));
    }
}
