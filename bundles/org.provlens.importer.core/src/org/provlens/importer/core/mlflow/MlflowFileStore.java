package org.provlens.importer.core.mlflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.provlens.model.Campaign;
import org.provlens.model.Status;

/**
 * Reads MLflow's file store ({@code mlflow/store/tracking/file_store.py}): the {@code mlruns} folder, one
 * experiment folder or one run folder.
 *
 * <pre>
 * mlruns/&lt;exp&gt;/meta.yaml                experiment: experiment_id, name, artifact_location, ...
 * mlruns/&lt;exp&gt;/&lt;run&gt;/meta.yaml          run: run_id, run_name, status (1..5), start_time, ...
 * mlruns/&lt;exp&gt;/&lt;run&gt;/params/&lt;key&gt;       the raw value
 * mlruns/&lt;exp&gt;/&lt;run&gt;/tags/&lt;key&gt;         the raw value
 * mlruns/&lt;exp&gt;/&lt;run&gt;/metrics/&lt;key&gt;      lines "&lt;timestamp ms&gt; &lt;value&gt; [&lt;step&gt;]"
 * mlruns/&lt;exp&gt;/tags/&lt;key&gt;               an experiment tag: the raw value
 * mlruns/&lt;exp&gt;/datasets/&lt;id&gt;/meta.yaml   a logged dataset: name, digest, source_type, source, schema, profile
 * mlruns/&lt;exp&gt;/&lt;run&gt;/inputs/&lt;id&gt;/meta.yaml  a run's input: source_id (the dataset), tags (its context)
 * </pre>
 *
 * A '/' in a key makes sub-folders ({@code metrics/system/gpu_0_power_usage_watts}). Folders whose names start
 * with '.' ({@code .trash}) hold deleted experiments and are skipped.
 */
final class MlflowFileStore {

    static final String META = "meta.yaml";

    private static final String[] RUN_FOLDERS = {"metrics", "params", "tags"};

    /** How many sub-folders are looked at when recognising an {@code mlruns} folder. */
    private static final int SNIFF_FOLDERS = 256;

    private static final int CHECK_CANCEL_EVERY = 1 << 16;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The context tag of an input, as the folded text FlatYaml gives its nested {@code tags:} mapping. */
    private static final java.util.regex.Pattern CONTEXT = java.util.regex.Pattern
            .compile("mlflow\\.data\\.context:\\s*['\"]?([^'\"\\s]+)");

    /** What a folder of the file store holds. */
    enum Kind {
        /** The {@code mlruns} folder: experiment folders. */
        ROOT,
        /** One experiment folder: its meta.yaml and run folders. */
        EXPERIMENT,
        /** One run folder. */
        RUN,
        /** Not part of an MLflow file store. */
        NONE
    }

    private final ImportLog log;
    private final MlflowMapping mapping;

    MlflowFileStore(ImportLog log, MlflowMapping mapping) {
        this.log = log;
        this.mapping = mapping;
    }

    /**
     * What a folder is, from its meta.yaml files.
     *
     * @param dir a folder
     * @return its kind
     */
    static Kind kindOf(Path dir) {
        Path meta = dir.resolve(META);
        if (Files.isRegularFile(meta)) {
            FlatYaml yaml = FlatYaml.quietly(meta);
            if (isExperimentMeta(yaml)) {
                return Kind.EXPERIMENT;
            }
            return isRunMeta(yaml) || isMlflowMeta(yaml) && hasRunFolders(dir) ? Kind.RUN : Kind.NONE;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            int looked = 0;
            for (Path child : children) {
                Path childMeta = child.resolve(META);
                if (Files.isRegularFile(childMeta) && isExperimentMeta(FlatYaml.quietly(childMeta))) {
                    return Kind.ROOT;
                }
                if (++looked >= SNIFF_FOLDERS) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Kind.NONE;
        }
        return Kind.NONE;
    }

    static boolean isExperimentMeta(FlatYaml yaml) {
        return yaml.has("experiment_id") && yaml.has("name") && !yaml.has("run_uuid") && !yaml.has("run_id")
                && !yaml.has("status");
    }

    static boolean isRunMeta(FlatYaml yaml) {
        return (yaml.has("run_uuid") || yaml.has("run_id")) && (yaml.has("experiment_id") || yaml.has("status"));
    }

    /** Keys every meta.yaml of the file store has, experiment or run. */
    private static boolean isMlflowMeta(FlatYaml yaml) {
        return yaml.has("experiment_id") && yaml.has("lifecycle_stage");
    }

    private static boolean hasRunFolders(Path dir) {
        for (String folder : RUN_FOLDERS) {
            if (Files.isDirectory(dir.resolve(folder))) {
                return true;
            }
        }
        return false;
    }

    /** A run folder to read and the experiment it belongs to. */
    private record PlannedRun(Path dir, ExperimentInfo experiment) {
    }

    /**
     * Reads a store, an experiment or a run, given as a folder or as its meta.yaml.
     *
     * @param input the folder or meta.yaml
     * @throws IOException when a folder cannot be listed
     */
    void read(Path input) throws IOException {
        Path dir = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        List<PlannedRun> plan = new ArrayList<>();
        switch (kindOf(dir)) {
            case ROOT -> {
                for (Path child : sortedFolders(dir)) {
                    // .trash holds deleted experiments; other folders (models/ of the registry) have no meta.yaml.
                    if (!child.getFileName().toString().startsWith(".") && kindOf(child) == Kind.EXPERIMENT) {
                        planExperiment(child, plan);
                    }
                }
            }
            case EXPERIMENT -> planExperiment(dir, plan);
            case RUN -> {
                Path parent = dir.toAbsolutePath().getParent();
                ExperimentInfo experiment = parent != null && kindOf(parent) == Kind.EXPERIMENT ? experiment(parent)
                        : new ExperimentInfo(FlatYaml.quietly(dir.resolve(META)).get("experiment_id"), null, null,
                                null);
                datasetsOf.put(experiment, Map.copyOf(datasets));
                plan.add(new PlannedRun(dir, experiment));
            }
            case NONE -> {
                log.error(log.source, "not an MLflow file store: expected an mlruns folder, an experiment folder or a"
                        + " run folder with a meta.yaml holding experiment_id (and run_id for a run)");
                return;
            }
        }
        log.monitor.beginTask("Importing MLflow runs from " + dir.getFileName(), plan.size() + 1);
        ExperimentInfo current = null;
        Campaign campaign = null;
        for (PlannedRun planned : plan) {
            if (log.isCanceled()) {
                return;
            }
            if (planned.experiment() != current) {
                current = planned.experiment();
                campaign = mapping.campaign(current);
            }
            RunData run;
            try {
                run = readRun(planned.dir(), planned.experiment());
            } catch (IOException e) {
                // One unreadable file (permissions, a vanished folder) must not lose the other runs.
                log.skip(planned.dir().toString(), 0, 0, "cannot be read (" + e + "); run skipped");
                run = null;
            }
            if (run != null) {
                mapping.run(run, campaign, current);
            }
            log.monitor.worked(1);
        }
    }

    private void planExperiment(Path dir, List<PlannedRun> plan) throws IOException {
        ExperimentInfo experiment = experiment(dir);
        datasetsOf.put(experiment, Map.copyOf(datasets));
        for (Path child : sortedFolders(dir)) {
            Path meta = child.resolve(META);
            if (!Files.isRegularFile(meta)) {
                continue; // tags/, datasets/, models/, traces/ of the experiment
            }
            FlatYaml yaml = FlatYaml.quietly(meta);
            if (!isExperimentMeta(yaml) && (isRunMeta(yaml) || yaml.has("status") || yaml.has("start_time")
                    || hasRunFolders(child))) {
                plan.add(new PlannedRun(child, experiment));
            }
        }
    }

    private ExperimentInfo experiment(Path dir) {
        Path metaFile = dir.resolve(META);
        log.records++;
        FlatYaml meta;
        try {
            meta = FlatYaml.read(metaFile, log.problems::add);
        } catch (IOException e) {
            // The runs are still worth importing, under the experiment id MLflow gave the folder.
            log.error(metaFile.toString(), "cannot be read (" + e + "); its runs are imported under experiment "
                    + dir.getFileName());
            meta = FlatYaml.parse(List.of(), metaFile.toString(), log.problems::add);
        }
        String id = meta.get("experiment_id");
        if (id == null) {
            id = dir.getFileName().toString();
        }
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        Path tagFolder = dir.resolve("tags");
        try {
            readValues(tagFolder, tags);
        } catch (IOException e) {
            log.warning(tagFolder.toString(), 0, 0, "cannot be read (" + e + "); the experiment's tags (and"
                    + " description) are not imported");
        }
        datasets.clear();
        Path datasetFolder = dir.resolve("datasets");
        try {
            for (Path datasetDir : Files.isDirectory(datasetFolder) ? sortedFolders(datasetFolder) : List.<Path>of()) {
                Path datasetMeta = datasetDir.resolve(META);
                if (Files.isRegularFile(datasetMeta)) {
                    log.records++;
                    FlatYaml yaml = FlatYaml.read(datasetMeta, log.problems::add);
                    if (yaml.get("name") == null) {
                        log.skip(datasetMeta.toString(), 0, 0, "a dataset without name; not imported");
                        continue;
                    }
                    datasets.put(datasetDir.getFileName().toString(), new DatasetInput(yaml.get("name"),
                            yaml.get("digest"), yaml.get("source_type"), yaml.get("source"), yaml.get("schema"),
                            yaml.get("profile"), null));
                }
            }
        } catch (IOException e) {
            log.warning(datasetFolder.toString(), 0, 0, "cannot be read (" + e + "); the runs' dataset inputs are"
                    + " not imported");
        }
        return new ExperimentInfo(id, meta.get("name"), meta.get("artifact_location"),
                tags.get(MlflowMapping.TAG_NOTE), tags);
    }

    /** The datasets of the experiment being planned, by their folder name (MLflow's dataset id). */
    private final Map<String, DatasetInput> datasets = new java.util.HashMap<>();

    /** The datasets of each experiment read, so that its runs find theirs after the next one is planned. */
    private final Map<ExperimentInfo, Map<String, DatasetInput>> datasetsOf = new java.util.IdentityHashMap<>();

    /** Reads one run folder; {@code null} when its meta.yaml cannot be read. */
    private RunData readRun(Path dir, ExperimentInfo experiment) throws IOException {
        Path metaFile = dir.resolve(META);
        String where = metaFile.toString();
        log.records++;
        FlatYaml meta;
        try {
            meta = FlatYaml.read(metaFile, log.problems::add);
        } catch (IOException e) {
            log.skip(where, 0, 0, "cannot be read (" + e.getMessage() + "); run skipped");
            return null;
        }
        String id = meta.get("run_id") != null ? meta.get("run_id") : meta.get("run_uuid");
        long line = meta.line(meta.get("run_id") != null ? "run_id" : "run_uuid");
        if (id == null) {
            // MLflow names each run folder by its run id, so the folder name is the id the run was created with.
            id = dir.getFileName().toString();
            log.warning(where, 0, 0, "has neither run_id nor run_uuid; the run folder name " + id
                    + " is used as the run id");
        }
        RunData run = new RunData(id, where, line, 0);
        run.experimentId = meta.get("experiment_id");
        run.name = meta.get("run_name") != null ? meta.get("run_name") : meta.get("name");
        run.user = meta.get("user_id");
        String statusText = meta.get("status");
        Status status = MlflowMapping.status(statusText);
        if (statusText != null && status == null) {
            log.warning(where, meta.line("status"), 0, "unknown run status '" + statusText
                    + "' (expected 1 RUNNING, 2 SCHEDULED, 3 FINISHED, 4 FAILED or 5 KILLED); read as UNKNOWN, the"
                    + " text kept as mlflow.status");
            run.info.put("status", statusText);
        }
        run.status = status != null ? status : Status.UNKNOWN;
        run.startedAt = seconds(meta, "start_time", where, run);
        run.endedAt = seconds(meta, "end_time", where, run);
        for (String key : new String[] {"artifact_uri", "lifecycle_stage", "source_name", "entry_point_name",
                "source_version"}) {
            String value = meta.get(key);
            if (value != null && !value.isEmpty()) {
                run.info.put(key, value);
            }
        }
        readValues(dir.resolve("params"), run.params);
        readValues(dir.resolve("tags"), run.tags);
        readMetrics(dir.resolve("metrics"), run);
        readInputs(dir.resolve("inputs"), datasetsOf.getOrDefault(experiment, Map.of()), run);
        return run;
    }

    /** Reads a run's dataset inputs: each names a dataset of the experiment by its id. */
    private void readInputs(Path folder, Map<String, DatasetInput> known, RunData run) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        for (Path inputDir : sortedFolders(folder)) {
            Path meta = inputDir.resolve(META);
            if (!Files.isRegularFile(meta)) {
                continue;
            }
            log.records++;
            FlatYaml yaml = FlatYaml.read(meta, log.problems::add);
            if (yaml.get("source_type") != null && !"DATASET".equals(yaml.get("source_type"))) {
                continue; // model inputs of MLflow 3 are not datasets
            }
            DatasetInput dataset = known.get(yaml.get("source_id"));
            if (dataset == null) {
                log.warning(meta.toString(), yaml.line("source_id"), 0, "names dataset " + yaml.get("source_id")
                        + ", which is not in the experiment's datasets folder; input not imported");
                continue;
            }
            String tags = yaml.get("tags");
            java.util.regex.Matcher context = CONTEXT.matcher(tags == null ? "" : tags);
            run.inputs.add(dataset.in(context.find() ? context.group(1) : null));
        }
    }

    private double seconds(FlatYaml meta, String key, String where, RunData run) {
        String text = meta.get(key);
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Long.parseLong(text) / 1000.0;
        } catch (NumberFormatException e) {
            log.warning(where, meta.line(key), 0, key + " should be epoch milliseconds, found '" + text
                    + "'; the time is unknown, the text kept as mlflow." + key);
            run.info.put(key, text);
            return Double.NaN;
        }
    }

    /** Reads params or tags: one file a key, the file holding the raw value. */
    private void readValues(Path folder, Map<String, String> into) throws IOException {
        for (Path file : files(folder)) {
            log.records++;
            try {
                into.put(key(folder, file), readValue(file));
            } catch (CharacterCodingException e) {
                // Written by Python with a non-UTF-8 locale: the value is worth keeping as the likeliest text.
                into.put(key(folder, file), new String(Files.readAllBytes(file), WINDOWS_1252));
                log.warning(file.toString(), 0, 0, "is not UTF-8 text; read as Windows-1252");
            }
        }
    }

    private static String readValue(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private void readMetrics(Path folder, RunData run) throws IOException {
        for (Path file : files(folder)) {
            MetricHistory history = run.metric(key(folder, file));
            String where = file.toString();
            // Metric lines are ASCII: read byte for byte, a line with other bytes is one malformed sample, not the
            // end of the file.
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                long lineNumber = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    log.records++;
                    if (!sample(line, history)) {
                        log.skip(where, lineNumber, 0, "expected '<timestamp_ms> <value> [<step>]', found '"
                                + abbreviate(line.strip()) + "'; sample skipped");
                    }
                    if (log.records % CHECK_CANCEL_EVERY == 0 && log.isCanceled()) {
                        return;
                    }
                }
            }
            if (history.size() == 0) {
                run.metrics.remove(key(folder, file));
            }
        }
    }

    /** Parses one metric line as {@code FileStore._get_metric_from_line} does; false when malformed. */
    private static boolean sample(String line, MetricHistory history) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length != 2 && parts.length != 3) {
            return false;
        }
        try {
            long timestamp = Long.parseLong(parts[0]);
            double value = number(parts[1]);
            long step = parts.length == 3 ? Long.parseLong(parts[2]) : 0;
            history.add(timestamp, value, step);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A float as Python's {@code str()} writes it, {@code nan} and {@code inf} included. */
    static double number(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "nan", "-nan", "+nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static String key(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<Path> sortedFolders(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
