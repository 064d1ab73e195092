package org.provlens.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores {@link ExecutionEditorInput}s saved with the workbench, so open execution editors survive a restart. */
public class ExecutionEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String id = memento.getString(ExecutionEditorInput.KEY_ID);
        return id == null ? null : new ExecutionEditorInput(id, memento.getString(ExecutionEditorInput.KEY_NAME));
    }
}
