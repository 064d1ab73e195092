package org.provlens.compare.core;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.compare.core.internal.Alignment;

/**
 * Aligns the children of one execution per run: the lockstep drill-down of the comparison (see {@link Alignment}
 * for the matching rules), with the energy of every aligned child.
 */
public final class AlignmentProvider implements DataProvider<AlignmentQuery, List<AlignedNode>> {

    @Override
    public ProviderResponse<List<AlignedNode>> fetch(AlignmentQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> Alignment.children(query.parents(), query.path(), query.depth(),
                query.baseline(), query.levels(), true, m));
    }
}
