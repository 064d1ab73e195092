package org.provlens.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Provenance perspective: the Runs navigator on the left, the Properties view of the selection on the right
 * and the Error Log (import problems) below it. The editor area is hidden until there are editors to show.
 */
public class ProvenancePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(ProvLensUi.RUNS_VIEW_ID, IPageLayout.LEFT, 0.5f, editors);
        layout.addView(ProvLensUi.PROPERTIES_VIEW_ID, IPageLayout.RIGHT, 0.5f, editors);
        IFolderLayout bottom = layout.createFolder("org.provlens.ui.bottom", IPageLayout.BOTTOM, 0.7f,
                ProvLensUi.PROPERTIES_VIEW_ID);
        bottom.addView(ProvLensUi.ERROR_LOG_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.RUNS_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.PROPERTIES_VIEW_ID);
        layout.addShowViewShortcut(ProvLensUi.ERROR_LOG_VIEW_ID);
    }
}
