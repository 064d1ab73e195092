package org.provlens.importer.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
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
            if (isStream(file)) {
                result = importStream(file, null, builder, monitor); // read once: not sniffed here
            } else {
                Optional<ProvenanceImporter> importer = detect(file);
                result = importer.isEmpty() ? failure(file, whyNot(file))
                        : importer.get().importFile(file, builder, monitor);
            }
        } catch (IOException e) {
            result = failure(file, "cannot be read: " + e.getMessage());
        }
        record(builder, result);
        return result;
    }

    /**
     * Whether a path is an input that can be read only once, front to back: a pipe, a FIFO, a device such as
     * {@code /dev/stdin}, or a shell's process substitution ({@code <(zstdcat capture.jsonl.zst)}). Recognising its
     * format by reading its head and then reading it again would lose what the first read took.
     *
     * @param file a path
     * @return true for such an input
     */
    public static boolean isStream(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /**
     * Imports an input that can be read only once ({@link #isStream}). Flowcept JSON lines (recognised from the
     * first bytes, or the format forced) are imported as they arrive, so a capture of any size needs no disk; any
     * other input is first copied to a temporary file, then recognised and imported as a file (the other formats
     * read parts of a file more than once: recovery after damage, SQLite stores). Results and problems name the
     * stream, never the copy.
     *
     * @param file the stream
     * @param forced the importer of a format the user named, or {@code null} to recognise it
     * @param builder the workspace to add to
     * @param monitor progress and cancellation, may be {@code null}
     * @return the result
     * @throws IOException when the stream cannot be read or the copy cannot be written
     */
    public static ImportResult importStream(Path file, ProvenanceImporter forced, WorkspaceBuilder builder,
            IProgressMonitor monitor) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(SNIFF_BYTES);
            byte[] text = TextInputs.stripBom(head);
            boolean flowcept = forced == null ? FlowceptImporter.canRead(text) : forced instanceof FlowceptImporter;
            if (flowcept && !FlowceptImporter.startsArray(text)) {
                FlowceptImporter importer = forced instanceof FlowceptImporter f ? f : new FlowceptImporter();
                return importer.importLines(file.toString(),
                        new SequenceInputStream(new ByteArrayInputStream(text), raw), builder, monitor);
            }
            Path copy = Files.createTempFile("provlens-stream-", ".data");
            try {
                try (OutputStream out = Files.newOutputStream(copy)) {
                    out.write(head);
                    raw.transferTo(out);
                }
                ProvenanceImporter importer = forced != null ? forced : detect(copy).orElse(null);
                ImportResult result = importer == null ? failure(copy, whyNot(copy))
                        : importer.importFile(copy, builder, monitor);
                return renamed(result, copy.toString(), file.toString());
            } finally {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** A result whose source and problems name the input instead of its temporary copy. */
    private static ImportResult renamed(ImportResult result, String copy, String input) {
        List<ImportProblem> problems = result.problems().stream()
                .map(p -> new ImportProblem(p.severity(), copy.equals(p.source()) ? input : p.source(), p.line(),
                        p.record(), p.message().replace(copy, input)))
                .toList();
        return new ImportResult(input, result.format(), result.records(), result.skipped(), result.workflows(),
                result.tasks(), problems, result.cancelled());
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
