package org.provlens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.cli.Main;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptExporter;
import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.model.Execution;
import org.provlens.model.Series;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceStore;

import com.fasterxml.jackson.core.JsonParser;

/**
 * Exports are lossless: what {@code summary --json} says of the inputs it says of their PROV-JSON and JSONL
 * exports, key by key, for inputs of every format: Flowcept task trees with telemetry, MLflow runs with metric and
 * system series, CodeCarbon energy estimates and sites, a PROV document of another tool, a CMF export.
 */
class ExportRoundTripTest {

    /** The keys that describe an import rather than the data: the export is one file of other records. */
    private static final List<String> IMPORT_KEYS = List.of("records", "skipped", "errors", "warnings");

    /** Every documented key of {@code summary --json} that describes the data. */
    private static final List<String> DATA_KEYS = List.of("workflows", "tasks", "artifacts", "used", "generated",
            "parameters", "metrics", "series", "samples", "by_activity", "by_level", "hosts", "gpus", "time_span");

    @TempDir
    Path dir;

    private static final List<String> INPUTS = List.of("flowcept/train_nvidia.jsonl", "flowcept/amd_frontier.jsonl",
            "flowcept/sample_data.json", "mlflow/mlruns", "codecarbon/emissions.csv", "prov/primer.json",
            "cmf/export.json");

    private static final List<String> FLOWCEPT = List.of("flowcept/train_nvidia.jsonl", "flowcept/amd_frontier.jsonl",
            "flowcept/sample_data.json");

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(Main.OK, status, () -> String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(List<String> inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("summary", "--json"));
        args.addAll(inputs);
        try (JsonParser parser = JsonTrees.FACTORY.createParser(run(args.toArray(String[]::new)))) {
            parser.nextToken();
            Map<String, Object> json = (Map<String, Object>) JsonTrees.read(parser);
            Map<String, Object> data = new LinkedHashMap<>(json);
            IMPORT_KEYS.forEach(data::remove);
            assertEquals(DATA_KEYS, List.copyOf(data.keySet()), "the summary's documented keys");
            return data;
        }
    }

    private Path export(List<String> inputs, String format, String name) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(inputs);
        args.addAll(List.of("--format", format, "--out", out.toString()));
        run(args.toArray(String[]::new));
        return out;
    }

    private static List<String> files(List<String> names) {
        return names.stream().map(CommandsTest::file).toList();
    }

    @Test
    void theProvJsonExportOfEveryFormatSaysWhatItsInputsSay() throws IOException {
        List<String> inputs = files(INPUTS);
        Map<String, Object> original = summary(inputs);
        assertTrue((Long) original.get("series") >= 10, "MLflow and CodeCarbon series: " + original);
        assertTrue((Long) original.get("artifacts") > 10, original::toString);
        Path export = export(inputs, "prov-json", "all.prov.json");
        assertEquals(original, summary(List.of(export.toString())));
    }

    @Test
    void theJsonlExportOfFlowceptDataSaysWhatItsInputsSay() throws IOException {
        List<String> inputs = files(FLOWCEPT);
        Map<String, Object> original = summary(inputs);
        Path export = export(inputs, "jsonl", "flowcept.jsonl");
        assertEquals(original, summary(List.of(export.toString())));
        // NaN outputs are written as Python's json writes them, bare, not as the string "NaN".
        assertFalse(Files.readString(export).contains("\"NaN\""));
    }

    /**
     * The JSONL export of every format carries what Flowcept's fields cannot hold (series, energy estimates,
     * artifacts that are not paths among the inputs) in each record's {@code provlens} object, which the Flowcept
     * importer reads back: every key of the summary comes back.
     */
    @Test
    void theJsonlExportOfEveryFormatCarriesEverythingTheSummaryCounts() throws IOException {
        List<String> inputs = files(INPUTS);
        Map<String, Object> original = summary(inputs);
        Path export = export(inputs, "jsonl", "all.jsonl");

        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("round trip");
        ImportResult result = Importers.importFile(export, builder, null);
        assertFalse(result.hasErrors(), result.problems()::toString);
        Workspace workspace = builder.workspace();
        Map<String, Execution> executions = new HashMap<>();
        for (var it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Execution execution) {
                executions.put(execution.getId(), execution);
            }
        }
        int blocks = 0;
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<?, ?> record;
                try (JsonParser parser = JsonTrees.FACTORY.createParser(line)) {
                    parser.nextToken();
                    record = (Map<?, ?>) JsonTrees.read(parser);
                }
                Object id = record.get("task_id") != null ? record.get("task_id") : record.get("workflow_id");
                Execution execution = executions.get(String.valueOf(id));
                if (record.get(FlowceptExporter.EXTENSIONS) != null) {
                    blocks++;
                    assertTrue(execution != null && execution.getProperties().stream()
                            .noneMatch(p -> p.getKey().startsWith(FlowceptExporter.EXTENSIONS)),
                            "read back, not kept as properties: " + id);
                }
            }
        }
        assertTrue(blocks > 10, "records with an extensions object: " + blocks);
        Path store = dir.resolve("read-back.provlens");
        WorkspaceStore.save(workspace, store);
        assertEquals(original, summary(List.of(store.toString())));
        long series = executions.values().stream().mapToLong(e -> e.getSeries().size()).sum();
        assertEquals(original.get("series"), series);
        WorkspaceBuilder source = WorkspaceBuilder.forNewWorkspace("inputs");
        for (String input : inputs) {
            Importers.importFile(Path.of(input), source, null);
        }
        assertEquals(energyOf(source.workspace()), energyOf(workspace), "every energy estimate, as it was");
        Series loss = executions.get("8b2e4f6a1c3d4e5f9a7b6c5d4e3f2a10").getSeries().stream()
                .filter(s -> "train/loss".equals(s.getKey())).findFirst().orElseThrow();
        assertEquals(6, org.provlens.model.util.Bulk.ys(loss).length);
    }

    /** Every energy estimate of a workspace, by execution, as text. */
    private static List<String> energyOf(Workspace workspace) {
        List<String> estimates = new ArrayList<>();
        for (var it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Execution e) {
                e.getEnergy().forEach(x -> estimates.add(e.getId() + " " + x.getComponent() + " " + x.getJoules() + " "
                        + x.getMethod() + " " + x.getSource() + " " + x.getPueApplied() + " " + x.getCarbonIntensity()
                        + " " + x.getCo2eGrams()));
            }
        }
        estimates.sort(null);
        assertFalse(estimates.isEmpty());
        return estimates;
    }
}
