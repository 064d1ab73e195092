package org.provlens.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.workspace.core.WorkspaceSession;

import com.fasterxml.jackson.core.JsonGenerator;

/** {@code provlens validate}: every problem of the inputs, each with file and line or record. */
final class ValidateCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens validate <files|dirs>... [--json] [--format F]

                Reads the inputs as an import would and lists every problem with file and line (or record, or
                table and row for SQLite stores) and a reason. Exit status 1 when there is any error; warnings
                alone exit 0. --json writes {"files": n, "records": n, "skipped": n, "errors": [...],
                "warnings": [...]}.
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("format"), Set.of("json"));
        if (args.positional().isEmpty()) {
            throw new UsageException("no file to validate");
        }
        List<ImportResult> results;
        try (WorkspaceSession session = WorkspaceSession.inMemory("validate")) {
            results = Inputs.importInto(session, args.positional(), args.option("format"), io.progress());
        }
        List<ImportProblem> errors = Problems.of(results, ImportProblem.Severity.ERROR);
        List<ImportProblem> warnings = Problems.of(results, ImportProblem.Severity.WARNING);
        long records = results.stream().mapToLong(ImportResult::records).sum();
        long skipped = results.stream().mapToLong(ImportResult::skipped).sum();
        if (args.flag("json")) {
            try (JsonGenerator json = Json.to(io.out())) {
                json.writeStartObject();
                json.writeNumberField("files", results.size());
                json.writeNumberField("records", records);
                json.writeNumberField("skipped", skipped);
                Problems.writeJson(json, "errors", errors);
                Problems.writeJson(json, "warnings", warnings);
                json.writeEndObject();
            }
            io.out().println();
        } else {
            for (ImportResult result : results) {
                for (ImportProblem problem : result.problems()) {
                    io.out().println((problem.severity() == ImportProblem.Severity.ERROR ? "error: " : "")
                            + problem);
                }
                io.out().println(result.summary());
            }
            io.out().println(errors.isEmpty() ? "valid" : errors.size() + (errors.size() == 1 ? " error" : " errors"));
        }
        return errors.isEmpty() ? Main.OK : Main.DATA_ERROR;
    }
}
