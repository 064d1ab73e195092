package org.provlens.analysis.core.provider;

/** The state of a provider's answer, as in Trace Compass's {@code ITmfResponse.Status}. */
public enum ProviderStatus {
    /** Partial data: the computation goes on (a provider may answer early with what it has). */
    RUNNING,
    /** The data is complete. */
    COMPLETED,
    /** The query could not be answered; the message says why. */
    FAILED,
    /** The monitor was cancelled; the data, if any, is partial. */
    CANCELLED
}
