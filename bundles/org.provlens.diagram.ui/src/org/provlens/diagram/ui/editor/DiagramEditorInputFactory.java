package org.provlens.diagram.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.provlens.diagram.core.DiagramDescriptions;

/** Restores diagram editors after a restart. */
public final class DiagramEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String description = memento.getString(DiagramEditorInput.KEY_DESCRIPTION);
        if (description == null || !DiagramDescriptions.SHIPPED.contains(description)) {
            return null;
        }
        return new DiagramEditorInput(description, memento.getString(DiagramEditorInput.KEY_ROOT),
                memento.getString(DiagramEditorInput.KEY_LABEL));
    }
}
