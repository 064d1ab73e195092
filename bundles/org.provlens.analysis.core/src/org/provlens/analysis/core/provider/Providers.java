package org.provlens.analysis.core.provider;

import java.time.Duration;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Runs a provider's computation with timing, cancellation and failure handling in one place. */
public final class Providers {

    private Providers() {
    }

    /**
     * Times a computation and turns its outcome into a response: its value is COMPLETED, an
     * {@link OperationCanceledException} CANCELLED with no data (a cancelled monitor after the computation returned:
     * CANCELLED with its partial data), an
     * {@link IllegalArgumentException} (a bad query) FAILED with its message.
     *
     * @param <R> the data type
     * @param monitor the monitor, may be {@code null}
     * @param computation computes the data, checking the monitor it is given
     * @return the response
     */
    public static <R> ProviderResponse<R> run(IProgressMonitor monitor, Function<IProgressMonitor, R> computation) {
        IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
        long start = System.nanoTime();
        try {
            R result = computation.apply(m);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (m.isCanceled()) {
                return new ProviderResponse<>(ProviderStatus.CANCELLED, result, "cancelled", elapsed);
            }
            return ProviderResponse.completed(result, elapsed);
        } catch (OperationCanceledException e) {
            return new ProviderResponse<>(ProviderStatus.CANCELLED, null, "cancelled",
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IllegalArgumentException e) {
            return ProviderResponse.failed(e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Throws {@link OperationCanceledException} when the monitor is cancelled: for loops in computations.
     *
     * @param monitor the monitor
     */
    public static void checkCancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
