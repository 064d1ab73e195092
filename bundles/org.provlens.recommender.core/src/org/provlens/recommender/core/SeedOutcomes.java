package org.provlens.recommender.core;

import java.util.ArrayList;
import java.util.List;

import org.provlens.model.Annotation;
import org.provlens.model.Execution;
import org.provlens.model.ProvElement;
import org.provlens.model.Recommendation;
import org.provlens.model.Workspace;
import org.provlens.model.util.Bulk;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * What the recorded seeds were worth: per recommendation, the runs started from it with their outcome and its
 * delta to the seed's expected outcome, and the findings recorded against it.
 *
 * <p>A run's outcome is its own value of the recommendation's objective; for a run that holds several trials (a
 * search whose trials are its tasks or nested runs) the best of them. The delta is outcome minus expected
 * outcome; the run beat the seed when the delta is in the objective's direction (above for max, below for min).</p>
 */
public final class SeedOutcomes {

    /**
     * A run started from a seed.
     *
     * @param run the run
     * @param outcome its outcome, NaN when it recorded none yet
     * @param delta outcome minus the seed's expected outcome, NaN when either is unknown
     * @param beat whether the outcome is better than expected
     * @param mark the annotation that records the start
     */
    public record SeededRun(Execution run, double outcome, double delta, boolean beat, Annotation mark) {
    }

    /**
     * A recommendation and what came of it.
     *
     * @param recommendation the recommendation
     * @param objective its objective, {@code null} when it has none
     * @param runs the runs started from it
     * @param findings the other annotations that reference it
     */
    public record Review(Recommendation recommendation, Objective objective, List<SeededRun> runs,
            List<Annotation> findings) {
        /** Copies the lists. */
        public Review {
            runs = List.copyOf(runs);
            findings = List.copyOf(findings);
        }
    }

    private SeedOutcomes() {
    }

    /**
     * Reviews every recommendation of a workspace.
     *
     * @param workspace the workspace
     * @return one review per recommendation, in workspace order
     */
    public static List<Review> of(Workspace workspace) {
        List<Review> reviews = new ArrayList<>();
        for (Recommendation r : workspace.getRecommendations()) {
            reviews.add(review(workspace, r));
        }
        return reviews;
    }

    /**
     * Reviews one recommendation.
     *
     * @param workspace the workspace
     * @param r the recommendation
     * @return the review
     */
    public static Review review(Workspace workspace, Recommendation r) {
        Objective objective = r.getObjective() == null ? null : Objective.parse(r.getObjective());
        List<SeededRun> runs = new ArrayList<>();
        List<Annotation> findings = new ArrayList<>();
        for (Annotation a : workspace.getAnnotations()) {
            if (a.getRecommendation() != r) {
                continue;
            }
            if (!a.getTags().contains(SeedRecords.SEEDED_TAG)) {
                findings.add(a);
                continue;
            }
            for (ProvElement target : a.getTargets()) {
                if (target instanceof Execution run) {
                    double outcome = objective == null ? Double.NaN : outcome(run, objective);
                    double delta = outcome - r.getExpectedOutcome();
                    boolean beat = Double.isFinite(delta) && objective.better(outcome, r.getExpectedOutcome());
                    runs.add(new SeededRun(run, outcome, delta, beat, a));
                }
            }
        }
        return new Review(r, objective, runs, findings);
    }

    /**
     * The outcome of a run: its own value of the objective, else the best of the trials it holds.
     *
     * @param run a run or task
     * @param objective the objective
     * @return the outcome, NaN when none was recorded
     */
    public static double outcome(Execution run, Objective objective) {
        double own = value(run, objective);
        if (Double.isFinite(own)) {
            return own;
        }
        double[] best = {Double.NaN};
        java.util.function.Consumer<Execution> consider = e -> {
            double v = value(e, objective);
            if (Double.isFinite(v) && (Double.isNaN(best[0]) || objective.better(v, best[0]))) {
                best[0] = v;
            }
        };
        if (run instanceof Workflow workflow) {
            Bulk.visitExecutions(workflow, consider);
            children(workflow, consider);
        }
        return best[0];
    }

    private static void children(Workflow workflow, java.util.function.Consumer<Execution> consider) {
        for (Workflow child : workflow.getChildren()) {
            consider.accept(child);
            children(child, consider);
        }
    }

    private static double value(Execution e, Objective objective) {
        return Tasks.metrics(e).stream().filter(m -> objective.key().equals(m.getKey())).mapToDouble(m -> m.getValue())
                .findFirst().orElse(Double.NaN);
    }
}
