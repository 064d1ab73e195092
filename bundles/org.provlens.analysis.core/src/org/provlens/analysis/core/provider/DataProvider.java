package org.provlens.analysis.core.provider;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Answers typed queries about a workspace. Implementations are stateless or immutable, read the model without
 * changing it, check the monitor for cancellation regularly and report bad queries as a
 * {@link ProviderStatus#FAILED} response rather than by throwing.
 *
 * @param <Q> the query type, an immutable record
 * @param <R> the data type of the response, immutable
 */
public interface DataProvider<Q, R> {

    /**
     * Computes the answer to a query.
     *
     * @param query what is asked
     * @param monitor progress and cancellation, may be {@code null}
     * @return the answer
     */
    ProviderResponse<R> fetch(Q query, IProgressMonitor monitor);
}
