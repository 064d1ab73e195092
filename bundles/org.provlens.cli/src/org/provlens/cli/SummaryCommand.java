package org.provlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.provlens.analysis.core.WorkspaceSummary;
import org.provlens.analysis.core.provider.JsonNumbers;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.model.util.Times;

import com.fasterxml.jackson.core.JsonGenerator;

/** {@code provlens summary}: what the inputs hold, with every warning and error. */
final class SummaryCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens summary <files|dirs|workspace>... [--json] [--format F]

                Counts workflows, tasks (per level and per activity), artifacts, used and generated links,
                parameters, metrics, series and samples, hosts and GPUs, the time span, clock offsets, and lists
                every warning and error. --json writes an object with the stable keys workflows, tasks, artifacts,
                used, generated, parameters, metrics, series, samples, skipped, errors (objects with file, line or
                record, message) and by_activity, and also records, warnings, by_level, hosts, gpus, time_span.
                Exit status 1 when an input had errors (the good records are still counted).
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("format"), Set.of("json"));
        Inputs.Loaded loaded = Inputs.load(args.positional(), args.option("format"), io.progress());
        WorkspaceSummary summary = WorkspaceSummary.of(loaded.workspace());
        List<ImportResult> results = loaded.results();
        long records = results.stream().mapToLong(ImportResult::records).sum();
        long skipped = results.stream().mapToLong(ImportResult::skipped).sum();
        List<ImportProblem> errors = Problems.of(results, ImportProblem.Severity.ERROR);
        List<ImportProblem> warnings = Problems.of(results, ImportProblem.Severity.WARNING);
        if (args.flag("json")) {
            json(io.out(), summary, records, skipped, errors, warnings);
        } else {
            text(io.out(), summary, records, skipped, errors, warnings);
        }
        return errors.isEmpty() ? Main.OK : Main.DATA_ERROR;
    }

    private static void json(PrintStream out, WorkspaceSummary s, long records, long skipped,
            List<ImportProblem> errors, List<ImportProblem> warnings) throws IOException {
        try (JsonGenerator json = Json.to(out)) {
            json.writeStartObject();
            json.writeNumberField("workflows", s.workflows());
            json.writeNumberField("tasks", s.tasks());
            json.writeNumberField("artifacts", s.artifacts());
            json.writeNumberField("used", s.used());
            json.writeNumberField("generated", s.generated());
            json.writeNumberField("parameters", s.parameters());
            json.writeNumberField("metrics", s.metrics());
            json.writeNumberField("series", s.series());
            json.writeNumberField("samples", s.samples());
            json.writeNumberField("skipped", skipped);
            Problems.writeJson(json, "errors", errors);
            json.writeObjectFieldStart("by_activity");
            for (Map.Entry<String, Long> e : new java.util.TreeMap<>(s.byActivity()).entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("records", records);
            Problems.writeJson(json, "warnings", warnings);
            json.writeObjectFieldStart("by_level");
            for (Map.Entry<Integer, Long> e : new java.util.TreeMap<>(s.byLevel()).entrySet()) {
                json.writeNumberField(Integer.toString(e.getKey()), e.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("hosts");
            for (String host : new java.util.TreeSet<>(s.hosts())) {
                json.writeString(host);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("gpus");
            for (String gpu : new java.util.TreeSet<>(s.gpus())) {
                json.writeString(gpu);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("time_span");
            json.writeStringField("start", Times.iso(s.start()));
            json.writeStringField("end", Times.iso(s.end()));
            json.writeFieldName("seconds");
            JsonNumbers.number(json, s.end() - s.start());
            json.writeEndObject();
            json.writeEndObject();
        }
        out.println();
    }

    private static void text(PrintStream out, WorkspaceSummary s, long records, long skipped,
            List<ImportProblem> errors, List<ImportProblem> warnings) {
        out.printf("records     %,d read, %,d skipped%n", records, skipped);
        out.printf("workflows   %,d%n", s.workflows());
        out.printf("tasks       %,d%n", s.tasks());
        new java.util.TreeMap<>(s.byLevel()).forEach((level, n) -> out.printf("  level %d   %,d%n", level, n));
        new java.util.TreeMap<>(s.byActivity()).forEach((activity, n) ->
                out.printf("  %-28s %,d%n", activity, n));
        out.printf("artifacts   %,d (used %,d, generated %,d links)%n", s.artifacts(), s.used(), s.generated());
        out.printf("parameters  %,d   metrics %,d   series %,d   samples %,d%n", s.parameters(), s.metrics(),
                s.series(), s.samples());
        out.printf("hosts       %,d   GPUs %,d%n", s.hosts().size(), s.gpus().size());
        out.printf("time span   %s .. %s%n", Times.iso(s.start()), Times.iso(s.end()));
        for (ImportProblem w : warnings) {
            out.println(w);
        }
        for (ImportProblem e : errors) {
            out.println("error: " + e);
        }
    }
}
