package org.provlens.importer.core.mlflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;

/**
 * Imports MLflow tracking data from either of its stores: the file store (an {@code mlruns} folder, one experiment
 * folder, one run folder, or a run's or experiment's {@code meta.yaml}) or a SQLite tracking database.
 *
 * <p>Mapping: an experiment becomes a campaign {@code mlflow:<experiment name>} (the id when the name is unknown);
 * a run becomes a workflow whose id is the run id, nested under its parent run ({@code mlflow.parentRunId});
 * params become typed parameters; tags become properties, except {@code mlflow.runName} (the name) and
 * {@code mlflow.user} (the agent). Each metric history becomes one series of kind METRIC, over its steps, or over
 * wall-clock time when it was logged without steps, and its latest value (MLflow's rule: greatest step, then time) a
 * metric. System metrics
 * ({@code system/...}, logged by MLflow's system metrics monitor) become TELEMETRY series over time, with units
 * from their names.</p>
 *
 * <p>Importing the same store again, or the same runs from the file store and from a database they were migrated
 * to, updates the workflows rather than duplicating them: the run id is the identity. Malformed metric lines or
 * rows are reported with file and line, or table and row id, and the rest is imported.</p>
 */
public final class MlflowImporter implements ProvenanceImporter {

    /** The format name shown to users. */
    public static final String FORMAT = "MLflow";

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Recognises an {@code mlruns}, experiment or run folder by its meta.yaml files, a meta.yaml by its keys, and a
     * tracking database by the SQLite header and MLflow's runs and metrics tables.
     *
     * @param file the file or folder
     * @param head the first bytes of a file, empty for a folder
     * @return true for MLflow tracking data
     */
    @Override
    public boolean canRead(Path file, byte[] head) {
        if (Files.isDirectory(file)) {
            return MlflowFileStore.kindOf(file) != MlflowFileStore.Kind.NONE;
        }
        if (MlflowDatabase.hasSqliteHeader(head)) {
            return MlflowDatabase.isTrackingDatabase(file);
        }
        return isMetaYaml(head) && Files.isDirectory(file.toAbsolutePath().getParent())
                && MlflowFileStore.kindOf(file.toAbsolutePath().getParent()) != MlflowFileStore.Kind.NONE;
    }

    @Override
    public String whyNot(Path file, byte[] head) {
        if (Files.isDirectory(file)) {
            Path meta = file.resolve(MlflowFileStore.META);
            if (Files.isRegularFile(meta)) {
                return "a folder, but not an MLflow store: its meta.yaml has no experiment_id and lifecycle_stage"
                        + " (an experiment's) nor run_id (a run's)";
            }
            return "a folder, but not an MLflow store: no meta.yaml with an experiment_id in " + file.getFileName()
                    + " or its sub-folders (an mlruns folder holds one folder per experiment)";
        }
        if (MlflowDatabase.hasSqliteHeader(head)) {
            Set<String> tables = MlflowDatabase.tablesOf(file);
            if (tables == null) {
                return "a SQLite header, but the file does not open as a SQLite database";
            }
            List<String> names = new ArrayList<>(tables);
            return "a SQLite database, but not an MLflow tracking store: no runs and metrics tables (its tables: "
                    + (names.isEmpty() ? "none" : String.join(", ", names.subList(0, Math.min(8, names.size())))
                            + (names.size() > 8 ? ", ..." : ""))
                    + ")";
        }
        if (isMetaYaml(head)) {
            return "an MLflow meta.yaml, but its folder is neither an experiment nor a run of a file store";
        }
        return "not MLflow: neither an mlruns, experiment or run folder, a meta.yaml nor a SQLite tracking database";
    }

    private static boolean isMetaYaml(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return !text.stripLeading().startsWith("{") && !text.stripLeading().startsWith("[")
                && text.contains("experiment_id:") && text.contains("lifecycle_stage:");
    }

    /**
     * Imports a store, an experiment, a run or a tracking database.
     *
     * @param file a folder, a meta.yaml or a SQLite file
     * @param builder where the runs go
     * @param monitor progress and cancellation, may be {@code null}
     * @return what was imported and every problem
     * @throws IOException when the input cannot be opened
     */
    @Override
    public ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
        // IProgressMonitor directly, not SubMonitor: SubMonitor needs OSGi, the headless command runs without it.
        ImportLog log = new ImportLog(file.toString(), monitor == null ? new NullProgressMonitor() : monitor);
        MlflowMapping mapping = new MlflowMapping(builder, log);
        if (!Files.isDirectory(file) && MlflowDatabase.hasSqliteHeader(head(file))) {
            new MlflowDatabase(file, log, mapping).read(file);
        } else {
            new MlflowFileStore(log, mapping).read(file);
        }
        int workflows = mapping.finish();
        log.monitor.done();
        return new ImportResult(log.source, FORMAT, log.records, log.skipped, workflows, 0, log.problems,
                log.cancelled);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16); // the SQLite header
        }
    }
}
