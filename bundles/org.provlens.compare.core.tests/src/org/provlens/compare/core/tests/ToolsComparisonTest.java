package org.provlens.compare.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.analysis.core.provider.ProviderStatus;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.ConfigRow;
import org.provlens.compare.core.OutcomeRow;
import org.provlens.model.Task;
import org.provlens.workspace.core.WorkspaceSession;

/**
 * Runs as the other tools record them: MLflow runs by run id and by name (metric histories with last, min, max and
 * the value at a step; missing metrics), CMF executions and stages (artifacts by content hash, unmatched children),
 * and queries that cannot be answered.
 */
class ToolsComparisonTest {

    private static final String HEALTHY = "8b2e4f6a1c3d4e5f9a7b6c5d4e3f2a10";
    private static final String DIVERGED = "c4d5e6f7a8b94c0d8e1f2a3b4c5d6e7f";

    private static Comparison completed(ProviderResponse<Comparison> response) {
        assertTrue(response.isCompleted(), response.message());
        return response.model();
    }

    private static OutcomeRow outcome(Comparison comparison, String key) {
        OutcomeRow row = comparison.outcome(key);
        assertNotNull(row, key + " not in " + comparison.outcomes().stream().map(OutcomeRow::key).toList());
        return row;
    }

    @Test
    void mlflowRunsByIdAndNameWithTheirMetricHistories() throws IOException {
        try (WorkspaceSession session = Fixtures.imported(Fixtures.testFile("mlflow/mlruns"))) {
            Comparison comparison = completed(new ComparisonProvider().fetch(
                    ComparisonQuery.of(session.workspace(), List.of(HEALTHY, "lr-0.1")).withAtStep(1L), null));
            assertEquals(List.of(HEALTHY, DIVERGED), comparison.runs().stream().map(r -> r.id()).toList());
            assertEquals(List.of("lr-0.001", "lr-0.1"), comparison.runs().stream().map(r -> r.name()).toList());
            ConfigRow lr = Fixtures.row(comparison, "used.lr");
            assertEquals(List.of("0.001", "0.1"), lr.values());
            assertTrue(lr.differs());
            assertFalse(Fixtures.row(comparison, "used.model").differs());
            assertEquals("code", Fixtures.row(comparison, "code.git.commit").section());

            OutcomeRow last = outcome(comparison, "series:train/loss.last");
            assertEquals(0.7733, last.value(0), 1e-12);
            assertTrue(Double.isNaN(last.value(1)), "the last logged loss is nan");
            assertEquals(2.3026, outcome(comparison, "series:train/loss.min").value(1), 1e-12);
            assertEquals(5.8812, outcome(comparison, "series:train/loss.max").value(1), 1e-12,
                    "samples out of order in the file, sorted by step");
            OutcomeRow atStep = outcome(comparison, "series:train/loss.at_step_1");
            assertEquals(1.6408, atStep.value(0), 1e-12);
            assertEquals(5.8812, atStep.value(1), 1e-12);
            assertEquals(5.8812 - 1.6408, atStep.delta(1), 1e-12);
            OutcomeRow accuracy = outcome(comparison, "series:val_accuracy.max");
            assertEquals(0.7034, accuracy.value(0), 1e-12);
            assertTrue(Double.isNaN(accuracy.value(1)), "the diverged run logged no accuracy");
            assertEquals(-1, accuracy.best(), "a best needs two values");
            OutcomeRow power = outcome(comparison, "series:system/gpu_0_power_usage_watts.mean");
            assertEquals((212.4 + 287.9 + 291.3 + 289.6 + 293.1 + 290.2) / 6, power.value(0), 1e-9);
            assertNull(comparison.outcome("series:system/gpu_0_power_usage_watts.last"), "telemetry: mean and max");
            assertNull(comparison.outcome("generated.train/loss"), "the latest value is the series' last");
        }
    }

    @Test
    void cmfExecutionsCompareArtifactsByContentHashAndStagesByName() throws IOException {
        try (WorkspaceSession session = Fixtures.imported(Fixtures.testFile("cmf/export.json"))) {
            List<String> trains = new ArrayList<>();
            Levels.forEachTask(session.workspace(), t -> {
                if ("Train".equals(t.getActivity()) && t.getParent() != null) {
                    trains.add(t.getId());
                }
            });
            assertEquals(2, trains.size());
            Comparison executions = completed(new ComparisonProvider()
                    .fetch(ComparisonQuery.of(session.workspace(), trains), null));
            assertEquals("task", executions.runs().get(0).kind());
            assertTrue(Fixtures.row(executions, "used.n_est").differs());
            assertFalse(Fixtures.row(executions, "used.seed").differs());
            ConfigRow data = Fixtures.row(executions, "artifact.Dataset");
            assertEquals("data", data.section());
            assertEquals("32b715ef0d71ff4c9e61f55b09c15e75", data.values().get(0), "the md5 DVC recorded");
            assertFalse(data.differs());
            assertEquals("environment", Fixtures.row(executions, "artifact.Environment").section());

            Comparison stages = completed(new ComparisonProvider().fetch(ComparisonQuery.of(session.workspace(),
                    List.of("example-pipeline/Prepare", "example-pipeline/Train")), null));
            assertEquals("cmf-stage:example-pipeline/Prepare", stages.runs().get(0).id());
            List<AlignedNode> children = stages.levels();
            assertEquals(3, children.size(), "one Prepare execution, two Train executions");
            assertTrue(children.stream().allMatch(n -> n.matched() == 1), "no execution has a match in the other stage");
            assertEquals(List.of("Prepare", "Train", "Train"), children.stream().map(AlignedNode::activity).toList());
            Task first = (Task) children.get(1).members().get(1);
            assertEquals("Train", first.getActivity());
        }
    }

    @Test
    void aQueryThatCannotBeAnsweredFailsWithTheReason() throws IOException {
        try (WorkspaceSession session = Fixtures.imported(Fixtures.testFile("mlflow/mlruns"))) {
            ComparisonProvider provider = new ComparisonProvider();
            ProviderResponse<Comparison> one = provider.fetch(ComparisonQuery.of(session.workspace(), List.of(HEALTHY)), null);
            assertEquals(ProviderStatus.FAILED, one.status());
            assertTrue(one.message().contains("two or more"), one.message());
            ProviderResponse<Comparison> unknown = provider.fetch(
                    ComparisonQuery.of(session.workspace(), List.of(HEALTHY, "nope", "gone")), null);
            assertEquals(ProviderStatus.FAILED, unknown.status());
            assertTrue(unknown.message().contains("'nope', 'gone'"), unknown.message());
            ProviderResponse<Comparison> twice = provider.fetch(
                    ComparisonQuery.of(session.workspace(), List.of(HEALTHY, HEALTHY)), null);
            assertTrue(twice.message().contains("given twice"), twice.message());
            ProviderResponse<Comparison> baseline = provider.fetch(
                    ComparisonQuery.of(session.workspace(), List.of(HEALTHY, DIVERGED)).withBaseline("lr-0.5"), null);
            assertEquals(ProviderStatus.FAILED, baseline.status());
            assertTrue(baseline.message().contains("baseline 'lr-0.5'"), baseline.message());
            Comparison byName = completed(provider.fetch(
                    ComparisonQuery.of(session.workspace(), List.of(HEALTHY, DIVERGED)).withBaseline("lr-0.1"), null));
            assertEquals(1, byName.baseline());
        }
    }

    @Test
    void aNameSeveralRunsShareIsRefused() throws IOException {
        Built built = new Built();
        built.run("a").setName("same");
        built.run("b").setName("same");
        built.run("c");
        ProviderResponse<Comparison> response = new ComparisonProvider()
                .fetch(ComparisonQuery.of(built.workspace(), List.of("same", "c")), null);
        assertEquals(ProviderStatus.FAILED, response.status());
        assertTrue(response.message().contains("'same' names 2 runs (a, b)"), response.message());
    }
}
