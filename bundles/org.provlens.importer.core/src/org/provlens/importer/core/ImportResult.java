package org.provlens.importer.core;

import java.util.List;

/**
 * What one import did: an immutable summary of counts and problems.
 *
 * @param source the imported file
 * @param format the format it was read as
 * @param records the records read, good or bad
 * @param skipped the records that could not be imported
 * @param workflows the workflows created or updated
 * @param tasks the tasks created or updated
 * @param problems every problem, in file order
 * @param cancelled whether the import was cancelled before the end of the file
 */
public record ImportResult(String source, String format, int records, int skipped, int workflows, int tasks,
        List<ImportProblem> problems, boolean cancelled) {

    /** Copies the problem list so the result stays immutable. */
    public ImportResult {
        problems = List.copyOf(problems);
    }

    /**
     * Whether any problem lost data.
     *
     * @return true when a record or part of the file could not be imported
     */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR);
    }

    /**
     * A one-line summary for status lines and logs.
     *
     * @return e.g. {@code sample.jsonl: 120 records, 118 imported, 2 skipped, 1 warning}
     */
    public String summary() {
        long warnings = problems.stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).count();
        return source + ": " + records + " records, " + (records - skipped) + " imported, " + skipped + " skipped"
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + (cancelled ? " (cancelled)" : "");
    }
}
