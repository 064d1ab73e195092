package org.provlens.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Provenance perspective: the Runs navigator (vertical exploration) on the left, the Level table (horizontal
 * exploration) below the editor area, the Properties view of the selection on the right with the Error Log
 * (import problems) below it.
 */
public class ProvenancePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(ProvLensUi.RUNS_VIEW_ID, IPageLayout.LEFT, 0.3f, editors);
        layout.addView(ProvLensUi.PROPERTIES_VIEW_ID, IPageLayout.RIGHT, 0.68f, editors);
        IFolderLayout bottom = layout.createFolder("org.provlens.ui.bottom", IPageLayout.BOTTOM, 0.65f,
                ProvLensUi.PROPERTIES_VIEW_ID);
        bottom.addView(ProvLensUi.ERROR_LOG_VIEW_ID);
        layout.addView(ProvLensUi.LEVEL_VIEW_ID, IPageLayout.BOTTOM, 0.3f, editors);
        layout.addShowViewShortcut(ProvLensUi.RUNS_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.LEVEL_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.PROPERTIES_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.ERROR_LOG_VIEW_ID);
    }
}
