package org.provlens.importer.core.tests.mlflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.CHILD_A;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.CHILD_B;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.EXPERIMENT_DIR;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.PARENT;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.campaign;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.metric;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.parameter;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.property;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.series;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.testfile;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.workflow;
import static org.provlens.importer.core.tests.mlflow.MlflowTestData.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.mlflow.MlflowImporter;
import org.provlens.model.Campaign;
import org.provlens.model.Series;
import org.provlens.model.SeriesAxis;
import org.provlens.model.SeriesKind;
import org.provlens.model.Status;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.ModelEquality;

class MlflowImporterTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private static ImportResult importInto(WorkspaceBuilder builder, Path path) throws IOException {
        return new MlflowImporter().importFile(path, builder, new NullProgressMonitor());
    }


    @Test
    void fileStoreExperimentBecomesCampaignAndNestedRunsChildWorkflows() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, testfile("mlflow/mlruns"));
        assertEquals(List.of(), result.problems());
        assertEquals(MlflowImporter.FORMAT, result.format());
        assertEquals(3, result.workflows());
        Workspace workspace = builder.workspace();
        // The Default experiment has no runs: no empty campaign for it.
        assertEquals(1, workspace.getCampaigns().size());
        Campaign campaign = campaign(workspace, "mlflow:cifar10-resnet18").orElseThrow();
        assertEquals("cifar10-resnet18", campaign.getName());
        assertEquals("ResNet-18 on CIFAR-10: learning-rate sweep with nested trial runs", campaign.getDescription());
        assertEquals(3, campaign.getWorkflows().size());

        Workflow parent = workflow(workspace, PARENT);
        Workflow a = workflow(workspace, CHILD_A);
        Workflow b = workflow(workspace, CHILD_B);
        assertEquals("resnet18-lr-sweep", parent.getName());
        assertNull(parent.getParent());
        assertSame(parent, a.getParent());
        assertSame(parent, b.getParent());
        assertEquals(2, parent.getChildren().size());
        assertEquals("lr-0.001", a.getName());
        assertEquals(Status.FINISHED, a.getStatus());
        assertEquals(Status.ERROR, b.getStatus(), "MLflow status 4 FAILED");
        assertEquals(1718003010.0, a.getStartedAt(), EPS);
        assertEquals(1718003620.0, a.getEndedAt(), EPS);
        assertEquals("alice", a.getAgent().getName());
        assertSame(a.getAgent(), parent.getAgent());
    }

    @Test
    void paramsAreTypedAndTagsBecomeProperties() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testfile("mlflow/mlruns"));
        Workflow a = workflow(builder.workspace(), CHILD_A);
        assertEquals(ValueType.REAL, parameter(a, "lr").getType());
        assertEquals("0.001", parameter(a, "lr").getValue());
        assertEquals(ValueType.INTEGER, parameter(a, "batch_size").getType());
        assertEquals("128", parameter(a, "batch_size").getValue());
        assertEquals(ValueType.BOOLEAN, parameter(a, "use_amp").getType(), "Python's True");
        assertEquals("true", parameter(a, "use_amp").getValue());
        assertEquals(ValueType.REAL, parameter(a, "weight_decay").getType());
        assertEquals("0.0005", parameter(a, "weight_decay").getValue());
        assertEquals(ValueType.STRING, parameter(a, "optimizer").getType());
        assertEquals("/data/cifar10", parameter(a, "data_dir").getValue());
        assertEquals(8, a.getParameters().size());
        assertEquals(ValueType.STRING,
                parameter(workflow(builder.workspace(), PARENT), "search_space").getType());

        assertEquals("train.py", property(a, "mlflow.source.name"));
        assertEquals("LOCAL", property(a, "mlflow.source.type"));
        assertEquals(PARENT, property(a, "mlflow.parentRunId"), "kept even though it also nests the run");
        assertNull(property(a, "mlflow.runName"), "the run name is the workflow's name");
        assertNull(property(a, "mlflow.user"), "the user is the workflow's agent");
        assertTrue(property(a, "mlflow.artifact_uri").endsWith("/" + CHILD_A + "/artifacts"));
        assertEquals("active", property(a, "mlflow.lifecycle_stage"));
    }

    @Test
    void metricHistoriesBecomeOneSortedSeriesEachWithLatestValueAsMetric() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testfile("mlflow/mlruns"));
        Workflow a = workflow(builder.workspace(), CHILD_A);
        Series loss = series(a, "train/loss", SeriesAxis.STEP);
        assertEquals(SeriesKind.METRIC, loss.getKind());
        assertEquals("", loss.getUnit());
        assertEquals("mlflow", loss.getSource());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, loss.getXs());
        assertArrayEquals(new double[] {2.3026, 1.6408, 1.2871, 1.0502, 0.8914, 0.7733}, loss.getYs());
        // One series per history: the samples are counted once (issue 22, item 8; a wall-clock twin was kept before).
        assertEquals(1, a.getSeries().stream().filter(s -> s.getKey().equals("train/loss")).count());
        assertEquals(0.7733, metric(a, "train/loss").getValue(), EPS);
        assertEquals(5, metric(a, "train/loss").getStep());
        assertEquals(0.7034, metric(a, "val_accuracy").getValue(), EPS);

        // Written out of order (step 2 before step 1) and ending in nan: sorted, NaN kept, latest is step 2.
        Workflow b = workflow(builder.workspace(), CHILD_B);
        Series diverged = series(b, "train/loss", SeriesAxis.STEP);
        assertArrayEquals(new double[] {0, 1, 2}, diverged.getXs());
        assertEquals(5.8812, diverged.getYs()[1], EPS);
        assertTrue(Double.isNaN(diverged.getYs()[2]));
        assertTrue(Double.isNaN(metric(b, "train/loss").getValue()));
        assertEquals(2, metric(b, "train/loss").getStep());

        // A history logged without steps (a line without a step is step 0) is a series over its times.
        Workflow parent = workflow(builder.workspace(), PARENT);
        Series best = series(parent, "best_val_accuracy", SeriesAxis.TIME);
        assertEquals(SeriesKind.METRIC, best.getKind());
        assertEquals(1, best.getXs().length);
        assertTrue(best.getXs()[0] > 1.7e9, "epoch seconds");
        assertEquals(1, parent.getSeries().size());
    }

    @Test
    void theSamplesInTheModelAreTheLinesOfTheMetricFiles() throws IOException {
        Path store = testfile("mlflow/mlruns");
        long lines;
        try (Stream<Path> files = Files.walk(store)) {
            lines = files.filter(f -> f.toString().contains("/metrics/") && Files.isRegularFile(f))
                    .mapToLong(f -> {
                        try {
                            return Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sum();
        }
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, store);
        long samples = workflows(builder.workspace()).stream().flatMap(w -> w.getSeries().stream())
                .mapToLong(s -> s.getYs().length).sum();
        assertTrue(lines > 20, "lines " + lines);
        assertEquals(lines, samples, "what `summary` counts as samples");
        // And again after a re-import, and after a workspace of an earlier import that kept a second series per
        // history: the wall-clock twin is dropped.
        Workflow a = workflow(builder.workspace(), CHILD_A);
        Series twin = EcoreUtil.copy(series(a, "train/loss", SeriesAxis.STEP));
        twin.setAxis(SeriesAxis.TIME);
        a.getSeries().add(twin);
        importInto(new WorkspaceBuilder(builder.workspace()), store);
        assertEquals(lines, workflows(builder.workspace()).stream().flatMap(w -> w.getSeries().stream())
                .mapToLong(s -> s.getYs().length).sum());
    }

    @Test
    void whyNotNamesWhatIsMissing(@TempDir Path empty) throws IOException, SQLException {
        MlflowImporter importer = new MlflowImporter();
        assertEquals("a folder, but not an MLflow store: no meta.yaml with an experiment_id in " + empty.getFileName()
                + " or its sub-folders (an mlruns folder holds one folder per experiment)",
                importer.whyNot(empty, new byte[0]));
        Files.writeString(empty.resolve("meta.yaml"), "name: x\n");
        assertTrue(importer.whyNot(empty, new byte[0]).startsWith("a folder, but not an MLflow store: its meta.yaml"
                + " has no experiment_id"), importer.whyNot(empty, new byte[0]));
        Path other = otherDatabase();
        assertEquals("a SQLite database, but not an MLflow tracking store: no runs and metrics tables (its tables:"
                + " artifact, execution)", importer.whyNot(other, Importers.head(other)));
        Path csv = testfile("codecarbon/emissions.csv");
        assertEquals("not MLflow: neither an mlruns, experiment or run folder, a meta.yaml nor a SQLite tracking"
                + " database", importer.whyNot(csv, Importers.head(csv)));
        Path lonely = Files.writeString(dir.resolve("meta.yaml"), "experiment_id: '1'\nlifecycle_stage: active\n");
        assertEquals("an MLflow meta.yaml, but its folder is neither an experiment nor a run of a file store",
                importer.whyNot(lonely, Importers.head(lonely)));
    }

    @Test
    void aRunFieldThatIsNotWhatItHoldsIsAWarningWithItsLineAndTheTextIsKept() throws IOException {
        String runId = "0123456789abcdef0123456789abcdef";
        Path experiment = Files.createDirectories(dir.resolve("mlruns/4"));
        Files.writeString(experiment.resolve("meta.yaml"), "experiment_id: '4'\nlifecycle_stage: active\nname: e\n");
        Path run = Files.createDirectories(experiment.resolve(runId));
        Path meta = Files.writeString(run.resolve("meta.yaml"), "experiment_id: '4'\nlifecycle_stage: active\nrun_id: "
                + runId + "\nstart_time: yesterday\nstatus: 9\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, dir.resolve("mlruns"));
        assertFalse(result.hasErrors(), result.problems()::toString);
        List<String> problems = result.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(problems.contains(meta + ":4: warning: start_time should be epoch milliseconds, found 'yesterday';"
                + " the time is unknown, the text kept as mlflow.start_time"), problems::toString);
        assertTrue(problems.contains(meta + ":5: warning: unknown run status '9' (expected 1 RUNNING, 2 SCHEDULED,"
                + " 3 FINISHED, 4 FAILED or 5 KILLED); read as UNKNOWN, the text kept as mlflow.status"),
                problems::toString);
        Workflow workflow = workflow(builder.workspace(), runId);
        assertEquals("yesterday", property(workflow, "mlflow.start_time"));
        assertEquals("9", property(workflow, "mlflow.status"));
        assertEquals(Status.UNKNOWN, workflow.getStatus());
    }

    @Test
    void paramsThatAreNotUtf8AreKeptAndMetricLinesWithOtherBytesAreOneBadSample() throws IOException {
        String runId = "0123456789abcdef0123456789abcdef";
        Path experiment = Files.createDirectories(dir.resolve("mlruns/3"));
        Files.writeString(experiment.resolve("meta.yaml"), "experiment_id: '3'\nlifecycle_stage: active\nname: e\n");
        Path run = Files.createDirectories(experiment.resolve(runId));
        Files.writeString(run.resolve("meta.yaml"), "experiment_id: '3'\nlifecycle_stage: active\nrun_id: " + runId
                + "\nstatus: 3\n");
        Files.createDirectories(run.resolve("params"));
        Files.write(run.resolve("params/city"), "M\u00fcnchen".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.createDirectories(run.resolve("metrics"));
        byte[] metric = "1718000002000 0.5 0\n1718000003000 0.\u00e9 1\n1718000004000 0.25 2\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(run.resolve("metrics/loss"), metric);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, dir.resolve("mlruns"));
        Workflow workflow = workflow(builder.workspace(), runId);
        assertEquals("M\u00fcnchen", parameter(workflow, "city").getValue());
        assertTrue(result.problems().stream().anyMatch(p -> p.severity() == ImportProblem.Severity.WARNING
                && p.source().endsWith("params/city") && p.message().equals("is not UTF-8 text; read as Windows-1252")),
                result.problems()::toString);
        assertArrayEquals(new double[] {0, 2}, series(workflow, "loss", SeriesAxis.STEP).getXs(),
                "the lines before and after the bad one");
        ImportProblem bad = result.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR)
                .findFirst().orElseThrow();
        assertEquals(2, bad.line());
        assertTrue(bad.source().endsWith("metrics/loss"), bad.source());
    }

    @Test
    void systemMetricsBecomeTelemetryOverTimeWithUnitsAndDevices() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testfile("mlflow/mlruns"));
        Workflow a = workflow(builder.workspace(), CHILD_A);
        Series power = series(a, "system/gpu_0_power_usage_watts", SeriesAxis.TIME);
        assertEquals(SeriesKind.TELEMETRY, power.getKind());
        assertEquals("W", power.getUnit());
        assertEquals("gpu_0", power.getDevice());
        assertEquals(6, power.getXs().length);
        assertEquals(1718003025.0, power.getXs()[0], EPS);
        assertArrayEquals(new double[] {212.4, 287.9, 291.3, 289.6, 293.1, 290.2}, power.getYs());
        assertEquals(1, a.getSeries().stream().filter(s -> s.getKey().equals(power.getKey())).count(),
                "telemetry has no step series");
        Series utilisation = series(a, "system/gpu_0_utilization_percentage", SeriesAxis.TIME);
        assertEquals("%", utilisation.getUnit());
        Series cpu = series(a, "system/cpu_utilization_percentage", SeriesAxis.TIME);
        assertEquals("%", cpu.getUnit());
        assertEquals("cpu", cpu.getDevice());
        Series memory = series(a, "system/system_memory_usage_megabytes", SeriesAxis.TIME);
        assertEquals("MB", memory.getUnit());
        assertNull(memory.getDevice());
        assertEquals("W", metric(a, "system/gpu_0_power_usage_watts").getUnit());
        assertEquals(290.2, metric(a, "system/gpu_0_power_usage_watts").getValue(), EPS);
    }

    @Test
    void reimportChangesNothing() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        importInto(builder, testfile("mlflow/mlruns"));
        Workspace first = EcoreUtil.copy(builder.workspace());
        ImportResult again = importInto(new WorkspaceBuilder(builder.workspace()), testfile("mlflow/mlruns"));
        assertEquals(List.of(), again.problems());
        Workspace workspace = builder.workspace();
        assertEquals(1, workspace.getCampaigns().size());
        assertEquals(3, workflows(workspace).size());
        assertEquals(1, workspace.getAgents().size());
        for (Workflow before : workflows(first)) {
            Workflow after = workflow(workspace, before.getId());
            assertEquals(before.getParameters().size(), after.getParameters().size(), before.getId());
            assertEquals(before.getMetrics().size(), after.getMetrics().size(), before.getId());
            assertEquals(before.getSeries().size(), after.getSeries().size(), before.getId());
            assertEquals(before.getProperties().size(), after.getProperties().size(), before.getId());
            assertTrue(ModelEquality.equal(before, after), "workflow " + before.getId() + " unchanged");
        }
        assertEquals(2, workflow(workspace, PARENT).getChildren().size());
    }

    @Test
    void oneExperimentOneRunOrAMetaYamlImportAlone() throws IOException {
        WorkspaceBuilder experiment = WorkspaceBuilder.forNewWorkspace("test");
        assertEquals(3, importInto(experiment, testfile(EXPERIMENT_DIR)).workflows());
        assertEquals(2, workflow(experiment.workspace(), PARENT).getChildren().size());

        WorkspaceBuilder run = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(run, testfile(EXPERIMENT_DIR + "/" + CHILD_A));
        assertEquals(1, result.workflows());
        // The parent was not imported: kept at the top, with a warning naming the run's meta.yaml.
        assertEquals(1, result.problems().size(), result.problems().toString());
        ImportProblem missing = result.problems().get(0);
        assertEquals(ImportProblem.Severity.WARNING, missing.severity());
        assertTrue(missing.source().endsWith(CHILD_A + "/meta.yaml"), missing.source());
        assertTrue(missing.message().contains(PARENT), missing.message());
        Workflow a = workflow(run.workspace(), CHILD_A);
        assertNull(a.getParent());
        assertEquals("mlflow:cifar10-resnet18", a.getCampaign().getId(), "experiment read from the parent folder");

        WorkspaceBuilder meta = WorkspaceBuilder.forNewWorkspace("test");
        importInto(meta, testfile(EXPERIMENT_DIR + "/" + CHILD_B + "/meta.yaml"));
        assertEquals(List.of(CHILD_B), workflows(meta.workspace()).stream().map(Workflow::getId).toList());
    }

    @Test
    void recognisesStoresRunsAndDatabasesButNotOtherFormats(@TempDir Path empty) throws IOException, SQLException {
        MlflowImporter importer = new MlflowImporter();
        for (String path : List.of("mlflow/mlruns", EXPERIMENT_DIR, EXPERIMENT_DIR + "/" + CHILD_A,
                EXPERIMENT_DIR + "/" + CHILD_A + "/meta.yaml", EXPERIMENT_DIR + "/meta.yaml", "mlflow/broken/mlruns")) {
            Path file = testfile(path);
            assertTrue(importer.canRead(file, Importers.head(file)), path);
        }
        Path database = MlflowTestData.createTrackingDatabase(dir.resolve("mlflow.db"));
        assertTrue(importer.canRead(database, Importers.head(database)));
        // Not MLflow: other formats, a folder without meta.yaml, a metric file, a SQLite file of another schema.
        for (Path file : List.of(testfile("flowcept/train_nvidia.jsonl"), testfile("codecarbon/emissions.csv"),
                testfile("mlflow"), empty, testfile(EXPERIMENT_DIR + "/" + CHILD_A + "/metrics/train/loss"),
                otherDatabase())) {
            assertFalse(importer.canRead(file, Importers.head(file)), file.toString());
        }
        // And the formats tried before MLflow do not claim MLflow's files.
        for (Path file : List.of(testfile(EXPERIMENT_DIR + "/" + CHILD_A + "/meta.yaml"), database)) {
            assertFalse(new FlowceptImporter().canRead(file, Importers.head(file)), file.toString());
        }
    }

    @Test
    void noOtherImporterClaimsMlflowDataNorMlflowTheirs() throws IOException, SQLException {
        List<Path> mlflow = List.of(testfile("mlflow/mlruns"), testfile(EXPERIMENT_DIR),
                testfile(EXPERIMENT_DIR + "/" + CHILD_A), testfile(EXPERIMENT_DIR + "/" + CHILD_A + "/meta.yaml"),
                MlflowTestData.createTrackingDatabase(dir.resolve("mlflow.db")));
        for (ProvenanceImporter other : Importers.all()) {
            if (!(other instanceof MlflowImporter)) {
                for (Path path : mlflow) {
                    assertFalse(other.canRead(path, Importers.head(path)), other.format() + " claims " + path);
                }
            }
        }
        List<Path> others;
        try (Stream<Path> files = Stream.of("flowcept", "cmf", "prov", "codecarbon")
                .flatMap(folder -> walk(testfile(folder)))) {
            others = files.filter(Files::isRegularFile).toList();
        }
        assertFalse(others.isEmpty());
        for (Path path : others) {
            assertFalse(new MlflowImporter().canRead(path, Importers.head(path)), path.toString());
        }
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path otherDatabase() throws SQLException {
        return MlflowTestData.createDatabase(dir.resolve("mlmd.sqlite"),
                List.of("CREATE TABLE Execution (id INTEGER PRIMARY KEY, type_id INT, name VARCHAR(255))",
                        "CREATE TABLE Artifact (id INTEGER PRIMARY KEY, type_id INT, uri TEXT)"),
                List.of("INSERT INTO Execution VALUES (1, 10, 'train')"));
    }

    @Test
    void badInputIsReportedWithFileAndLineAndTheRestImports() throws IOException {
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, testfile("mlflow/broken/mlruns"));
        String runWithBadLine = "d1e2f3a4b5c64d7e8f9a0b1c2d3e4f50";
        String runWithoutId = "e2f3a4b5c6d74e8f9a0b1c2d3e4f5061";

        ImportProblem badLine = result.problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.ERROR).findFirst().orElseThrow();
        assertTrue(badLine.source().endsWith(runWithBadLine + "/metrics/loss"), badLine.source());
        assertEquals(3, badLine.line());
        assertTrue(badLine.message().contains("loss=0.65"), badLine.message());
        assertTrue(badLine.toString().contains("metrics/loss:3: expected '<timestamp_ms> <value> [<step>]'"),
                badLine.toString());
        assertEquals(1, result.skipped());
        assertTrue(result.hasErrors());
        assertArrayEquals(new double[] {0, 1, 3},
                series(workflow(builder.workspace(), runWithBadLine), "loss", SeriesAxis.STEP).getXs());

        ImportProblem noId = result.problems().stream()
                .filter(p -> p.source().endsWith(runWithoutId + "/meta.yaml") && p.message().contains("run_id"))
                .findFirst().orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertEquals(ImportProblem.Severity.WARNING, noId.severity());
        Workflow recovered = workflow(builder.workspace(), runWithoutId);
        assertEquals(Status.KILLED, recovered.getStatus());
        assertEquals("meta-without-run-id", recovered.getName());
        assertEquals(2, series(recovered, "loss", SeriesAxis.STEP).getXs().length);
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("ffffffffffffffffffffffffffffffff")),
                "missing parent run reported");

        assertEquals(2, result.workflows());
        assertFalse(campaign(builder.workspace(), "mlflow:deleted-experiment").isPresent(), ".trash skipped");
    }

    @Test
    void trackingDatabaseReadsLikeTheFileStoreAndMergesWithIt() throws IOException, SQLException {
        Path database = MlflowTestData.createTrackingDatabase(dir.resolve("mlflow.db"));
        long size = Files.size(database);
        long modified = Files.getLastModifiedTime(database).toMillis();
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, database);
        assertEquals(2, result.workflows());
        Workspace workspace = builder.workspace();
        Campaign campaign = campaign(workspace, "mlflow:cifar10-resnet18").orElseThrow();
        assertEquals("ResNet-18 on CIFAR-10: learning-rate sweep with nested trial runs", campaign.getDescription());
        Workflow a = workflow(workspace, CHILD_A);
        assertSame(workflow(workspace, PARENT), a.getParent());
        assertEquals("lr-0.001", a.getName());
        assertEquals(Status.FINISHED, a.getStatus());
        assertEquals(1718003620.0, a.getEndedAt(), EPS);
        assertEquals("alice", a.getAgent().getName());
        assertEquals(ValueType.BOOLEAN, parameter(a, "use_amp").getType());
        assertEquals("train.py", property(a, "mlflow.source.name"));
        Series loss = series(a, "train/loss", SeriesAxis.STEP);
        assertArrayEquals(new double[] {0, 1, 2, 3}, loss.getXs(), "rows were stored out of order");
        assertArrayEquals(new double[] {2.3026, 1.6408, 1.2871, 1.0502}, loss.getYs());
        assertEquals(1.0502, metric(a, "train/loss").getValue(), EPS);
        Series gradNorm = series(a, "grad_norm", SeriesAxis.STEP);
        assertEquals(3.75, gradNorm.getYs()[0], EPS);
        assertTrue(Double.isNaN(gradNorm.getYs()[1]), "is_nan = 1");
        Series power = series(a, "system/gpu_0_power_usage_watts", SeriesAxis.TIME);
        assertEquals(SeriesKind.TELEMETRY, power.getKind());
        assertArrayEquals(new double[] {212.4, 287.9}, power.getYs());
        assertArrayEquals(new double[] {0.6187}, series(a, "val_accuracy", SeriesAxis.STEP).getYs(),
                "the 'n/a' sample was skipped");

        // Bad rows: table and row id.
        List<ImportProblem> errors = result.problems().stream()
                .filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(3, result.skipped());
        ImportProblem textValue = errors.stream().filter(p -> p.message().contains("'n/a'")).findFirst().orElseThrow();
        assertEquals(database + " table metrics", textValue.source());
        assertEquals(8, textValue.record(), "row id of the 8th metrics row");
        assertTrue(textValue.toString().contains("table metrics record 8"), textValue.toString());
        assertTrue(errors.stream().anyMatch(p -> p.source().endsWith("table params") && p.record() == 5
                && p.message().contains("not in table runs")), errors.toString());
        assertTrue(errors.stream().anyMatch(p -> p.source().endsWith("table metrics") && p.record() == 12),
                errors.toString());

        // Read-only: the database is untouched, no journal left behind.
        assertEquals(size, Files.size(database));
        assertEquals(modified, Files.getLastModifiedTime(database).toMillis());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(database), files.toList());
        }

        // The same runs from the file store update those workflows and add the run the database lacks.
        ImportResult fileStore = importInto(new WorkspaceBuilder(workspace), testfile("mlflow/mlruns"));
        assertFalse(fileStore.hasErrors());
        assertEquals(3, workflows(workspace).size());
        assertEquals(1, workspace.getCampaigns().size());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, series(a, "train/loss", SeriesAxis.STEP).getXs());
        assertEquals(2, workflow(workspace, PARENT).getChildren().size());
        ImportResult databaseAgain = importInto(new WorkspaceBuilder(workspace), database);
        assertEquals(3, databaseAgain.skipped());
        assertEquals(3, workflows(workspace).size());
    }

    @Test
    void sqliteFileOfAnotherSchemaIsReportedNotImported() throws IOException, SQLException {
        Path other = otherDatabase();
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, other);
        assertTrue(result.hasErrors());
        ImportProblem problem = result.problems().get(0);
        assertEquals(other.toString(), problem.source());
        assertTrue(problem.message().contains("not an MLflow tracking database"), problem.message());
        assertTrue(problem.message().contains("artifact, execution"), problem.message());
        assertEquals(0, workflows(builder.workspace()).size());
    }

    @Test
    void metaYamlQuotingFoldingNullsAndLegacyTagListsRead() throws IOException {
        String runId = "0123456789abcdef0123456789abcdef";
        Path experiment = Files.createDirectories(dir.resolve("mlruns/3"));
        Files.writeString(experiment.resolve("meta.yaml"), """
                artifact_location: file:///tmp/mlruns/3
                creation_time: 1718000000000
                experiment_id: '3'
                last_update_time: 1718000000000
                lifecycle_stage: active
                name: 'Bob''s very long experiment name that PyYAML folds because it is longer than
                  eighty characters'
                """);
        Path run = Files.createDirectories(experiment.resolve(runId + "/metrics"));
        Files.writeString(run.getParent().resolve("meta.yaml"), """
                artifact_uri: "file:///tmp/mlruns/3/%s/artifacts"
                end_time: null
                entry_point_name: ''
                experiment_id: '3'
                lifecycle_stage: active
                run_id: %s
                run_name: quoted-run  # a comment
                run_uuid: %s
                start_time: 1718000001000
                status: 1
                tags:
                - key: legacy
                  value: tag
                user_id: bob
                this line is not yaml
                """.formatted(runId, runId, runId));
        Files.writeString(run.resolve("loss"), "1718000002000 inf 0\n1718000003000 -1.5e-3 1\n");
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = importInto(builder, dir.resolve("mlruns"));
        Workflow workflow = workflow(builder.workspace(), runId);
        assertEquals("mlflow:Bob's very long experiment name that PyYAML folds because it is longer than eighty"
                + " characters", workflow.getCampaign().getId());
        assertEquals("quoted-run", workflow.getName());
        assertEquals(Status.RUNNING, workflow.getStatus());
        assertEquals(1718000001.0, workflow.getStartedAt(), EPS);
        assertTrue(Double.isNaN(workflow.getEndedAt()), "end_time: null");
        assertEquals("file:///tmp/mlruns/3/" + runId + "/artifacts", property(workflow, "mlflow.artifact_uri"));
        assertNull(property(workflow, "mlflow.entry_point_name"), "'' is empty");
        assertEquals("bob", workflow.getAgent().getId());
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, -0.0015},
                series(workflow, "loss", SeriesAxis.STEP).getYs(), "Python's inf");
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(15, result.problems().get(0).line());
        assertEquals(ImportProblem.Severity.WARNING, result.problems().get(0).severity());
    }

    @Test
    void cancellingKeepsWhatWasRead() throws IOException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        WorkspaceBuilder builder = WorkspaceBuilder.forNewWorkspace("test");
        ImportResult result = new MlflowImporter().importFile(testfile("mlflow/mlruns"), builder, monitor);
        assertTrue(result.cancelled());
        assertNotNull(result.problems().stream().filter(p -> p.message().contains("cancelled")).findFirst()
                .orElse(null));
    }
}
