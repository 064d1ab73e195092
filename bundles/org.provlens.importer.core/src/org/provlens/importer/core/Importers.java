package org.provlens.importer.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.importer.core.cmf.CmfImporter;
import org.provlens.importer.core.codecarbon.CodeCarbonImporter;
import org.provlens.importer.core.flowcept.FlowceptImporter;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.importer.core.mlflow.MlflowImporter;
import org.provlens.importer.core.prov.ProvJsonImporter;
import org.provlens.model.ImportRecord;
import org.provlens.model.ProvlensFactory;

/**
 * The entry point for imports: recognises a file's format by its content (not its name) and records each import
 * in the workspace's {@link org.provlens.model.Workspace#getImports() import history}.
 */
public final class Importers {

    /**
     * How many bytes of a file are read to recognise its format: room for the first
     * {@link org.provlens.importer.core.internal.JsonSniffer#MAX_RECORDS} records of a typical capture, so that a
     * bad first record does not hide the format. A format may read further when the head shows nothing.
     */
    public static final int SNIFF_BYTES = 1 << 20;

    /** The most problems kept in a workspace's import record; the result itself keeps them all. */
    public static final int MAX_RECORDED_PROBLEMS = 200;

    /** Every format, in the order they are tried when recognising a file. */
    private static final List<ProvenanceImporter> IMPORTERS = List.of(
            // PROV-JSON first: its check is strict, while Flowcept's looks for "task_id" anywhere in the head.
            new ProvJsonImporter(), new FlowceptImporter(), new CmfImporter(), new MlflowImporter(),
            new CodeCarbonImporter());

    private Importers() {
    }

    /**
     * The importers of every supported format.
     *
     * @return the importers, in recognition order
     */
    public static List<ProvenanceImporter> all() {
        return IMPORTERS;
    }

    /**
     * The importer of a format name.
     *
     * @param format a format name, case-insensitive
     * @return the importer, empty when no format has that name
     */
    public static Optional<ProvenanceImporter> forFormat(String format) {
        return IMPORTERS.stream().filter(i -> i.format().equalsIgnoreCase(format)).findFirst();
    }

    /**
     * The importer that recognises a file or directory.
     *
     * @param file the file or directory
     * @return the importer, empty when no format is recognised
     * @throws IOException when the file cannot be read
     */
    public static Optional<ProvenanceImporter> detect(Path file) throws IOException {
        byte[] head = head(file);
        for (ProvenanceImporter importer : IMPORTERS) {
            if (importer.canRead(file, head)) {
                return Optional.of(importer);
            }
        }
        return Optional.empty();
    }

    /**
     * What {@link ProvenanceImporter#canRead} is given of a file: its first {@link #SNIFF_BYTES} bytes after a
     * byte-order mark, nothing for a directory.
     *
     * @param file a file or directory
     * @return the head
     * @throws IOException when the file cannot be read
     */
    public static byte[] head(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = TextInputs.open(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /**
     * The format of a file, recognised from its first bytes.
     *
     * @param file the file
     * @return the format name, empty when no importer recognises it
     * @throws IOException when the file cannot be read
     */
    public static Optional<String> detectFormat(Path file) throws IOException {
        return detect(file).map(ProvenanceImporter::format);
    }

    /**
     * Imports a file of any recognised format into a workspace.
     *
     * @param file the file
     * @param builder the workspace to add to
     * @param monitor progress and cancellation, may be {@code null}
     * @return the result; an unrecognised or unreadable file gives a result with one error, not an exception
     */
    public static ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) {
        ImportResult result;
        try {
            Optional<ProvenanceImporter> importer = detect(file);
            if (importer.isEmpty()) {
                result = failure(file, whyNot(file));
            } else {
                result = importer.get().importFile(file, builder, monitor);
            }
        } catch (IOException e) {
            result = failure(file, "cannot be read: " + e.getMessage());
        }
        record(builder, result);
        return result;
    }

    /**
     * Why no format recognises a file: what each format looked for and found instead.
     *
     * @param file the file or directory
     * @return {@code not a provenance format ProvLens can read: PROV-JSON: ...; Flowcept: ...; ...}
     * @throws IOException when the file cannot be read
     */
    public static String whyNot(Path file) throws IOException {
        byte[] head = head(file);
        StringBuilder message = new StringBuilder("not a provenance format ProvLens can read");
        String separator = ": ";
        for (ProvenanceImporter importer : IMPORTERS) {
            String reason;
            try {
                reason = importer.whyNot(file, head);
            } catch (RuntimeException e) {
                // A format's explanation failing must not hide the others'.
                reason = "not " + importer.format() + " (" + e + ")";
            }
            message.append(separator).append(importer.format()).append(": ").append(reason);
            separator = "; ";
        }
        return message.toString();
    }

    private static ImportResult failure(Path file, String message) {
        return new ImportResult(file.toString(), "unknown", 0, 0, 0, 0,
                List.of(new ImportProblem(ImportProblem.Severity.ERROR, file.toString(), 0, 0, message)), false);
    }

    private static void record(WorkspaceBuilder builder, ImportResult result) {
        ImportRecord record = ProvlensFactory.eINSTANCE.createImportRecord();
        record.setSource(result.source());
        record.setFormat(result.format());
        record.setTime(System.currentTimeMillis() / 1000.0);
        record.setRecords(result.records());
        record.setSkipped(result.skipped());
        result.problems().stream().limit(MAX_RECORDED_PROBLEMS).map(ImportProblem::toString)
                .forEach(record.getProblems()::add);
        builder.workspace().getImports().add(record);
    }
}
