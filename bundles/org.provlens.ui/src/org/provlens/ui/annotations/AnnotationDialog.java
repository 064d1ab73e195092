package org.provlens.ui.annotations;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.provlens.model.ProvElement;
import org.provlens.model.Severity;

/**
 * Asks for the text (required, several lines), tags (comma separated) and severity of an annotation on the
 * selected elements. OK stays disabled while the text is blank: an annotation without a finding says nothing.
 */
public final class AnnotationDialog extends TitleAreaDialog {

    /** How many target names the message lists before "and n more". */
    private static final int LISTED_TARGETS = 3;

    private final List<? extends ProvElement> targets;
    private Text text;
    private Text tags;
    private Combo severity;
    private Annotations.Input input;

    /**
     * A dialog for some targets.
     *
     * @param parent the parent shell
     * @param targets the elements to annotate, at least one
     */
    public AnnotationDialog(Shell parent, List<? extends ProvElement> targets) {
        super(parent);
        this.targets = List.copyOf(targets);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Annotate");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Annotate " + (targets.size() == 1 ? "1 element" : targets.size() + " elements"));
        setMessage("Record a finding on " + describeTargets() + ".");

        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        label(form, "&Text:").setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
        text = new Text(form, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, text.getLineHeight() * 6).applyTo(text);
        text.addModifyListener(e -> validate());
        // Tab moves on to the tags instead of typing a tab character into the finding.
        text.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });

        label(form, "Ta&gs:");
        tags = new Text(form, SWT.SINGLE | SWT.BORDER);
        tags.setMessage("comma separated, e.g. slow, out-of-memory");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tags);

        label(form, "&Severity:");
        severity = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Severity value : Severity.VALUES) {
            severity.add(value.getLiteral());
        }
        severity.select(Severity.INFO_VALUE);
        return area;
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private String describeTargets() {
        String listed = targets.stream().limit(LISTED_TARGETS).map(AnnotationLabels::target)
                .collect(Collectors.joining(", "));
        int more = targets.size() - LISTED_TARGETS;
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        boolean complete = text != null && !text.getText().isBlank();
        ok.setEnabled(complete);
        setErrorMessage(null);
        setMessage(complete ? "Record a finding on " + describeTargets() + "." : "The text of the finding is required.");
    }

    @Override
    protected void okPressed() {
        input = new Annotations.Input(text.getText().strip(), Annotations.parseTags(tags.getText()),
                Severity.get(severity.getSelectionIndex()));
        super.okPressed();
    }

    /**
     * What the user entered.
     *
     * @return the input after OK, {@code null} before or after Cancel
     */
    public Annotations.Input getInput() {
        return input;
    }

    /**
     * The text field, for tests.
     *
     * @return the multi-line text of the finding
     */
    public Text getTextField() {
        return text;
    }

    /**
     * The tags field, for tests.
     *
     * @return the comma separated tags field
     */
    public Text getTagsField() {
        return tags;
    }

    /**
     * The severity choice, for tests.
     *
     * @return the read-only combo of severities
     */
    public Combo getSeverityCombo() {
        return severity;
    }

    /**
     * The OK button, for tests.
     *
     * @return the button, {@code null} before the dialog is created
     */
    public Button getOkButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
