package org.provlens.importer.core.cmf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.internal.JsonRecovery;

/**
 * Imports provenance recorded by CMF, HPE's Common Metadata Framework, from any of the three places it lives:
 * <ul>
 * <li>a metadata export, {@code {"Pipeline": [...]}} as written by {@code cmf metadata export} or
 * {@code cmfquery.dumptojson};</li>
 * <li>the local store, the MLMD SQLite database CMF records into (usually {@code ./mlmd}), read read-only;</li>
 * <li>the CMF server's executions or artifacts listing, {@code {"total_items": n, "items": [...]}}.</li>
 * </ul>
 *
 * <p>Mapping. A pipeline becomes a campaign ({@code cmf:<pipeline>}) holding one workflow
 * ({@code cmf-pipeline:<pipeline>}): CMF records no run entity above the execution, the pipeline context is the
 * unit that holds every stage, and each execution is itself one run of its stage. Stages become tasks
 * ({@code cmf-stage:<pipeline>/<stage>}, activity the stage name) and their executions child tasks, identified by
 * their first {@code Execution_uuid} (else {@code cmf-execution:<pipeline>:<id>}), activity the execution type.
 * Execution custom properties (hyperparameters) become typed parameters, CMF's properties (Git_Repo,
 * Git_Start_Commit, the command line, ...) properties. Input events (type 3) become used links, output events
 * (type 4) generated links. An artifact's identity is its CMF {@code uri}, the DVC content hash (or a uuid for
 * metrics), so an artifact shared by several executions, stages or sources is one artifact and lineage connects the
 * stages; its name {@code path:hash} gives its display name and path, its type its kind. The custom properties of a
 * {@code Metrics} artifact become metrics of the execution that generated it. CMF times are milliseconds: creation
 * is an execution's start, its last update or last event its end.</p>
 *
 * <p>The export and the store of the same pipeline give the same elements, so importing both, or one again,
 * changes nothing. Bad input never loses good records: a truncated export, an event whose artifact has no uri, a
 * store row that names a missing row are reported with file and line, or file, table and row id, and everything
 * else is imported.</p>
 */
public final class CmfImporter implements ProvenanceImporter {

    /** The format name shown to users. */
    public static final String FORMAT = "CMF";

    /** Prefix of the campaign id of a pipeline. */
    public static final String CAMPAIGN_PREFIX = "cmf:";

    /** Prefix of the workflow id of a pipeline. */
    public static final String WORKFLOW_PREFIX = "cmf-pipeline:";

    /** Prefix of the task id of a stage. */
    public static final String STAGE_PREFIX = "cmf-stage:";

    /** Prefix of the task id of an execution without {@code Execution_uuid}. */
    public static final String EXECUTION_PREFIX = "cmf-execution:";

    /** dumptojson's first key; {@code cmf metadata export} indents it. */
    private static final Pattern EXPORT_START = Pattern.compile("^\\{\\s*\"Pipeline\"\\s*:\\s*\\[");

    /** The first key of an export, whatever it says: a flipped byte in {@code Pipeline} must not hide the export. */
    private static final Pattern FIRST_KEY = Pattern.compile("^\\{\\s*\"([^\"]{1,16})\"\\s*:\\s*\\[");

    /** Keys only CMF's server listings have. */
    private static final List<String> LISTING_KEYS = List.of("\"Execution_uuid\"", "\"Context_Type\"",
            "\"execution_type_name\"", "\"execution_properties\"", "\"artifact_properties\"");

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Whether a file is a CMF export, MLMD store or server listing. An SQLite file is opened to look for MLMD's
     * tables, so that other SQLite files (MLflow's, say) are left to their importers.
     *
     * @param file the file
     * @param head its first bytes
     * @return true when it is CMF provenance
     */
    @Override
    public boolean canRead(Path file, byte[] head) {
        if (isSqlite(head)) {
            return MlmdStoreReader.isMlmdStore(file);
        }
        String text = text(head);
        return isExport(text) || isListing(text);
    }

    /**
     * Why a file is not CMF: an SQLite database without MLMD's tables, a file that is not JSON, or JSON of another
     * shape.
     *
     * @param file the file or directory
     * @param head its first bytes
     * @return the reason
     */
    @Override
    public String whyNot(Path file, byte[] head) {
        if (Files.isDirectory(file)) {
            return "a directory; CMF provenance is an export JSON file, an MLMD SQLite file or a server listing";
        }
        if (isSqlite(head)) {
            return MlmdStoreReader.whyNotMlmd(file);
        }
        String error = JsonRecovery.firstError(head);
        if (error != null) {
            return "not JSON: " + error;
        }
        return text(head).isEmpty() ? "empty"
                : "JSON, but neither a CMF metadata export {\"Pipeline\": [...]} nor a CMF server listing"
                        + " {\"items\": [...]} of executions or artifacts";
    }

    /**
     * Imports an export, a store or a listing.
     *
     * @param file what to import
     * @param builder where it goes
     * @param monitor progress (one unit per execution or listing item) and cancellation, may be {@code null}
     * @return counts (records are executions, or listing items) and every problem
     * @throws IOException when the file cannot be opened
     */
    @Override
    public ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        byte[] head = Importers.head(file);
        // IProgressMonitor directly, not SubMonitor, which needs OSGi; the amount of work is known only once read.
        progress.beginTask("Importing " + file.getFileName(), IProgressMonitor.UNKNOWN);
        CmfMapper session = new CmfMapper(builder, progress, file.toString());
        String text = text(head);
        if (isSqlite(head)) {
            session.pipelines(MlmdStoreReader.read(file, session));
        } else if (isExport(text)) {
            String refusal = memoryRefusal(Files.size(file));
            if (refusal != null) {
                session.error(session.file(), refusal);
            } else {
                session.pipelines(CmfExportReader.read(file, session));
            }
        } else if (isListing(text)) {
            CmfServerListingReader.read(file, session);
        } else {
            session.error(session.file(), "not CMF provenance: expected a metadata export {\"Pipeline\": [...]},"
                    + " an MLMD SQLite store or a CMF server listing {\"items\": [...]}");
        }
        return session.finish();
    }

    /**
     * Heap an export needs per byte of JSON: the export is held as a tree of maps until it is mapped (dumptojson
     * writes a node's children before its name), and maps of short strings take several times their text.
     */
    static final int HEAP_BYTES_PER_EXPORT_BYTE = 6;

    /**
     * Why an export of a size cannot be read in the heap that is left, or {@code null} when it can.
     *
     * @param size the export's size in bytes
     * @return the message naming the memory needed, or {@code null}
     */
    public static String memoryRefusal(long size) {
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = size * HEAP_BYTES_PER_EXPORT_BYTE;
        if (needed <= free) {
            return null;
        }
        long mb = 1 << 20;
        return "this export of " + size / mb + " MB needs about " + needed / mb + " MB of heap to be read, but only "
                + free / mb + " MB are free; nothing imported: start ProvLens with a larger heap (-Xmx"
                + ((runtime.maxMemory() + needed - free) / (1L << 30) + 1) + "g)";
    }

    /**
     * The campaign id of a pipeline.
     *
     * @param pipeline the pipeline name
     * @return {@code cmf:<pipeline>}
     */
    public static String campaignId(String pipeline) {
        return CAMPAIGN_PREFIX + pipeline;
    }

    /**
     * The workflow id of a pipeline.
     *
     * @param pipeline the pipeline name
     * @return {@code cmf-pipeline:<pipeline>}
     */
    public static String workflowId(String pipeline) {
        return WORKFLOW_PREFIX + pipeline;
    }

    /**
     * The task id of a stage.
     *
     * @param stage the stage's full name, {@code <pipeline>/<stage>} as CMF stores it
     * @return {@code cmf-stage:<pipeline>/<stage>}
     */
    public static String stageTaskId(String stage) {
        return STAGE_PREFIX + stage;
    }

    private static boolean isSqlite(byte[] head) {
        return head.length >= MlmdStoreReader.SQLITE_HEADER.length && Arrays.equals(head, 0,
                MlmdStoreReader.SQLITE_HEADER.length, MlmdStoreReader.SQLITE_HEADER, 0,
                MlmdStoreReader.SQLITE_HEADER.length);
    }

    private static boolean isExport(String text) {
        if (EXPORT_START.matcher(text).find()) {
            return true;
        }
        // Without the opening brace, or with a quote or letter of the key damaged: a flipped byte must not hide the
        // pipelines after it.
        Matcher first = FIRST_KEY.matcher(text);
        boolean pipeline = text.contains("Pipeline\"") || text.contains("\"Pipeline")
                || first.find() && JsonRecovery.damagedKey(first.group(1), List.of("Pipeline")) != null;
        return pipeline && text.contains("\"stages\"") && text.contains("\"executions\"");
    }

    private static boolean isListing(String text) {
        return text.startsWith("{") && text.contains("\"items\"") && LISTING_KEYS.stream().anyMatch(text::contains);
    }

    private static String text(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
    }
}
