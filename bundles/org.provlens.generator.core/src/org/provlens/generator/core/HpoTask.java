package org.provlens.generator.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.provlens.generator.core.HpoCatalogue.Category;
import org.provlens.generator.core.HpoCatalogue.Family;
import org.provlens.generator.core.HpoCatalogue.Hyperparameter;
import org.provlens.generator.core.HpoCatalogue.Model;

/**
 * One learning task of the synthetic history and its known response surface: a dataset of a family, with its
 * characteristics, and for each model of its category the quality a configuration reaches and the energy it costs.
 *
 * <p><b>The response surface.</b> Hyperparameters are mapped to unit coordinates u in [0, 1] (log scale where
 * searched so). The quality of model m at u is {@code top_m - sum_d a_md (u_d - u*_md)^2} (validation AUC, F1 or
 * accuracy; for LLM fine-tuning the validation loss is {@code -quality}). The optimum {@code u*_md} is
 * {@code 0.5 + 0.32 sin(1.6 (A_md z_rows + B_md z_2) + phi_md) + delta_family,md + eps_task,d}, clamped to
 * [0.04, 0.96]: it moves smoothly with the standardised log dataset size {@code z_rows} (one unit a decade) and the
 * category's second trait {@code z_2} (features, sequence length or classes), by a shift shared by the tasks of a
 * family ({@code delta}, up to +-0.12) and a small shift of the task itself ({@code eps}, sd 0.03). The sine keeps
 * the optimum moving as sizes grow (a straight line would pin far tasks to the edges of the ranges, where the
 * largest past tasks' optima already are): tasks that are alike (same category and domain, near sizes) have nearby
 * optima, tasks far apart need not. Slopes A, B in [-1, 1], phases, curvatures a and model offsets come from the
 * world seed; {@code top_m} is the family's base quality plus the model's offset and its trend with size.</p>
 *
 * <p><b>Energy.</b> {@code joulesPerUnit x size x energyFactor_m x prod_effort exp(1.4 u_d)}, where size grows
 * with the rows (and features, sequence length or classes) and effort parameters are trees, units, channels and
 * LoRA rank: better models and more effort usually cost more, so quality and energy trade off.</p>
 */
public final class HpoTask {

    private final String name;
    private final Family family;
    private final Map<String, Object> traits;
    private final double rows;
    private final double secondary;
    private final double base;
    private final long worldSeed;
    private final double[] taskShift;

    HpoTask(String name, Family family, double rows, double secondary, double base, long worldSeed,
            double[] taskShift) {
        this.name = name;
        this.family = family;
        this.rows = rows;
        this.secondary = secondary;
        this.base = base;
        this.worldSeed = worldSeed;
        this.taskShift = taskShift.clone();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", name);
        t.put("category", family.category().name());
        t.put("modality", family.category().modality());
        t.put("domain", family.domain());
        t.put("objective", family.category().metric() + (family.category().maximize() ? ":max" : ":min"));
        t.put("rows", (long) rows);
        t.put(family.category().secondary(), (long) secondary);
        this.traits = java.util.Collections.unmodifiableMap(t);
    }

    /**
     * Draws a task of a family.
     *
     * @param name the task's name
     * @param family its family
     * @param worldSeed the seed of the surfaces' slopes and curvatures and of the families' shifts
     * @param rng the task's own random stream
     * @param far whether the task lies outside the sizes of the history and in an unseen domain
     * @return the task
     */
    static HpoTask draw(String name, Family family, long worldSeed, Rng rng, boolean far) {
        Category c = family.category();
        double logRows;
        double logSecondary;
        Family of = family;
        if (far) {
            // Beyond the category's largest datasets, in a domain no history task has.
            logRows = Math.log10(c.rows()[1]) + rng.uniform(1.2, 2.0);
            logSecondary = Math.log10(c.secondaryRange()[1]) + rng.uniform(0.4, 0.9);
            of = new Family(c, "novel_" + family.domain(), logRows, logSecondary);
        } else {
            logRows = clamp(family.rowsCentre() + rng.uniform(-0.45, 0.45), Math.log10(c.rows()[0]),
                    Math.log10(c.rows()[1]));
            logSecondary = clamp(family.secondaryCentre() + rng.uniform(-0.3, 0.3),
                    Math.log10(c.secondaryRange()[0]), Math.log10(c.secondaryRange()[1]));
        }
        double[] shift = new double[8];
        for (int i = 0; i < shift.length; i++) {
            shift[i] = 0.03 * rng.gauss();
        }
        Rng domain = Rng.of(worldSeed, 101, of.domain().hashCode());
        double base = (c.maximize() ? familyBase(c) : -familyBase(c)) + domain.uniform(-0.03, 0.03);
        return new HpoTask(name, of, Math.rint(Math.pow(10, logRows)), Math.rint(Math.pow(10, logSecondary)), base,
                worldSeed, shift);
    }

    private static double familyBase(Category c) {
        return switch (c.name()) {
            case "churn_prediction" -> 0.86;
            case "anomaly_detection" -> 0.78;
            case "image_classification" -> 0.90;
            default -> 1.85; // validation loss of a good fine-tune
        };
    }

    private static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    /**
     * The task's name.
     *
     * @return e.g. {@code telco-churn_prediction-02}
     */
    public String name() {
        return name;
    }

    /**
     * The family it was drawn from (for a far task: a family of an unseen domain).
     *
     * @return the family
     */
    public Family family() {
        return family;
    }

    /**
     * The category.
     *
     * @return the category
     */
    public Category category() {
        return family.category();
    }

    /**
     * What a team would record about the task: name, category, modality, domain, objective, rows and the second
     * size trait.
     *
     * @return the traits, in a stable order; numbers as Long
     */
    public Map<String, Object> traits() {
        return traits;
    }

    /**
     * The dataset rows.
     *
     * @return the row count
     */
    public double rows() {
        return rows;
    }

    /**
     * The category's second size trait (features, sequence length or classes).
     *
     * @return its value
     */
    public double secondary() {
        return secondary;
    }

    private double zRows() {
        return (Math.log10(rows) - 4.3) / 1.0;
    }

    private double zSecondary() {
        double[] range = family.category().secondaryRange();
        double mid = (Math.log10(range[0]) + Math.log10(range[1])) / 2;
        return (Math.log10(secondary) - mid) / 0.8;
    }

    /** The world's slopes, curvature and offsets of one model; the same for every task. */
    private Rng world(Model model, int part) {
        return Rng.of(worldSeed, 103, family.category().name().hashCode(), model.name().hashCode(), part);
    }

    /**
     * The optimum of a model in unit coordinates.
     *
     * @param model the model
     * @return u* per hyperparameter
     */
    public double[] optimum(Model model) {
        List<Hyperparameter> parameters = model.parameters();
        double[] u = new double[parameters.size()];
        Rng slopes = world(model, 1);
        // The family's shift: the same for every task of a domain (a far task's domain is new).
        Rng domain = Rng.of(worldSeed, 107, family.domain().hashCode(), model.name().hashCode());
        for (int d = 0; d < u.length; d++) {
            double a = slopes.uniform(-1, 1);
            double b = slopes.uniform(-1, 1);
            double phase = slopes.uniform(0, 2 * Math.PI);
            double delta = domain.uniform(-0.12, 0.12);
            u[d] = clamp(0.5 + 0.32 * Math.sin(1.6 * (a * zRows() + b * zSecondary()) + phase) + delta
                    + taskShift[d], 0.04, 0.96);
        }
        return u;
    }

    private double[] curvature(Model model) {
        Rng r = world(model, 2);
        double[] a = new double[model.parameters().size()];
        double scale = family.category().maximize() ? 1 : 2.2;
        for (int d = 0; d < a.length; d++) {
            a[d] = scale * r.uniform(0.15, 0.6);
        }
        return a;
    }

    /**
     * The best quality of a model on this task, reached at its optimum.
     *
     * @param model the model
     * @return the quality (for a loss: minus the loss)
     */
    public double top(Model model) {
        Rng r = world(model, 3);
        double offset = r.uniform(-0.04, 0);
        double trend = r.uniform(-0.02, 0.02);
        double scale = family.category().maximize() ? 1 : 2.5;
        return base + scale * (offset + trend * zRows());
    }

    /**
     * The true quality of a configuration (higher is better; for a loss, minus the loss).
     *
     * @param model the model's name
     * @param config the hyperparameter values by name; a missing one is at the middle of its range
     * @return the quality
     */
    public double quality(String model, Map<String, Double> config) {
        Model m = family.category().model(model);
        double[] optimum = optimum(m);
        double[] a = curvature(m);
        double q = top(m);
        List<Hyperparameter> parameters = m.parameters();
        for (int d = 0; d < parameters.size(); d++) {
            Hyperparameter p = parameters.get(d);
            Double x = config.get(p.name());
            double u = x == null ? 0.5 : p.unit(x);
            q -= a[d] * (u - optimum[d]) * (u - optimum[d]);
        }
        return q;
    }

    /**
     * The value the objective metric records for a quality.
     *
     * @param quality a quality
     * @return the metric (AUC, F1, accuracy; a loss for LLM fine-tuning)
     */
    public double metric(double quality) {
        return family.category().maximize() ? quality : -quality;
    }

    /**
     * The best quality any model reaches on the task.
     *
     * @return the maximum of {@link #top} over the models
     */
    public double bestQuality() {
        return family.category().models().stream().mapToDouble(this::top).max().orElseThrow();
    }

    /**
     * The task's size in energy units: a trial of effort 0 on a task of size 1 costs the category's joules per
     * unit.
     *
     * @return the size
     */
    public double size() {
        double r = Math.pow(rows / 1e4, 0.9);
        return switch (family.category().secondary()) {
            case "features" -> r * Math.sqrt(secondary / 30);
            case "sequence_length" -> r * secondary / 512;
            default -> r * Math.pow(secondary, 0.1);
        };
    }

    /**
     * The energy of a configuration, without noise.
     *
     * @param model the model's name
     * @param config the hyperparameter values
     * @return joules
     */
    public double energyJoules(String model, Map<String, Double> config) {
        Model m = family.category().model(model);
        double effort = 1;
        for (Hyperparameter p : m.parameters()) {
            if (p.effort()) {
                Double x = config.get(p.name());
                effort *= Math.exp(1.4 * (x == null ? 0.5 : p.unit(x)));
            }
        }
        return family.category().joulesPerUnit() * size() * m.energyFactor() * effort;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, rows %.0f, %s %.0f)", name, family.name(), rows,
                family.category().secondary(), secondary);
    }
}
