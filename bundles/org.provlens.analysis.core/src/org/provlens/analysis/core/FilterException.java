package org.provlens.analysis.core;

/** A filter expression that cannot be compiled: what is wrong and where (0-based character offset). */
public class FilterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Creates the exception.
     *
     * @param message what was expected and what was found
     * @param position the 0-based offset in the expression
     */
    public FilterException(String message, int position) {
        super("column " + (position + 1) + ": " + message);
        this.position = position;
    }

    /**
     * Where the problem is.
     *
     * @return the 0-based character offset in the expression
     */
    public int getPosition() {
        return position;
    }
}
