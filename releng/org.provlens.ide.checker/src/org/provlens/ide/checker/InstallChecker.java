package org.provlens.ide.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Started by the workbench's early start-up when the system property {@value #REPORT} names a report file: waits
 * until ProvLens has imported what it was started with (its workspace file is saved, no ProvLens job is left and
 * the Runs navigator lists something), then writes a JSON report of what the IDE runs and shows (the state of
 * every {@code org.provlens} bundle, the perspective, the views, the Runs navigator's top rows, ProvLens's entry in
 * the IDE's File > Import dialog, whether Help > Install New Software is there) and closes the IDE, unless {@value #KEEP_OPEN} is {@code true}. The test reads the
 * report and decides; this class judges nothing, so that what failed is read in the report.
 */
public class InstallChecker implements IStartup {

    /** The system property naming the report file; without it the checker does nothing. */
    public static final String REPORT = "provlens.checker.report";

    /** The system property that keeps the IDE open after the report (for screenshots). */
    public static final String KEEP_OPEN = "provlens.checker.keepOpen";

    private static final String RUNS_VIEW = "org.provlens.ui.views.runs";
    private static final String IMPORT_WIZARD = "org.provlens.ui.wizards.importProvenance";
    private static final long TIMEOUT_MILLIS = Long.getLong("provlens.checker.timeoutSeconds", 60) * 1000;

    @Override
    public void earlyStartup() {
        String report = System.getProperty(REPORT);
        if (report == null) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        Map<String, Object> seen = new LinkedHashMap<>();
        long started = System.currentTimeMillis();
        try {
            Path workspaceFile = provlensWorkspaceFile();
            seen.put("workspaceFile", workspaceFile == null ? null : workspaceFile.toString());
            do {
                display.syncExec(() -> seen.putAll(observeWorkbench(workbench)));
                seen.put("provlensJobs", provlensJobs());
                seen.put("workspaceFileExists", workspaceFile != null && Files.isRegularFile(workspaceFile));
                if (Boolean.TRUE.equals(seen.get("workspaceFileExists")) && ((List<?>) seen.get("provlensJobs")).isEmpty()
                        && !((List<?>) seen.get("runs")).isEmpty()) {
                    break;
                }
                Thread.sleep(250);
            } while (System.currentTimeMillis() - started < TIMEOUT_MILLIS);
            seen.put("waitedMillis", System.currentTimeMillis() - started);
            display.syncExec(() -> {
                seen.put("importWizard", importWizard(workbench));
                seen.put("installNewSoftware", workbench.getService(ICommandService.class)
                        .getCommand("org.eclipse.equinox.p2.ui.sdk.install").isDefined());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            seen.put("checkerError", "interrupted while waiting for ProvLens");
        } catch (RuntimeException e) {
            seen.put("checkerError", e.toString());
        }
        seen.put("bundles", provlensBundles());
        try {
            Path target = Path.of(report);
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            Files.writeString(partial, Json.write(seen), StandardCharsets.UTF_8);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The test then reports that the file is missing; the reason goes to the IDE's log.
            Platform.getLog(FrameworkUtil.getBundle(getClass())).error("Could not write " + report, e);
        }
        if (!Boolean.getBoolean(KEEP_OPEN)) {
            display.asyncExec(workbench::close);
        }
    }

    /** Where ProvLens keeps its workspace in an IDE, or null when org.provlens.ui is not installed. */
    private static Path provlensWorkspaceFile() {
        Bundle ui = Platform.getBundle("org.provlens.ui");
        if (ui == null) {
            return null;
        }
        return Platform.getStateLocation(ui).toFile().toPath().resolve("workspace.provlens");
    }

    private static Map<String, Object> observeWorkbench(IWorkbench workbench) {
        Map<String, Object> seen = new LinkedHashMap<>();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        seen.put("windowTitle", window == null ? null : window.getShell().getText());
        seen.put("perspective", page == null || page.getPerspective() == null ? null : page.getPerspective().getId());
        List<String> views = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        if (page != null) {
            for (IViewReference reference : page.getViewReferences()) {
                views.add(reference.getId());
            }
            IViewPart view = page.findView(RUNS_VIEW);
            ISelectionProvider provider = view == null ? null : view.getSite().getSelectionProvider();
            if (provider instanceof StructuredViewer viewer && viewer.getControl() instanceof Tree tree) {
                for (TreeItem item : tree.getItems()) {
                    runs.add(item.getText());
                }
            }
        }
        seen.put("views", views);
        seen.put("runs", runs);
        return seen;
    }

    private static List<String> provlensJobs() {
        List<String> jobs = new ArrayList<>();
        for (Job job : Job.getJobManager().find(null)) {
            if (job.getClass().getName().startsWith("org.provlens.")) {
                jobs.add(job.getName());
            }
        }
        return jobs;
    }

    /** ProvLens's entry of File > Import: found in the IDE's registry, and its wizard opens in a dialog. */
    private static Map<String, Object> importWizard(IWorkbench workbench) {
        Map<String, Object> entry = new LinkedHashMap<>();
        IWizardDescriptor descriptor = workbench.getImportWizardRegistry().findWizard(IMPORT_WIZARD);
        entry.put("found", descriptor != null);
        if (descriptor == null) {
            return entry;
        }
        entry.put("label", descriptor.getLabel());
        entry.put("category", descriptor.getCategory() == null ? null : descriptor.getCategory().getLabel());
        try {
            IWorkbenchWizard wizard = descriptor.createWizard();
            wizard.init(workbench, org.eclipse.jface.viewers.StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
            dialog.create();
            entry.put("wizardClass", wizard.getClass().getName());
            entry.put("pageTitle", dialog.getCurrentPage() == null ? null : dialog.getCurrentPage().getTitle());
            dialog.close();
        } catch (org.eclipse.core.runtime.CoreException | RuntimeException e) {
            entry.put("error", e.toString());
        }
        return entry;
    }

    /** Every org.provlens bundle but this one, with its state; an unresolved one says what it lacks. */
    private List<Map<String, Object>> provlensBundles() {
        List<Map<String, Object>> bundles = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(getClass());
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith("org.provlens.") || bundle.equals(self)) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("version", bundle.getVersion().toString());
            entry.put("state", state(bundle.getState()));
            entry.put("lazy", Constants.ACTIVATION_LAZY.equals(bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY)));
            if (bundle.getState() == Bundle.INSTALLED) {
                // Starting an unresolved bundle is the one public way to learn which requirement is missing.
                try {
                    bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                    entry.put("problem", "resolved only when started");
                } catch (BundleException e) {
                    entry.put("problem", e.getMessage());
                }
            }
            bundles.add(entry);
        }
        return bundles;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN " + state;
        };
    }
}
