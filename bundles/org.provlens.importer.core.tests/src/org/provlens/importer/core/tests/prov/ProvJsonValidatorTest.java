package org.provlens.importer.core.tests.prov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.importer.core.prov.ProvJsonValidator;

/** The validator accepts PROV-JSON and names each structural fault of a document that is not. */
class ProvJsonValidatorTest {

    private static List<String> validate(String json) {
        return ProvJsonValidator.validate(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void handWrittenDocumentsAreValid() throws IOException {
        assertEquals(List.of(), ProvJsonValidator.validate(ProvTestFiles.get("prov/primer.json")));
        assertEquals(List.of(), ProvJsonValidator.validate(ProvTestFiles.get("prov/bundles.json")));
        assertEquals(List.of(), validate("{}"), "an empty document is a document");
        assertEquals(List.of(), validate("{\"prefix\": {\"default\": \"http://example.org/\"},"
                + " \"entity\": {\"e\": {\"prov:label\": {\"$\": \"bonjour\", \"lang\": \"fr\"},"
                + " \"prov:value\": [1, 2.5, true, {\"$\": \"-INF\", \"type\": \"xsd:double\"}]}}}"),
                "default namespace, language tags, arrays of values");
    }

    @Test
    void everyFaultIsNamedWithItsRecord() throws IOException {
        List<String> problems = ProvJsonValidator.validate(ProvTestFiles.get("prov/invalid.json"));
        List<String> expected = List.of(
                "'entities' is not a PROV-JSON top-level key",
                "prefix 'bad prefix' is not a valid prefix name",
                "prefix 'rel' must map to an absolute IRI, found \"not/absolute\"",
                "entity zz:e4: the prefix of 'zz:e4' is not declared",
                "entity ex:e1: ex:count: 'many' is not a valid xsd:integer",
                "entity ex:e2: ex:note: a typed literal has no key 'extra'",
                "entity ex:e3: ex:note: a typed literal has no key 'value'",
                "entity ex:e3: ex:note: a typed literal needs a string, number or boolean \"$\"",
                "entity ex:e5: prov:startTime is not a PROV attribute of entity",
                "entity ex:e5: ex:when: '2024-13-01T00:00:00Z' is not a valid xsd:dateTime",
                "activity ex:a1: prov:startTime must be an xsd:dateTime string, found"
                        + " {\"$\":\"2024-01-01T00:00:00Z\",\"type\":\"xsd:dateTime\"}",
                "activity ex:a1: prov:endTime must be an xsd:dateTime string, found \"soon\"",
                "used _:u1: prov:entity ex:missing is not a declared entity",
                "used _:u2: the required prov:activity is missing",
                "wasGeneratedBy _:g1: prov:entity ex:a1 is not a declared entity",
                "specializationOf _:s1: specializationOf has no attribute ex:extra");
        for (String problem : expected) {
            assertTrue(problems.contains(problem), () -> "expected\n  " + problem + "\nin\n  "
                    + String.join("\n  ", problems));
        }
        assertEquals(expected.size(), problems.size(), () -> String.join("\n", problems));
    }

    @Test
    void jsonThatIsNotADocumentIsRejected() {
        assertEquals(List.of("a PROV-JSON document is a JSON object"), validate("[]"));
        assertTrue(validate("{\"entity\": {").get(0).startsWith("not JSON: "));
        assertEquals(List.of("entity ex:e: a record must be a JSON object (or an array of them)"),
                validate("{\"prefix\": {\"ex\": \"http://example.org/\"}, \"entity\": {\"ex:e\": 1}}"));
        assertEquals(List.of("bundle b:x: 'bundle' is not a PROV-JSON bundle key"),
                validate("{\"prefix\": {\"b\": \"http://example.org/\"}, \"bundle\": {\"b:x\": {\"bundle\": {}}}}"));
        assertEquals(List.of("entity ex:e: ex:n: NaN and infinities are not JSON numbers; write"
                + " {\"$\": \"NaN\", \"type\": \"xsd:double\"}"),
                validate("{\"prefix\": {\"ex\": \"http://example.org/\"}, \"entity\": {\"ex:e\": {\"ex:n\": NaN}}}"));
        assertEquals(List.of("entity ex:e: ex:j: '{' is not JSON"), validate("{\"prefix\": {\"ex\":"
                + " \"http://example.org/\", \"provlens\": \"https://provlens.org/ns#\"}, \"entity\": {\"ex:e\":"
                + " {\"ex:j\": {\"$\": \"{\", \"type\": \"provlens:JSON\"}}}}"));
    }

    @Test
    void derivationsMustNameDeclaredGenerationsAndUsages() {
        String json = "{\"prefix\": {\"ex\": \"http://example.org/\"},"
                + " \"entity\": {\"ex:a\": {}, \"ex:b\": {}}, \"activity\": {\"ex:x\": {}},"
                + " \"used\": {\"_:u\": {\"prov:activity\": \"ex:x\", \"prov:entity\": \"ex:a\"}},"
                + " \"wasDerivedFrom\": {\"_:d\": {\"prov:generatedEntity\": \"ex:b\", \"prov:usedEntity\": \"ex:a\","
                + " \"prov:activity\": \"ex:x\", \"prov:generation\": \"_:g\", \"prov:usage\": \"_:u\"}}}";
        assertEquals(List.of("wasDerivedFrom _:d: prov:generation _:g is not a declared wasGeneratedBy record"),
                validate(json));
    }
}
