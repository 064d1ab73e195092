package org.provlens.model.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.ValuePool;
import org.provlens.model.Workflow;
import org.provlens.model.impl.EmptyLists;

/**
 * Shares the equal parameters, metrics and properties of a run's tasks: one object per distinct value in the run's
 * {@link ValuePool}, referred to by every task that has it.
 *
 * <p>Most values of a campaign repeat: every batch's forward of a layer records the same shapes, data type, layer
 * settings and flags, so a million tasks carry a few hundred thousand distinct values. Held once each, a task's
 * values cost a reference (4 bytes) instead of an object (32 bytes a parameter or property, 48 a metric). Pooling
 * happens when a change to a run is complete ({@code WorkspaceSession} after an import or an edit); readers find the
 * values through {@link Tasks#parameters}, {@link Tasks#metrics} and {@link Tasks#properties} wherever they are.</p>
 *
 * <p>Pooled objects are shared and never changed in place. Code that changes a task's values calls {@link #expand}
 * first, which gives the task its own copies again (importers get tasks that way from their builder); the next
 * pooling of the run shares them again and drops pooled values nothing refers to any more.</p>
 */
public final class ValuePools {

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private ValuePools() {
    }

    /**
     * Whether a task's values are pooled.
     *
     * @param task the task
     * @return true when any of its parameters, metrics or properties are the pool's
     */
    public static boolean isPooled(Task task) {
        return task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_PARAMETERS)
                || task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_METRICS)
                || task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_PROPERTIES);
    }

    /**
     * Gives a task its own copies of its pooled values, so that they can be changed; nothing happens to a task
     * whose values are its own. The pooled objects stay in the pool for the other tasks that refer to them.
     *
     * @param task the task
     */
    public static void expand(Task task) {
        if (!isPooled(task)) {
            return;
        }
        if (task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_PARAMETERS)) {
            ownCopies(task.getParameters(), task.getPooledParameters());
        }
        if (task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_METRICS)) {
            ownCopies(task.getMetrics(), task.getPooledMetrics());
        }
        if (task.eIsSet(ProvlensPackage.Literals.TASK__POOLED_PROPERTIES)) {
            ownCopies(task.getProperties(), task.getPooledProperties());
        }
        EmptyLists.drop(task);
        ValuePool pool = poolOf(task);
        if (pool != null && !pool.eAdapters().contains(Expanded.INSTANCE)) {
            pool.eAdapters().add(Expanded.INSTANCE); // the next pooling looks for values nothing refers to
        }
    }

    /**
     * Pools the values of a run's tasks: each task's own parameters, metrics and properties are replaced by
     * references to equal objects of the run's pool (created when the run has none), keeping their order. Values
     * nothing refers to any more (their tasks were {@linkplain #expand expanded} and changed) leave the pool.
     * Call it with no reader looking at the run (under the workspace's write lock).
     *
     * @param workflow the run
     */
    public static void pool(Workflow workflow) {
        ValuePool pool = workflow.getValuePool();
        boolean collect = pool != null && pool.eAdapters().remove(Expanded.INSTANCE);
        Sharing sharing = new Sharing(pool, collect);
        Bulk.visitTasks(workflow, sharing::share);
        if (sharing.pool != null && workflow.getValuePool() == null) {
            workflow.setValuePool(sharing.pool);
        }
        if (collect) {
            sharing.dropUnreferenced();
        }
    }

    /** Puts copies of a task's pooled values of one feature before its own ones, and drops the references. */
    private static <T extends EObject> void ownCopies(EList<T> own, EList<T> pooled) {
        if (!pooled.isEmpty()) {
            own.addAll(0, EcoreUtil.copyAll(pooled));
            pooled.clear();
        }
    }

    private static ValuePool poolOf(Task task) {
        Workflow workflow = Tasks.workflowOf(task);
        return workflow == null ? null : workflow.getValuePool();
    }

    /** Marks a pool some of whose tasks were given their own copies: it may hold values nothing refers to. */
    private static final class Expanded extends AdapterImpl {
        static final Adapter INSTANCE = new Expanded();
    }

    private record ParameterKey(String key, String value, Object type) {
        ParameterKey(Parameter p) {
            this(p.getKey(), p.getValue(), p.getType());
        }
    }

    private record MetricKey(String key, long value, String unit, long step) {
        MetricKey(Metric m) {
            this(m.getKey(), Double.doubleToLongBits(m.getValue()), m.getUnit(), m.getStep());
        }
    }

    private record PropertyKey(String key, String value) {
        PropertyKey(StringProperty p) {
            this(p.getKey(), p.getValue());
        }
    }

    /** One pooling of a run: the distinct values seen, and which pooled ones are referred to. */
    private static final class Sharing {
        ValuePool pool;
        private final Map<ParameterKey, Parameter> parameters = new HashMap<>();
        private final Map<MetricKey, Metric> metrics = new HashMap<>();
        private final Map<PropertyKey, StringProperty> properties = new HashMap<>();
        private final Set<EObject> referenced;

        Sharing(ValuePool pool, boolean collect) {
            this.pool = pool;
            this.referenced = collect ? java.util.Collections.newSetFromMap(new IdentityHashMap<>()) : null;
            if (pool != null) {
                for (Parameter p : pool.getParameters()) {
                    parameters.putIfAbsent(new ParameterKey(p), p);
                }
                for (Metric m : pool.getMetrics()) {
                    metrics.putIfAbsent(new MetricKey(m), m);
                }
                for (StringProperty p : pool.getProperties()) {
                    properties.putIfAbsent(new PropertyKey(p), p);
                }
            }
        }

        void share(Task task) {
            if (needed(task, ProvlensPackage.Literals.EXECUTION__PARAMETERS,
                    ProvlensPackage.Literals.TASK__POOLED_PARAMETERS)) {
                move(task.getParameters(), task.getPooledParameters(), parameters, ParameterKey::new,
                        () -> pool().getParameters());
            }
            if (needed(task, ProvlensPackage.Literals.EXECUTION__METRICS,
                    ProvlensPackage.Literals.TASK__POOLED_METRICS)) {
                move(task.getMetrics(), task.getPooledMetrics(), metrics, MetricKey::new, () -> pool().getMetrics());
            }
            if (needed(task, ProvlensPackage.Literals.EXECUTION__PROPERTIES,
                    ProvlensPackage.Literals.TASK__POOLED_PROPERTIES)) {
                move(task.getProperties(), task.getPooledProperties(), properties, PropertyKey::new,
                        () -> pool().getProperties());
            }
            EmptyLists.drop(task);
            if (referenced != null) {
                referenced.addAll(Tasks.parameters(task));
                referenced.addAll(Tasks.metrics(task));
                referenced.addAll(Tasks.properties(task));
            }
        }

        /**
         * Whether a feature of a task needs pooling: it has own values, or pooled ones of another run's pool (the
         * task moved to this run).
         */
        private boolean needed(Task task, org.eclipse.emf.ecore.EReference own,
                org.eclipse.emf.ecore.EReference pooled) {
            if (task.eIsSet(own)) {
                return true;
            }
            if (!task.eIsSet(pooled)) {
                return false;
            }
            EObject first = (EObject) ((EList<?>) task.eGet(pooled)).get(0); // set: not empty
            return pool == null || first.eContainer() != pool;
        }

        private ValuePool pool() {
            if (pool == null) {
                pool = FACTORY.createValuePool();
            }
            return pool;
        }

        /**
         * Moves a task's own values of one feature into the pool, after the pooled ones it has (a change that did
         * not {@linkplain ValuePools#expand expand} the task first adds to its own list). A task with two equal
         * values of a feature keeps its own objects: a pooled list holds each object once.
         */
        private <T extends EObject, K> void move(EList<T> own, EList<T> pooled, Map<K, T> distinct,
                java.util.function.Function<T, K> keyOf, java.util.function.Supplier<EList<T>> poolList) {
            List<T> values = new ArrayList<>(pooled.size() + own.size());
            values.addAll(pooled);
            values.addAll(own);
            List<K> keys = new ArrayList<>(values.size());
            Set<K> seen = new java.util.HashSet<>();
            for (T value : values) {
                K key = keyOf.apply(value);
                if (!seen.add(key)) {
                    ownCopies(own, pooled);
                    return;
                }
                keys.add(key);
            }
            own.clear();
            pooled.clear();
            @SuppressWarnings("unchecked")
            InternalEList<T> target = (InternalEList<T>) pooled;
            for (int i = 0; i < values.size(); i++) {
                T value = values.get(i);
                T canonical = distinct.get(keys.get(i));
                if (canonical == null) {
                    // An own value moves into the pool; another run's pooled value is copied, not taken from it.
                    canonical = value.eContainer() == null ? value : EcoreUtil.copy(value);
                    distinct.put(keys.get(i), canonical);
                    poolList.get().add(canonical);
                }
                target.addUnique(canonical);
            }
            if (target instanceof org.eclipse.emf.common.util.BasicEList<?> list) {
                list.shrink(); // one run holds a million of these lists: no room to grow
            }
        }

        /** Removes the pooled values no task refers to. */
        void dropUnreferenced() {
            if (pool == null) {
                return;
            }
            retain(pool.getParameters());
            retain(pool.getMetrics());
            retain(pool.getProperties());
        }

        private <T extends EObject> void retain(EList<T> values) {
            List<T> kept = new ArrayList<>(values.size());
            for (T value : values) {
                if (referenced.contains(value)) {
                    kept.add(value);
                }
            }
            if (kept.size() != values.size()) {
                values.clear();
                values.addAll(kept);
            }
        }
    }
}
