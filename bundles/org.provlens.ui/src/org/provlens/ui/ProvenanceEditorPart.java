package org.provlens.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor with nothing for File > Save to do: the editors of ProvLens show provenance, which is a record of what
 * happened and is not edited, or save each edit beside the workspace as it is made (diagrams, annotations). Never
 * dirty, no Save As.
 */
public abstract class UnsavedEditorPart extends EditorPart {

    @Override
    public final void doSave(IProgressMonitor monitor) {
        // Nothing waits to be saved: see the class comment.
    }

    @Override
    public final void doSaveAs() {
        // No Save As: see the class comment.
    }

    @Override
    public final boolean isDirty() {
        return false;
    }

    @Override
    public final boolean isSaveAsAllowed() {
        return false;
    }
}
