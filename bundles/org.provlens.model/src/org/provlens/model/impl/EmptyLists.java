package org.provlens.model.impl;

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
        if (impl.parameters != null && impl.parameters.isEmpty()) {
            impl.parameters = null;
        }
        if (impl.metrics != null && impl.metrics.isEmpty()) {
            impl.metrics = null;
        }
        if (impl.properties != null && impl.properties.isEmpty()) {
            impl.properties = null;
        }
        if (impl instanceof TaskImpl task) {
            if (task.pooledParameters != null && task.pooledParameters.isEmpty()) {
                task.pooledParameters = null;
            }
            if (task.pooledMetrics != null && task.pooledMetrics.isEmpty()) {
                task.pooledMetrics = null;
            }
            if (task.pooledProperties != null && task.pooledProperties.isEmpty()) {
                task.pooledProperties = null;
            }
        }
    }
}
