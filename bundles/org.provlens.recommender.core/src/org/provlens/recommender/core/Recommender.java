package org.provlens.recommender.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.recommender.core.KnowledgeGraph.Neighbour;
import org.provlens.recommender.core.provider.RecommendQuery;
import org.provlens.model.util.Tasks;

/**
 * Recommends (model, configuration) seeds for a task from the trials of similar past tasks.
 *
 * <ol>
 * <li>The task asked about is characterised ({@link Characterisation}): the subject run's traits, with the
 * described ones added (they win). The subject's own trials are left out of the history.</li>
 * <li>Its neighbours are the past tasks of the knowledge graph whose similarity passes the threshold
 * ({@link KnowledgeGraph#neighbours}).</li>
 * <li>Every trial on a neighbour that recorded the objective is a candidate. Its <b>quality</b> is its mid-rank
 * percentile among the trials on its own task ({@code (worse + ties/2 + 1/2) / n}, 1 best), so that tasks whose
 * metrics differ in scale compare; its <b>cheapness</b> the same percentile by energy (cheapest highest, 0.5 when
 * unknown). Its <b>support</b> is the task's similarity times {@code (1 - w) quality + w cheapness}, w the energy
 * weight.</li>
 * <li>Trials of exactly the same model and configuration are one candidate; its score is the best support of its
 * trials (its evidence), its expected outcome their similarity-weighted mean outcome, its energy their mean.</li>
 * <li>The seeds are the candidates of highest score (ties: higher quality, lower energy, model name), at most
 * {@code perTask} of them drawn from one past task so that the seeds cover the neighbours' optima. The Pareto
 * set is over every candidate with a known energy: those no other beats on quality (similarity times quality)
 * without costing more energy.</li>
 * </ol>
 */
public final class Recommender {

    private Recommender() {
    }

    /**
     * Answers a query.
     *
     * @param workspace the workspace whose runs are the history
     * @param query what is asked
     * @param monitor cancellation, may be {@code null}
     * @return the recommendations
     * @throws IllegalArgumentException for a subject id that is not in the workspace or a bad objective
     */
    public static Recommendations recommend(Workspace workspace, RecommendQuery query, IProgressMonitor monitor) {
        Execution subject = query.subjectId() == null ? null : find(workspace, query.subjectId());
        TaskCharacteristics task = query.described();
        if (subject != null) {
            task = task.with(Characterisation.of(subject));
        }
        History history = History.of(workspace, monitor).without(subject);
        return recommend(history, task, subject, query, monitor);
    }

    /**
     * Answers a query on a history already read (the benchmark asks many tasks of one history).
     *
     * @param history the past trials
     * @param task the task asked about
     * @param subject the run it is asked for, may be {@code null}
     * @param query the other settings (its subject and described traits are not read)
     * @param monitor cancellation, may be {@code null}
     * @return the recommendations
     */
    public static Recommendations recommend(History history, TaskCharacteristics task, Execution subject,
            RecommendQuery query, IProgressMonitor monitor) {
        KnowledgeGraph graph = KnowledgeGraph.build(history.nodes(), query.metric(), query.threshold(), monitor);
        if (task.isEmpty()) {
            return new Recommendations(task, subject, null, query.threshold(), query.energyWeight(), graph, List.of(),
                    List.of(), List.of(), 0, "the task has no characteristics: describe it (category, modality,"
                            + " rows, ...) or record task.* traits on the run");
        }
        List<Neighbour> neighbours = graph.neighbours(task);
        String message = "";
        if (neighbours.isEmpty()) {
            List<Neighbour> nearest = graph.nearest(task, 3);
            String best = nearest.isEmpty() ? "no past tasks"
                    : String.format(Locale.ROOT, "the most similar, %s, has %.2f", nearest.get(0).node().key(),
                            nearest.get(0).similarity());
            if (query.nearestWhenNoNeighbour()) {
                neighbours = nearest;
                message = String.format(Locale.ROOT, "no past task reaches similarity %.2f (%s); seeds drawn from"
                        + " the %d nearest anyway", query.threshold(), best, nearest.size());
            } else {
                message = String.format(Locale.ROOT, "no past task reaches similarity %.2f (%s): no seeds",
                        query.threshold(), best);
            }
        }
        Objective objective = objective(query, task, neighbours);
        if (objective == null) {
            return new Recommendations(task, subject, null, query.threshold(), query.energyWeight(), graph,
                    neighbours, List.of(), List.of(), 0, message.isEmpty()
                            ? "the neighbours recorded no metric to rank by: give an objective KEY:max|min" : message);
        }
        List<Candidate> candidates = candidates(neighbours, objective, query.energyWeight(), monitor);
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::quality).reversed())
                .thenComparingDouble(c -> Double.isNaN(c.energy()) ? Double.MAX_VALUE : c.energy())
                .thenComparing(c -> c.model));
        Map<Candidate, Boolean> front = front(candidates);
        List<Seed> seeds = new ArrayList<>();
        Map<Candidate, Integer> ranks = new IdentityHashMap<>();
        Map<String, Integer> perTask = new HashMap<>();
        for (Candidate c : candidates) {
            if (seeds.size() == query.top()) {
                break;
            }
            String node = c.evidence.get(0).task();
            if (perTask.merge(node, 1, Integer::sum) > query.perTask()) {
                continue;
            }
            ranks.put(c, seeds.size() + 1);
            seeds.add(c.seed(seeds.size() + 1, front.containsKey(c)));
        }
        if (seeds.isEmpty() && message.isEmpty()) {
            message = "the neighbours have no trial that recorded " + objective;
        }
        List<Seed> pareto = new ArrayList<>();
        front.keySet().stream().sorted(Comparator.comparingDouble(Candidate::quality).reversed())
                .forEach(c -> pareto.add(c.seed(ranks.getOrDefault(c, 0), true)));
        return new Recommendations(task, subject, objective, query.threshold(), query.energyWeight(), graph,
                neighbours, seeds, pareto, candidates.size(), message);
    }

    /** The run or task of an id. */
    static Execution find(Workspace workspace, String id) {
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                if (id.equals(workflow.getId())) {
                    return workflow;
                }
            }
        }
        Execution task = Levels.findTask(workspace, t -> id.equals(t.getId()));
        if (task == null) {
            throw new IllegalArgumentException("no run or task " + id + " in the workspace");
        }
        return task;
    }

    private static Objective objective(RecommendQuery query, TaskCharacteristics task, List<Neighbour> neighbours) {
        if (query.objective() != null) {
            return Objective.parse(query.objective());
        }
        String own = task.text(TaskCharacteristics.OBJECTIVE);
        if (own != null) {
            return Objective.parse(own);
        }
        // What the neighbours say their objective is, else the metric most of their trials recorded (the energy
        // and carbon CodeCarbon attaches, and system metrics, are not objectives).
        Map<String, Integer> declared = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Neighbour n : neighbours) {
            String theirs = n.node().characteristics().text(TaskCharacteristics.OBJECTIVE);
            if (theirs != null) {
                declared.merge(theirs, 1, Integer::sum);
            }
            for (Trial t : n.node().trials()) {
                Tasks.metrics(t.execution()).forEach(m -> {
                    if (!m.getKey().startsWith("codecarbon.") && !m.getKey().startsWith("system/")) {
                        counts.merge(m.getKey(), 1, Integer::sum);
                    }
                });
            }
        }
        Map<String, Integer> from = declared.isEmpty() ? counts : declared;
        return from.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> Objective.parse(e.getKey()))
                .orElse(null);
    }

    /** One distinct (model, configuration) of the neighbours and its evidence. */
    private static final class Candidate {
        final String model;
        final String modelKey;
        final Map<String, Object> parameters;
        final List<Evidence> evidence = new ArrayList<>();
        final double energyWeight;

        Candidate(Trial trial, double energyWeight) {
            this.model = trial.model();
            this.modelKey = trial.modelKey() == null ? "model" : trial.modelKey();
            this.parameters = trial.configuration();
            this.energyWeight = energyWeight;
        }

        double score() {
            return evidence.get(0).support(energyWeight);
        }

        double quality() {
            return evidence.stream().mapToDouble(e -> e.similarity() * e.quality()).max().orElse(0);
        }

        double energy() {
            return evidence.stream().mapToDouble(Evidence::energyJoules).filter(Double::isFinite).average()
                    .orElse(Double.NaN);
        }

        double expected() {
            double sum = 0;
            double weights = 0;
            for (Evidence e : evidence) {
                sum += e.similarity() * e.outcome();
                weights += e.similarity();
            }
            return weights == 0 ? Double.NaN : sum / weights;
        }

        Seed seed(int rank, boolean pareto) {
            return new Seed(rank, model, modelKey, parameters, score(), quality(), energy(), expected(), pareto,
                    evidence);
        }
    }

    private static List<Candidate> candidates(List<Neighbour> neighbours, Objective objective, double energyWeight,
            IProgressMonitor monitor) {
        Map<String, Candidate> byConfiguration = new LinkedHashMap<>();
        for (Neighbour n : neighbours) {
            Providers.checkCancelled(monitor);
            List<Trial> trials = n.node().trials().stream().filter(t -> Double.isFinite(t.outcome(objective.key())))
                    .toList();
            double[] outcomes = trials.stream().mapToDouble(t -> t.outcome(objective.key())).toArray();
            double[] energies = trials.stream().mapToDouble(Trial::energyJoules).toArray();
            for (int i = 0; i < trials.size(); i++) {
                Trial t = trials.get(i);
                double quality = percentile(outcomes, i, objective.maximize());
                double cheapness = Double.isFinite(energies[i]) ? percentile(energies, i, false) : 0.5;
                Candidate c = byConfiguration.computeIfAbsent(configurationKey(t), k -> new Candidate(t, energyWeight));
                c.evidence.add(new Evidence(t.execution(), n.node().key(), n.similarity(), outcomes[i], energies[i],
                        quality, cheapness));
            }
        }
        List<Candidate> list = new ArrayList<>(byConfiguration.values());
        for (Candidate c : list) {
            c.evidence.sort(Comparator.comparingDouble((Evidence e) -> e.support(energyWeight)).reversed());
        }
        return list;
    }

    /**
     * The mid-rank percentile of one value among values: {@code (worse + ties / 2 + 1 / 2) / n} over the finite
     * values, where worse means lower when higher is better.
     *
     * @param values the values (NaN ones left out)
     * @param index the value asked about
     * @param higherIsBetter the direction
     * @return in (0, 1)
     */
    static double percentile(double[] values, int index, boolean higherIsBetter) {
        double v = values[index];
        int n = 0;
        double worse = 0;
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                continue;
            }
            n++;
            if (j == index) {
                continue;
            }
            if (values[j] == v) {
                worse += 0.5;
            } else if (higherIsBetter ? values[j] < v : values[j] > v) {
                worse += 1;
            }
        }
        return (worse + 0.5) / n;
    }

    /** Exactly the same model and values (1 and 1.0 alike). */
    private static String configurationKey(Trial t) {
        StringBuilder key = new StringBuilder(t.model()).append('|');
        new TreeMap<>(t.configuration()).forEach((name, value) -> key.append(name).append('=')
                .append(value instanceof Number n ? TaskCharacteristics.format(n.doubleValue()) : value).append(';'));
        return key.toString();
    }

    /** The candidates no other beats on quality at no more energy. */
    private static Map<Candidate, Boolean> front(List<Candidate> candidates) {
        List<Candidate> known = candidates.stream().filter(c -> Double.isFinite(c.energy()))
                .sorted(Comparator.comparingDouble(Candidate::quality).reversed()
                        .thenComparingDouble(Candidate::energy))
                .toList();
        Map<Candidate, Boolean> front = new IdentityHashMap<>();
        double cheapest = Double.POSITIVE_INFINITY;
        for (Candidate c : known) {
            if (c.energy() < cheapest) {
                front.put(c, true);
                cheapest = c.energy();
            }
        }
        return front;
    }
}
