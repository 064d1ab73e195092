package org.provlens.cli;

/** A command line that cannot be run: exit status 2 with one readable line. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the command line
     */
    public UsageException(String message) {
        super(message);
    }
}
