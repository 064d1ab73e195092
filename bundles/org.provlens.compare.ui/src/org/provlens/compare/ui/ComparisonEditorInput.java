package org.provlens.compare.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.provlens.compare.core.ComparedRun;
import org.provlens.model.Execution;
import org.provlens.model.Task;

/**
 * Names the compared runs or tasks by their source ids, in order, so the editor finds them again after an import
 * or in another session (it persists as the ids). Two inputs of the same ids in the same order are one editor.
 */
public final class ComparisonEditorInput implements IEditorInput, IPersistableElement {

    /** The id of the factory that restores inputs. */
    public static final String FACTORY_ID = "org.provlens.compare.ui.input";

    static final String KEY_EXECUTION = "execution";
    static final String KEY_ID = "id";
    static final String KEY_NAME = "name";
    static final String KEY_TASKS = "tasks";

    private final List<String> ids;
    private final List<String> names;
    private final boolean tasks;

    /**
     * An input for executions of the open workspace.
     *
     * @param executions the runs or tasks, two or more
     * @return the input
     */
    public static ComparisonEditorInput of(List<? extends Execution> executions) {
        return new ComparisonEditorInput(executions.stream().map(Execution::getId).toList(),
                executions.stream().map(ComparedRun::label).toList(),
                executions.stream().allMatch(e -> e instanceof Task));
    }

    /**
     * An input of ids.
     *
     * @param ids the executions' source ids, in order
     * @param names their names for the title until they are found, as many
     * @param tasks whether they are all tasks (the title says tasks, not runs)
     */
    public ComparisonEditorInput(List<String> ids, List<String> names, boolean tasks) {
        this.ids = List.copyOf(ids);
        this.names = new ArrayList<>(names);
        this.tasks = tasks;
        if (names.size() != ids.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + names.size() + " names");
        }
    }

    /**
     * The ids of the compared executions.
     *
     * @return them, in order
     */
    public List<String> ids() {
        return ids;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(CompareUi.PLUGIN_ID, "icons/compare.png").orElse(null);
    }

    @Override
    public String getName() {
        return "Compare " + ids.size() + (tasks ? " tasks" : " runs");
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return String.join(" · ", names);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putBoolean(KEY_TASKS, tasks);
        for (int i = 0; i < ids.size(); i++) {
            IMemento child = memento.createChild(KEY_EXECUTION);
            child.putString(KEY_ID, ids.get(i));
            child.putString(KEY_NAME, names.get(i));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComparisonEditorInput input && ids.equals(input.ids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids);
    }

    @Override
    public String toString() {
        return "ComparisonEditorInput" + ids;
    }
}
