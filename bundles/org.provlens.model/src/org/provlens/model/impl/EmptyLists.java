package org.provlens.model.impl;

import org.eclipse.emf.common.util.EList;
import org.provlens.model.Execution;

/**
 * Lets go of the value lists an execution no longer uses. A generated getter creates its list the first time it is
 * called and keeps it for good; {@code clear()} and {@code eUnset} empty it but keep the object. After
 * {@link org.provlens.model.util.ValuePools pooling} every task of a large run holds such an emptied list (its own
 * parameters, metrics or properties moved to the pool), about 32 bytes each. The next call of the getter creates a
 * new list, as it does for a task that never had one; nothing else changes (an empty list and no list are the same
 * to {@code eIsSet}, to readers and to every resource).
 *
 * <p>Custom code beside the generated classes, in their package for their protected fields: the generated code
 * stays as the generator wrote it.
 */
public final class EmptyLists {

    private EmptyLists() {
    }

    /**
     * Drops an execution's own parameter, metric and property lists when they are empty, and a task's pooled ones.
     * Call it where nobody holds on to those lists (the pooling does it under the workspace's write lock).
     *
     * @param execution the task or run; other implementations are left as they are
     */
    public static void drop(Execution execution) {
        if (!(execution instanceof ExecutionImpl impl)) {
            return;
        }
        impl.parameters = unlessEmpty(impl.parameters);
        impl.metrics = unlessEmpty(impl.metrics);
        impl.properties = unlessEmpty(impl.properties);
        if (impl instanceof TaskImpl task) {
            task.pooledParameters = unlessEmpty(task.pooledParameters);
            task.pooledMetrics = unlessEmpty(task.pooledMetrics);
            task.pooledProperties = unlessEmpty(task.pooledProperties);
        }
    }

    private static <T> EList<T> unlessEmpty(EList<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
