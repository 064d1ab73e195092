package org.provlens.diagram.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Points the shared Undo and Redo of diagram editors at the active one, so Edit > Undo (Ctrl+Z) works in them. */
public final class DiagramEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart editor) {
        if (editor instanceof DiagramEditor diagram) {
            diagram.fillActionBars(getActionBars());
            getActionBars().updateActionBars();
        }
    }
}
