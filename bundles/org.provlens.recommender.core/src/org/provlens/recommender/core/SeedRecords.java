package org.provlens.recommender.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.provlens.model.Annotation;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Recommendation;
import org.provlens.model.Severity;
import org.provlens.model.StringProperty;
import org.provlens.model.ValueType;
import org.provlens.model.Workspace;

/**
 * The model elements that record seeds: a {@link Recommendation} per seed a user started from (model, typed
 * parameters, score, objective, expected outcome, evidence, and the task's traits as {@code task.*} properties),
 * and per run started from it an {@link Annotation} tagged {@value #SEEDED_TAG} that references the
 * recommendation and targets the run. Other annotations that reference a recommendation are findings about it.
 * The elements are made here, not added: adding them is the caller's edit (undoable in the workbench).
 */
public final class SeedRecords {

    /** The tag of the annotation that says a run started from a seed. */
    public static final String SEEDED_TAG = "seeded";

    /** Prefix of the ids of recommendations. */
    public static final String ID_PREFIX = "recommendation:";

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private SeedRecords() {
    }

    /**
     * The recommendation of a seed: an existing one of the workspace with the same model, parameters and objective
     * for a task of the same traits, else a new one (not yet in the workspace).
     *
     * @param workspace the workspace
     * @param recommendations the answer the seed is from
     * @param seed the seed
     * @return the recommendation
     */
    public static Recommendation recommendation(Workspace workspace, Recommendations recommendations, Seed seed) {
        String objective = recommendations.objective() == null ? null : recommendations.objective().toString();
        for (Recommendation existing : workspace.getRecommendations()) {
            if (seed.model().equals(existing.getModel()) && java.util.Objects.equals(objective,
                    existing.getObjective()) && parameters(existing).equals(seed.parameters())
                    && traits(existing).equals(recommendations.task())) {
                return existing;
            }
        }
        Recommendation r = FACTORY.createRecommendation();
        r.setId(ID_PREFIX + UUID.randomUUID());
        r.setName(seed.model() + " seed " + seed.rank());
        r.setModel(seed.model());
        r.setScore(seed.score());
        r.setObjective(objective);
        r.setExpectedOutcome(seed.expectedOutcome());
        Evidence best = seed.evidence().get(0);
        r.setRationale(String.format(Locale.ROOT, "Rank %d for %s: tried on %d similar task%s, best on %s"
                + " (similarity %.2f, %s %s); expected %s", seed.rank(), objective, seed.evidence().stream()
                        .map(Evidence::task).distinct().count(), seed.evidence().size() == 1 ? "" : "s", best.task(),
                best.similarity(), recommendations.objective() == null ? "outcome" : recommendations.objective().key(),
                TaskCharacteristics.format(best.outcome()), TaskCharacteristics.format(seed.expectedOutcome())));
        seed.parameters().forEach((key, value) -> {
            Parameter p = FACTORY.createParameter();
            p.setKey(key);
            p.setValue(String.valueOf(value));
            p.setType(switch (value) {
                case Long l -> ValueType.INTEGER;
                case Double d -> ValueType.REAL;
                case Boolean b -> ValueType.BOOLEAN;
                default -> ValueType.STRING;
            });
            r.getParameters().add(p);
        });
        if (!seed.modelKey().equals("model")) {
            property(r, "recommender.model_key", seed.modelKey());
        }
        seed.evidence().forEach(e -> r.getEvidence().add(e.run()));
        recommendations.task().traits().forEach((name, value) -> property(r, Characterisation.PREFIX + name,
                TaskCharacteristics.format(value)));
        property(r, "recommender.threshold", TaskCharacteristics.format(recommendations.threshold()));
        property(r, "recommender.energy_weight", TaskCharacteristics.format(recommendations.energyWeight()));
        property(r, "recommender.energy_joules", TaskCharacteristics.format(seed.energyJoules()));
        return r;
    }

    private static void property(Recommendation r, String key, String value) {
        StringProperty p = FACTORY.createStringProperty();
        p.setKey(key);
        p.setValue(value);
        r.getProperties().add(p);
    }

    /**
     * The typed parameters of a recommendation.
     *
     * @param r the recommendation
     * @return its parameters
     */
    public static Map<String, Object> parameters(Recommendation r) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        r.getParameters().forEach(p -> values.put(p.getKey(), History.typed(p)));
        return values;
    }

    /**
     * The traits of the task a recommendation was made for.
     *
     * @param r the recommendation
     * @return its {@code task.*} properties as traits
     */
    public static TaskCharacteristics traits(Recommendation r) {
        Map<String, Object> traits = new java.util.LinkedHashMap<>();
        for (StringProperty p : r.getProperties()) {
            if (p.getKey().startsWith(Characterisation.PREFIX)) {
                traits.put(p.getKey().substring(Characterisation.PREFIX.length()), p.getValue());
            }
        }
        return new TaskCharacteristics(traits);
    }

    /**
     * The annotation that records that a run started from a recommendation (not yet in the workspace).
     *
     * @param recommendation the recommendation
     * @param run the run
     * @param author who says so
     * @return the annotation
     */
    public static Annotation seeded(Recommendation recommendation, Execution run, String author) {
        Annotation a = FACTORY.createAnnotation();
        a.setId("annotation:" + UUID.randomUUID());
        a.setText("Started from the " + recommendation.getModel() + " seed (" + parameterText(recommendation) + ")");
        a.getTags().add(SEEDED_TAG);
        a.setSeverity(Severity.INFO);
        a.setAuthor(author);
        a.setTime(System.currentTimeMillis() / 1000.0);
        a.getTargets().add(run);
        a.setRecommendation(recommendation);
        return a;
    }

    /**
     * A recommendation's parameters as text.
     *
     * @param recommendation the recommendation
     * @return {@code key=value} pairs
     */
    public static String parameterText(Recommendation recommendation) {
        StringBuilder text = new StringBuilder();
        for (Parameter p : recommendation.getParameters()) {
            text.append(text.isEmpty() ? "" : ", ").append(p.getKey()).append('=').append(p.getValue());
        }
        return text.toString();
    }

    /**
     * Whether a run is already recorded as started from a recommendation.
     *
     * @param workspace the workspace
     * @param recommendation the recommendation
     * @param run the run
     * @return true when a seeded annotation says so
     */
    public static boolean isSeeded(Workspace workspace, Recommendation recommendation, Execution run) {
        return workspace.getAnnotations().stream().anyMatch(a -> a.getRecommendation() == recommendation
                && a.getTags().contains(SEEDED_TAG) && a.getTargets().contains(run));
    }

    /**
     * The annotations that say runs started from a recommendation.
     *
     * @param workspace the workspace
     * @param recommendation the recommendation
     * @return the seeded annotations
     */
    static List<Annotation> marks(Workspace workspace, Recommendation recommendation) {
        return workspace.getAnnotations().stream().filter(a -> a.getRecommendation() == recommendation
                && a.getTags().contains(SEEDED_TAG)).toList();
    }
}
