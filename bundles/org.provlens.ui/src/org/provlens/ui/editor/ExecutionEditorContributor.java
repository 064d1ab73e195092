package org.provlens.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Points the Undo and Redo handlers of the action bars that all execution editors share at the active editor,
 * so Edit > Undo (Ctrl+Z) works while an execution editor has the focus.
 */
public class ExecutionEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart editor) {
        if (editor instanceof ExecutionEditor executionEditor) {
            executionEditor.fillActionBars(getActionBars());
            getActionBars().updateActionBars();
        }
    }
}
