package org.provlens.compare.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.provlens.analysis.core.Levels;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.compare.core.AlignedNode;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * Matches the children of executions across runs. Children are grouped by activity (child workflow runs by
 * {@code run}); within a group they are matched by the first index parameter that every child of the group has,
 * with a different value for each sibling, in every run ({@link #INDEX_KEYS}: epoch 7 beside epoch 7, layer 16
 * beside layer 16), else by their position among the group's siblings in start order (the third block beside the
 * third). A child without a match in another run is unmatched there. Nodes are listed by group, in the order the
 * groups first appear, then by index (numbers ascending, other values in the order first seen).
 */
public final class Alignment {

    /** Parameters that number a child among its siblings, tried in order. */
    public static final List<String> INDEX_KEYS = List.of("i", "index", "idx", "position", "step", "global_step",
            "epoch", "iteration", "batch", "layer_idx", "layer");

    private Alignment() {
    }

    /**
     * The aligned children of one execution per run.
     *
     * @param parents one execution per run, {@code null} where a run has none
     * @param parentPath the path of the parents' node, empty for the compared runs
     * @param depth the depth of the children (1 below the compared runs)
     * @param baseline the index of the baseline run
     * @param levels how many levels to align (1: only these children)
     * @param energy whether the children's outcomes include their energy (see {@link OutcomeTable#own})
     * @param monitor checked for cancellation
     * @return the aligned children, with their children to {@code levels - 1} more levels
     */
    public static List<AlignedNode> children(List<? extends Execution> parents, String parentPath, int depth,
            int baseline, int levels, boolean energy, IProgressMonitor monitor) {
        int n = parents.size();
        Map<String, List<List<Execution>>> groups = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            Execution parent = parents.get(r);
            if (parent == null) {
                continue;
            }
            for (Execution child : children(parent)) {
                List<List<Execution>> group = groups.computeIfAbsent(groupOf(child), g -> {
                    List<List<Execution>> perRun = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        perRun.add(new ArrayList<>());
                    }
                    return perRun;
                });
                group.get(r).add(child);
            }
        }
        List<Match> matches = new ArrayList<>();
        groups.forEach((activity, perRun) -> match(activity, perRun, parentPath, matches));
        Providers.checkCancelled(monitor);
        List<Execution> all = new ArrayList<>(matches.size() * n);
        for (Match match : matches) {
            all.addAll(Arrays.asList(match.members));
        }
        // The outcomes of every node in one table: the energy columns are built once for the whole level.
        OutcomeTable table = new OutcomeTable(all.size());
        table.own(all, null, energy);
        table.children(all);
        List<OutcomeTable> split = table.split(n);
        List<AlignedNode> nodes = new ArrayList<>(matches.size());
        for (int m = 0; m < matches.size(); m++) {
            Match match = matches.get(m);
            List<Execution> members = Collections.unmodifiableList(Arrays.asList(match.members));
            int matched = (int) members.stream().filter(e -> e != null).count();
            AlignedNode node = new AlignedNode(match.path, depth, match.activity, match.index, match.position,
                    members, matched, split.get(m).rows(baseline), null);
            if (levels > 1) {
                node = node.withChildren(children(members, match.path, depth + 1, baseline, levels - 1, energy,
                        monitor));
            }
            nodes.add(node);
        }
        return Collections.unmodifiableList(nodes);
    }

    /**
     * The children of an execution: a run's top-level tasks and nested runs, a task's child tasks.
     *
     * @param execution a run or task
     * @return its children
     */
    public static List<Execution> children(Execution execution) {
        return switch (execution) {
            case Workflow workflow -> {
                List<Execution> children = new ArrayList<>(workflow.getTasks());
                children.addAll(workflow.getChildren());
                yield children;
            }
            case Task task -> List.copyOf(Tasks.children(task));
            default -> List.of();
        };
    }

    private static String groupOf(Execution child) {
        return child instanceof Task task ? Levels.levelOf(task) : "run";
    }

    /** One aligned node before its outcomes: its place and one member per run. */
    private record Match(String activity, String index, String position, String path, Execution[] members) {
    }

    private static void match(String activity, List<List<Execution>> perRun, String parentPath, List<Match> out) {
        int n = perRun.size();
        String index = indexKey(perRun);
        Map<String, Execution[]> byKey = new LinkedHashMap<>();
        boolean numeric = true;
        for (int r = 0; r < n; r++) {
            List<Execution> siblings = perRun.get(r);
            if (index == null) {
                siblings = new ArrayList<>(siblings);
                siblings.sort((a, b) -> Double.compare(startKey(a), startKey(b))); // stable: list order on ties
            }
            for (int p = 0; p < siblings.size(); p++) {
                Execution child = siblings.get(p);
                String key = index == null ? Integer.toString(p) : value(child, index);
                numeric &= isNumber(key);
                byKey.computeIfAbsent(key, k -> new Execution[n])[r] = child;
            }
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        if (numeric) {
            keys.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        for (String key : keys) {
            String path = (parentPath.isEmpty() ? "" : parentPath + "/") + activity + "["
                    + (index == null ? key : index + "=" + key) + "]";
            out.add(new Match(activity, index == null ? "#" : index, key, path, byKey.get(key)));
        }
    }

    /** The first index parameter every child of a group has, its values distinct among each run's siblings. */
    private static String indexKey(List<List<Execution>> perRun) {
        candidates:
        for (String candidate : INDEX_KEYS) {
            for (List<Execution> siblings : perRun) {
                Set<String> seen = new HashSet<>();
                for (Execution child : siblings) {
                    String value = value(child, candidate);
                    if (value == null || !seen.add(value)) {
                        continue candidates;
                    }
                }
            }
            return candidate;
        }
        return null;
    }

    private static String value(Execution child, String key) {
        if (Tasks.parameters(child).isEmpty()) {
            return null;
        }
        Parameter parameter = Tasks.parameter(child, key);
        if (parameter == null || parameter.getValue() == null) {
            return null;
        }
        String text = parameter.getValue().strip();
        // 3, 3.0 and "3" are one position.
        if (isNumber(text)) {
            double number = Double.parseDouble(text);
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : text;
        }
        return text;
    }

    private static boolean isNumber(String text) {
        try {
            double value = Double.parseDouble(text);
            return !Double.isNaN(value);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double startKey(Execution execution) {
        double start = execution.getStartedAt();
        return Double.isNaN(start) ? Double.POSITIVE_INFINITY : start;
    }
}
