package org.provlens.importer.core;

/**
 * One problem met while importing: where it is and what was wrong.
 *
 * @param severity whether the record was lost ({@link Severity#ERROR}) or imported with a caveat
 * @param source the file (or table) the problem is in
 * @param line the 1-based line, 0 when not known
 * @param record the 1-based record number within the source, 0 when not known
 * @param message what was expected and what was found
 */
public record ImportProblem(Severity severity, String source, long line, long record, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** Imported, but something is worth knowing (an offset clock, a missing parent). */
        WARNING,
        /** The record, or the rest of the file, could not be imported. */
        ERROR
    }

    /**
     * The problem as one readable line: {@code file:line: message} (record number when no line is known).
     *
     * @return the line
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
        } else if (record > 0) {
            text.append(" record ").append(record);
        }
        return text.append(": ").append(severity == Severity.ERROR ? "" : "warning: ").append(message).toString();
    }
}
