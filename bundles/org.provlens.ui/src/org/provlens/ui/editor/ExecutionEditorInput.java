package org.provlens.ui.editor;

import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;

/**
 * Names a workflow run or task by its source id, not by the object: an import replaces nothing but may run while
 * the editor is open, and another workspace may be opened, so the editor looks the execution up again after
 * every change. Two inputs are equal when their ids are, so opening an execution twice shows the same editor.
 * It persists as its id, so editors come back after a restart.
 */
public final class ExecutionEditorInput implements IEditorInput, IPersistableElement {

    /** The id of the factory that restores inputs from a memento. */
    public static final String FACTORY_ID = "org.provlens.ui.editor.executionInput";

    static final String KEY_ID = "id";
    static final String KEY_NAME = "name";

    private final String executionId;
    private final String name;
    /** The execution the input was made for, while it is in the open workspace: found again without a search. */
    private final java.lang.ref.WeakReference<Execution> known;

    /**
     * An input for an execution of the open workspace.
     *
     * @param execution the workflow run or task
     */
    public ExecutionEditorInput(Execution execution) {
        this.executionId = execution.getId();
        this.name = label(execution);
        this.known = new java.lang.ref.WeakReference<>(execution);
    }

    /**
     * An input for an id, as restored from a memento.
     *
     * @param executionId the execution's source id
     * @param name the editor title to show until the execution is found
     */
    public ExecutionEditorInput(String executionId, String name) {
        this.executionId = Objects.requireNonNull(executionId, "executionId");
        this.name = name == null || name.isEmpty() ? executionId : name;
        this.known = new java.lang.ref.WeakReference<>(null);
    }

    /**
     * The title of an execution: a task's activity, a run's name, else the id.
     *
     * @param execution the execution
     * @return its title
     */
    public static String label(Execution execution) {
        String label = execution instanceof Task task ? task.getActivity() : execution.getName();
        return label == null || label.isEmpty() ? execution.getId() : label;
    }

    /**
     * The source id of the execution.
     *
     * @return the id
     */
    public String getExecutionId() {
        return executionId;
    }

    /**
     * Looks the execution up in a workspace.
     *
     * @param workspace the open workspace
     * @return the workflow run or task of this id, {@code null} when the workspace has none
     */
    public Execution resolve(Workspace workspace) {
        Execution quick = resolveQuickly(workspace);
        return quick != null ? quick : find(workspace, executionId);
    }

    /**
     * The execution without a search: the one the input was made for, or the one last found, when it is still in
     * the workspace (imports merge into the same objects).
     *
     * @param workspace the open workspace
     * @return the execution, {@code null} when a search is needed ({@link #resolve})
     */
    public Execution resolveQuickly(Workspace workspace) {
        java.lang.ref.WeakReference<Execution> found = lastFound;
        for (Execution candidate : new Execution[] {known.get(), found == null ? null : found.get()}) {
            if (candidate != null && executionId.equals(candidate.getId())
                    && EcoreUtil.getRootContainer(candidate) == workspace) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Remembers what a search found, for {@link #resolveQuickly}.
     *
     * @param execution the execution found
     */
    public void remember(Execution execution) {
        lastFound = new java.lang.ref.WeakReference<>(execution);
    }

    private volatile java.lang.ref.WeakReference<Execution> lastFound;

    /**
     * Finds a workflow run or task by id: through the resource's id index when the workspace has been saved or
     * loaded (constant time), else by walking campaigns, runs and task trees.
     *
     * @param workspace the workspace
     * @param id the source id
     * @return the execution, {@code null} when none has this id
     */
    public static Execution find(Workspace workspace, String id) {
        Resource resource = workspace.eResource();
        if (resource != null) {
            EObject found;
            try {
                found = resource.getEObject(id);
            } catch (RuntimeException e) {
                // Ids that look like fragment paths ("/..." or ending in "?") are no id lookups: walk instead.
                found = null;
            }
            if (found instanceof Execution execution && id.equals(execution.getId())
                    && EcoreUtil.isAncestor(workspace, execution)) {
                return execution;
            }
        }
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Execution execution && id.equals(execution.getId())) {
                return execution;
            }
            if (!(next instanceof Campaign || next instanceof Workflow || next instanceof Task)) {
                it.prune();
            }
        }
        return null;
    }

    @Override
    public boolean exists() {
        // Persistable by id, so the workbench may list it and restore it.
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(ProvLensUi.PLUGIN_ID, "icons/execution.png").orElse(null);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return name.equals(executionId) ? executionId : name + " (" + executionId + ")";
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
        memento.putString(KEY_ID, executionId);
        memento.putString(KEY_NAME, name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExecutionEditorInput input && executionId.equals(input.executionId);
    }

    @Override
    public int hashCode() {
        return executionId.hashCode();
    }

    @Override
    public String toString() {
        return "ExecutionEditorInput[" + executionId + "]";
    }
}
