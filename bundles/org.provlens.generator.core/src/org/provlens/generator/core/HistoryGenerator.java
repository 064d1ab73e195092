package org.provlens.generator.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.provlens.generator.core.HpoCatalogue.Category;
import org.provlens.generator.core.HpoCatalogue.Family;
import org.provlens.generator.core.HpoCatalogue.Hyperparameter;
import org.provlens.generator.core.HpoCatalogue.Model;

/**
 * Writes a synthetic history of hyperparameter searches, as the tools teams use record them, deterministic for a
 * given {@link HistorySettings}: several hundred past pipelines (searches) over the thirty task families of
 * {@link HpoCatalogue}, each trial's outcome drawn from the known response surface of its task ({@link HpoTask}).
 *
 * <pre>
 * &lt;out&gt;/mlruns/                 MLflow file store: one experiment per task, whose tags say what the task is
 *                              (task.category, task.modality, task.domain, task.objective, and classes or sequence
 *                              length), a parent run per search and a nested run per trial (params: model and its
 *                              hyperparameters; metric: the objective), every trial logging the task's dataset as
 *                              input with its profile (num_rows, num_elements)
 * &lt;out&gt;/flowcept/                Flowcept JSONL buffer files, one per search: a workflow whose used holds the task
 *                              (task.* or dataset.*) and one task per trial (used: model and hyperparameters,
 *                              generated: the objective)
 * &lt;out&gt;/telemetry/emissions.csv  CodeCarbon rows, one per trial, its run_id the MLflow run or Flowcept task
 * </pre>
 *
 * Searches alternate between the two formats. Seven in ten are random searches, three in ten grids over the same
 * few values of each hyperparameter (as teams reuse grids, the same configuration recurs across tasks). The energy
 * file's folder sorts after the others, so importing the folder attaches energy to runs already read.
 */
public final class HistoryGenerator {

    /** The Flowcept campaign of the searches. */
    public static final String CAMPAIGN = "hpo-history";

    /** The grid values of every hyperparameter, in unit coordinates. */
    private static final double[] GRID = {0.2, 0.5, 0.8};

    private static final String USER = "jdoe";
    private static final String CODECARBON_EXPERIMENT = "7c1f3e2a-5b4d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final HistorySettings settings;
    private final List<HpoTask> tasks;

    /**
     * A generator of one history.
     *
     * @param settings what to write
     */
    public HistoryGenerator(HistorySettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        List<HpoTask> drawn = new ArrayList<>();
        int index = 0;
        for (Family family : HpoCatalogue.FAMILIES) {
            for (int k = 0; k < settings.tasksPerFamily(); k++) {
                String name = String.format(Locale.ROOT, "%s-%02d", family.name(), k + 1);
                drawn.add(HpoTask.draw(name, family, settings.seed(), Rng.of(settings.seed(), 201, index++), false));
            }
        }
        this.tasks = List.copyOf(drawn);
    }

    /**
     * The tasks of the history.
     *
     * @return one per family and index, in family order
     */
    public List<HpoTask> tasks() {
        return tasks;
    }

    /**
     * Tasks the history does not hold, for evaluating recommendations: drawn from the same families and sizes
     * ({@code far} false), or beyond the largest sizes of their category in a domain never seen ({@code far}
     * true), from streams the history does not use. Their surfaces come from the same world seed.
     *
     * @param seed the history's seed
     * @param count how many
     * @param far whether they lie outside the history
     * @return the tasks
     */
    public static List<HpoTask> newTasks(long seed, int count, boolean far) {
        List<HpoTask> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Rng rng = Rng.of(seed, far ? 307 : 305, i);
            Family family = HpoCatalogue.FAMILIES.get(rng.nextInt(HpoCatalogue.FAMILIES.size()));
            String name = String.format(Locale.ROOT, "%s-%s-%03d", far ? "far" : "new", family.name(), i + 1);
            list.add(HpoTask.draw(name, family, seed, rng, far));
        }
        return list;
    }

    /**
     * What {@link #write} wrote.
     *
     * @param tasks the tasks
     * @param pipelines the searches
     * @param trials the trials
     * @param mlflowRuns the MLflow runs (parents and trials)
     * @param flowceptTasks the Flowcept task records
     * @param files the files written
     */
    public record Result(int tasks, int pipelines, int trials, int mlflowRuns, int flowceptTasks, int files) {
        /**
         * A one-line summary.
         *
         * @return the counts
         */
        public String summary() {
            return String.format(Locale.ROOT, "%d tasks, %d searches, %d trials (%d MLflow runs, %d Flowcept tasks),"
                    + " %d files", tasks, pipelines, trials, mlflowRuns, flowceptTasks, files);
        }
    }

    /**
     * Writes the history into a folder (created; files of an earlier history of the same seed are replaced).
     *
     * @param folder the folder
     * @return the counts
     * @throws IOException when a file cannot be written
     */
    public Result write(Path folder) throws IOException {
        Writer writer = new Writer(folder);
        writer.run();
        return new Result(tasks.size(), writer.pipelines, writer.trials, writer.mlflowRuns, writer.flowceptTasks,
                writer.files);
    }

    /**
     * Command line: {@code --out DIR [--seed N] [--small]}.
     *
     * @param args the arguments
     * @throws IOException when the history cannot be written
     */
    public static void main(String[] args) throws IOException {
        PrintStream console = System.out;
        Path out = null;
        long seed = 24;
        boolean small = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--small" -> small = true;
                default -> {
                    System.err.println("usage: HistoryGenerator --out DIR [--seed N] [--small]");
                    System.exit(2);
                    return;
                }
            }
        }
        if (out == null) {
            System.err.println("usage: HistoryGenerator --out DIR [--seed N] [--small]");
            System.exit(2);
            return;
        }
        HistorySettings settings = small ? HistorySettings.small(seed) : HistorySettings.standard(seed);
        Result result = new HistoryGenerator(settings).write(out);
        console.println("wrote " + result.summary() + " to " + out);
    }

    /** One trial as planned: model, values by hyperparameter, outcome and energy. */
    private record Trial(String model, Map<String, Double> values, double metric, double joules, double start,
            double end) {
    }

    /** One writing of the history. */
    private final class Writer {
        private final Path mlruns;
        private final Path flowcept;
        private final Path emissionsFile;
        private final StringBuilder emissionRows = new StringBuilder();
        private double clock = settings.startEpochSeconds();
        int pipelines;
        int trials;
        int mlflowRuns;
        int flowceptTasks;
        int files;

        Writer(Path folder) throws IOException {
            mlruns = folder.resolve("mlruns");
            flowcept = folder.resolve("flowcept");
            emissionsFile = folder.resolve("telemetry").resolve("emissions.csv");
            Files.createDirectories(mlruns);
            Files.createDirectories(flowcept);
            Files.createDirectories(emissionsFile.getParent());
            write(mlruns.resolve("0").resolve("meta.yaml"), "artifact_location: file:./mlruns/0\n"
                    + "creation_time: " + millis(clock) + "\nexperiment_id: '0'\nlast_update_time: " + millis(clock)
                    + "\nlifecycle_stage: active\nname: Default\n");
            write(folder.resolve("README.md"), """
                    # A synthetic history of hyperparameter searches

                    Written by ProvLens's HistoryGenerator (org.provlens.generator.core), seed %d: %d tasks of %d
                    families. `mlruns/` is an MLflow file store, `flowcept/` holds Flowcept JSONL buffer files,
                    `telemetry/emissions.csv` CodeCarbon's energy of every trial. Open the folder in ProvLens
                    (`./provlens --open <folder>`) or ask for seeds: `./provlens recommend <folder> --like <run id>`.
                    """.formatted(settings.seed(), tasks.size(), HpoCatalogue.FAMILIES.size()));
        }

        void run() throws IOException {
            int global = 0;
            for (int t = 0; t < tasks.size(); t++) {
                HpoTask task = tasks.get(t);
                Rng plan = Rng.of(settings.seed(), 202, t);
                int searches = settings.minPipelines()
                        + plan.nextInt(settings.maxPipelines() - settings.minPipelines() + 1);
                String experimentId = Long.toString(100_000L + t);
                boolean experimentWritten = false;
                for (int p = 0; p < searches; p++, global++) {
                    Rng rng = Rng.of(settings.seed(), 203, global);
                    List<Trial> planned = plan(task, rng);
                    pipelines++;
                    trials += planned.size();
                    if (global % 2 == 0) {
                        if (!experimentWritten) {
                            experiment(task, experimentId, rng);
                            experimentWritten = true;
                        }
                        mlflowSearch(task, experimentId, p, planned, rng);
                    } else {
                        flowceptSearch(task, global, planned, rng);
                    }
                }
            }
            write(emissionsFile, "timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,"
                    + "cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,"
                    + "country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,"
                    + "codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,"
                    + "tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,"
                    + "ram_used_gb,on_cloud,pue,wue\n" + emissionRows);
        }

        /** The trials of one search: one to three models, random or grid configurations, noisy outcomes. */
        private List<Trial> plan(HpoTask task, Rng rng) {
            Category category = task.category();
            List<Model> models = new ArrayList<>(category.models());
            int chosen = 1 + rng.nextInt(Math.min(3, models.size()));
            List<Model> searched = new ArrayList<>();
            for (int i = 0; i < chosen; i++) {
                searched.add(models.remove(rng.nextInt(models.size())));
            }
            boolean grid = rng.chance(0.3);
            int count = settings.minTrials() + rng.nextInt(settings.maxTrials() - settings.minTrials() + 1);
            double noise = category.maximize() ? 0.006 : 0.015;
            List<Trial> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Model model = searched.get(i % searched.size());
                Map<String, Double> values = new LinkedHashMap<>();
                for (Hyperparameter h : model.parameters()) {
                    double u = grid ? GRID[rng.nextInt(GRID.length)] : rng.nextDouble();
                    values.put(h.name(), rounded(h, h.value(u), grid ? 3 : 4));
                }
                double quality = task.quality(model.name(), values) + noise * rng.gauss();
                double joules = task.energyJoules(model.name(), values) * Math.exp(0.15 * rng.gauss());
                double seconds = joules / category.watts();
                double start = clock + rng.uniform(5, 40);
                clock = start + seconds;
                list.add(new Trial(model.name(), values, round(task.metric(quality), 5), joules, start, clock));
            }
            clock += rng.uniform(600, 7200);
            return list;
        }

        // ------------------------------------------------------------------ MLflow

        private void experiment(HpoTask task, String id, Rng rng) throws IOException {
            Path dir = mlruns.resolve(id);
            write(dir.resolve("meta.yaml"), "artifact_location: file:./mlruns/" + id + "\ncreation_time: "
                    + millis(clock) + "\nexperiment_id: '" + id + "'\nlast_update_time: " + millis(clock)
                    + "\nlifecycle_stage: active\nname: " + task.name() + "\n");
            Map<String, Object> traits = task.traits();
            write(dir.resolve("tags/mlflow.note.content"), "Hyperparameter searches on " + task.name());
            for (String key : List.of("name", "category", "modality", "domain", "objective")) {
                write(dir.resolve("tags/task." + key), String.valueOf(traits.get(key)));
            }
            String secondary = task.category().secondary();
            if (!"features".equals(secondary)) {
                write(dir.resolve("tags/task." + secondary), String.valueOf(traits.get(secondary)));
            }
            long elements = (long) task.rows() * ("features".equals(secondary) ? (long) task.secondary() : 1);
            write(dir.resolve("datasets/" + datasetId(task) + "/meta.yaml"), "digest: " + rng.hex(8) + "\nname: "
                    + task.name() + "_train\nprofile: '{\"num_rows\": " + (long) task.rows() + ", \"num_elements\": "
                    + elements + "}'\nsource: '{\"uri\": \"s3://datasets/" + task.name()
                    + "/train.parquet\"}'\nsource_type: s3\n");
        }

        private String datasetId(HpoTask task) {
            return Rng.of(settings.seed(), 204, task.name().hashCode()).hex(32);
        }

        private void mlflowSearch(HpoTask task, String experimentId, int index, List<Trial> planned, Rng rng)
                throws IOException {
            Path experiment = mlruns.resolve(experimentId);
            String parent = rng.hexId();
            double start = planned.get(0).start() - 2;
            double end = planned.get(planned.size() - 1).end() + 1;
            Map<String, String> parentParams = new LinkedHashMap<>();
            parentParams.put("n_trials", Integer.toString(planned.size()));
            run(experiment, experimentId, parent, "hpo-search-" + (index + 1), start, end, parentParams,
                    Map.of(), null);
            mlflowRuns++;
            int k = 0;
            for (Trial trial : planned) {
                String id = rng.hexId();
                Map<String, String> params = new LinkedHashMap<>();
                params.put("model", trial.model());
                Model model = task.category().model(trial.model());
                for (Hyperparameter h : model.parameters()) {
                    params.put(h.name(), h.integer() ? text(trial.values().get(h.name()))
                            : JsonBuffer.pythonRepr(trial.values().get(h.name())));
                }
                run(experiment, experimentId, id, "trial-" + (++k), trial.start(), trial.end(), params,
                        Map.of(task.category().metric(), trial.metric()), parent);
                writeInput(experiment.resolve(id), task);
                emission(task, id, trial);
                mlflowRuns++;
            }
        }

        private void run(Path experiment, String experimentId, String id, String name, double start, double end,
                Map<String, String> params, Map<String, Double> metrics, String parent) throws IOException {
            Path dir = experiment.resolve(id);
            write(dir.resolve("meta.yaml"), "artifact_uri: file:./mlruns/" + experimentId + "/" + id + "/artifacts\n"
                    + "end_time: " + millis(end) + "\nentry_point_name: ''\nexperiment_id: '" + experimentId + "'\n"
                    + "lifecycle_stage: active\nrun_id: " + id + "\nrun_name: " + name + "\nrun_uuid: " + id + "\n"
                    + "source_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: " + millis(start) + "\n"
                    + "status: 3\ntags: []\nuser_id: " + USER + "\n");
            for (Map.Entry<String, String> e : params.entrySet()) {
                write(dir.resolve("params").resolve(e.getKey()), e.getValue());
            }
            for (Map.Entry<String, Double> e : metrics.entrySet()) {
                write(dir.resolve("metrics").resolve(e.getKey()), millis(end) + " " + JsonBuffer.pythonRepr(e.getValue())
                        + " 0\n");
            }
            write(dir.resolve("tags/mlflow.runName"), name);
            write(dir.resolve("tags/mlflow.user"), USER);
            write(dir.resolve("tags/mlflow.source.name"), "hpo.py");
            if (parent != null) {
                write(dir.resolve("tags/mlflow.parentRunId"), parent);
            }
        }

        private void writeInput(Path run, HpoTask task) throws IOException {
            String dataset = datasetId(task);
            String input = Rng.of(settings.seed(), 205, run.getFileName().toString().hashCode()).hex(32);
            write(run.resolve("inputs").resolve(input).resolve("meta.yaml"), "destination_id: " + dataset
                    + "\ndestination_type: RUN\nsource_id: " + dataset + "\nsource_type: DATASET\ntags:\n"
                    + "  mlflow.data.context: training\n");
        }

        // ------------------------------------------------------------------ Flowcept

        private void flowceptSearch(HpoTask task, int global, List<Trial> planned, Rng rng) throws IOException {
            String workflowId = rng.uuid();
            JsonBuffer line = new JsonBuffer(1 << 14);
            boolean datasetBlock = global % 4 == 3;
            line.obj().kv("type", "workflow").kv("workflow_id", workflowId).kv("campaign_id", CAMPAIGN)
                    .kv("name", "hpo search on " + task.name()).kv("subtype", "hpo_search");
            line.key("used").obj().key("task").obj();
            for (Map.Entry<String, Object> e : task.traits().entrySet()) {
                boolean size = e.getValue() instanceof Long;
                if (!(size && datasetBlock)) {
                    traitValue(line, e.getKey(), e.getValue());
                }
            }
            line.end();
            if (datasetBlock) {
                // Another team's habit: the sizes under the dataset, the task's kind under task.
                line.key("dataset").obj().kv("path", "/lustre/datasets/" + task.name() + "/train.parquet");
                for (Map.Entry<String, Object> e : task.traits().entrySet()) {
                    if (e.getValue() instanceof Long) {
                        traitValue(line, e.getKey(), e.getValue());
                    }
                }
                line.end();
            }
            line.kv("search_strategy", "bayesian").kv("n_trials", planned.size()).end();
            line.kv("user", USER).kv("flowcept_version", CampaignGenerator.FLOWCEPT_VERSION)
                    .kvf("utc_timestamp", planned.get(0).start() - 1, 6).end().newline();
            String host = String.format(Locale.ROOT, "node%03d", 1 + rng.nextInt(64));
            for (Trial trial : planned) {
                String id = rng.hexId();
                line.obj().kv("type", "task").kv("task_id", id).kv("workflow_id", workflowId)
                        .kv("campaign_id", CAMPAIGN).kv("activity_id", "hpo_trial").kv("subtype", "trial")
                        .kv("status", "FINISHED").kvf("submitted_at", trial.start() - 0.5, 6)
                        .kvf("started_at", trial.start(), 6).kvf("ended_at", trial.end(), 6)
                        .kvf("utc_timestamp", trial.end() + 0.01, 6).kv("hostname", host).kv("user", USER);
                line.key("used").obj().kv("model", trial.model());
                for (Hyperparameter h : task.category().model(trial.model()).parameters()) {
                    double value = trial.values().get(h.name());
                    if (h.integer()) {
                        line.kv(h.name(), (long) value);
                    } else {
                        line.kvp(h.name(), value);
                    }
                }
                line.end();
                line.key("generated").obj().kvp(task.category().metric(), trial.metric()).end().end().newline();
                emission(task, id, trial);
                flowceptTasks++;
            }
            Path file = flowcept.resolve("flowcept_buffer_" + workflowId + ".jsonl");
            try (OutputStream out = Files.newOutputStream(file)) {
                line.writeTo(out);
            }
            files++;
        }

        private void traitValue(JsonBuffer line, String key, Object value) {
            if (value instanceof Long number) {
                line.kv(key, number);
            } else {
                line.kv(key, String.valueOf(value));
            }
        }

        // ------------------------------------------------------------------ CodeCarbon

        private void emission(HpoTask task, String runId, Trial trial) {
            double kwh = trial.joules() / 3.6e6;
            double seconds = trial.end() - trial.start();
            boolean gpu = task.category().watts() > 500;
            double cpuShare = gpu ? 0.15 : 0.85;
            double ramShare = 0.05;
            double gpuShare = 1 - cpuShare - ramShare;
            double emissions = kwh * 0.056; // kg at 56 g/kWh (a French grid)
            emissionRows.append(LOCAL_TIME.format(Instant.ofEpochMilli((long) (trial.end() * 1000)))).append(',')
                    .append(task.name()).append(',').append(runId).append(',').append(CODECARBON_EXPERIMENT)
                    .append(',').append(text(round(seconds, 3))).append(',').append(sci(emissions)).append(',')
                    .append(sci(emissions / seconds)).append(',')
                    .append(text(round(trial.joules() * cpuShare / seconds, 3))).append(',')
                    .append(text(round(trial.joules() * gpuShare / seconds, 3))).append(',')
                    .append(text(round(trial.joules() * ramShare / seconds, 3))).append(',')
                    .append(sci(kwh * cpuShare)).append(',').append(sci(kwh * gpuShare)).append(',')
                    .append(sci(kwh * ramShare)).append(',').append(sci(kwh)).append(",0.0,France,FRA,"
                            + "île-de-france,,,Linux-6.8.0-40-generic-x86_64-with-glibc2.39,3.11.9,3.3.0,64,"
                            + "AMD EPYC 7763 64-Core Processor,")
                    .append(gpu ? "4,4 x NVIDIA A100-SXM4-80GB" : "0,").append(",2.3522,48.8566,503.3,machine,")
                    .append(gpu ? "18.0,93.0" : "88.0,0.0").append(",22.0,110.7,N,1.0,0.0\n");
        }

        // ------------------------------------------------------------------ files

        private void write(Path file, String text) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files++;
        }
    }

    private static long millis(double seconds) {
        return Math.round(seconds * 1000);
    }

    private static double rounded(Hyperparameter h, double value, int digits) {
        if (h.integer()) {
            return Math.rint(value);
        }
        return Double.parseDouble(String.format(Locale.ROOT, "%." + digits + "g", value));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.rint(value * scale) / scale;
    }

    /** A value as Python's {@code str()} of a number writes it (integral values of integer parameters bare). */
    private static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return JsonBuffer.pythonRepr(value);
    }

    private static String sci(double value) {
        return JsonBuffer.pythonRepr(value);
    }
}
