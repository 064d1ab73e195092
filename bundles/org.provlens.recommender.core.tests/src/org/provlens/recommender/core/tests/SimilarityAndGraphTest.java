package org.provlens.recommender.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.recommender.core.KnowledgeGraph;
import org.provlens.recommender.core.SimilarityMetric;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.TaskNode;

/** The documented similarity metric and the knowledge graph's threshold semantics. */
class SimilarityAndGraphTest {

    private static TaskCharacteristics task(String text) {
        return TaskCharacteristics.parse(text);
    }

    private static final SimilarityMetric METRIC = SimilarityMetric.DEFAULT;

    @Test
    void textTraitsMatchOrNotAndSizesCompareOnALogScale() {
        // category 3, modality 2 match; rows a decade apart over a scale of 2 decades: 0.5 of weight 1.
        assertEquals((3 + 2 + 0.5) / 6.0, METRIC.similarity(task("category=churn, modality=tabular, rows=1000"),
                task("category=churn, modality=tabular, rows=10000")), 1e-12);
        // A hundred times the rows: the rows trait gives nothing; category mismatch gives nothing.
        assertEquals(2 / 6.0, METRIC.similarity(task("category=churn, modality=tabular, rows=100"),
                task("category=fraud, modality=tabular, rows=10000")), 1e-12);
        // features over 1.5 decades: 10 against 100 -> 1 - 1/1.5.
        assertEquals((3 + (1 - 1 / 1.5)) / 4.0, METRIC.similarity(task("category=a, features=10"),
                task("category=a, features=100")), 1e-12);
    }

    @Test
    void aTraitOnlyOneTaskHasCountsAsAMismatchAndIdentityTraitsAreIgnored() {
        assertEquals(3 / 5.0, METRIC.similarity(task("name=x, category=a, modality=m"),
                task("name=y, category=a, objective=val_auc:max")), 1e-12);
        assertEquals(0, METRIC.similarity(task("name=x"), task("name=x")), 1e-12, "nothing to compare");
        assertEquals(1, METRIC.similarity(task("category=A , rows=5000"), task("category=a, num_rows=5000")), 1e-12,
                "case, spaces and aliases are canonical");
    }

    @Test
    void otherTraitsAndConfigurableWeights() {
        // An unnamed numeric trait: 1 - |a-b| / max, weight 0.5; an unnamed text trait weight 1.
        assertEquals((3 + 0.5 * 0.5) / 3.5, METRIC.similarity(task("category=a, imbalance=0.2"),
                task("category=a, imbalance=0.4")), 1e-12);
        SimilarityMetric noDomain = METRIC.withWeights("domain=0, rows=2");
        assertEquals(1, noDomain.similarity(task("category=a, domain=bank"), task("category=a, domain=telco")),
                1e-12);
        assertEquals((3 + 2 * 0.5) / 5, noDomain.similarity(task("category=a, rows=1000"),
                task("category=a, rows=10000")), 1e-12, "the rows keep their log scale with the new weight");
        assertThrows(IllegalArgumentException.class, () -> METRIC.withWeights("rows=-1"));
        assertThrows(IllegalArgumentException.class, () -> METRIC.withWeights("rows"));
    }

    @Test
    void anEdgeIffTheSimilarityReachesTheThreshold() {
        // With category and modality weighted alike, one match of two is exactly 0.5.
        SimilarityMetric halves = METRIC.withWeights("category=1, modality=1");
        TaskNode a = new TaskNode("a", task("category=x, modality=m"), List.of());
        TaskNode b = new TaskNode("b", task("category=x, modality=n"), List.of());
        TaskNode c = new TaskNode("c", task("category=y, modality=o"), List.of());
        KnowledgeGraph atHalf = KnowledgeGraph.build(List.of(a, b, c), halves, 0.5, null);
        assertEquals(List.of(new KnowledgeGraph.Edge(0, 1, 0.5)), atHalf.edges(), "0.5 passes a threshold of 0.5");
        KnowledgeGraph above = KnowledgeGraph.build(List.of(a, b, c), halves, Math.nextUp(0.5), null);
        assertTrue(above.edges().isEmpty(), "just below the threshold: no edge");
        KnowledgeGraph zero = KnowledgeGraph.build(List.of(a, b, c), halves, 0, null);
        assertEquals(3, zero.edges().size(), "threshold 0: every pair, even similarity 0");
        assertEquals(List.of("b"), atHalf.neighboursOf(0).stream().map(n -> n.node().key()).toList());
        assertEquals(List.of("a", "b"), atHalf.neighbours(task("category=x, modality=z")).stream()
                .map(n -> n.node().key()).toList(), "a task outside the graph links to the same tasks");
        assertThrows(IllegalArgumentException.class, () -> KnowledgeGraph.build(List.of(a), halves, 1.5, null));
    }
}
