package org.provlens.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Provenance perspective: the Runs navigator (vertical exploration) on the left, execution editors in the
 * middle with the Level table (horizontal exploration) and the Annotations below them, the Properties view of the
 * selection and the editor's Outline stacked on the right, with the Error Log (import problems) below them. The
 * editor area shows only while an editor is open.
 */
public class ProvenancePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        // Hidden until an execution editor opens (ExecutionEditor.open shows it): empty, it took a third of the
        // middle column from the Level table.
        layout.setEditorAreaVisible(false);
        layout.addView(ProvLensUi.RUNS_VIEW_ID, IPageLayout.LEFT, 0.3f, editors);
        IFolderLayout right = layout.createFolder("org.provlens.ui.right", IPageLayout.RIGHT, 0.68f, editors);
        right.addView(ProvLensUi.PROPERTIES_VIEW_ID);
        right.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder("org.provlens.ui.bottom", IPageLayout.BOTTOM, 0.65f,
                "org.provlens.ui.right");
        bottom.addView(ProvLensUi.ERROR_LOG_VIEW_ID);
        IFolderLayout below = layout.createFolder("org.provlens.ui.below", IPageLayout.BOTTOM, 0.3f, editors);
        below.addView(ProvLensUi.LEVEL_VIEW_ID);
        below.addView(ProvLensUi.ANNOTATIONS_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.RUNS_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.LEVEL_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.ANNOTATIONS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(ProvLensUi.PROPERTIES_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.ERROR_LOG_VIEW_ID);
    }
}
