package org.provlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.page;
import static org.provlens.ui.tests.Workbench.sample;
import static org.provlens.ui.tests.Workbench.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.analysis.core.Levels;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.EnergyFormat;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GroupBy;
import org.provlens.energy.ui.EnergyBreakdown;
import org.provlens.energy.ui.EnergyPreferences;
import org.provlens.energy.ui.EnergyUi;
import org.provlens.energy.ui.EnergyView;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.navigator.RunsNavigatorView;
import org.provlens.ui.table.LevelTableView;
import org.provlens.ui.workspace.WorkspaceService;

/** The Energy view on the bundled sample: its figures are the provider's, for the workspace and for a selected run. */
class EnergyViewTest {

    @TempDir
    Path dir;

    @Test
    void theEnergyViewShowsTheProvidersFiguresAndFollowsTheSelection() throws Exception {
        IWorkbenchPage page = page();
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("energy.provlens"));
        Job job = service.importFiles(List.of(sample("llm_finetune_sample.jsonl")));
        job.join();
        drain();
        Workspace workspace = service.getWorkspace();
        int tasks = Levels.select(workspace, Levels.ALL).size();
        EnergyView view = (EnergyView) page.showView(EnergyUi.ENERGY_VIEW_ID);
        waitUntil(() -> view.getShown() != null && view.getShown().total().tasks() == tasks,
                "the energy of the whole sample");

        // The provider's answer for the same workspace at the same (the preferences') assumptions.
        Assumptions assumptions = EnergyPreferences.assumptions();
        EnergyProvider provider = new EnergyProvider();
        EnergyReport expected = provider.fetch(EnergyQuery.of(workspace, GroupBy.LEVEL, assumptions), null).model();
        EnergyGroup total = view.getShown().total();
        assertEquals(expected.total().joules(), total.joules(), expected.total().joules() * 1e-12);
        assertEquals(expected.total().facilityJoules(), total.facilityJoules(), total.facilityJoules() * 1e-12);
        assertEquals(expected.total().co2eGrams(), total.co2eGrams(), total.co2eGrams() * 1e-12);
        assertEquals(expected.total().component(Component.GPU).method(), total.component(Component.GPU).method());
        assertTrue(view.getSummary().startsWith("IT " + EnergyFormat.energy(expected.total().joules())),
                view.getSummary());
        assertTrue(view.getSummary().contains(EnergyFormat.carbon(expected.total().co2eGrams())), view.getSummary());
        // The breakdown tree: one row per level, in the provider's order, each with the activities of that level.
        TreeItem[] levels = view.getTree().getTree().getItems();
        assertEquals(expected.groups().size(), levels.length);
        for (int k = 0; k < levels.length; k++) {
            EnergyGroup level = expected.groups().get(k);
            assertEquals("level " + level.key(), levels[k].getText(0));
            assertEquals(EnergyFormat.energy(level.joules()), levels[k].getText(2));
        }
        EnergyBreakdown.Row top = view.getShown().tree().get(0);
        assertEquals(List.of("model_train", "tokenize_shard", "build_manifest", "fetch_raw_corpus"),
                top.children().stream().map(EnergyBreakdown.Row::label).toList(), "the top-level activities");
        assertEquals(Levels.select(workspace, "model_train").size(), top.children().get(0).group().tasks());

        // A run selected in the navigator: the view shows that run's figures.
        RunsNavigatorView navigator = (RunsNavigatorView) page.showView(ProvLensUi.RUNS_VIEW_ID);
        Workflow run = workspace.getCampaigns().get(0).getWorkflows().stream()
                .filter(w -> "training".equals(w.getSubtype())).findFirst().orElseThrow();
        page.activate(navigator);
        navigator.getViewer().setSelection(new StructuredSelection(run), true);
        drain();
        EnergyGroup ofRun = provider.fetch(EnergyQuery.of(workspace, GroupBy.LEVEL, assumptions)
                .scoped(List.of(run)), null).model().total();
        waitUntil(() -> view.getShown() != null && view.getShown().scope().startsWith("run "),
                "the view to follow the navigator");
        Job.getJobManager().join(view, null);
        drain();
        assertEquals(ofRun.tasks(), view.getShown().total().tasks());
        assertEquals(ofRun.joules(), view.getShown().total().joules(), ofRun.joules() * 1e-12);
        assertTrue(ofRun.joules() < expected.total().joules());

        // The Level table has the energy columns contributed by the energy bundle.
        LevelTableView table = (LevelTableView) page.showView(ProvLensUi.LEVEL_VIEW_ID);
        table.openLevel("train_batch_iteration");
        Job.getJobManager().join(table, null);
        drain();
        waitUntil(() -> table.getModel() != null && table.getModel().allColumns().contains("energy.co2e_g"),
                "the energy columns of the level table");
        assertTrue(table.getModel().columnNames().containsAll(List.of("energy.gpu.measured", "energy.total",
                "energy.gpu", "energy.cpu", "energy.ram", "energy.facility", "energy.co2e_g")),
                table.getModel().columnNames()::toString);
    }
}
