package org.provlens.recommender.core;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The similarity of two tasks, in [0, 1]: a weighted mean of per-trait similarities, in the manner of Gower's
 * coefficient.
 *
 * <pre>
 * sim(a, b) = sum_i w_i s_i(a, b) / sum_i w_i     over the traits i that a or b has (name, id and objective aside)
 *
 * s_i = 0                                         when only one of a, b has trait i
 * s_i = 1 if equal else 0                         for text traits (category, modality, domain, ...)
 * s_i = max(0, 1 - |t(a_i) - t(b_i)| / scale_i)   for numeric traits, t = log10 for size traits
 * s_i = 1 - |a_i - b_i| / max(|a_i|, |b_i|)       for other numeric traits (1 when both are 0)
 * </pre>
 *
 * Defaults ({@link #DEFAULT}): category weight 3, modality 2, domain 1, any other text trait 1; rows weight 1 on
 * a log scale of 2 decades (ten times the rows: similarity 0.5; a hundred times: 0), features 1 over 1.5
 * decades, classes 0.5 over 1 decade, sequence_length 1 over 1 decade, size_bytes 0.5 over 2 decades; any other
 * numeric trait weight 0.5. No common trait gives 0. Weights are configurable ({@link #withWeights}); weight 0
 * ignores a trait.
 *
 * @param traits the weights and scales of the named traits
 * @param otherTextWeight the weight of text traits not named
 * @param otherNumberWeight the weight of numeric traits not named
 */
public record SimilarityMetric(Map<String, Trait> traits, double otherTextWeight, double otherNumberWeight) {

    /**
     * How one trait is compared.
     *
     * @param weight its weight, at least 0
     * @param numeric whether it is a number
     * @param scale for a number: the distance (in decades when log) at which similarity reaches 0
     * @param log whether numbers are compared on a log10 scale
     */
    public record Trait(double weight, boolean numeric, double scale, boolean log) {
        /** Checks the weight and scale. */
        public Trait {
            if (!(weight >= 0) || numeric && !(scale > 0)) {
                throw new IllegalArgumentException("a trait weight is at least 0 and a numeric scale above 0");
            }
        }

        static Trait text(double weight) {
            return new Trait(weight, false, 1, false);
        }

        static Trait logNumber(double weight, double decades) {
            return new Trait(weight, true, decades, true);
        }
    }

    /** Traits that identify or direct rather than describe a task. */
    private static final Set<String> NOT_COMPARED = Set.of(TaskCharacteristics.NAME, "id",
            TaskCharacteristics.OBJECTIVE);

    /** The documented default weights. */
    public static final SimilarityMetric DEFAULT = new SimilarityMetric(defaults(), 1, 0.5);

    private static Map<String, Trait> defaults() {
        Map<String, Trait> traits = new LinkedHashMap<>();
        traits.put("category", Trait.text(3));
        traits.put("modality", Trait.text(2));
        traits.put("domain", Trait.text(1));
        traits.put("rows", Trait.logNumber(1, 2));
        traits.put("features", Trait.logNumber(1, 1.5));
        traits.put("classes", Trait.logNumber(0.5, 1));
        traits.put("sequence_length", Trait.logNumber(1, 1));
        traits.put("size_bytes", Trait.logNumber(0.5, 2));
        return traits;
    }

    /** Copies the map. */
    public SimilarityMetric {
        traits = Map.copyOf(traits);
    }

    /**
     * The similarity of two tasks.
     *
     * @param a a task
     * @param b another
     * @return in [0, 1]; 1 for tasks that agree on every trait either has
     */
    public double similarity(TaskCharacteristics a, TaskCharacteristics b) {
        Set<String> names = new LinkedHashSet<>(a.traits().keySet());
        names.addAll(b.traits().keySet());
        double sum = 0;
        double weights = 0;
        for (String name : names) {
            if (NOT_COMPARED.contains(name)) {
                continue;
            }
            Object x = a.traits().get(name);
            Object y = b.traits().get(name);
            boolean numeric = (x == null || x instanceof Double) && (y == null || y instanceof Double);
            Trait trait = traits.get(name);
            double weight = trait != null ? trait.weight() : numeric ? otherNumberWeight : otherTextWeight;
            if (weight == 0) {
                continue;
            }
            weights += weight;
            if (x != null && y != null) {
                sum += weight * similarity(trait, x, y);
            }
        }
        return weights == 0 ? 0 : sum / weights;
    }

    private static double similarity(Trait trait, Object x, Object y) {
        if (x instanceof Double p && y instanceof Double q) {
            if (trait != null && trait.numeric()) {
                double d = trait.log() ? Math.abs(log(p) - log(q)) : Math.abs(p - q);
                return Math.max(0, 1 - d / trait.scale());
            }
            double max = Math.max(Math.abs(p), Math.abs(q));
            return max == 0 ? 1 : Math.max(0, 1 - Math.abs(p - q) / max);
        }
        return x.equals(y) ? 1 : 0;
    }

    private static double log(double value) {
        return Math.log10(Math.max(value, 1e-12));
    }

    /**
     * The metric with other weights.
     *
     * @param spec {@code trait=weight} pairs separated by commas, e.g. {@code domain=0,rows=2}
     * @return a new metric
     * @throws IllegalArgumentException naming a pair that is not {@code trait=number}
     */
    public SimilarityMetric withWeights(String spec) {
        Map<String, Trait> changed = new LinkedHashMap<>(traits);
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=");
            double weight;
            try {
                weight = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : Double.NaN;
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("expected trait=weight with a weight of at least 0, found '"
                        + pair.strip() + "'");
            }
            String name = TaskCharacteristics.canonicalName(parts[0]);
            Trait old = changed.get(name);
            changed.put(name, old == null ? Trait.text(weight) : new Trait(weight, old.numeric(), old.scale(),
                    old.log()));
        }
        return new SimilarityMetric(changed, otherTextWeight, otherNumberWeight);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        traits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> text
                .append(text.isEmpty() ? "" : ", ").append(e.getKey()).append('=')
                .append(String.format(Locale.ROOT, "%s", TaskCharacteristics.format(e.getValue().weight()))));
        return text.toString();
    }
}
