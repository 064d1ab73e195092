package org.provlens.importer.core.mlflow;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;

/**
 * Counts and problems of one MLflow import, shared by the file-store and database readers and the mapping, so
 * that every problem carries its file and line, or its table and row id.
 */
final class ImportLog {

    final String source;
    final IProgressMonitor monitor;
    final List<ImportProblem> problems = new ArrayList<>();
    /** Records read: run metadata, params, tags and metric samples (the rows of MLflow's own tables). */
    int records;
    int skipped;
    boolean cancelled;

    ImportLog(String source, IProgressMonitor monitor) {
        this.source = source;
        this.monitor = monitor;
    }

    void warning(String where, long line, long record, String message) {
        problems.add(new ImportProblem(Severity.WARNING, where, line, record, message));
    }

    /** A record that could not be imported. */
    void skip(String where, long line, long record, String message) {
        skipped++;
        problems.add(new ImportProblem(Severity.ERROR, where, line, record, message));
    }

    /** A problem that lost more than one record (an unreadable file, a missing table). */
    void error(String where, String message) {
        problems.add(new ImportProblem(Severity.ERROR, where, 0, 0, message));
    }

    /**
     * Whether the user cancelled; reported once.
     *
     * @return true when the import should stop
     */
    boolean isCanceled() {
        if (!cancelled && monitor.isCanceled()) {
            cancelled = true;
            warning(source, 0, 0, "import cancelled after " + records + " records; those were kept");
        }
        return cancelled;
    }
}
