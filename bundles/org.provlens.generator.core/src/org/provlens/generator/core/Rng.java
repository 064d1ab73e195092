package org.provlens.generator.core;

/**
 * A small, fully specified pseudo-random generator (xoroshiro128++ seeded through SplitMix64), so that a seed
 * gives the same numbers on every JVM and Java version. Not thread safe.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double SQRT3 = 1.7320508075688772;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private long s0;
    private long s1;

    Rng(long seed) {
        long z = seed;
        s0 = mix(z += GOLDEN);
        s1 = mix(z + GOLDEN);
        if (s0 == 0 && s1 == 0) {
            s1 = 1;
        }
    }

    /**
     * A generator for one purpose of one element: the same parts give the same stream.
     *
     * @param parts the campaign seed, then identifying numbers
     * @return a new generator
     */
    static Rng of(long... parts) {
        long h = 0x6A09E667F3BCC909L;
        for (long part : parts) {
            h = mix(h ^ part) + GOLDEN;
        }
        return new Rng(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        long a = s0;
        long b = s1;
        long result = Long.rotateLeft(a + b, 17) + a;
        b ^= a;
        s0 = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
        s1 = Long.rotateLeft(b, 28);
        return result;
    }

    /** @return uniform in [0, 1) */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** @return uniform in [0, bound) */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /**
     * Approximately normal noise without transcendental functions (a scaled sum of four uniforms: mean 0,
     * variance 1, bounded by ±3.46).
     */
    double gauss() {
        return (nextDouble() + nextDouble() + nextDouble() + nextDouble() - 2.0) * SQRT3;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    int pick(int[] values) {
        return values[nextInt(values.length)];
    }

    double pick(double[] values) {
        return values[nextInt(values.length)];
    }

    /** @return a random version-4 UUID as 32 hex digits, as Flowcept's {@code uuid4().hex} task ids */
    String hexId() {
        char[] text = new char[32];
        long hi = (nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        for (int i = 0; i < 16; i++) {
            text[i] = HEX[(int) (hi >>> (60 - 4 * i)) & 0xF];
            text[16 + i] = HEX[(int) (lo >>> (60 - 4 * i)) & 0xF];
        }
        return new String(text);
    }

    /** @return a random version-4 UUID in its canonical dashed form, as Flowcept's workflow ids */
    String uuid() {
        String hex = hexId();
        return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
                + hex.substring(16, 20) + '-' + hex.substring(20);
    }

    /** @return {@code digits} random hex digits */
    String hex(int digits) {
        StringBuilder text = new StringBuilder(digits);
        long bits = 0;
        for (int i = 0; i < digits; i++) {
            if (i % 16 == 0) {
                bits = nextLong();
            }
            text.append(HEX[(int) (bits >>> (60 - 4 * (i % 16))) & 0xF]);
        }
        return text.toString();
    }
}
