package org.provlens.importer.core;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads one provenance format into a workspace. Implementations are stateless: each call reads one file (or
 * directory, for formats stored as folders) and reports every problem in its result instead of throwing for bad
 * content.
 */
public interface ProvenanceImporter {

    /**
     * The format's name, shown to users and written in import records.
     *
     * @return e.g. {@code Flowcept}
     */
    String format();

    /**
     * Whether this importer recognises a file or directory, from its content rather than its name.
     *
     * @param file the file or directory
     * @param head the first bytes of a file ({@link Importers#SNIFF_BYTES} at most), empty for a directory
     * @return true when the content looks like this format
     */
    boolean canRead(Path file, byte[] head);

    /**
     * Why this importer does not recognise a file, for the message shown when no format fits: what it looked for
     * and what it found instead, e.g. {@code not JSON: line 1, column 3: unexpected ','} or
     * {@code CSV, but no CodeCarbon column among timestamp, duration, emissions, ...}.
     *
     * @param file the file or directory
     * @param head the bytes {@link #canRead} was given
     * @return the reason, one line
     */
    default String whyNot(Path file, byte[] head) {
        return "not " + format();
    }

    /**
     * Imports a file or directory.
     *
     * @param file what to import
     * @param builder the workspace to add to
     * @param monitor progress and cancellation, may be {@code null}
     * @return counts and every problem, with file and line, record, or table and row
     * @throws IOException when the input cannot be opened at all
     */
    ImportResult importFile(Path file, WorkspaceBuilder builder, IProgressMonitor monitor) throws IOException;
}
