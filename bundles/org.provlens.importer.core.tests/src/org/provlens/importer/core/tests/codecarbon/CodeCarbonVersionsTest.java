package org.provlens.importer.core.tests.codecarbon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.codecarbon.CodeCarbonImporter;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Metric;
import org.provlens.model.StringProperty;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * Emissions files of every CodeCarbon version, written here from the headers of CodeCarbon's own sources (the fields
 * of {@code EmissionsData} in mlco2/codecarbon {@code codecarbon/output.py} up to 2.4 and
 * {@code codecarbon/output_methods/emissions_data.py} from 2.5, at the tags named), and the ways users and editors
 * change them: trimmed columns, added columns, a byte-order mark, {@code \r\n} line ends, Windows-1252 text.
 */
class CodeCarbonVersionsTest {

    private static final double KWH = 3.6e6;
    private static final double EPS = 1e-9;

    /** v1.1.0 to v1.2.0 ({@code output.py}); 0.0.9 to v1.0 had the same columns with experiment_id first. */
    static final String V1 = "timestamp,experiment_id,project_name,duration,emissions,energy_consumed,country_name,"
            + "country_iso_code,region,on_cloud,cloud_provider,cloud_region";

    /** v2.0.0 and v2.1.x. */
    static final String V2_0 = "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,"
            + "ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,"
            + "cloud_provider,cloud_region,os,python_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,"
            + "latitude,ram_total_size,tracking_mode,on_cloud";

    /** v2.2.x: codecarbon_version. */
    static final String V2_2 = "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,"
            + "ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,"
            + "cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,"
            + "gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud";

    /** v2.3.0 to v2.6.0 (2.4 is the version most files in the wild have): pue. */
    static final String V2_4 = V2_2 + ",pue";

    /** v2.7.0 to v3.0.7: experiment_id again, after run_id. */
    static final String V2_7 = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,"
            + "cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,"
            + "country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,"
            + "cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue";

    /** v3.0.8 to v3.1.x: water_consumed and wue. */
    static final String V3_0_8 = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,"
            + "cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,"
            + "country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,"
            + "codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,"
            + "tracking_mode,on_cloud,pue,wue";

    /** v3.2.x and 3.3.0: utilisation columns. */
    static final String V3_3 = "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,"
            + "cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,"
            + "country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,"
            + "codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,"
            + "tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,"
            + "on_cloud,pue,wue";

    /** A plausible value for each column: a 10 minute run on one GPU in Germany. */
    private static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        String[][] values = {{"timestamp", "2024-05-02T10:10:00"}, {"project_name", "bert-finetune"},
                {"run_id", "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"},
                {"experiment_id", "5b0fa12a-3dd7-45bb-9766-cc326314d9f1"}, {"duration", "600.0"},
                {"emissions", "0.0144"}, {"emissions_rate", "2.4e-05"}, {"cpu_power", "42.5"},
                {"gpu_power", "250.0"}, {"ram_power", "12.0"}, {"cpu_energy", "0.007"},
                {"gpu_energy", "0.0417"}, {"ram_energy", "0.002"}, {"energy_consumed", "0.0507"},
                {"water_consumed", "0.0"}, {"country_name", "Germany"}, {"country_iso_code", "DEU"},
                {"region", "bavaria"}, {"cloud_provider", ""}, {"cloud_region", ""},
                {"os", "Linux-6.5.0-21-generic-x86_64-with-glibc2.35"}, {"python_version", "3.10.12"},
                {"codecarbon_version", "2.4.1"}, {"cpu_count", "16"}, {"cpu_model", "AMD Ryzen 9 7950X"},
                {"gpu_count", "1"}, {"gpu_model", "1 x NVIDIA GeForce RTX 4090"}, {"longitude", "11.576"},
                {"latitude", "48.137"}, {"ram_total_size", "62.5"}, {"tracking_mode", "machine"},
                {"cpu_utilization_percent", "31.0"}, {"gpu_utilization_percent", "96.5"},
                {"ram_utilization_percent", "40.0"}, {"ram_used_gb", "25.0"}, {"on_cloud", "N"},
                {"pue", "1.3"}, {"wue", "0.0"}};
        for (String[] pair : values) {
            VALUES.put(pair[0], pair[1]);
        }
    }

    @TempDir
    Path dir;

    /** The row of {@link #VALUES} under a header. */
    private static String row(String header) {
        List<String> row = new ArrayList<>();
        for (String column : header.split(",")) {
            row.add(VALUES.getOrDefault(column, "extra-" + column));
        }
        return String.join(",", row);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ImportResult importInto(WorkspaceBuilder builder, Path file) throws IOException {
        return new CodeCarbonImporter().importFile(file, builder, new NullProgressMonitor());
    }

    private static Workflow only(Workspace workspace) {
        List<Workflow> workflows = workspace.getCampaigns().stream().flatMap(c -> c.getWorkflows().stream()).toList();
        assertEquals(1, workflows.size(), workflows.toString());
        return workflows.get(0);
    }

    private static double joules(Execution execution, EnergyComponent component) {
        return execution.getEnergy().stream().filter(e -> e.getComponent() == component)
                .mapToDouble(EnergyEstimate::getJoules).findFirst().orElse(Double.NaN);
    }

    private static String property(Execution execution, String key) {
        return execution.getProperties().stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue)
                .findFirst().orElse(null);
    }

    private static Double metric(Execution execution, String key) {
        return execution.getMetrics().stream().filter(m -> key.equals(m.getKey())).map(Metric::getValue).findFirst()
                .orElse(null);
    }

    private static List<String> problems(ImportResult result) {
        return result.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void everyVersionsHeaderImportsWithoutProblems() throws IOException {
        for (String header : List.of(V1, V2_0, V2_2, V2_4, V2_7, V3_0_8, V3_3)) {
            Path file = write("emissions.csv", header + "\n" + row(header) + "\n");
            String columns = header.split(",").length + " columns";
            assertTrue(new CodeCarbonImporter().canRead(file, Importers.head(file)), columns);
            assertEquals(CodeCarbonImporter.FORMAT, Importers.detectFormat(file).orElseThrow(), columns);
            WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
            ImportResult result = importInto(builder, file);
            assertEquals(List.of(), problems(result), columns);
            Workflow run = only(builder.workspace());
            assertEquals(0.0507 * KWH, joules(run, EnergyComponent.TOTAL), EPS, columns);
            assertEquals(600.0, metric(run, "codecarbon.duration"), EPS, columns);
            assertEquals("bavaria", property(run, "codecarbon.region"), columns);
            if (header.contains("gpu_energy")) {
                assertEquals(0.0417 * KWH, joules(run, EnergyComponent.GPU), EPS, columns);
            } else {
                assertTrue(Double.isNaN(joules(run, EnergyComponent.GPU)), "1.x has no component energies");
            }
        }
    }

    @Test
    void theHeadersHaveTheColumnCountsOfTheirVersions() {
        assertEquals(12, V1.split(",").length);
        assertEquals(29, V2_0.split(",").length);
        assertEquals(30, V2_2.split(",").length);
        assertEquals(31, V2_4.split(",").length);
        assertEquals(32, V2_7.split(",").length);
        assertEquals(34, V3_0_8.split(",").length);
        assertEquals(38, V3_3.split(",").length);
    }

    @Test
    void aVersion1FileWithCrlfAndAByteOrderMarkReadsAsWithout() throws IOException {
        // CodeCarbon 1.x wrote through csv.DictWriter, whose line end is \r\n; Excel adds a byte-order mark.
        String rows = V1 + "\r\n" + row(V1) + "\r\n"
                + row(V1).replace("2024-05-02T10:10:00", "2024-05-02T11:00:00").replace(",600.0,", ",300.0,") + "\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(rows.getBytes(StandardCharsets.UTF_8));
        Path crlf = Files.write(dir.resolve("crlf.csv"), bytes.toByteArray());
        Path plain = write("plain.csv", rows.replace("\r\n", "\n"));
        assertTrue(new CodeCarbonImporter().canRead(crlf, Importers.head(crlf)));

        WorkspaceBuilder a = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(a, crlf);
        assertEquals(List.of(), problems(result));
        assertEquals(2, result.records());
        WorkspaceBuilder b = WorkspaceBuilder.forNewWorkspace("test");
        importInto(b, plain);
        // Without run ids (1.x) each row is its own run, named after project and timestamp.
        List<Workflow> runs = a.workspace().getCampaigns().get(0).getWorkflows();
        assertEquals(List.of("codecarbon:bert-finetune@2024-05-02T10:10:00", "codecarbon:bert-finetune@2024-05-02T11:00:00"),
                runs.stream().map(Workflow::getId).toList());
        Workflow first = runs.get(0);
        assertNull(property(first, "codecarbon.tracking_mode"), "1.x had no tracking mode");
        assertEquals("5b0fa12a-3dd7-45bb-9766-cc326314d9f1", property(first, "codecarbon.experiment_id"));
        assertEquals("N", property(first, "codecarbon.on_cloud"), "no \\r left on the last column");
        assertEquals("bavaria", property(first, "codecarbon.region"));
        Workflow same = b.workspace().getCampaigns().get(0).getWorkflows().get(0);
        assertEquals(first.getProperties().stream().map(p -> p.getKey() + "=" + p.getValue()).toList(),
                same.getProperties().stream().map(p -> p.getKey() + "=" + p.getValue()).toList());
        assertEquals(joules(first, EnergyComponent.TOTAL), joules(same, EnergyComponent.TOTAL));
    }

    @Test
    void aQuotedFieldWithACrlfInsideKeepsItsLineBreak() throws IOException {
        String header = "timestamp,project_name,run_id,duration,emissions,energy_consumed";
        Path file = write("quoted.csv", header + "\r\n2024-05-02T10:10:00,\"two\r\nlines\",r1,60,0.001,0.002\r\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(1, result.records());
        assertEquals("two\nlines", only(builder.workspace()).getCampaign().getName());
    }

    @Test
    void aTrimmedHeaderIsReadWithTheColumnsItHasAndOneWarning() throws IOException {
        String header = "timestamp,project_name,run_id,duration,energy_consumed,gpu_energy";
        Path file = write("trimmed.csv", header + "\n" + row(header) + "\n"
                + row(header).replace("10:10:00", "10:20:00").replace(",600.0,", ",1200.0,") + "\n");
        assertTrue(new CodeCarbonImporter().canRead(file, Importers.head(file)));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        List<String> problems = problems(result);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(file + ":1: warning: the header lacks emissions, emissions_rate,"
                + " cpu_power, gpu_power, ram_power, cpu_energy, ram_energy, country_name,"), problems.get(0));
        assertTrue(problems.get(0).endsWith(" of the 29 columns of a CodeCarbon 2.0-2.1 emissions file; read with"
                + " the columns it has, the missing values are unknown"), problems.get(0));
        assertEquals(2, result.records());
        assertEquals(0, result.skipped());
        Workflow run = only(builder.workspace());
        assertEquals(0.0507 * KWH, joules(run, EnergyComponent.TOTAL), EPS);
        assertEquals(0.0417 * KWH, joules(run, EnergyComponent.GPU), EPS);
        assertEquals(1200.0, metric(run, "codecarbon.duration"), EPS, "the later row's totals");
        assertTrue(run.getEnergy().stream().allMatch(e -> Double.isNaN(e.getCo2eGrams())), "no emissions column");
    }

    @Test
    void aHeaderWithoutTimestampOrRunIdStillImportsEveryRow() throws IOException {
        Path file = write("minimal.csv", "energy_consumed,emissions\n0.5,0.2\n0.25,0.1\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(2, result.records());
        assertEquals(2, result.workflows(), "each row is its own run");
        assertEquals(1, result.problems().size(), problems(result)::toString);
        assertTrue(result.problems().get(0).message().startsWith("the header lacks timestamp, experiment_id,"),
                problems(result)::toString);
        List<Double> totals = builder.workspace().getCampaigns().get(0).getWorkflows().stream()
                .map(w -> joules(w, EnergyComponent.TOTAL)).toList();
        assertEquals(List.of(0.5 * KWH, 0.25 * KWH), totals);
        // The same file again adds nothing.
        importInto(new WorkspaceBuilder(builder.workspace()), file);
        assertEquals(2, builder.workspace().getCampaigns().get(0).getWorkflows().size());
    }

    @Test
    void unknownColumnsAreKeptAsPropertiesUnderTheirOwnNames() throws IOException {
        String header = V2_4 + ",Node,slurm_job_id";
        Path file = write("extra.csv", header + "\n" + row(V2_4) + ",frontier01726,1234567\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(), problems(result));
        Workflow run = only(builder.workspace());
        assertEquals("frontier01726", property(run, "codecarbon.Node"));
        assertEquals("1234567", property(run, "codecarbon.slurm_job_id"));
        assertEquals(1.3, run.getEnergy().get(0).getPueApplied(), EPS);
    }

    @Test
    void repeatedAndEmptyColumnNamesKeepTheirValues() throws IOException {
        Path file = write("names.csv", "timestamp,energy_consumed,,energy_consumed\n2024-05-02T10:10:00,0.5,x,0.7\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        List<String> problems = problems(result);
        assertTrue(problems.contains(file + ":1: warning: column 3 has no name; its values are kept as"
                + " codecarbon.column_3"), problems::toString);
        assertTrue(problems.contains(file + ":1: warning: column energy_consumed appears twice in the header; the"
                + " values of column 4 are kept as codecarbon.energy_consumed_2"), problems::toString);
        Workflow run = only(builder.workspace());
        assertEquals("x", property(run, "codecarbon.column_3"));
        assertEquals("0.7", property(run, "codecarbon.energy_consumed_2"));
        assertEquals(0.5 * KWH, joules(run, EnergyComponent.TOTAL), EPS);
    }

    @Test
    void badValuesAreWarningsWithLineAndColumnAndTheTextIsKept() throws IOException {
        String header = V3_3;
        String good = row(header);
        String bad = good.replace(",600.0,", ",ten minutes,").replace("2024-05-02T10:10:00", "yesterday")
                .replace(",16,", ",sixteen,").replace(",1.3,", ",inf,");
        Path file = write("bad.csv", header + "\n" + bad + "\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        List<String> problems = problems(result);
        assertFalse(result.hasErrors(), problems::toString);
        assertEquals(0, result.skipped());
        assertTrue(problems.contains(file + ":2: warning: column duration should be a number, found 'ten minutes';"
                + " kept as the text property codecarbon.duration, unknown as a number"), problems::toString);
        assertTrue(problems.contains(file + ":2: warning: column cpu_count should be a number, found 'sixteen';"
                + " kept as the text property codecarbon.cpu_count, unknown as a number"), problems::toString);
        assertTrue(problems.contains(file + ":2: warning: column pue should be a number, found 'inf'; kept as the"
                + " text property codecarbon.pue, unknown as a number"), problems::toString);
        assertTrue(problems.contains(file + ":2: warning: column timestamp should be an ISO date and time, found"
                + " 'yesterday'; kept as the text property codecarbon.timestamp, the run's times are unknown"),
                problems::toString);
        assertEquals(4, problems.size(), problems::toString);
        Workflow run = only(builder.workspace());
        assertEquals("ten minutes", property(run, "codecarbon.duration"));
        assertNull(metric(run, "codecarbon.duration"));
        assertEquals("yesterday", property(run, "codecarbon.timestamp"));
        assertEquals("inf", property(run, "codecarbon.pue"));
        assertTrue(Double.isNaN(run.getEnergy().get(0).getPueApplied()));
        assertEquals(0.0507 * KWH, joules(run, EnergyComponent.TOTAL), EPS);
        assertTrue(Double.isNaN(run.getStartedAt()));
    }

    @Test
    void aLineThatIsNotUtf8IsReadAsWindows1252WithAWarning() throws IOException {
        String header = "timestamp,project_name,run_id,duration,energy_consumed,region";
        byte[] utf8 = (header + "\n2024-05-02T10:10:00,p,r1,60,0.5,bavaria\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin = "2024-05-02T10:10:00,p,r2,60,0.5,Île-de-France\n".getBytes(Charset.forName("windows-1252"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(utf8);
        bytes.write(latin);
        Path file = Files.write(dir.resolve("mixed.csv"), bytes.toByteArray());
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertTrue(problems(result).contains(file + ":3: warning: the line is not UTF-8; read as Windows-1252 (saved"
                + " by a Windows editor?)"), problems(result)::toString);
        assertFalse(result.hasErrors());
        Workflow second = builder.workspace().getCampaigns().get(0).getWorkflows().get(1);
        assertEquals("Île-de-France", property(second, "codecarbon.region"));
    }

    @Test
    void aHugeLineIsSkippedWithoutHoldingItAndTheRestImports() throws IOException {
        String header = "timestamp,project_name,run_id,duration,energy_consumed";
        StringBuilder text = new StringBuilder(header).append('\n');
        text.append("2024-05-02T10:10:00,p,r1,60,0.5\n");
        text.append("x".repeat(17 << 20)).append('\n');
        text.append("2024-05-02T10:20:00,p,r2,60,0.5\n");
        Path file = write("huge.csv", text.toString());
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(3, result.records());
        assertEquals(1, result.skipped());
        assertTrue(problems(result).contains(file + ":3: the line is longer than 16 MiB, not a CodeCarbon row;"
                + " skipped"), problems(result)::toString);
        assertEquals(2, builder.workspace().getCampaigns().get(0).getWorkflows().size());
    }

    @Test
    void trailingEmptyFieldsAreIgnoredWithAWarning() throws IOException {
        String header = "timestamp,project_name,run_id,duration,energy_consumed";
        Path file = write("trailing.csv", header + "\n2024-05-02T10:10:00,p,r1,60,0.5,,\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertFalse(result.hasErrors(), problems(result)::toString);
        assertTrue(problems(result).contains(file + ":2: warning: expected 5 columns as in the header, found 7"
                + " (trailing empty fields); the empty ones are ignored"), problems(result)::toString);
        assertEquals(0.5 * KWH, joules(only(builder.workspace()), EnergyComponent.TOTAL), EPS);
    }

    /** Rows of {@link #V3_3} for runs r0..r{n-1}. */
    private static List<String> rows(int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row(V3_3).replace("6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "r" + i));
        }
        return rows;
    }

    private static List<String> runs(Workspace workspace) {
        return workspace.getCampaigns().stream().flatMap(c -> c.getWorkflows().stream()).map(Workflow::getId)
                .toList();
    }

    @Test
    void aHeaderDamagedInACharacterIsReadAsItsVersionsByTheWidthOfTheRows() throws IOException {
        // A flipped byte merges two columns (a comma that is no longer one), splits one (a letter that became a
        // comma), or changes a name: the rows still have CodeCarbon 3.3's 38 columns (issue 22).
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("merged", V3_3.replace("gpu_count,gpu_model", "gpu_count-gpu_model"));
        headers.put("split", V3_3.replace("ram_total_size", "ram_tota,_size"));
        headers.put("renamed", V3_3.replace("run_id", "run_ie"));
        headers.put("not utf-8", V3_3.replace("duration,", "duration\u00ac"));
        for (Map.Entry<String, String> header : headers.entrySet()) {
            Path file = write("damaged.csv", header.getValue() + "\n" + String.join("\n", rows(3)) + "\n");
            WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
            ImportResult result = importInto(builder, file);
            assertEquals(List.of(file + ":1: warning: the header line differs from that of a CodeCarbon 3.2-3.3"
                    + " emissions file in 1 character (a damaged file?); its rows have that header's 38 columns and"
                    + " are read with its names"), problems(result), header.getKey());
            assertEquals(List.of("codecarbon:r0", "codecarbon:r1", "codecarbon:r2"), runs(builder.workspace()));
            Workflow run = builder.workspace().getCampaigns().get(0).getWorkflows().get(0);
            assertEquals("1 x NVIDIA GeForce RTX 4090", property(run, "codecarbon.gpu_model"), header.getKey());
            assertEquals(600.0, metric(run, "codecarbon.duration"), EPS, header.getKey());
        }
    }

    @Test
    void aHeaderJoinedToTheFirstRowByADamagedLineEndCostsOnlyThatRow() throws IOException {
        List<String> rows = rows(3);
        Path file = write("joined.csv", V3_3 + "\u0007" + String.join("\n", rows) + "\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of("codecarbon:r1", "codecarbon:r2"), runs(builder.workspace()), problems(result)::toString);
        assertEquals(1, result.skipped());
        assertEquals(1, problems(result).size(), problems(result)::toString);
        assertTrue(problems(result).get(0).startsWith(file + ":1: the header line goes on after the columns of a"
                + " CodeCarbon 3.2-3.3 emissions file with '\u00072024-05-02T10:10:00,bert-finetune,r0,"),
                problems(result)::toString);
    }

    @Test
    void aHeaderThatIsNoVersionsAndNotDamagedIsNotRepaired() throws IOException {
        // Trimmed by hand to 37 columns, as the rows: no version has 37 columns, so the header's names are used.
        String header = V3_3.replace(",wue", "");
        Path file = write("trimmed.csv", header + "\n" + row(header) + "\n");
        ImportResult result = importInto(WorkspaceBuilder.forNewWorkspace("test"), file);
        assertEquals(List.of(file + ":1: warning: the header lacks wue of the 38 columns of a CodeCarbon 3.2-3.3"
                + " emissions file; read with the columns it has, the missing values are unknown"), problems(result));
    }

    @Test
    void aStrayQuoteCostsOnlyItsRowAndTheRowsItTookInAreRead() throws IOException {
        // A byte flipped into a quote at the start of a field makes the rest of the file one quoted field.
        List<String> rows = new ArrayList<>(rows(4));
        rows.set(1, rows.get(1).replace(",42.5,", ",\"42.5,"));
        Path file = write("quote.csv", V3_3 + "\n" + String.join("\n", rows) + "\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, file);
        assertEquals(List.of(file + ":3: a quoted field is not closed (a stray quote?); row skipped, the lines after"
                + " its first are read as rows"), problems(result));
        assertEquals(List.of("codecarbon:r0", "codecarbon:r2", "codecarbon:r3"), runs(builder.workspace()));
        // With a second stray quote further down, the quoted field closes there, with too many columns.
        rows.set(3, rows.get(3).replace(",42.5,", ",\"42.5,"));
        file = write("quotes.csv", V3_3 + "\n" + String.join("\n", rows) + "\n");
        builder = WorkspaceBuilder.forNewWorkspace("test");
        result = importInto(builder, file);
        assertEquals(List.of("codecarbon:r0", "codecarbon:r2"), runs(builder.workspace()), problems(result)::toString);
        assertEquals(List.of(file + ":3: a quoted field spans 3 lines that are rows (a stray quote?); row skipped,"
                + " the lines after its first are read as rows", file + ":5: a quoted field is not closed before the end of"
                + " the file (truncated?); row skipped"), problems(result));
    }

    @Test
    void onlyAHeaderWithoutCodeCarbonsColumnsIsNotCodeCarbon() throws IOException {
        CodeCarbonImporter importer = new CodeCarbonImporter();
        Map<String, Boolean> headers = new LinkedHashMap<>();
        headers.put("emissions", true);
        headers.put("epoch,energy_consumed", true);
        headers.put("run,codecarbon_version", true);
        headers.put("timestamp,duration", true);
        headers.put("timestamp,duration,project_name,note", true);
        headers.put("time,loss", false);
        headers.put("timestamp,loss", false);
        // ProvLens's own task export has a duration column among many others.
        headers.put("id,activity,status,host,workflow,parent,started_at,ended_at,duration,used.lr", false);
        for (Map.Entry<String, Boolean> header : headers.entrySet()) {
            Path file = write("h.csv", header.getKey() + "\n1,2\n");
            assertEquals(header.getValue(), importer.canRead(file, Importers.head(file)), header.getKey());
        }
    }

    @Test
    void whyNotSaysWhatWasLookedForAndFound() throws IOException {
        CodeCarbonImporter importer = new CodeCarbonImporter();
        Path other = write("other.csv", "time,loss\n1,0.5\n");
        assertEquals("CSV, but no CodeCarbon column among emissions, energy_consumed, emissions_rate, cpu_energy,"
                + " gpu_energy, ram_energy, cpu_power, gpu_power, ram_power, water_consumed, codecarbon_version,"
                + " timestamp, duration (its header: time,loss)", importer.whyNot(other, Importers.head(other)));
        Path generic = write("generic.csv", "timestamp,loss,accuracy\n1,0.5,0.9\n");
        assertEquals("CSV, but of CodeCarbon's columns only timestamp, which other CSV files have too; an emissions"
                + " file names one of emissions, energy_consumed, emissions_rate, cpu_energy, ...",
                importer.whyNot(generic, Importers.head(generic)));
        Path json = write("x.json", "{\"a\": 1}");
        assertEquals("not CSV: it starts with '{' (JSON?)", importer.whyNot(json, Importers.head(json)));
        Path empty = write("empty.csv", "");
        assertEquals("an empty file", importer.whyNot(empty, Importers.head(empty)));
        Path binary = Files.write(dir.resolve("b.bin"), new byte[] {1, 0, 2});
        assertEquals("not CSV: binary content (NUL bytes)", importer.whyNot(binary, Importers.head(binary)));
        assertEquals("a folder, not a CodeCarbon emissions file", importer.whyNot(dir, new byte[0]));
        Path text = write("notes.txt", "just some words\n");
        assertEquals("not CSV: the first line has no comma-separated column names",
                importer.whyNot(text, Importers.head(text)));
    }

    @Test
    void aFileThatIsNotCodeCarbonsIsOneErrorWhenImportedAnyway() throws IOException {
        Path other = write("other.csv", "time,loss\n1,0.5\n");
        ImportResult result = importInto(WorkspaceBuilder.forNewWorkspace("test"), other);
        assertEquals(List.of(other + ":1: not a CodeCarbon emissions file: CSV, but no CodeCarbon column among"
                + " emissions, energy_consumed, emissions_rate, cpu_energy, gpu_energy, ram_energy, cpu_power,"
                + " gpu_power, ram_power, water_consumed, codecarbon_version, timestamp, duration (its header:"
                + " time,loss)"), problems(result));
    }
}
