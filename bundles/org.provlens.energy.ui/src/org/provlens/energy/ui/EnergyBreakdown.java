package org.provlens.energy.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GroupBy;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/**
 * What the Energy view shows of a scope, computed in a job by the {@link EnergyProvider}: the report by level with
 * the activities of each level below it, by activity, the top consumers, and the assumptions and warnings. Immutable.
 *
 * @param scope the label of the scope (the selection)
 * @param byLevel the report grouped by level
 * @param byActivity the report grouped by activity
 * @param tree the rows of the breakdown tree: the levels, each with its activities
 */
public record EnergyBreakdown(String scope, EnergyReport byLevel, EnergyReport byActivity, List<Row> tree) {

    /**
     * A row of the breakdown tree.
     *
     * @param label what the row is
     * @param group its figures
     * @param children the rows below it
     */
    public record Row(String label, EnergyGroup group, List<Row> children) {
    }

    /**
     * The breakdown of a scope.
     *
     * @param workspace the workspace
     * @param ledger its ledger at the current assumptions
     * @param scope the selected campaigns, runs and tasks, empty for all
     * @param label the scope's label
     * @param monitor cancellation
     * @return the breakdown
     * @throws IllegalStateException when the provider could not answer
     */
    static EnergyBreakdown of(Workspace workspace, EnergyLedger ledger, List<? extends EObject> scope, String label,
            IProgressMonitor monitor) {
        EnergyProvider provider = new EnergyProvider();
        EnergyQuery query = new EnergyQuery(workspace, scope, GroupBy.LEVEL, ledger.assumptions(), 10, ledger);
        EnergyReport byLevel = answer(provider.fetch(query, monitor));
        EnergyReport byActivity = answer(provider.fetch(query.groupedBy(GroupBy.ACTIVITY), monitor));
        // Each activity under the level of its tasks (an activity of several levels under the first).
        Map<String, Integer> levelOf = levels(ledger);
        Map<String, List<Row>> below = new LinkedHashMap<>();
        for (EnergyGroup activity : byActivity.groups()) {
            Integer level = levelOf.get(activity.key());
            String key = level == null ? EnergyProvider.RUNS : Integer.toString(level);
            below.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(activity.key(), activity, List.of()));
        }
        List<Row> tree = new ArrayList<>();
        for (EnergyGroup level : byLevel.groups()) {
            String name = level.key().equals(EnergyProvider.RUNS) ? "runs' own energy" : "level " + level.key();
            List<Row> activities = level.key().equals(EnergyProvider.RUNS) ? List.of()
                    : below.getOrDefault(level.key(), List.of());
            tree.add(new Row(name, level, List.copyOf(activities)));
        }
        return new EnergyBreakdown(label, byLevel, byActivity, List.copyOf(tree));
    }

    private static EnergyReport answer(ProviderResponse<EnergyReport> response) {
        if (!response.isCompleted()) {
            throw new IllegalStateException(response.message());
        }
        return response.model();
    }

    /** The level (depth) of each activity: of its first task. */
    private static Map<String, Integer> levels(EnergyLedger ledger) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int i = ledger.workflows(); i < ledger.size(); i++) {
            Task task = ledger.task(i);
            String activity = Levels.levelOf(task);
            if (!levels.containsKey(activity)) {
                levels.put(activity, ledger.depth(i));
            }
        }
        return levels;
    }

    /**
     * The total of the scope.
     *
     * @return every joule once
     */
    public EnergyGroup total() {
        return byLevel.total();
    }
}
