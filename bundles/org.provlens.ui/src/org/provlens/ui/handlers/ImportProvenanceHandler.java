package org.provlens.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.provlens.ui.wizards.ImportProvenanceWizard;

/** File > Import Provenance…: the wizard that previews files before importing them. */
public class ImportProvenanceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new WizardDialog(HandlerUtil.getActiveShell(event), new ImportProvenanceWizard(List.of())).open();
        return null;
    }
}
