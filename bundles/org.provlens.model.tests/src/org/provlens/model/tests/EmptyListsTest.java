package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.junit.jupiter.api.Test;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.impl.EmptyLists;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.ValuePools;

/**
 * {@link EmptyLists}: the value lists a task no longer uses are let go (the getter gives a new one), the ones with
 * values are kept; pooling and expanding a task let go of the lists they emptied.
 */
class EmptyListsTest {

    private static final ProvlensFactory F = ProvlensFactory.eINSTANCE;

    private static Parameter parameter(String key, String value) {
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    private static Task task(String id, String lr) {
        Task task = F.createTask();
        task.setId(id);
        task.getParameters().add(parameter("lr", lr));
        task.getParameters().add(parameter("batch", "64"));
        return task;
    }

    @Test
    void dropsEmptyListsAndKeepsTheOthers() {
        Task task = task("t", "0.1");
        EList<Parameter> parameters = task.getParameters();
        EList<?> metrics = task.getMetrics(); // created, empty
        EList<?> pooled = task.getPooledProperties(); // created, empty
        EmptyLists.drop(task);
        assertSame(parameters, task.getParameters(), "a list with values is kept");
        assertEquals(List.of("lr", "batch"), parameters.stream().map(Parameter::getKey).toList());
        assertNotSame(metrics, task.getMetrics(), "an empty list is let go: the getter makes a new one");
        assertNotSame(pooled, task.getPooledProperties());
        assertTrue(task.getMetrics().isEmpty());
        assertFalse(task.eIsSet(ProvlensPackage.Literals.EXECUTION__METRICS));
    }

    @Test
    void poolingAndExpandingLetGoOfTheListsTheyEmpty() {
        Workflow workflow = F.createWorkflow();
        Task first = task("a", "0.1");
        Task second = task("b", "0.2");
        workflow.getTasks().add(first);
        workflow.getTasks().add(second);
        EList<Parameter> own = first.getParameters();
        ValuePools.pool(workflow);
        assertTrue(ValuePools.isPooled(first));
        assertTrue(own.isEmpty(), "the values moved to the pool");
        assertNotSame(own, first.getParameters(), "the emptied own list is let go");
        assertEquals(3, workflow.getValuePool().getParameters().size(), "lr twice, batch once");
        assertSame(Tasks.parameters(first).get(1), Tasks.parameters(second).get(1), "batch=64 is one object");

        EList<Parameter> pooled = second.getPooledParameters();
        ValuePools.expand(second);
        assertFalse(ValuePools.isPooled(second));
        assertNotSame(pooled, second.getPooledParameters(), "the emptied pooled list is let go");
        assertEquals(List.of("0.2", "64"), second.getParameters().stream().map(Parameter::getValue).toList());
        assertEquals(List.of("0.1", "64"), Tasks.parameters(first).stream().map(Parameter::getValue).toList());
    }
}
