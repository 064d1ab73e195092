package org.provlens.compare.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.ConfigRow;
import org.provlens.compare.core.internal.Literals;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;

/** The configuration diff: nested values compared structurally, missing keys, numbers written differently. */
class ConfigDiffTest {

    private static Comparison compare(Built built, String... runs) {
        ProviderResponse<Comparison> response = new ComparisonProvider()
                .fetch(ComparisonQuery.of(built.workspace(), List.of(runs)).withDepth(0), null);
        assertTrue(response.isCompleted(), response.message());
        return response.model();
    }

    @Test
    void nestedValuesAreDiffedLeafByLeafWhateverTheirNotation() {
        Built built = new Built();
        Workflow a = built.run("a");
        Workflow b = built.run("b");
        // JSON in one run, a Python literal (what str() of a dict records) in the other.
        Built.parameter(a, "optimizer", "{\"name\": \"adamw\", \"betas\": [0.9, 0.999], \"eps\": 1e-8, \"fused\": true}",
                ValueType.JSON);
        Built.parameter(b, "optimizer", "{'name': 'adamw', 'betas': (0.9, 0.95), 'eps': 1e-08, 'fused': True}",
                ValueType.STRING);
        Built.parameter(a, "layers", "[64, 128]", ValueType.JSON);
        Built.parameter(b, "layers", "[64,128]", ValueType.JSON);
        Comparison comparison = compare(built, "a", "b");

        ConfigRow optimizer = Fixtures.row(comparison, "used.optimizer");
        assertEquals(0, optimizer.depth());
        assertTrue(optimizer.differs(), "beta2 differs");
        assertFalse(Fixtures.row(comparison, "used.optimizer.name").differs());
        assertEquals(1, Fixtures.row(comparison, "used.optimizer.name").depth());
        assertFalse(Fixtures.row(comparison, "used.optimizer.betas[0]").differs());
        ConfigRow beta2 = Fixtures.row(comparison, "used.optimizer.betas[1]");
        assertTrue(beta2.differs());
        assertEquals(List.of("0.999", "0.95"), beta2.values());
        assertEquals(2, beta2.depth());
        assertFalse(Fixtures.row(comparison, "used.optimizer.eps").differs(), "1e-8 and 1e-08 are one number");
        assertFalse(Fixtures.row(comparison, "used.optimizer.fused").differs(), "true and True");
        assertFalse(Fixtures.row(comparison, "used.layers").differs(), "the same list, spaced differently");
        int at = comparison.parameters().indexOf(optimizer);
        assertEquals("used.optimizer.name", comparison.parameters().get(at + 1).key(), "leaves follow their value");
    }

    @Test
    void aKeyOrLeafOneRunLacksIsMissingThereAndDiffers() {
        Built built = new Built();
        Workflow a = built.run("a");
        Workflow b = built.run("b");
        Workflow c = built.run("c");
        Built.parameter(a, "lr", "0.001", ValueType.REAL);
        Built.parameter(b, "lr", "1e-3", ValueType.REAL);
        Built.parameter(c, "lr", "0.001", ValueType.REAL);
        Built.parameter(a, "scheduler", "{\"kind\": \"cosine\", \"warmup\": 100}", ValueType.JSON);
        Built.parameter(b, "scheduler", "{\"kind\": \"cosine\"}", ValueType.JSON);
        Built.parameter(a, "amp", "true", ValueType.BOOLEAN);
        Built.parameter(c, "amp", "true", ValueType.BOOLEAN);
        Comparison comparison = compare(built, "a", "b", "c");

        assertFalse(Fixtures.row(comparison, "used.lr").differs(), "0.001 and 1e-3");
        ConfigRow amp = Fixtures.row(comparison, "used.amp");
        assertTrue(amp.differs());
        assertEquals(Arrays.asList("true", null, "true"), amp.values());
        ConfigRow warmup = Fixtures.row(comparison, "used.scheduler.warmup");
        assertEquals(Arrays.asList("100", null, null), warmup.values());
        assertTrue(warmup.differs());
        assertFalse(Fixtures.row(comparison, "used.scheduler.kind").values().get(1) == null);
        ConfigRow kind = Fixtures.row(comparison, "used.scheduler.kind");
        assertEquals(Arrays.asList("cosine", "cosine", null), kind.values(), "run c has no scheduler at all");
        assertTrue(kind.differs());
        assertTrue(Fixtures.row(comparison, "used.scheduler").differs());
    }

    @Test
    void textThatOnlyLooksNestedStaysText() {
        assertNull(Literals.container("[not a list"));
        assertNull(Literals.container("{'a': 1} trailing"));
        assertNull(Literals.container("lr in [0.001, 0.1]"), "MLflow's search_space param is prose");
        assertEquals(List.of(1L, 2.5, "x", true), Literals.container("(1, 2.5, 'x', True)"));
        Object nested = Literals.container("{\"a\": {\"b\": [null, None, NaN]}}");
        assertEquals("{a={b=[null, null, NaN]}}", String.valueOf(nested));
    }
}
