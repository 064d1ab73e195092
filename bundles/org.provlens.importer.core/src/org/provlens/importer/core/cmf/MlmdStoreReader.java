package org.provlens.importer.core.cmf;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.provlens.importer.core.cmf.CmfNode.Kind;
import org.provlens.importer.core.cmf.CmfNode.Where;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Reads a local CMF store, the ML Metadata (MLMD) SQLite database CMF writes ({@code ./mlmd}), into the same
 * {@link CmfNode} trees as an export, following {@code cmfquery.dumptojson}: pipelines are contexts of type
 * {@code Parent_Context}, their stages the child contexts ({@code ParentContext}), a stage's executions those
 * associated with it ({@code Association}), and an execution's events name its input and output artifacts.
 *
 * <p>The store is opened read-only: CMF may be writing it. It is opened through {@link SQLiteDataSource} rather than
 * {@code DriverManager}, which does not see JDBC drivers of other bundles under OSGi. Columns are read by name from
 * {@code SELECT *}, so stores of older MLMD schema versions that lack a column still read.</p>
 */
final class MlmdStoreReader {

    /** The first bytes of every SQLite 3 database file. */
    static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The context type of CMF pipelines (metadata_helper.PARENT_CONTEXT_TYPE_NAME). */
    private static final String PIPELINE_TYPE = "Parent_Context";

    /** The tables without which a store cannot be read as CMF pipelines. */
    private static final List<String> REQUIRED_TABLES = List.of("Type", "Context", "ParentContext", "Association",
            "Event");

    /** Ids listed in a problem about many rows. */
    private static final int MAX_LISTED_IDS = 10;

    private final Path file;
    private final String source;
    private final CmfMapper session;
    private final Map<Long, String> typeNames = new HashMap<>();
    private final Map<Long, CmfNode> contexts = new TreeMap<>();
    private final Map<Long, CmfNode> executions = new TreeMap<>();
    private final Map<Long, CmfNode> artifacts = new HashMap<>();

    private MlmdStoreReader(Path file, CmfMapper session) {
        this.file = file;
        this.source = file.toString();
        this.session = session;
    }

    /** A row of a query; columns are lower-case names. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row, Set<String> columns) throws SQLException;
    }

    /**
     * Whether a file is an MLMD store: an SQLite database with MLMD's Execution and Artifact tables.
     *
     * @param file the file
     * @return false for other databases and for files that cannot be opened
     */
    static boolean isMlmdStore(Path file) {
        try (Connection connection = open(file)) {
            return tables(connection).containsAll(Set.of("execution", "artifact"));
        } catch (SQLException notADatabase) {
            // Not a database we can open: then it is not a store this importer reads, which is all canRead says.
            return false;
        }
    }

    /**
     * Why an SQLite file is not an MLMD store this importer reads.
     *
     * @param file an SQLite file
     * @return e.g. {@code SQLite, but not an MLMD store: no Artifact/Execution/Event tables}
     */
    static String whyNotMlmd(Path file) {
        try (Connection connection = open(file)) {
            Set<String> tables = tables(connection);
            List<String> missing = Stream.concat(Stream.of("Artifact", "Execution"),
                    REQUIRED_TABLES.stream()).distinct().filter(t -> !tables.contains(t.toLowerCase(Locale.ROOT)))
                    .toList();
            return missing.isEmpty() ? "an MLMD store, yet not recognised"
                    : "SQLite, but not an MLMD store: no " + String.join("/", missing) + " table"
                            + (missing.size() == 1 ? "" : "s");
        } catch (SQLException e) {
            return "SQLite header, but the database cannot be opened (" + e.getMessage() + ")";
        }
    }

    /**
     * Reads a store; problems go to the session.
     *
     * @param file the store
     * @param session receives problems
     * @return the pipelines with their stages, executions and events
     */
    static List<CmfNode> read(Path file, CmfMapper session) {
        return new MlmdStoreReader(file, session).read();
    }

    private static Connection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource.getConnection();
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                // SQLite table names are case-insensitive.
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private List<CmfNode> read() {
        try (Connection connection = open(file)) {
            Set<String> tables = tables(connection);
            if (!tables.containsAll(Set.of("execution", "artifact"))) {
                session.error(session.file(), "not an MLMD store (no Execution/Artifact tables); nothing imported");
                return List.of();
            }
            List<String> missing = REQUIRED_TABLES.stream()
                    .filter(t -> !tables.contains(t.toLowerCase(Locale.ROOT))).toList();
            if (!missing.isEmpty()) {
                session.error(session.file(), "MLMD store without the table(s) " + String.join(", ", missing)
                        + " that CMF writes; nothing imported");
                return List.of();
            }
            readTable(connection, "Type", "SELECT id, name FROM `Type`",
                    (row, columns) -> typeNames.put(row.getLong("id"), row.getString("name")));
            readNodes(connection, "Context", Kind.PIPELINE, contexts);
            readProperties(connection, "ContextProperty", "context_id", contexts);
            readNodes(connection, "Execution", Kind.EXECUTION, executions);
            readProperties(connection, "ExecutionProperty", "execution_id", executions);
            readNodes(connection, "Artifact", Kind.ARTIFACT, artifacts);
            readProperties(connection, "ArtifactProperty", "artifact_id", artifacts);
            List<CmfNode> pipelines = structure(connection);
            readEvents(connection);
            return pipelines;
        } catch (SQLException e) {
            session.error(session.file(), "cannot be read as an SQLite database (" + e.getMessage()
                    + "); nothing imported");
            return List.of();
        }
    }

    /** Builds pipeline to stage to execution from the context tree and the associations. */
    private List<CmfNode> structure(Connection connection) {
        List<CmfNode> pipelines = new ArrayList<>();
        contexts.values().forEach(context -> {
            if (PIPELINE_TYPE.equals(context.attrs.get("type"))) {
                pipelines.add(context);
            }
        });
        Set<CmfNode> isPipeline = new HashSet<>(pipelines);
        Map<Long, CmfNode> stages = new HashMap<>();
        readTable(connection, "ParentContext", "SELECT * FROM `ParentContext` ORDER BY context_id", (row, columns) -> {
            long childId = row.getLong("context_id");
            CmfNode parent = contexts.get(row.getLong("parent_context_id"));
            CmfNode child = contexts.get(childId);
            if (parent != null && child != null && isPipeline.contains(parent) && !isPipeline.contains(child)
                    && !stages.containsKey(childId)) {
                // The context was read before it was known to be a stage: a stage node shares its attributes.
                CmfNode stage = new CmfNode(Kind.STAGE, child.where);
                stage.attrs.putAll(child.attrs);
                stage.complete = true;
                stages.put(childId, stage);
                parent.children.add(stage);
            }
        });
        Set<Long> placed = new HashSet<>();
        readTable(connection, "Association", "SELECT * FROM `Association` ORDER BY execution_id", (row, columns) -> {
            long executionId = row.getLong("execution_id");
            CmfNode stage = stages.get(row.getLong("context_id"));
            CmfNode execution = executions.get(executionId);
            if (stage != null && execution != null && placed.add(executionId)) {
                stage.children.add(execution);
            }
        });
        List<Long> orphans = executions.keySet().stream().filter(id -> !placed.contains(id)).toList();
        if (!orphans.isEmpty()) {
            session.lost(new Where(source + " table Execution", 0, orphans.get(0), null), orphans.size(),
                    orphans.size() + " execution(s) with id " + list(orphans) + " belong to no CMF pipeline stage (a "
                            + PIPELINE_TYPE + " context's child in ParentContext, through Association);"
                            + " not imported");
        }
        return pipelines;
    }

    private void readEvents(Connection connection) {
        readTable(connection, "Event", "SELECT * FROM `Event` ORDER BY id", (row, columns) -> {
            long id = row.getLong("id");
            CmfNode execution = executions.get(row.getLong("execution_id"));
            CmfNode artifact = artifacts.get(row.getLong("artifact_id"));
            Where where = new Where(source + " table Event", 0, id, null);
            if (execution == null) {
                session.warning(where, "names execution_id " + row.getLong("execution_id")
                        + ", which is not in table Execution; ignored");
                return;
            }
            if (artifact == null) {
                session.error(where, "names artifact_id " + row.getLong("artifact_id")
                        + ", which is not in table Artifact; the link was not imported");
                return;
            }
            CmfNode event = new CmfNode(Kind.EVENT, where);
            event.attrs.put("type", row.getLong("type"));
            Object time = value(row, columns, "milliseconds_since_epoch");
            if (time != null) {
                event.attrs.put("milliseconds_since_epoch", time);
            }
            event.artifact = artifact;
            event.complete = true;
            execution.children.add(event);
        });
    }

    /** Reads Context, Execution or Artifact rows into nodes with dumptojson's attribute names. */
    private void readNodes(Connection connection, String table, Kind kind, Map<Long, CmfNode> into) {
        readTable(connection, table, "SELECT * FROM `" + table + "` ORDER BY id", (row, columns) -> {
            long id = row.getLong("id");
            CmfNode node = new CmfNode(kind, new Where(source + " table " + table, 0, id, null));
            node.attrs.put("id", id);
            long typeId = row.getLong("type_id");
            String typeName = typeNames.get(typeId);
            if (typeName != null) {
                node.attrs.put("type", typeName);
            }
            node.attrs.put("type_id", typeId);
            for (String column : new String[] {"name", "uri", "last_known_state", "create_time_since_epoch",
                    "last_update_time_since_epoch"}) {
                Object value = value(row, columns, column);
                if (value != null && !"".equals(value)) {
                    node.attrs.put(column, value);
                }
            }
            node.attrs.put("properties", new LinkedHashMap<String, Object>());
            node.attrs.put("custom_properties", new LinkedHashMap<String, Object>());
            node.complete = true;
            into.put(id, node);
        });
    }

    /** Reads a property table into the {@code properties} and {@code custom_properties} maps of the owners. */
    private void readProperties(Connection connection, String table, String ownerColumn, Map<Long, CmfNode> owners) {
        readTable(connection, table, "SELECT * FROM `" + table + "`", (row, columns) -> {
            CmfNode owner = owners.get(row.getLong(ownerColumn));
            Object value = propertyValue(row, columns);
            if (owner == null || value == null) {
                return;
            }
            boolean custom = row.getInt("is_custom_property") != 0;
            String name = row.getString("name");
            // dumptojson renames the custom property "type" so it cannot be taken for the node's type; do the
            // same so that a store and its export give the same keys.
            if (custom && "type".equals(name)) {
                name = "user_type";
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map =
                    (Map<String, Object>) owner.attrs.get(custom ? "custom_properties" : "properties");
            map.put(name, value);
        });
    }

    /** A property's value as CMF's {@code _copy} reads it: string, else int, else double (bool for other writers). */
    private static Object propertyValue(ResultSet row, Set<String> columns) throws SQLException {
        for (String column : new String[] {"string_value", "int_value", "double_value", "bool_value"}) {
            Object value = value(row, columns, column);
            if (value != null) {
                if ("bool_value".equals(column)) {
                    return value instanceof Number number ? (Object) (number.longValue() != 0) : value;
                }
                return value;
            }
        }
        return null;
    }

    /** A column's value, integers as Long; {@code null} when the column is absent or NULL. */
    private static Object value(ResultSet row, Set<String> columns, String column) throws SQLException {
        if (!columns.contains(column)) {
            return null;
        }
        Object value = row.getObject(column);
        return value instanceof Integer i ? (Object) i.longValue() : value;
    }

    /**
     * Runs a query row by row. A table that cannot be read is reported and skipped, so what the other tables hold
     * is still imported.
     */
    private void readTable(Connection connection, String table, String query, RowReader reader) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData meta = rows.getMetaData();
            Set<String> columns = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            while (rows.next()) {
                try {
                    reader.read(rows, columns);
                } catch (SQLException | RuntimeException e) {
                    // A row of unexpected types (SQLite keeps any value in any column) costs only itself.
                    Object id = columns.contains("id") ? rows.getObject("id") : null;
                    session.error(new Where(source + " table " + table, 0, id instanceof Number n ? n.longValue()
                            : rows.getRow(), null), "row cannot be read (" + e.getMessage() + "); not imported");
                }
            }
        } catch (SQLException e) {
            session.error(new Where(source + " table " + table, 0, 0, null), "cannot be read (" + e.getMessage()
                    + "); what it holds was not imported");
        }
    }

    private static String list(List<Long> ids) {
        List<Long> sorted = ids.stream().sorted(Comparator.naturalOrder()).limit(MAX_LISTED_IDS).toList();
        String text = sorted.toString();
        return ids.size() > MAX_LISTED_IDS ? text.substring(0, text.length() - 1) + ", ...]" : text;
    }
}
