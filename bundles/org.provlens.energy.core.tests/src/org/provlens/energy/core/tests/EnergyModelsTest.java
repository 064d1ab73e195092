package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.provlens.energy.core.EnergyModels;
import org.provlens.energy.core.EnergyModels.Integral;

/** The formulas, against values worked out by hand. */
class EnergyModelsTest {

    @Test
    void trapezoidIntegratesKnownPowerCurvesExactlyWhereTheyAreLinear() {
        // P(t) = 100 + 10 t W sampled at 0, 5, 10 s: the integral over [0, 10] is 100×10 + 5×10² = 1,500 J.
        double[] xs = {0, 5, 10};
        double[] ys = {100, 150, 200};
        Integral whole = EnergyModels.trapezoid(xs, ys, 0, 10);
        assertEquals(1500, whole.joules(), 1e-9);
        assertEquals(100 * 5 + 150 * 5, whole.lowerJoules(), 1e-9, "the lower sample of each segment");
        assertEquals(150 * 5 + 200 * 5, whole.upperJoules(), 1e-9, "the higher sample of each segment");
        assertEquals(10, whole.seconds(), 1e-12);
        // Over [2, 7] the samples are interpolated at the ends: 100×5 + 5×(7² − 2²) = 725 J.
        assertEquals(725, EnergyModels.trapezoid(xs, ys, 2, 7).joules(), 1e-9);
        // Beyond the samples nothing is assumed: [−5, 3] covers 3 s of them, 100×3 + 5×9 = 345 J.
        Integral partial = EnergyModels.trapezoid(xs, ys, -5, 3);
        assertEquals(345, partial.joules(), 1e-9);
        assertEquals(3, partial.seconds(), 1e-12);
        // A triangle 0 → 100 W → 0 over 20 s: 1,000 J, between 0 and 2,000 J.
        Integral triangle = EnergyModels.trapezoid(new double[] {0, 10, 20}, new double[] {0, 100, 0}, 0, 20);
        assertEquals(1000, triangle.joules(), 1e-9);
        assertEquals(0, triangle.lowerJoules(), 1e-9);
        assertEquals(2000, triangle.upperJoules(), 1e-9);
        // A missing sample is skipped: the segment joins its neighbours.
        assertEquals(1500, EnergyModels.trapezoid(xs, new double[] {100, Double.NaN, 200}, 0, 10).joules(), 1e-9);
    }

    @Test
    void aCounterThatWentBackWrappedWhenItsRangeIsKnownElseItWasReset() {
        assertEquals(1500, EnergyModels.counterDelta(1000, 2500, Double.NaN));
        // RAPL energy_uj wraps at max_energy_range_uj: 262,143,328,850 − 262,000,000,000 + 1,000,000 µJ.
        assertEquals(144_328_850, EnergyModels.counterDelta(262_000_000_000.0, 1_000_000, 262_143_328_850.0));
        assertTrue(Double.isNaN(EnergyModels.counterDelta(5000, 100, Double.NaN)), "reset: what it counted is lost");
        assertTrue(Double.isNaN(EnergyModels.counterDelta(Double.NaN, 100, Double.NaN)));
    }

    @Test
    void cpuPowerFollowsCodeCarbonsLoadModel() {
        // TDP × (0.1 + 0.9 × load³) for a 280 W part.
        assertEquals(28, EnergyModels.cpuWatts(280, 0), 1e-9);
        assertEquals(280 * (0.1 + 0.9 * 0.125), EnergyModels.cpuWatts(280, 50), 1e-9);
        assertEquals(59.5, EnergyModels.cpuWatts(280, 50), 1e-9);
        assertEquals(280, EnergyModels.cpuWatts(280, 100), 1e-9);
        assertEquals(280, EnergyModels.cpuWatts(280, 130), 1e-9, "a load above 100 % is clamped");
        assertEquals(140, EnergyModels.cpuConstantWatts(280), 1e-9, "half the TDP when the load is unknown");
    }

    @Test
    void ramPowerPerDimmAsCodeCarbonV3AndPerGbAsGreenAlgorithms() {
        double gib = 1024.0 * 1024 * 1024;
        // 16 GiB: 2 DIMMs, 10 W (also CodeCarbon's minimum). 64 GiB: 4 DIMMs, 20 W.
        assertEquals(2, EnergyModels.dimmCount(16));
        assertEquals(10, EnergyModels.ramWattsPerDimm(16 * gib), 1e-9);
        assertEquals(20, EnergyModels.ramWattsPerDimm(64 * gib), 1e-9);
        // 128 GiB: 8 DIMMs: 4 × 5 W + 4 × 4.5 W = 38 W.
        assertEquals(8, EnergyModels.dimmCount(128));
        assertEquals(38, EnergyModels.ramWattsPerDimm(128 * gib), 1e-9);
        // A Frontier node's 540,101,472,256 bytes (503.0 GiB): 32 GiB DIMMs (the largest size ≤ 503/8), 16 of
        // them: 4 × 5 + 4 × 4.5 + 8 × 4 = 70 W. Green Algorithms: 0.3725 W/GB × 540.1 GB = 201.19 W.
        assertEquals(16, EnergyModels.dimmCount(540_101_472_256.0 / gib));
        assertEquals(70, EnergyModels.ramWattsPerDimm(540_101_472_256.0), 1e-9);
        assertEquals(0.3725 * 540.101472256, EnergyModels.ramWattsPerGb(540_101_472_256.0), 1e-9);
        // 2 TiB: 128 GiB DIMMs (2048/8 = 256 ≥ 128), 16 of them: 70 W again.
        assertEquals(16, EnergyModels.dimmCount(2048));
        // 64 DIMMs would be more than CodeCarbon's cap of 32: 4 TiB of 128 GiB DIMMs is 32 DIMMs,
        // 4 × 5 + 4 × 4.5 + 8 × 4 + 16 × 3.5 = 126 W.
        assertEquals(32, EnergyModels.dimmCount(8192));
        assertEquals(126, EnergyModels.ramWattsPerDimm(8192 * gib), 1e-9);
    }
}
