package org.provlens.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.WorkspaceSummary;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.ProvenanceImporter;
import org.provlens.importer.core.WorkspaceBuilder;

/**
 * What importing one file would bring: its recognised format and the counts of a dry run into a scratch
 * workspace. Immutable.
 *
 * @param file the file or directory
 * @param format the recognised format, {@code null} when none
 * @param summary counts of the dry run, {@code null} when nothing could be read
 * @param warnings warnings of the dry run
 * @param errors errors of the dry run (records that would be skipped)
 * @param firstProblem the first problem as text, {@code null} when none
 */
public record ImportPreview(Path file, String format, WorkspaceSummary summary, int warnings, int errors,
        String firstProblem) {

    /**
     * Previews a file by importing it into a scratch workspace that is then dropped.
     *
     * @param file the file or directory
     * @param monitor progress and cancellation
     * @return the preview
     */
    public static ImportPreview of(Path file, IProgressMonitor monitor) {
        String format;
        try {
            format = Importers.detect(file).map(ProvenanceImporter::format).orElse(null);
        } catch (java.io.IOException e) {
            return new ImportPreview(file, null, null, 0, 1, file + ": cannot be read: " + e.getMessage());
        }
        if (format == null) {
            return new ImportPreview(file, null, null, 0, 1, file + ": not a provenance format ProvLens can read");
        }
        WorkspaceBuilder scratch = WorkspaceBuilder.forNewWorkspace("preview");
        ImportResult result = Importers.importFile(file, scratch, monitor);
        List<ImportProblem> problems = result.problems();
        int errors = (int) problems.stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).count();
        return new ImportPreview(file, format, WorkspaceSummary.of(scratch.workspace()), problems.size() - errors,
                errors, problems.isEmpty() ? null : problems.get(0).toString());
    }

    /**
     * Whether the file can be imported at all.
     *
     * @return true when a format was recognised
     */
    public boolean importable() {
        return format != null;
    }
}
