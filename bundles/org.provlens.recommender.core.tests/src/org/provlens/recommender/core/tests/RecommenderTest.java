package org.provlens.recommender.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.History;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.Recommender;
import org.provlens.recommender.core.Seed;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.provider.RecommendQuery;

/** Seeds for tasks of the generated history, read through the real importers. */
class RecommenderTest {

    @Test
    void smoke() throws IOException {
        Workspace workspace = GeneratedHistory.workspace();
        History history = History.of(workspace, null);
        System.out.println(history.trials().size() + " trials, " + history.nodes().size() + " tasks");
        history.nodes().stream().limit(40).forEach(n -> System.out.println(n.key() + " " + n.characteristics().format() + " " + n.trials().size()));
        Recommendations r = Recommender.recommend(workspace, RecommendQuery.described(TaskCharacteristics.parse(
                "category=churn_prediction, modality=tabular, domain=telco, rows=8000, features=20")), null);
        System.out.println(r.objective() + " " + r.message());
        r.neighbours().forEach(n -> System.out.println("  " + n.node().key() + " " + n.similarity()));
        for (Seed s : r.seeds()) {
            System.out.println(s.rank() + " " + s.model() + " " + s.parameters() + " " + s.score() + " " + s.energyJoules() + " " + s.evidence().size() + " " + s.pareto());
        }
        assertFalse(r.seeds().isEmpty());
    }
}
