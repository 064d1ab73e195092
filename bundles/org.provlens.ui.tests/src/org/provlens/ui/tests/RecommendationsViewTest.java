package org.provlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.ui.tests.Workbench.drain;
import static org.provlens.ui.tests.Workbench.page;
import static org.provlens.ui.tests.Workbench.waitForWorkspaceJobs;
import static org.provlens.ui.tests.Workbench.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.generator.core.HistoryGenerator;
import org.provlens.generator.core.HistorySettings;
import org.provlens.model.Annotation;
import org.provlens.model.Recommendation;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.Evidence;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.SeedOutcomes;
import org.provlens.recommender.core.SeedRecords;
import org.provlens.recommender.ui.RecommendationsView;
import org.provlens.ui.annotations.Annotations;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The Recommendations view in the real workbench on a generated history imported through the importers: seeds for
 * a run's task with their evidence and neighbours, "Start from this seed" as an undoable edit, and the recorded
 * seed's outcome delta.
 */
class RecommendationsViewTest {

    @TempDir
    Path dir;

    @Test
    void seedsForARunAndStartingFromOneIsRecordedAndUndoable() throws Exception {
        Path history = dir.resolve("history");
        new HistoryGenerator(HistorySettings.small(5)).write(history);
        WorkspaceService service = WorkspaceService.getDefault();
        service.open(dir.resolve("recommend.provlens"));
        Job job = service.importFiles(List.of(history));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        drain();
        Workspace workspace = service.getWorkspace();
        // A trial run of an MLflow search: nested under its search, its own metric the objective.
        Workflow run = workspace.getCampaigns().stream().flatMap(c -> c.getWorkflows().stream())
                .filter(w -> w.getParent() != null && !w.getMetrics().isEmpty()).findFirst().orElseThrow();

        RecommendationsView view = (RecommendationsView) page().showView(RecommendationsView.ID);
        drain();
        view.setSubject(run);
        waitUntil(() -> view.getCurrent() != null, "the recommendations");
        Recommendations r = view.getCurrent();
        assertSame(run, r.subject());
        assertFalse(r.seeds().isEmpty(), r.message());
        assertFalse(r.neighbours().isEmpty());
        assertEquals(r.seeds().size(), view.getSeedsViewer().getTable().getItemCount());
        assertTrue(view.getTraitsText().getText().contains("category="), view.getTraitsText().getText());
        for (var seed : r.seeds()) {
            for (Evidence e : seed.evidence()) {
                assertTrue(e.run() != run, "a run is not evidence for its own task");
            }
        }

        view.startFromSeed();
        waitForWorkspaceJobs();
        assertEquals(1, workspace.getRecommendations().size());
        Recommendation recommendation = workspace.getRecommendations().get(0);
        Annotation mark = workspace.getAnnotations().stream()
                .filter(a -> a.getTags().contains(SeedRecords.SEEDED_TAG)).findFirst().orElseThrow();
        assertSame(recommendation, mark.getRecommendation());
        assertEquals(List.of(run), mark.getTargets());
        assertEquals(r.seeds().get(0).model(), recommendation.getModel());
        SeedOutcomes.SeededRun seeded = SeedOutcomes.review(workspace, recommendation).runs().get(0);
        double outcome = run.getMetrics().stream().filter(m -> m.getKey().equals(r.objective().key()))
                .findFirst().orElseThrow().getValue();
        assertEquals(outcome, seeded.outcome(), 1e-12);
        assertEquals(outcome - recommendation.getExpectedOutcome(), seeded.delta(), 1e-12);
        waitUntil(() -> view.getRecordedViewer().getTable().getItemCount() == 1, "the recorded seed's row");
        String delta = view.getRecordedViewer().getTable().getItem(0).getText(5);
        assertEquals(String.format(java.util.Locale.ROOT, "%+.4f", seeded.delta()), delta);

        // Edit > Undo takes back the annotation and the recommendation it brought.
        Annotations.history().undo(Annotations.undoContext(), null, null);
        waitForWorkspaceJobs();
        assertTrue(workspace.getRecommendations().isEmpty());
        assertTrue(workspace.getAnnotations().isEmpty());
        waitUntil(() -> view.getRecordedViewer().getTable().getItemCount() == 0, "the recorded seeds emptied");
        assertNotNull(view.getCurrent());
        page().hideView(view);
    }
}
