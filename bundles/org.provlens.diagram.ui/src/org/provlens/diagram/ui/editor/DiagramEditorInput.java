package org.provlens.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.ui.DiagramUi;
import org.provlens.diagram.ui.edit.DiagramEdits;

/**
 * A diagram: a shipped description opened on the whole workspace or on one element, named by id so that the
 * editor finds its element again after imports and restarts. Two inputs are equal when description and element
 * are, so opening a diagram twice shows the same editor.
 */
public final class DiagramEditorInput implements IEditorInput, IPersistableElement {

    /** The id of the factory that restores inputs. */
    public static final String FACTORY_ID = "org.provlens.diagram.ui.editor.input";

    static final String KEY_DESCRIPTION = "description";
    static final String KEY_ROOT = "root";
    static final String KEY_LABEL = "label";

    private final String description;
    private final String rootId;
    private final String rootLabel;

    /**
     * An input.
     *
     * @param description the name of a shipped description
     * @param rootId the element the diagram opens on, {@code null} for the whole workspace
     * @param rootLabel what the element is called, for the title
     */
    public DiagramEditorInput(String description, String rootId, String rootLabel) {
        this.description = Objects.requireNonNull(description, "description");
        this.rootId = rootId == null || rootId.isEmpty() ? null : rootId;
        this.rootLabel = rootLabel == null || rootLabel.isEmpty() ? this.rootId : rootLabel;
    }

    /**
     * The description's name.
     *
     * @return e.g. {@code lineage}
     */
    public String getDescription() {
        return description;
    }

    /**
     * The element the diagram opens on.
     *
     * @return its id, {@code null} for the whole workspace
     */
    public String getRootId() {
        return rootId;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(DiagramUi.PLUGIN_ID, "icons/diagram.png").orElse(null);
    }

    @Override
    public String getName() {
        String title = DiagramEdits.label(DiagramDescriptions.get(description).getLabel(), description);
        return rootLabel == null ? title : title + ": " + rootLabel;
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return getName() + (rootId == null ? " (whole workspace)" : " (" + rootId + ")");
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
        memento.putString(KEY_DESCRIPTION, description);
        memento.putString(KEY_ROOT, rootId);
        memento.putString(KEY_LABEL, rootLabel);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.description.equals(description)
                && Objects.equals(input.rootId, rootId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, rootId);
    }
}
