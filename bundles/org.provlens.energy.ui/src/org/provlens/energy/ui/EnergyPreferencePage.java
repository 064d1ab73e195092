package org.provlens.energy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.provlens.energy.core.EnergyFormat;
import org.provlens.model.Site;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The energy preferences (ProvLens Energy): the PUE and carbon intensity of sites without their own, a grid
 * intensity export, a device power table and the GPU utilisation assumed where none was recorded; and the PUE and
 * intensity of each site of the open workspace, which are kept in the workspace (they travel with it) and take
 * precedence over the defaults.
 */
public class EnergyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** A site of the open workspace being edited: the figures as typed, applied on OK. */
    private static final class SiteRow {
        final Site site;
        String pue;
        String intensity;

        SiteRow(Site site) {
            this.site = site;
            this.pue = Double.isNaN(site.getPue()) ? "" : EnergyFormat.figure(site.getPue());
            this.intensity = Double.isNaN(site.getCarbonIntensity()) ? "" : EnergyFormat.figure(
                    site.getCarbonIntensity());
        }
    }

    private final List<SiteRow> sites = new ArrayList<>();
    private TableViewer siteTable;

    /** A page in the grid layout of field editors. */
    public EnergyPreferencePage() {
        super(GRID);
        setDescription("What turns energy into facility energy and carbon where the workspace has no figures of"
                + " its own, and what the models use where nothing was measured (see docs/energy.md).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, EnergyPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new NumberFieldEditor(EnergyPreferences.PUE, "Default &PUE (Green Algorithms: 1.67):", parent, 1,
                10));
        addField(new NumberFieldEditor(EnergyPreferences.INTENSITY,
                "Default carbon &intensity, gCO2e/kWh (world: 475):", parent, 0, 5000));
        FileFieldEditor grid = new FileFieldEditor(EnergyPreferences.GRID_FILE,
                "&Grid intensity CSV (Electricity Maps or Ember):", true, parent);
        grid.setFileExtensions(new String[] {"*.csv", "*"});
        grid.setEmptyStringAllowed(true);
        addField(grid);
        addField(new ComboFieldEditor(EnergyPreferences.GRID_BASIS, "Electricity Maps &basis:", new String[][] {
            {"direct (scope 2)", "direct"}, {"life cycle", "lifecycle"}}, parent));
        FileFieldEditor devices = new FileFieldEditor(EnergyPreferences.DEVICES_FILE,
                "&Device power table CSV (empty: built-in):", true, parent);
        devices.setFileExtensions(new String[] {"*.csv", "*"});
        devices.setEmptyStringAllowed(true);
        addField(devices);
        addField(new NumberFieldEditor(EnergyPreferences.GPU_USAGE, "GPU &utilisation where none was recorded:",
                parent, 0.01, 1));
        sitesGroup(parent);
    }

    /** The sites of the open workspace, their PUE and intensity editable. */
    private void sitesGroup(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("Sites of the open workspace (kept in the workspace; empty: the defaults above)");
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 160).applyTo(group);
        group.setLayout(new GridLayout(1, false));
        for (Site site : WorkspaceService.getDefault().getWorkspace().getSites()) {
            sites.add(new SiteRow(site));
        }
        if (sites.isEmpty()) {
            new Label(group, SWT.WRAP).setText("No sites yet: import provenance first.");
            return;
        }
        siteTable = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(siteTable.getControl());
        siteTable.getTable().setHeaderVisible(true);
        siteTable.setContentProvider(ArrayContentProvider.getInstance());
        column("Site", 200, r -> r.site.getName() != null ? r.site.getName() : r.site.getId(), null);
        column("Region", 120, r -> r.site.getRegion() == null ? "" : r.site.getRegion(), null);
        column("PUE", 80, r -> r.pue, (r, v) -> r.pue = v);
        column("gCO2e/kWh", 100, r -> r.intensity, (r, v) -> r.intensity = v);
        siteTable.setInput(sites);
    }

    private interface Setter {
        void set(SiteRow row, String value);
    }

    private void column(String title, int width, java.util.function.Function<SiteRow, String> text, Setter setter) {
        TableViewerColumn column = new TableViewerColumn(siteTable, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SiteRow) element);
            }
        });
        if (setter == null) {
            return;
        }
        column.setEditingSupport(new EditingSupport(siteTable) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(siteTable.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return text.apply((SiteRow) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                setter.set((SiteRow) element, String.valueOf(value).strip());
                siteTable.update(element, null);
                validateSites();
            }
        });
    }

    /** Site figures must be numbers (a PUE at least 1, an intensity at least 0) or empty. */
    private boolean validateSites() {
        for (SiteRow row : sites) {
            String name = row.site.getName() != null ? row.site.getName() : row.site.getId();
            if (!valid(row.pue, 1)) {
                setErrorMessage("The PUE of " + name + " should be a number of at least 1, or empty");
                setValid(false);
                return false;
            }
            if (!valid(row.intensity, 0)) {
                setErrorMessage("The intensity of " + name + " should be a number of at least 0, or empty");
                setValid(false);
                return false;
            }
        }
        setErrorMessage(null);
        setValid(true);
        return true;
    }

    private static boolean valid(String text, double least) {
        return text.isEmpty() || !Double.isNaN(parse(text)) && parse(text) >= least;
    }

    private static double parse(String text) {
        try {
            return text.isEmpty() ? Double.NaN : Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public boolean performOk() {
        if (!super.performOk() || !validateSites()) {
            return false;
        }
        List<SiteRow> changed = sites.stream().filter(r -> !same(parse(r.pue), r.site.getPue())
                || !same(parse(r.intensity), r.site.getCarbonIntensity())).toList();
        if (!changed.isEmpty()) {
            WorkspaceService.getDefault().modify("Setting the sites' PUE and intensity", () -> {
                for (SiteRow row : changed) {
                    row.site.setPue(parse(row.pue));
                    row.site.setCarbonIntensity(parse(row.intensity));
                }
            });
        }
        return true;
    }

    private static boolean same(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : a == b;
    }

    /** A decimal number within bounds. */
    private static final class NumberFieldEditor extends StringFieldEditor {
        private final double least;
        private final double most;

        NumberFieldEditor(String name, String label, Composite parent, double least, double most) {
            super(name, label, 10, parent);
            this.least = least;
            this.most = most;
            setEmptyStringAllowed(false);
            setErrorMessage(String.format(Locale.ROOT, "%s should be a number from %s to %s",
                    label.replace("&", "").replaceAll(" \\(.*|:$", ""), EnergyFormat.figure(least),
                    EnergyFormat.figure(most)));
        }

        @Override
        protected boolean doCheckState() {
            double value = parse(getStringValue().strip());
            return value >= least && value <= most;
        }
    }
}
