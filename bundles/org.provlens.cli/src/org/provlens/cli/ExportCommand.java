package org.provlens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.analysis.core.Column;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.importer.core.flowcept.FlowceptExporter;
import org.provlens.importer.core.prov.ProvJsonExporter;
import org.provlens.importer.core.prov.ProvJsonValidator;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.model.util.AtomicFiles;

/** {@code provlens export}: writes the inputs as PROV-JSON, Flowcept JSONL or a CSV of every task. */
final class ExportCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens export <inputs>... --format prov-json|jsonl|csv --out <file>

                prov-json: W3C PROV-JSON (activities, entities, agents, used, wasGeneratedBy, wasInformedBy,
                       wasAssociatedWith, wasDerivedFrom), validated before it is written.
                jsonl: Flowcept JSONL (workflow then task records, parents first), which any Flowcept reader and
                       ProvLens itself read back.
                csv:   one row per task with id, activity, status, host, workflow, parent, times, duration, every
                       used.* parameter and generated.* output.
                The output is written to a temporary file and moved into place when complete.
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("format", "out", "input-format"), Set.of());
        String format = args.option("format");
        String out = args.option("out");
        if (format == null || out == null) {
            throw new UsageException("--format and --out are required");
        }
        if (!List.of("prov-json", "jsonl", "csv").contains(format)) {
            throw new UsageException("unknown export format '" + format + "': use prov-json, jsonl or csv");
        }
        Inputs.Loaded loaded = Inputs.load(args.positional(), args.option("input-format"), io.progress());
        Path target = Path.of(out).toAbsolutePath();
        long[] written = {0};
        // Written beside the target and moved into place (with the permissions of the user's other files); a
        // PROV-JSON export is first checked against the PROV-JSON structure as written, streamed from the file: an
        // invalid document is not moved into place, and no export is held in memory whatever its size.
        AtomicFiles.write(target, stream -> written[0] = switch (format) {
            case "jsonl" -> FlowceptExporter.write(loaded.workspace(), stream);
            case "prov-json" -> new ProvJsonExporter().write(loaded.workspace(), stream);
            default -> csv(loaded.workspace(), stream);
        }, file -> {
            if ("prov-json".equals(format)) {
                List<String> problems = ProvJsonValidator.validate(file);
                if (!problems.isEmpty()) {
                    throw new IOException("the PROV-JSON export is not valid: " + problems.get(0));
                }
            }
        });
        io.out().printf("%s: %,d records (%s)%n", target, written[0], format);
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private static long csv(Workspace workspace, OutputStream stream) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Task task) {
                tasks.add(task);
            } else if (!(next instanceof org.provlens.model.Campaign || next instanceof org.provlens.model.Workflow)) {
                it.prune();
            }
        }
        List<Column> columns = TaskColumns.of(tasks).all().stream()
                .filter(c -> !c.name().startsWith("telemetry.")).toList();
        List<List<Object>> rows = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            List<Object> row = new ArrayList<>(columns.size());
            columns.forEach(c -> row.add(c.value(task)));
            rows.add(row);
        }
        PrintStream print = new PrintStream(stream, false, StandardCharsets.UTF_8);
        Tabular.write(print, "csv", columns.stream().map(Column::name).toList(), rows);
        print.flush();
        return tasks.size();
    }
}
