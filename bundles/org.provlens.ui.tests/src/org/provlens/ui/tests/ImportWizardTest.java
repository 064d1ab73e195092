package org.provlens.ui.tests;

import static org.provlens.ui.tests.Workbench.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.WorkspaceSummary;
import org.provlens.ui.wizards.ImportPreview;
import org.provlens.ui.wizards.ImportProvenancePage;
import org.provlens.ui.wizards.ImportProvenanceWizard;
import org.provlens.ui.workspace.WorkspaceService;

/** The Import Provenance wizard in a real dialog: recognition by content, preview counts, import on Finish. */
class ImportWizardTest {

    @TempDir
    Path dir;

    @Test
    void previewsByContentAndImportsOnFinish() throws Exception {
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("wizard.provlens"));
        Path renamed = dir.resolve("capture.data"); // no telling extension: recognised by content
        Files.copy(sample("llm_finetune_sample.jsonl"), renamed);
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not provenance\n");

        ImportProvenanceWizard wizard = new ImportProvenanceWizard(List.of(renamed, notes));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        ImportProvenancePage page = wizard.getPage();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (page.getPreviews().size() < 2 && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        ImportPreview preview = page.getPreviews().get(renamed);
        assertEquals("Flowcept", preview.format());
        WorkspaceSummary counted = preview.summary();
        assertTrue(counted.tasks() > 0 && counted.workflows() > 0, counted.toString());
        assertEquals(0, preview.errors());
        ImportPreview unknown = page.getPreviews().get(notes);
        assertFalse(unknown.importable());
        assertNull(unknown.summary());
        assertEquals(List.of(renamed), page.importableFiles());
        assertTrue(page.isPageComplete());
        assertTrue(service.getWorkspace().getCampaigns().isEmpty(), "a preview does not touch the workspace");

        assertTrue(wizard.performFinish());
        dialog.close();
        Job.getJobManager().join(service, null);
        assertEquals(counted.tasks(), WorkspaceSummary.of(service.getWorkspace()).tasks());
    }
}
