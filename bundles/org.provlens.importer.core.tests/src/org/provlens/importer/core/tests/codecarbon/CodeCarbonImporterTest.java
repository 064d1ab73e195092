package org.provlens.importer.core.tests.codecarbon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.CHILD_A;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.testfile;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.workflow;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.workflows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.codecarbon.CodeCarbonImporter;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.mlflow.MlflowImporter;
import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.EnergyMethod;
import org.provlens.model.Execution;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Site;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

class CodeCarbonImporterTest {

    private static final String FLUSHED_RUN = "codecarbon:a3f9c2d1-7b4e-4c8a-9e2f-1d6b5a4c3e21";
    private static final String CLOUD_RUN = "codecarbon:f0e1d2c3-b4a5-4968-8776-655443322110";
    private static final double KWH = 3.6e6;
    private static final double EPS = 1e-6;

    @TempDir
    Path dir;

    private static ImportResult importInto(WorkspaceBuilder builder, Path file) throws IOException {
        return new CodeCarbonImporter().importFile(file, builder, new NullProgressMonitor());
    }

    private static EnergyEstimate estimate(Execution execution, EnergyComponent component) {
        List<EnergyEstimate> matching = execution.getEnergy().stream().filter(e -> e.getComponent() == component)
                .toList();
        assertEquals(1, matching.size(), component + " estimates of " + execution.getId());
        return matching.get(0);
    }

    private static Site site(Workspace workspace, String id) {
        return workspace.getSites().stream().filter(s -> id.equals(s.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no site " + id + " in "
                        + workspace.getSites().stream().map(Site::getId).toList()));
    }

    private static String property(Execution execution, String key) {
        return execution.getProperties().stream().filter(p -> key.equals(p.getKey())).map(StringProperty::getValue)
                .findFirst().orElse(null);
    }

    private static double metric(Execution execution, String key, String unit) {
        return execution.getMetrics().stream().filter(m -> key.equals(m.getKey()) && unit.equals(m.getUnit()))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + key + " [" + unit + "]")).getValue();
    }

    private static double epoch(String utc) {
        return Instant.parse(utc + "Z").getEpochSecond();
    }


    @Test
    void rowsOfUnknownRunsBecomeWorkflowsWithEnergyFromTheirLatestRow() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, testfile("codecarbon/emissions.csv"));
        assertEquals(List.of(), result.problems());
        assertEquals(4, result.records());
        assertEquals(3, result.workflows());
        Workspace workspace = builder.workspace();
        assertEquals(List.of("codecarbon:cifar10-resnet18", "codecarbon:tokenizer-benchmark",
                "codecarbon:llm-eval, nightly"), workspace.getCampaigns().stream().map(c -> c.getId()).toList());

        // Two rows of one run (flush, then stop) hold cumulative totals: the estimates are the stop row's alone.
        Workflow flushed = workflow(workspace, FLUSHED_RUN);
        assertEquals(3, flushed.getEnergy().size(), "TOTAL, CPU and RAM; no GPU on this machine");
        EnergyEstimate total = estimate(flushed, EnergyComponent.TOTAL);
        assertEquals(0.015239999999999998 * KWH, total.getJoules(), EPS);
        assertEquals(EnergyMethod.MODELLED, total.getMethod());
        assertEquals("codecarbon 3.3.0", total.getSource());
        assertEquals(1.2, total.getPueApplied(), EPS);
        assertEquals(3.6332159999999994, total.getCo2eGrams(), EPS);
        assertEquals(238.4, total.getCarbonIntensity(), EPS);
        EnergyEstimate cpu = estimate(flushed, EnergyComponent.CPU);
        assertEquals(0.013239999999999998 * KWH, cpu.getJoules(), EPS);
        assertEquals(EnergyMethod.MODELLED, cpu.getMethod(), "RAPL or TDP model: the file does not say");
        assertEquals(0.002 * KWH, estimate(flushed, EnergyComponent.RAM).getJoules(), EPS);
        assertEquals(EnergyMethod.MODELLED, estimate(flushed, EnergyComponent.RAM).getMethod());
        Series cumulative = flushed.getSeries().stream()
                .filter(s -> CodeCarbonImporter.ENERGY_SERIES.equals(s.getKey())).findFirst().orElseThrow();
        assertEquals(SeriesKind.TELEMETRY, cumulative.getKind());
        assertEquals(SeriesAxis.TIME, cumulative.getAxis());
        assertEquals("J", cumulative.getUnit());
        assertArrayEquals(new double[] {epoch("2024-06-11T14:05:00"), epoch("2024-06-11T14:10:00")},
                cumulative.getXs(), EPS);
        assertArrayEquals(new double[] {0.0075 * KWH, 0.015239999999999998 * KWH}, cumulative.getYs(), EPS);
        assertEquals(epoch("2024-06-11T14:10:00"), flushed.getEndedAt(), EPS);
        assertEquals(epoch("2024-06-11T14:00:00"), flushed.getStartedAt(), EPS);
        assertEquals(Status.FINISHED, flushed.getStatus());
        assertEquals(600, metric(flushed, "codecarbon.duration", "s"), EPS);
        assertEquals(66.2, metric(flushed, "codecarbon.cpu_power", "W"), EPS);
        assertEquals("machine", property(flushed, "codecarbon.tracking_mode"));
        assertEquals("2024-06-11T14:10:00", property(flushed, "codecarbon.timestamp"));

        Workflow cloud = workflow(workspace, CLOUD_RUN);
        EnergyEstimate gpu = estimate(cloud, EnergyComponent.GPU);
        assertEquals(EnergyMethod.MEASURED, gpu.getMethod(), "NVML energy counters");
        assertEquals(0.07 * KWH, gpu.getJoules(), EPS);
        assertEquals(0.07 * 367.0, gpu.getCo2eGrams(), EPS);
        assertEquals("llm-eval, nightly", cloud.getCampaign().getName());
        assertEquals(0, cloud.getSeries().size(), "one row: no cumulative series");
    }

    @Test
    void sitesGetCountryRegionCarbonIntensityAndConfiguredPue() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testfile("codecarbon/emissions.csv"));
        Workspace workspace = builder.workspace();
        Site california = site(workspace, "site:USA/california");
        assertEquals("United States (california)", california.getName());
        assertEquals("USA/california", california.getRegion());
        assertEquals(1.2, california.getPue(), EPS);
        assertEquals(238.4, california.getCarbonIntensity(), EPS);
        Workflow flushed = workflow(workspace, FLUSHED_RUN);
        assertSame(california, flushed.getHost().getSite());
        assertEquals("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz", flushed.getHost().getCpuModel());
        assertEquals(48, flushed.getHost().getCpuCount());
        assertEquals(Math.round(15.5 * 1024 * 1024 * 1024), flushed.getHost().getMemoryBytes());

        Site france = site(workspace, "site:FRA/île-de-france");
        assertTrue(Double.isNaN(france.getPue()), "PUE 1.0 is CodeCarbon's default, not a measured PUE");
        assertEquals(56.04, france.getCarbonIntensity(), EPS);
        Site aws = site(workspace, "site:aws/us-east-1");
        assertEquals("aws us-east-1", aws.getFacility());
        assertEquals(367.0, aws.getCarbonIntensity(), EPS);
    }

    @Test
    void rowOfAnImportedMlflowRunAttachesToItAndReportsTheLocalClock() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        new MlflowImporter().importFile(testfile("mlflow/mlruns"), builder, new NullProgressMonitor());
        Path csv = testfile("codecarbon/emissions.csv");
        ImportResult result = importInto(new WorkspaceBuilder(builder.workspace()), csv);
        Workspace workspace = builder.workspace();
        assertFalse(workflows(workspace).stream().anyMatch(w -> w.getId().equals("codecarbon:" + CHILD_A)));
        Workflow run = workflow(workspace, CHILD_A);
        EnergyEstimate total = estimate(run, EnergyComponent.TOTAL);
        assertEquals(0.06108472222222222 * KWH, total.getJoules(), EPS);
        assertEquals(3.423187833333333, total.getCo2eGrams(), EPS);
        assertEquals(56.04, total.getCarbonIntensity(), 1e-9);
        assertEquals(EnergyMethod.MEASURED, estimate(run, EnergyComponent.GPU).getMethod());
        // MLflow's times stay; the +2 h of Paris time is reported with file and line.
        assertEquals(1718003620.0, run.getEndedAt(), EPS);
        assertEquals(Status.FINISHED, run.getStatus());
        ImportProblem clock = result.problems().get(0);
        assertEquals(ImportProblem.Severity.WARNING, clock.severity());
        assertEquals(csv.toString(), clock.source());
        assertEquals(2, clock.line());
        assertTrue(clock.message().contains("+2.00 h"), clock.message());
        assertEquals(1, result.problems().size(), result.problems().toString());
        // The run's MLflow name and campaign are untouched.
        assertEquals("lr-0.001", run.getName());
        assertEquals("mlflow:cifar10-resnet18", run.getCampaign().getId());
        assertEquals("site:FRA/île-de-france", run.getHost().getSite().getId());
    }

    @Test
    void reimportAndAppendedRowsAddNothingTwice() throws IOException {
        Path original = testfile("codecarbon/emissions.csv");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, original);
        Workspace workspace = builder.workspace();
        importInto(new WorkspaceBuilder(workspace), original);
        assertEquals(3, workflows(workspace).size());
        assertEquals(3, workspace.getCampaigns().size());
        Workflow flushed = workflow(workspace, FLUSHED_RUN);
        assertEquals(3, flushed.getEnergy().size());
        assertEquals(1, flushed.getSeries().size());
        assertEquals(2, flushed.getSeries().get(0).getXs().length);
        int properties = flushed.getProperties().size();
        int metrics = flushed.getMetrics().size();

        // CodeCarbon appended the next flush of the same run: its totals replace the earlier ones.
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        String appended = lines.get(3).replace("2024-06-11T14:10:00", "2024-06-11T14:15:00")
                .replace(",600.0,", ",900.0,").replace(",0.015239999999999998,", ",0.02286,");
        Path grown = Files.write(dir.resolve("emissions.csv"),
                (String.join("\n", lines) + "\n" + appended + "\n").getBytes(StandardCharsets.UTF_8));
        ImportResult result = importInto(new WorkspaceBuilder(workspace), grown);
        assertEquals(List.of(), result.problems());
        assertEquals(3, flushed.getEnergy().size());
        assertEquals(0.02286 * KWH, estimate(flushed, EnergyComponent.TOTAL).getJoules(), EPS);
        assertEquals(3, flushed.getSeries().get(0).getXs().length);
        assertEquals(900, metric(flushed, "codecarbon.duration", "s"), EPS);
        assertEquals(properties, flushed.getProperties().size());
        assertEquals(metrics, flushed.getMetrics().size());
        assertEquals(epoch("2024-06-11T14:15:00"), flushed.getEndedAt(), EPS);

        // The older file again: the later totals stay.
        importInto(new WorkspaceBuilder(workspace), original);
        assertEquals(0.02286 * KWH, estimate(flushed, EnergyComponent.TOTAL).getJoules(), EPS);
        assertEquals(3, flushed.getSeries().get(0).getXs().length);
        assertEquals(3, workflows(workspace).size());
        assertEquals(3, workspace.getSites().stream().filter(s -> s.getId().startsWith("site:") && !s.getId()
                .equals(WorkspaceBuilder.UNKNOWN_SITE)).count());
    }

    @Test
    void olderColumnSetsAndRowsWithoutRunIdImport() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, testfile("codecarbon/emissions_v2.csv"));
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.workflows());
        Workflow first = workflow(builder.workspace(), "codecarbon:codecarbon@2024-03-04T16:20:11");
        EnergyEstimate total = estimate(first, EnergyComponent.TOTAL);
        assertEquals(0.00053725 * KWH, total.getJoules(), EPS);
        assertEquals("codecarbon 2.3.4", total.getSource());
        assertEquals(4.21e-06 * 1000 / 0.00053725, total.getCarbonIntensity(), EPS);
        assertNull(property(first, "codecarbon.experiment_id"));
        assertEquals("Germany (bavaria)", first.getHost().getSite().getName());
        assertEquals(2, importInto(new WorkspaceBuilder(builder.workspace()), testfile("codecarbon/emissions_v2.csv"))
                .workflows());
        assertEquals(2, workflows(builder.workspace()).size());
    }

    @Test
    void badRowsAreReportedWithFileAndLineAndTheRestImports() throws IOException {
        Path csv = testfile("codecarbon/broken/emissions.csv");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, csv);
        assertEquals(4, result.records());
        assertEquals(1, result.skipped());
        List<ImportProblem> errors = result.problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList();
        assertEquals(1, errors.size(), result.problems().toString());
        assertEquals(csv.toString(), errors.get(0).source());
        assertEquals(3, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("expected 38 columns as in the header, found 35"),
                errors.get(0).message());
        assertTrue(errors.get(0).toString().startsWith(csv + ":3: "), errors.get(0).toString());
        // A value that is not a number is a warning with line and column; the row is imported, the text kept.
        List<ImportProblem> warnings = result.problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList();
        assertEquals(1, warnings.size(), result.problems().toString());
        assertEquals(csv + ":4: warning: column energy_consumed should be a number, found 'n/a'; kept as the text"
                + " property codecarbon.energy_consumed, unknown as a number", warnings.get(0).toString());
        assertEquals(List.of("codecarbon:11111111-2222-4333-8444-555555555555",
                "codecarbon:33333333-4444-4555-8666-777777777777",
                "codecarbon:44444444-5555-4666-8777-888888888888"),
                workflows(builder.workspace()).stream().map(Workflow::getId).sorted().toList());
        Workflow notANumber = workflow(builder.workspace(), "codecarbon:33333333-4444-4555-8666-777777777777");
        assertEquals("n/a", property(notANumber, "codecarbon.energy_consumed"));
        assertTrue(notANumber.getEnergy().stream().noneMatch(e -> e.getComponent() == EnergyComponent.TOTAL),
                "the total is unknown");
        assertEquals(0.0014166666666666668 * KWH, estimate(notANumber, EnergyComponent.CPU).getJoules(), EPS,
                "the other columns of the row are read");
    }

    @Test
    void taskFileRowsBecomeTasksOfTheirRun() throws IOException {
        Path tasks = Files.writeString(dir.resolve("emissions_base_a3f9.csv"), """
                task_name,timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,\
                ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,\
                cpu_model,tracking_mode,on_cloud
                tokenize,2024-06-11T14:03:00,tokenizer-benchmark,a3f9c2d1-7b4e-4c8a-9e2f-1d6b5a4c3e21,180.0,\
                0.000536,2.98e-06,65.0,0.0,10.0,0.00325,0.0,0.0005,0.00375,United States,USA,california,\
                Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz,machine,N
                count,2024-06-11T14:05:00,tokenizer-benchmark,a3f9c2d1-7b4e-4c8a-9e2f-1d6b5a4c3e21,120.0,\
                0.000358,2.98e-06,65.0,0.0,10.0,0.00217,0.0,0.00033,0.0025,United States,USA,california,\
                Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz,machine,N
                """);
        assertTrue(new CodeCarbonImporter().canRead(tasks, Importers.head(tasks)));
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testfile("codecarbon/emissions.csv"));
        ImportResult result = importInto(new WorkspaceBuilder(builder.workspace()), tasks);
        // The header was trimmed by hand: one warning names what it lacks, and the rows are read without it.
        assertEquals(List.of(tasks + ":1: warning: the header lacks cloud_provider, cloud_region, os, python_version,"
                + " codecarbon_version, cpu_count, gpu_count, gpu_model, longitude, latitude, ram_total_size of the 31"
                + " columns of a CodeCarbon 2.3-3.0.7 task file; read with the columns it has, the missing values are"
                + " unknown"), result.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(2, result.tasks());
        Workflow run = workflow(builder.workspace(), FLUSHED_RUN);
        assertEquals(List.of("tokenize", "count"), run.getTasks().stream().map(Task::getName).toList());
        Task tokenize = run.getTasks().get(0);
        assertEquals(0.00375 * KWH, estimate(tokenize, EnergyComponent.TOTAL).getJoules(), EPS);
        assertEquals(epoch("2024-06-11T14:00:00"), tokenize.getStartedAt(), EPS);
        assertEquals(3, run.getEnergy().size(), "the run's own estimates are untouched");
    }

    @Test
    void noOtherImporterClaimsEmissionsFiles() throws IOException {
        for (ProvenanceImporter other : Importers.all()) {
            if (!(other instanceof CodeCarbonImporter)) {
                for (String path : List.of("codecarbon/emissions.csv", "codecarbon/emissions_v2.csv",
                        "codecarbon/broken/emissions.csv")) {
                    Path file = testfile(path);
                    assertFalse(other.canRead(file, Importers.head(file)), other.format() + " claims " + path);
                }
            }
        }
    }

    @Test
    void recognisesEmissionsFilesOnly() throws IOException {
        CodeCarbonImporter importer = new CodeCarbonImporter();
        for (String path : List.of("codecarbon/emissions.csv", "codecarbon/emissions_v2.csv",
                "codecarbon/broken/emissions.csv")) {
            Path file = testfile(path);
            assertTrue(importer.canRead(file, Importers.head(file)), path);
            assertFalse(new FlowceptImporter().canRead(file, Importers.head(file)), path);
            assertFalse(new MlflowImporter().canRead(file, Importers.head(file)), path);
        }
        for (String path : List.of("flowcept/train_nvidia.jsonl", "mlflow/mlruns",
                "mlflow/mlruns/748213905526167392/meta.yaml")) {
            Path file = testfile(path);
            assertFalse(importer.canRead(file, Importers.head(file)), path);
        }
        Path other = Files.writeString(dir.resolve("other.csv"), "time,loss\n1,0.5\n");
        assertFalse(importer.canRead(other, Importers.head(other)));
    }
}
