package org.provlens.ui.wizards;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * The Import Provenance wizard as an entry of the workbench's File > Import dialog (an Eclipse IDE's, where
 * ProvLens is installed as plug-ins): created by the dialog, so it starts with no file listed.
 */
public class ImportWizardEntry extends ImportProvenanceWizard implements IImportWizard {

    /** Creates the wizard; the Import dialog needs a constructor without arguments. */
    public ImportWizardEntry() {
        super(List.of());
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // The files are chosen on the page: a selection of IDE resources names no provenance files.
    }
}
