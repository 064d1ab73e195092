package org.provlens.diagram.core;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.provider.DataProvider;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.diagram.core.internal.ElkLayout;
import org.provlens.diagram.core.internal.Evaluator;
import org.provlens.diagram.core.internal.Synchronizer;

/**
 * The provider behind the diagram editors and the headless {@code diagram} command: synchronizes a workspace with
 * a diagram description and the user's state, then lays the visible nodes out with ELK. A query naming an element
 * the diagram does not show, or a description naming unregistered Java parts, is answered FAILED with the reason.
 */
public final class DiagramProvider implements DataProvider<DiagramQuery, DiagramView> {

    private final DiagramRegistry registry;

    /** A provider with the standard registry. */
    public DiagramProvider() {
        this(DiagramRegistry.standard());
    }

    /**
     * A provider.
     *
     * @param registry the finders, conditions, labels and measures descriptions may name
     */
    public DiagramProvider(DiagramRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ProviderResponse<DiagramView> fetch(DiagramQuery query, IProgressMonitor monitor) {
        return Providers.run(monitor, m -> {
            Evaluator evaluator = new Evaluator(registry, new ModelIndex(query.workspace()));
            Synchronizer synchronizer = new Synchronizer(query.description(), query.state(), evaluator, query.measure());
            Synchronizer.Result result = synchronizer.run(query.workspace(), query.rootId(), query.depth(), m);
            if (query.layout() == DiagramQuery.Layout.NONE) {
                return ElkLayout.unplaced(query.description().getName(), result);
            }
            Providers.checkCancelled(m);
            return ElkLayout.layout(query.description().getName(), result, query.description().getLayout(),
                    query.previous());
        });
    }
}
