package org.provlens.recommender.core.provider;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.Recommender;

/**
 * The Recommendations view's and {@code provlens recommend}'s provider: seeds for a run's task or a described
 * one ({@link Recommender}). A subject that is not in the workspace or a malformed objective is a FAILED answer
 * naming it.
 */
public final class RecommenderProvider implements DataProvider<RecommendQuery, Recommendations> {

    private final Workspace workspace;

    /**
     * A provider over a workspace; read it under the session's read lock.
     *
     * @param workspace the workspace whose runs are the history
     */
    public RecommenderProvider(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public ProviderResponse<Recommendations> fetch(RecommendQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> Recommender.recommend(workspace, query, m));
    }
}
