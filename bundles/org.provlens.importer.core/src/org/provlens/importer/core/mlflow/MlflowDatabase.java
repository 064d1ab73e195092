package org.provlens.importer.core.mlflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.provlens.importer.core.internal.RecordValues;
import org.provlens.model.Campaign;
import org.provlens.model.Status;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Reads MLflow's SQLite tracking database ({@code mlflow server --backend-store-uri sqlite:///mlflow.db}), the
 * store MLflow moved to when the file store was deprecated. Tables and columns are those of MLflow's
 * {@code tests/db/schemas/sqlite.sql}: {@code experiments}, {@code experiment_tags}, {@code runs},
 * {@code params}, {@code tags} and {@code metrics(key, value, timestamp, run_uuid, step, is_nan)}. Columns are
 * looked up by name, so databases of older schema revisions (without {@code step} or {@code is_nan}) read too.
 *
 * <p>The database is opened read-only: a tracking server may be writing to it, and an import must never change
 * the user's data. Problems name the table and the row id.</p>
 */
final class MlflowDatabase {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Metric rows between progress reports and cancellation checks. */
    private static final int ROWS_PER_TICK = 1024;

    private final ImportLog log;
    private final MlflowMapping mapping;
    private final String file;

    MlflowDatabase(Path file, ImportLog log, MlflowMapping mapping) {
        this.file = file.toString();
        this.log = log;
        this.mapping = mapping;
    }

    /**
     * Whether a file starts like a SQLite database.
     *
     * @param head the first bytes of the file
     * @return true for the SQLite 3 header
     */
    static boolean hasSqliteHeader(byte[] head) {
        return head.length >= SQLITE_HEADER.length
                && Arrays.equals(head, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length);
    }

    /**
     * Whether a SQLite file is an MLflow tracking database: it has MLflow's runs and metrics tables (CMF's MLMD
     * store, the other SQLite format ProvLens reads, has neither).
     *
     * @param path the file
     * @return true when it opens and has both tables
     */
    static boolean isTrackingDatabase(Path path) {
        Set<String> tables = tablesOf(path);
        return tables != null && tables.contains("runs") && tables.contains("metrics");
    }

    /**
     * The tables of a SQLite file, for recognition.
     *
     * @param path the file
     * @return the table names in lower case, {@code null} when it does not open as SQLite
     */
    static Set<String> tablesOf(Path path) {
        try (Connection connection = open(path)) {
            return tables(connection);
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Opens a database read-only through a data source: {@code DriverManager} finds no drivers under OSGi.
     *
     * @param path the file
     * @return the connection
     * @throws SQLException when it cannot be opened
     */
    static Connection open(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + path.toAbsolutePath());
        return source.getConnection();
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * Reads every experiment and run of the database.
     *
     * @param path the database file
     * @throws IOException when the file cannot be opened as a SQLite database
     */
    void read(Path path) throws IOException {
        Connection connection;
        try {
            connection = open(path);
        } catch (SQLException e) {
            throw new IOException("cannot be opened as a SQLite database: " + e.getMessage(), e);
        }
        Map<String, ExperimentInfo> experiments = new HashMap<>();
        Map<String, RunData> runs = new LinkedHashMap<>();
        try (connection) {
            Set<String> tables = tables(connection);
            if (!tables.contains("runs") || !tables.contains("metrics")) {
                log.error(file, "not an MLflow tracking database: expected the tables runs and metrics, found "
                        + (tables.isEmpty() ? "no tables" : String.join(", ", tables)));
                return;
            }
            if (tables.contains("experiments")) {
                experiments(connection, tables.contains("experiment_tags"), experiments);
            }
            runs(connection, runs);
            long metricRows = maxRowId(connection, "metrics");
            log.monitor.beginTask("Importing MLflow runs from " + path.getFileName(),
                    (int) Math.min(Integer.MAX_VALUE - runs.size(), metricRows / ROWS_PER_TICK + runs.size() + 1));
            if (tables.contains("params")) {
                keyValues(connection, "params", runs, run -> run.params);
            }
            if (tables.contains("tags")) {
                keyValues(connection, "tags", runs, run -> run.tags);
            }
            if (tables.contains("datasets") && tables.contains("inputs")) {
                inputs(connection, tables.contains("input_tags"), runs);
            }
            metrics(connection, runs);
        } catch (SQLException e) {
            log.error(file, "reading the database failed (" + e.getMessage()
                    + "); what was read before was imported");
        }
        Map<String, Campaign> campaigns = new HashMap<>();
        for (RunData run : runs.values()) {
            ExperimentInfo experiment = experiments.getOrDefault(String.valueOf(run.experimentId),
                    new ExperimentInfo(run.experimentId, null, null, null));
            mapping.run(run, campaigns.computeIfAbsent(String.valueOf(run.experimentId),
                    k -> mapping.campaign(experiment)), experiment);
            log.monitor.worked(1);
        }
    }

    private void experiments(Connection connection, boolean withTags, Map<String, ExperimentInfo> experiments)
            throws SQLException {
        Map<String, Map<String, String>> tags = new HashMap<>();
        if (withTags) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM experiment_tags")) {
                Columns columns = new Columns(rows);
                while (rows.next()) {
                    log.records++;
                    String key = columns.text(rows, "key");
                    if (key != null) {
                        tags.computeIfAbsent(columns.text(rows, "experiment_id"), k -> new LinkedHashMap<>())
                                .put(key, columns.text(rows, "value"));
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM experiments")) {
            Columns columns = new Columns(rows);
            while (rows.next()) {
                log.records++;
                String id = columns.text(rows, "experiment_id");
                Map<String, String> own = tags.getOrDefault(id, Map.of());
                experiments.put(id, new ExperimentInfo(id, columns.text(rows, "name"),
                        columns.text(rows, "artifact_location"), own.get(MlflowMapping.TAG_NOTE), own));
            }
        }
    }

    private void runs(Connection connection, Map<String, RunData> runs) throws SQLException {
        String where = file + " table runs";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rowid AS provlens_rowid, * FROM runs")) {
            Columns columns = new Columns(rows);
            while (rows.next()) {
                log.records++;
                long rowId = rows.getLong("provlens_rowid");
                String id = columns.text(rows, "run_uuid");
                if (id == null || id.isEmpty()) {
                    log.skip(where, 0, rowId, "run without run_uuid; skipped");
                    continue;
                }
                RunData run = new RunData(id, where, 0, rowId);
                run.experimentId = columns.text(rows, "experiment_id");
                run.name = columns.text(rows, "name");
                run.user = columns.text(rows, "user_id");
                String statusText = columns.text(rows, "status");
                Status status = MlflowMapping.status(statusText);
                if (statusText != null && status == null) {
                    log.warning(where, 0, rowId, "unknown run status '" + statusText + "' of run " + id
                            + " (expected RUNNING, SCHEDULED, FINISHED, FAILED or KILLED); read as UNKNOWN, the"
                            + " text kept as mlflow.status");
                    run.info.put("status", statusText);
                }
                run.status = status != null ? status : Status.UNKNOWN;
                run.startedAt = columns.seconds(rows, "start_time");
                run.endedAt = columns.seconds(rows, "end_time");
                for (String key : new String[] {"artifact_uri", "lifecycle_stage", "source_type", "source_name",
                        "entry_point_name", "source_version"}) {
                    String value = columns.text(rows, key);
                    if (value != null && !value.isEmpty()) {
                        run.info.put(key, value);
                    }
                }
                runs.put(id, run);
            }
        }
    }

    private void keyValues(Connection connection, String table, Map<String, RunData> runs,
            Function<RunData, Map<String, String>> target) throws SQLException {
        String where = file + " table " + table;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rowid AS provlens_rowid, * FROM " + table)) {
            Columns columns = new Columns(rows);
            while (rows.next()) {
                log.records++;
                long rowId = rows.getLong("provlens_rowid");
                String runId = columns.text(rows, "run_uuid");
                RunData run = runs.get(runId);
                String key = columns.text(rows, "key");
                if (run == null) {
                    log.skip(where, 0, rowId, "names run " + runId + ", which is not in table runs; skipped");
                } else if (key == null) {
                    log.skip(where, 0, rowId, "row without key; skipped");
                } else {
                    target.apply(run).put(key, columns.text(rows, "value"));
                }
            }
        }
    }

    /** Reads the datasets runs logged as inputs (tables datasets, inputs and input_tags of MLflow 2.4 and later). */
    private void inputs(Connection connection, boolean withTags, Map<String, RunData> runs) throws SQLException {
        Map<String, DatasetInput> datasets = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM datasets")) {
            Columns columns = new Columns(rows);
            while (rows.next()) {
                log.records++;
                datasets.put(columns.text(rows, "dataset_uuid"), new DatasetInput(columns.text(rows, "name"),
                        columns.text(rows, "digest"), columns.text(rows, "dataset_source_type"),
                        columns.text(rows, "dataset_source"), columns.text(rows, "dataset_schema"),
                        columns.text(rows, "dataset_profile"), null));
            }
        }
        Map<String, String> contexts = new HashMap<>();
        if (withTags) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM input_tags")) {
                Columns columns = new Columns(rows);
                while (rows.next()) {
                    if ("mlflow.data.context".equals(columns.text(rows, "name"))) {
                        contexts.put(columns.text(rows, "input_uuid"), columns.text(rows, "value"));
                    }
                }
            }
        }
        String where = file + " table inputs";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rowid AS provlens_rowid, * FROM inputs")) {
            Columns columns = new Columns(rows);
            while (rows.next()) {
                log.records++;
                if (!"DATASET".equals(columns.text(rows, "source_type"))
                        || !"RUN".equals(columns.text(rows, "destination_type"))) {
                    continue; // MLflow 3 also links models to runs here
                }
                long rowId = rows.getLong("provlens_rowid");
                RunData run = runs.get(columns.text(rows, "destination_id"));
                DatasetInput dataset = datasets.get(columns.text(rows, "source_id"));
                if (run == null) {
                    log.skip(where, 0, rowId, "names run " + columns.text(rows, "destination_id")
                            + ", which is not in table runs; skipped");
                } else if (dataset == null) {
                    log.skip(where, 0, rowId, "names dataset " + columns.text(rows, "source_id")
                            + ", which is not in table datasets; skipped");
                } else {
                    run.inputs.add(dataset.in(contexts.get(columns.text(rows, "input_uuid"))));
                }
            }
        }
    }

    private void metrics(Connection connection, Map<String, RunData> runs) throws SQLException {
        String where = file + " table metrics";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT rowid AS provlens_rowid, * FROM metrics")) {
            Columns columns = new Columns(rows);
            int key = columns.index("key");
            int value = columns.index("value");
            int timestamp = columns.index("timestamp");
            int step = columns.index("step");
            int isNan = columns.index("is_nan");
            int runUuid = columns.index("run_uuid");
            if (key < 0 || value < 0 || timestamp < 0 || runUuid < 0) {
                log.error(where, "expected the columns key, value, timestamp and run_uuid; metrics not imported");
                return;
            }
            // Rows of one run and key are usually adjacent: remember the last history to skip two map lookups.
            String lastRun = null;
            String lastKey = null;
            MetricHistory history = null;
            int sinceTick = 0;
            while (rows.next()) {
                log.records++;
                long rowId = rows.getLong("provlens_rowid");
                String runId = rows.getString(runUuid);
                String name = rows.getString(key);
                Object raw = rows.getObject(value);
                Object time = rows.getObject(timestamp);
                double number = numeric(raw);
                if (runId == null || !runId.equals(lastRun) || name == null || !name.equals(lastKey)) {
                    RunData run = runs.get(runId);
                    if (run == null) {
                        log.skip(where, 0, rowId, "names run " + runId + ", which is not in table runs; skipped");
                        lastRun = null;
                        continue;
                    }
                    if (name == null) {
                        log.skip(where, 0, rowId, "metric without key; skipped");
                        lastRun = null;
                        continue;
                    }
                    lastRun = runId;
                    lastKey = name;
                    history = run.metric(name);
                }
                boolean nan = isNan >= 0 && truthy(rows.getObject(isNan));
                if (!(time instanceof Number)) {
                    log.skip(where, 0, rowId, "metric " + name + " of run " + runId
                            + " has no numeric timestamp (found " + describe(time) + "); sample skipped");
                } else if (!nan && Double.isNaN(number)) {
                    log.skip(where, 0, rowId, "metric " + name + " of run " + runId + " has value " + describe(raw)
                            + ", expected a number; sample skipped");
                } else {
                    Object stepValue = step >= 0 ? rows.getObject(step) : null;
                    history.add(((Number) time).longValue(), nan ? Double.NaN : number,
                            stepValue instanceof Number n ? n.longValue() : 0);
                }
                if (++sinceTick == ROWS_PER_TICK) {
                    sinceTick = 0;
                    log.monitor.worked(1);
                    if (log.isCanceled()) {
                        break;
                    }
                }
            }
        }
        runs.values().forEach(run -> run.metrics.values().removeIf(h -> h.size() == 0));
    }

    private static long maxRowId(Connection connection, String table) throws SQLException {
        // max(rowid) reads one b-tree page, where count(*) would scan a table of millions of samples.
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT max(rowid) FROM " + table)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** A number from a REAL, INTEGER or numeric TEXT value; NaN otherwise. */
    private static double numeric(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return MlflowFileStore.number(s.strip());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static boolean truthy(Object value) {
        return value instanceof Number n ? n.intValue() != 0
                : value instanceof String s && (s.equals("1") || s.equalsIgnoreCase("true"));
    }

    private static String describe(Object value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    /** Column positions by lower-case name, so schema revisions with more or fewer columns read alike. */
    private static final class Columns {
        private final Map<String, Integer> positions = new HashMap<>();

        Columns(ResultSet rows) throws SQLException {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                positions.putIfAbsent(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
        }

        int index(String name) {
            return positions.getOrDefault(name, -1);
        }

        String text(ResultSet rows, String name) throws SQLException {
            int index = index(name);
            if (index < 0) {
                return null;
            }
            Object value = rows.getObject(index);
            return value == null ? null : value instanceof Double d ? RecordValues.decimal(d) : value.toString();
        }

        double seconds(ResultSet rows, String name) throws SQLException {
            int index = index(name);
            Object value = index < 0 ? null : rows.getObject(index);
            return value instanceof Number n ? n.longValue() / 1000.0 : Double.NaN;
        }
    }
}
