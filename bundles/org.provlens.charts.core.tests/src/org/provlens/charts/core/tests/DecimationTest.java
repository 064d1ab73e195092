package org.provlens.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provlens.charts.core.Buckets;
import org.provlens.charts.core.Decimation;

/**
 * Properties of min/max decimation, checked on 300 generated series (seeded: the same cases every run) against a
 * brute-force oracle that assigns every point to the bucket whose reported bounds hold it: exact min and max per
 * bucket, the first and last point of each bucket, no point lost or counted twice, spikes kept.
 */
class DecimationTest {

    static Stream<Arguments> cases() {
        return IntStream.range(0, 300).mapToObj(seed -> {
            Random random = new Random(seed);
            int n = random.nextInt(5) == 0 ? random.nextInt(5) : random.nextInt(20_000);
            double[] xs = new double[n];
            double[] ys = new double[n];
            double x = random.nextGaussian() * 1e3;
            int shape = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                // Steps of 1, irregular times, repeated x values, and huge offsets (epoch seconds).
                x += switch (shape) {
                    case 0 -> 1;
                    case 1 -> random.nextDouble() * 10;
                    case 2 -> random.nextInt(3) == 0 ? 0 : random.nextDouble();
                    default -> 1e-3 * random.nextInt(1000);
                };
                xs[i] = shape == 3 ? 1.77e9 + x : x;
                ys[i] = random.nextInt(50) == 0 ? random.nextGaussian() * 1e6 // spikes
                        : random.nextInt(200) == 0 ? (random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY)
                                : Math.sin(i / 50.0) + random.nextGaussian() * 0.1;
            }
            int width = 1 + random.nextInt(random.nextBoolean() ? 10 : 2000);
            double lo = n == 0 ? 0 : xs[0];
            double hi = n == 0 ? 1 : xs[n - 1];
            if (n > 0 && random.nextBoolean()) { // a zoomed range, possibly past the ends
                double a = lo + (hi - lo) * (random.nextDouble() * 1.2 - 0.1);
                double b = lo + (hi - lo) * (random.nextDouble() * 1.2 - 0.1);
                lo = Math.min(a, b);
                hi = Math.max(a, b);
            }
            return Arguments.of(seed, xs, ys, lo, hi, width);
        });
    }

    @ParameterizedTest(name = "series {0}")
    @MethodSource("cases")
    void everyBucketHoldsExactlyItsPointsWithExactExtremesAndEnds(int seed, double[] xs, double[] ys, double lo,
            double hi, int width) {
        Buckets buckets = Decimation.bucket(xs, ys, lo, hi, width);
        assertEquals(width, buckets.size());
        int[] count = new int[width];
        double[] min = new double[width];
        double[] max = new double[width];
        double[] first = new double[width];
        double[] last = new double[width];
        long inRange = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] < lo || xs[i] > hi || !Double.isFinite(ys[i])) {
                continue;
            }
            int b = oracle(buckets, xs[i]);
            inRange++;
            if (count[b]++ == 0) {
                min[b] = max[b] = first[b] = ys[i];
            }
            min[b] = Math.min(min[b], ys[i]);
            max[b] = Math.max(max[b], ys[i]);
            last[b] = ys[i];
        }
        assertEquals(inRange, buckets.total(), "no point lost or counted twice");
        for (int b = 0; b < width; b++) {
            assertEquals(count[b], buckets.count(b), "count of bucket " + b);
            if (count[b] == 0) {
                assertTrue(Double.isNaN(buckets.min(b)) && Double.isNaN(buckets.first(b)), "empty bucket " + b);
                continue;
            }
            assertEquals(min[b], buckets.min(b), 0, "min of bucket " + b);
            assertEquals(max[b], buckets.max(b), 0, "max of bucket " + b);
            assertEquals(first[b], buckets.first(b), 0, "first of bucket " + b);
            assertEquals(last[b], buckets.last(b), 0, "last of bucket " + b);
            assertTrue(buckets.x0(b) <= buckets.x1(b));
        }
        assertEquals(lo, buckets.x0(0), 0);
        assertEquals(hi, buckets.x1(width - 1), 0);
    }

    /** The bucket whose reported bounds hold x: [x0, x1), the last closed. */
    private static int oracle(Buckets buckets, double x) {
        for (int b = 0; b < buckets.size(); b++) {
            boolean last = b == buckets.size() - 1;
            if (x >= buckets.x0(b) && (x < buckets.x1(b) || last && x <= buckets.x1(b))) {
                return b;
            }
        }
        throw new AssertionError(x + " is in no bucket");
    }

    @Test
    void theFirstAndLastPointsOfTheSeriesAreTheFirstOfTheFirstBucketAndTheLastOfTheLast() {
        double[] xs = IntStream.range(0, 1001).asDoubleStream().toArray();
        double[] ys = IntStream.range(0, 1001).mapToDouble(i -> i * 2.5 - 7).toArray();
        Buckets buckets = Decimation.bucket(xs, ys, 0, 1000, 7);
        assertEquals(-7, buckets.first(0), 0);
        assertEquals(1000 * 2.5 - 7, buckets.last(6), 0);
        assertEquals(1001, buckets.total());
    }

    @Test
    void aSingleSpikeAmongTenMillionPointsSurvivesInAMappedBuffer() {
        int n = 10_000_000;
        DoubleBuffer xs = ByteBuffer.allocateDirect(n * 8).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        DoubleBuffer ys = ByteBuffer.allocateDirect(n * 8).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        for (int i = 0; i < n; i++) {
            xs.put(i, i);
            ys.put(i, i == 7_654_321 ? 1e9 : (i % 1000) / 1000.0);
        }
        Buckets buckets = Decimation.bucket(xs, ys, 0, n - 1, 800);
        int spike = (int) (7_654_321L * 800 / (n - 1));
        assertEquals(1e9, buckets.max(spike), 0, "the spike is the maximum of its pixel column");
        assertEquals(0, buckets.min(spike), 0);
        assertEquals(n, buckets.total());
        // Evenly spaced sampling (every 12,500th point, 800 of them) misses it.
        boolean sampled = false;
        for (int i = 0; i < n; i += n / 800) {
            sampled |= ys.get(i) > 1;
        }
        assertTrue(!sampled, "evenly spaced samples do not see the spike");
    }

    @Test
    void badArgumentsAreRefusedWithTheReason() {
        double[] one = {1};
        assertThrows(IllegalArgumentException.class, () -> Decimation.bucket(one, one, 0, 1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Decimation.bucket(one, new double[2], 0, 1, 5));
        assertTrue(e.getMessage().contains("as many x values (1) as y values (2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Decimation.bucket(one, one, Double.NaN, 1, 5));
    }
}
