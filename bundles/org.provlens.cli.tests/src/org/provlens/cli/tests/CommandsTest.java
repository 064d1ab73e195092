package org.provlens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.cli.Main;
import org.provlens.importer.core.internal.JsonTrees;

import com.fasterxml.jackson.core.JsonParser;

class CommandsTest {

    @TempDir
    Path dir;

    /** The importer tests' files, shared rather than copied (also by {@link ExportRoundTripTest}). */
    static String file(String name) {
        return Stream.of(Path.of("..", "org.provlens.importer.core.tests", "testfiles"),
                Path.of("..", "..", "..", "org.provlens.importer.core.tests", "testfiles"))
                .map(d -> d.resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " not found from " + Path.of("").toAbsolutePath()))
                .toString();
    }

    /** A command's exit status and output (shared with {@link ChartDataCommandTest}). */
    record Run(int status, String out, String err) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() throws IOException {
            try (JsonParser parser = JsonTrees.FACTORY.createParser(out)) {
                parser.nextToken();
                return (Map<String, Object>) JsonTrees.read(parser);
            }
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void summaryJsonHasTheDocumentedKeysAndCounts() throws IOException {
        Run run = run("summary", "--json", file("flowcept/train_nvidia.jsonl"));
        assertEquals(Main.OK, run.status(), run.err());
        Map<String, Object> json = run.json();
        for (String key : List.of("workflows", "tasks", "artifacts", "used", "generated", "parameters", "metrics",
                "series", "samples", "skipped", "errors", "by_activity")) {
            assertTrue(json.containsKey(key), key);
        }
        assertEquals(1L, json.get("workflows"));
        assertEquals(7L, json.get("tasks"));
        assertEquals(Map.of("model_train", 1L, "epochs_loop_iteration", 2L, "train_batch_iteration", 4L),
                json.get("by_activity"));
        assertEquals(2L, json.get("artifacts"), "the dataset (used twice) and the checkpoint");
        assertEquals(0L, json.get("skipped"));
        assertEquals(List.of("node01/gpu_0"), json.get("gpus"));
    }

    @Test
    void malformedInputExitsOneNamesFileAndLineAndStillCountsTheGoodRecords() throws IOException {
        String broken = file("flowcept/broken.jsonl");
        Run run = run("summary", "--json", broken);
        assertEquals(Main.DATA_ERROR, run.status());
        Map<String, Object> json = run.json();
        assertEquals(2L, json.get("tasks"));
        assertEquals(4L, json.get("skipped"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) json.get("errors");
        assertEquals(4, errors.size());
        assertEquals(Map.of("file", broken, "line", 3L, "message", "record without task_id"), errors.get(1));
        Run validate = run("validate", broken);
        assertEquals(Main.DATA_ERROR, validate.status());
        assertTrue(validate.out().contains("error: " + broken + ":2: not a JSON record"), validate.out());
        assertEquals(Main.OK, run("validate", file("flowcept/train_nvidia.jsonl")).status());
    }

    @Test
    void importIntoAWorkspaceIsIdempotent() throws IOException {
        Path workspace = dir.resolve("ws.provlens");
        Run first = run("import", file("flowcept/train_nvidia.jsonl"), file("flowcept/amd_frontier.jsonl"),
                "--into", workspace.toString());
        assertEquals(Main.OK, first.status(), first.err());
        assertTrue(first.out().contains("10 tasks (10 new)"), first.out());
        Run second = run("import", file("flowcept/amd_frontier.jsonl"), "--into", workspace.toString());
        assertTrue(second.out().contains("10 tasks (0 new)"), second.out());
        assertEquals(10L, run("summary", "--json", workspace.toString()).json().get("tasks"));
    }

    @Test
    void queryFiltersSortsSelectsColumnsAndGroups() throws IOException {
        String input = file("flowcept/train_nvidia.jsonl");
        Run csv = run("query", input, "--level", "train_batch_iteration", "--where", "generated.loss < 2.05",
                "--columns", "id,generated.loss", "--sort", "generated.loss:desc", "--format", "csv");
        assertEquals(Main.OK, csv.status(), csv.err());
        assertEquals(List.of("id,generated.loss", "batch-1-0,1.6", "batch-1-1,1.5"),
                csv.out().lines().toList());
        Run grouped = run("query", input, "--level", "epochs_loop_iteration", "--group-by", "status", "--agg", "max",
                "--columns", "status,count,generated.loss", "--format", "json");
        assertEquals("[{\"status\":\"FINISHED\",\"count\":2,\"generated.loss\":2}]",
                grouped.out().replaceAll("\\s", ""));
        Run children = run("query", input, "--level", "children-of:train-1", "--columns", "id", "--format", "table");
        assertEquals(List.of("id", "epoch-0", "epoch-1"), children.out().lines().map(String::strip).toList());
    }

    @Test
    void aFolderReportsEveryDataFileItCannotReadAndIgnoresOthersQuietly() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("capture"));
        Files.copy(Path.of(file("flowcept/train_nvidia.jsonl")), folder.resolve("a_tasks.jsonl"));
        Files.writeString(folder.resolve("b_notes.csv"), "when,what\n2026-01-01,nothing\n");
        Files.writeString(folder.resolve("c_config.json"), "{\"optimizer\": \"adam\"}\n");
        Files.write(folder.resolve("mlmd"), "SQLite format 3\0garbage".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(folder.resolve("README.md"), "# my capture\n");
        Files.write(folder.resolve("plot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Run run = run("summary", "--json", folder.toString());
        assertEquals(Main.DATA_ERROR, run.status(), run.err());
        Map<String, Object> json = run.json();
        assertEquals(7L, json.get("tasks"), "the readable file is imported");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) json.get("errors");
        List<Object> named = errors.stream().map(e -> e.get("file")).toList();
        assertEquals(List.of(folder.resolve("b_notes.csv").toString(), folder.resolve("c_config.json").toString(),
                folder.resolve("mlmd").toString()), named, "every data file that could not be read, by name");
        assertFalse(run.err().contains("README"), "non-data files are not mentioned without --verbose");
        Run verbose = run("summary", "--verbose", folder.toString());
        assertTrue(verbose.err().contains("ignored (not data): " + folder.resolve("README.md")), verbose.err());
        assertTrue(verbose.err().contains("ignored (not data): " + folder.resolve("plot.png")), verbose.err());
    }

    @Test
    void tasksWithoutAnActivityAreALevelOfTheirOwn() throws IOException {
        // Flowcept's own sample export: 207 of its 265 task records (Dask, Zambeze) record no activity_id.
        String input = file("flowcept/sample_data.json");
        Map<String, Object> summary = run("summary", "--json", input).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> byActivity = (Map<String, Object>) summary.get("by_activity");
        assertEquals(207L, byActivity.get("(none)"));
        for (String level : List.of("(none)", "")) {
            Run rows = run("query", input, "--level", level, "--columns", "id", "--format", "csv");
            assertEquals(Main.OK, rows.status(), rows.err());
            assertEquals(1 + 207, rows.out().lines().count(), "header and the 207 tasks, level '" + level + "'");
        }
    }

    @Test
    void usageErrorsExitTwoWithOneReadableLine() {
        String input = file("flowcept/train_nvidia.jsonl");
        Run badFilter = run("query", input, "--level", "model_train", "--where", "used.lrr > 1");
        assertEquals(Main.USAGE_ERROR, badFilter.status());
        assertEquals("provlens query: --where: column 1: unknown field 'used.lrr' (did you mean used.lr?)",
                badFilter.err().strip());
        assertEquals(Main.USAGE_ERROR, run("query", input).status(), "--level is required");
        assertEquals(Main.USAGE_ERROR, run("summary", "--jsn", input).status());
        assertEquals(Main.USAGE_ERROR, run("frobnicate").status());
        Run missing = run("summary", dir.resolve("nope.jsonl").toString());
        assertEquals(Main.USAGE_ERROR, missing.status());
        assertEquals(1, missing.err().lines().count(), "no stack trace: " + missing.err());
        assertEquals(Main.OK, run("query", "--help").status());
        assertTrue(run("--help").out().contains("Commands:"));
    }

    @Test
    void exportedJsonlReadsBackToTheSameSummary() throws IOException {
        String input = file("flowcept/train_nvidia.jsonl");
        Path out = dir.resolve("out.jsonl");
        Run export = run("export", input, file("flowcept/amd_frontier.jsonl"), "--format", "jsonl", "--out",
                out.toString());
        assertEquals(Main.OK, export.status(), export.err());
        Map<String, Object> before = run("summary", "--json", input, file("flowcept/amd_frontier.jsonl")).json();
        Map<String, Object> after = run("summary", "--json", out.toString()).json();
        for (String key : List.of("workflows", "tasks", "artifacts", "used", "generated", "parameters", "metrics",
                "samples", "by_activity", "by_level", "hosts", "gpus", "time_span")) {
            assertEquals(before.get(key), after.get(key), key);
        }
        Path prov = dir.resolve("out.prov.json");
        Run provExport = run("export", input, "--format", "prov-json", "--out", prov.toString());
        assertEquals(Main.OK, provExport.status(), provExport.err());
        Map<String, Object> fromProv = run("summary", "--json", prov.toString()).json();
        Map<String, Object> original = run("summary", "--json", input).json();
        for (String key : List.of("tasks", "artifacts", "used", "generated", "parameters", "metrics", "by_activity")) {
            assertEquals(original.get(key), fromProv.get(key), "PROV-JSON round trip: " + key);
        }
        Path csv = dir.resolve("tasks.csv");
        assertEquals(Main.OK, run("export", input, "--format", "csv", "--out", csv.toString()).status());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(8, lines.size(), "header and 7 tasks");
        assertTrue(lines.get(0).startsWith("id,activity,subtype,status,host,workflow,parent"), lines.get(0));
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".part")), "no temporary file left");
    }

    @Test
    @SuppressWarnings("unchecked")
    void energyJsonHasTheDocumentedKeysAndCountsEachJouleOnce() throws IOException {
        // Three model_train tasks on one node, each with two GCD counters that advanced 1,179,631,692 units of
        // 15.259 µJ (18,000 J) and a CPU load of 85 % of a CPU in no table (CodeCarbon's 85 W).
        String amd = file("flowcept/amd_frontier.jsonl");
        Run run = run("energy", amd, "--by", "workflow", "--format", "json");
        assertEquals(Main.OK, run.status(), run.err());
        Map<String, Object> json = run.json();
        for (String key : List.of("by", "total", "groups", "top", "assumptions", "warnings")) {
            assertTrue(json.containsKey(key), key);
        }
        Map<String, Object> total = (Map<String, Object>) json.get("total");
        for (String key : List.of("tasks", "joules", "exclusive_joules", "facility_joules", "kwh", "co2e_g",
                "lower_joules", "upper_joules", "components")) {
            assertTrue(total.containsKey(key), key);
        }
        assertFalse(total.containsKey("key"), "the total has no key");
        assertEquals(3L, total.get("tasks"));
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) total.get("components");
        assertEquals(List.of("gpu", "cpu", "ram", "other"), List.copyOf(components.keySet()));
        assertEquals(3 * 2 * 18_000.0, number(components.get("gpu").get("joules")), 0.1);
        assertEquals("measured", components.get("gpu").get("method"));
        // 85 W × (0.1 + 0.9 × 0.85³) × 60 s per task.
        assertEquals(3 * 85 * (0.1 + 0.9 * 0.85 * 0.85 * 0.85) * 60, number(components.get("cpu").get("joules")),
                1e-6);
        assertEquals("modelled", components.get("cpu").get("method"));
        assertEquals("none", components.get("other").get("method"));
        assertEquals(null, components.get("other").get("joules"), "no data is null, never 0");
        double joules = number(total.get("joules"));
        assertEquals(joules * 1.67, number(total.get("facility_joules")), 1e-6, "the default PUE");
        assertEquals(joules * 1.67 / 3.6e6, number(total.get("kwh")), 1e-12, "kwh: the facility energy");
        assertEquals(joules * 1.67 / 3.6e6 * 475, number(total.get("co2e_g")), 1e-9);
        List<Map<String, Object>> groups = (List<Map<String, Object>>) json.get("groups");
        assertEquals(joules, groups.stream().mapToDouble(g -> number(g.get("joules"))).sum(), 1e-6,
                "the runs partition the total");
        assertTrue(groups.stream().allMatch(g -> g.containsKey("key")));
        Map<String, Object> assumptions = (Map<String, Object>) json.get("assumptions");
        assertEquals(1.67, number(((Map<String, Object>) assumptions.get("pue")).get("value")));
        assertTrue(((List<String>) json.get("warnings")).stream().anyMatch(w -> w.contains("85 W")),
                json.get("warnings")::toString);

        // Re-priced at another PUE and intensity.
        Map<String, Object> repriced = (Map<String, Object>) run("energy", amd, "--pue", "1.2", "--intensity", "100",
                "--format", "json").json().get("total");
        assertEquals(joules * 1.2 / 3.6e6 * 100, number(repriced.get("co2e_g")), 1e-9);
        // Table and CSV.
        Run table = run("energy", amd);
        assertEquals(Main.OK, table.status(), table.err());
        assertTrue(table.out().contains("(total)") && table.out().contains("each joule once"), table.out());
        Run csv = run("energy", amd, "--format", "csv");
        assertTrue(csv.out().startsWith("key,tasks,joules,exclusive_joules,facility_joules,kwh,co2e_g,lower_joules,"
                + "upper_joules,gpu_joules,gpu_method"), csv.out());
        // The level table's energy columns come from the same provider.
        Run query = run("query", amd, "--level", "model_train", "--columns", "id,energy.gpu.measured,energy.gpu",
                "--format", "csv");
        assertEquals(Main.OK, query.status(), query.err());
        assertTrue(query.out().lines().skip(1).allMatch(l -> l.matches("frontier-\\d,3599\\d\\.\\d+,3599\\d\\.\\d+")
                || l.matches("frontier-\\d,36000(\\.\\d+)?,36000(\\.\\d+)?")), query.out());
        // Usage errors.
        assertEquals(Main.USAGE_ERROR, run("energy", amd, "--by", "nope").status());
        assertEquals(Main.USAGE_ERROR, run("energy", amd, "--intensity", "5", "--intensity-csv", "x.csv").status());
        assertEquals(Main.USAGE_ERROR, run("energy", amd, "--pue", "0.5").status());
        assertEquals(Main.OK, run("energy", "--help").status());
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
