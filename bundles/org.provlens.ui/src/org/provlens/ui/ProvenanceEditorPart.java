package org.provlens.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * What the editors of ProvLens (execution, comparison, diagram) have in common: they open in the editor area that the
 * Provenance perspective hides while no editor is open, each takes inputs of one type, and File > Save has nothing
 * to do (provenance is a record of what happened and is not edited; diagram edits are saved beside the workspace as
 * they are made). Never dirty, no Save As.
 */
public abstract class ProvenanceEditorPart extends EditorPart {

    /**
     * Opens (or brings to front) an editor, showing the editor area first.
     *
     * @param page the workbench page
     * @param input the input
     * @param editorId the editor's id
     * @param logAs the editor class, whose bundle logs the reason when it cannot be opened
     * @return the editor, {@code null} when it could not be opened (the reason is logged)
     */
    protected static IEditorPart open(IWorkbenchPage page, IEditorInput input, String editorId, Class<?> logAs) {
        try {
            page.setEditorAreaVisible(true);
            return page.openEditor(input, editorId);
        } catch (PartInitException e) {
            ILog.of(logAs).log(e.getStatus());
            return null;
        }
    }

    /**
     * Takes an input of the type this editor opens, named and described by it.
     *
     * @param site the editor's site
     * @param input the input
     * @param type the type of inputs this editor opens
     * @param refusal the start of the message for another input, e.g. "The diagram editor opens diagrams"
     * @throws PartInitException for an input of another type
     */
    protected final void init(IEditorSite site, IEditorInput input, Class<? extends IEditorInput> type,
            String refusal) throws PartInitException {
        if (!type.isInstance(input)) {
            throw new PartInitException(refusal + ", not " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

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
