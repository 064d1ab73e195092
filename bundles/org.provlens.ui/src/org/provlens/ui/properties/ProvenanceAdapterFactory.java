package org.provlens.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.provlens.model.Execution;

/** Adapts model executions to property sources, so the platform Properties view can show any selected run or task. */
public class ProvenanceAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof Execution execution) {
            return adapterType.cast(new ExecutionPropertySource(execution));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
