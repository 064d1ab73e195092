package org.provlens.cli;

import java.io.IOException;
import java.util.List;

import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes import problems as text lines or JSON objects ({@code file}, {@code line} or {@code record}, {@code message}). */
final class Problems {

    private Problems() {
    }

    static List<ImportProblem> of(List<ImportResult> results, ImportProblem.Severity severity) {
        return results.stream().flatMap(r -> r.problems().stream()).filter(p -> p.severity() == severity).toList();
    }

    static void writeJson(JsonGenerator json, String field, List<ImportProblem> problems) throws IOException {
        json.writeArrayFieldStart(field);
        for (ImportProblem problem : problems) {
            json.writeStartObject();
            json.writeStringField("file", problem.source());
            if (problem.line() > 0) {
                json.writeNumberField("line", problem.line());
            } else if (problem.record() > 0) {
                json.writeNumberField("record", problem.record());
            }
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
