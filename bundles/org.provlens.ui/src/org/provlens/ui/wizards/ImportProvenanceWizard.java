package org.provlens.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Imports provenance files into the open workspace: the page recognises each file's format by its content and
 * previews what it holds; Finish starts a cancellable import job.
 */
public class ImportProvenanceWizard extends Wizard {

    private final ImportProvenancePage page;

    /**
     * Creates the wizard.
     *
     * @param initialFiles files to list at the start, may be empty
     */
    public ImportProvenanceWizard(List<Path> initialFiles) {
        setWindowTitle("Import Provenance");
        setNeedsProgressMonitor(true);
        page = new ImportProvenancePage(initialFiles);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        List<Path> files = page.importableFiles();
        if (files.isEmpty()) {
            return false;
        }
        WorkspaceService.getDefault().importFiles(files);
        return true;
    }

    /**
     * The page, for tests.
     *
     * @return the page
     */
    public ImportProvenancePage getPage() {
        return page;
    }
}
