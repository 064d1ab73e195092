package org.provlens.analysis.core.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * A provider's answer: a status, the data (immutable; {@code null} when failed), a message for the user and the
 * time the computation took.
 *
 * @param <T> the type of the data
 * @param status whether the data is complete
 * @param model the data; {@code null} when {@link ProviderStatus#FAILED}, and when {@link ProviderStatus#CANCELLED}
 *            before any data was computed
 * @param message a human readable note: why it failed, or what is partial; empty when complete
 * @param elapsed how long the provider worked on it
 */
public record ProviderResponse<T>(ProviderStatus status, T model, String message, Duration elapsed) {

    /** Checks the invariants. */
    public ProviderResponse {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
        if (status == ProviderStatus.COMPLETED || status == ProviderStatus.RUNNING) {
            Objects.requireNonNull(model, "model of a " + status + " response");
        }
    }

    /**
     * A complete answer.
     *
     * @param <T> the type of the data
     * @param model the data
     * @param elapsed the time it took
     * @return the response
     */
    public static <T> ProviderResponse<T> completed(T model, Duration elapsed) {
        return new ProviderResponse<>(ProviderStatus.COMPLETED, model, "", elapsed);
    }

    /**
     * A failed answer.
     *
     * @param <T> the type of the data
     * @param message why, naming what was wrong in the query or the data
     * @param elapsed the time until it failed
     * @return the response
     */
    public static <T> ProviderResponse<T> failed(String message, Duration elapsed) {
        return new ProviderResponse<>(ProviderStatus.FAILED, null, message, elapsed);
    }

    /**
     * Whether the data is complete.
     *
     * @return true when {@link ProviderStatus#COMPLETED}
     */
    public boolean isCompleted() {
        return status == ProviderStatus.COMPLETED;
    }
}
