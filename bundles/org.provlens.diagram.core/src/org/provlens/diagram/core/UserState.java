package org.provlens.diagram.core;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.Expansion;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.UserGroup;

/**
 * An immutable snapshot of what the user did to a diagram ({@link DiagramState}), handed to the provider in a job
 * while the display thread goes on editing the state.
 */
public final class UserState {

    /** Nothing done yet: the description's defaults. */
    public static final UserState EMPTY = new UserState(Map.of(), List.of(), null, null);

    /**
     * What the user did to one node.
     *
     * @param x where the user put it, relative to its container; NaN when the layout places it
     * @param y likewise
     * @param pinned whether arranging again keeps it in place
     * @param expansion expanded or collapsed by the user, or as the defaults say
     * @param hidden hidden by the user
     * @param label a name given to a group, {@code null} for none
     * @param shown members shown by an expanded group, 0 for one page
     */
    public record Node(double x, double y, boolean pinned, Expansion expansion, boolean hidden, String label,
            int shown) {

        /**
         * Whether the user placed the node.
         *
         * @return true when it has a position
         */
        public boolean placed() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    /**
     * A user group.
     *
     * @param id its node id
     * @param name its name
     * @param members the ids of the grouped nodes
     */
    public record Group(String id, String name, List<String> members) {
        /** Copies the members. */
        public Group {
            members = List.copyOf(members);
        }
    }

    private final Map<String, Node> nodes;
    private final List<Group> groups;
    private final Set<String> layers;
    private final Set<String> filters;

    private UserState(Map<String, Node> nodes, List<Group> groups, Set<String> layers, Set<String> filters) {
        this.nodes = Map.copyOf(nodes);
        this.groups = List.copyOf(groups);
        this.layers = layers == null ? null : Set.copyOf(layers);
        this.filters = filters == null ? null : Set.copyOf(filters);
    }

    /**
     * A snapshot of a diagram's state.
     *
     * @param state the state, may be {@code null}
     * @return the snapshot
     */
    public static UserState of(DiagramState state) {
        if (state == null) {
            return EMPTY;
        }
        Map<String, Node> nodes = new HashMap<>();
        for (NodeState n : state.getNodes()) {
            nodes.put(n.getId(), new Node(n.getX(), n.getY(), n.isPinned(), n.getExpansion(), n.isHidden(),
                    n.getLabel() == null || n.getLabel().isEmpty() ? null : n.getLabel(), n.getShown()));
        }
        List<Group> groups = state.getGroups().stream()
                .map((UserGroup g) -> new Group(g.getId(), g.getName(), g.getMembers())).toList();
        return new UserState(nodes, groups, state.isLayersChosen() ? new LinkedHashSet<>(state.getActiveLayers()) : null,
                state.isFiltersChosen() ? new LinkedHashSet<>(state.getActiveFilters()) : null);
    }

    /**
     * What the user did to a node.
     *
     * @param id the node's id
     * @return its state, {@code null} when untouched
     */
    public Node node(String id) {
        return nodes.get(id);
    }

    /**
     * Every node the user touched.
     *
     * @return id to state
     */
    public Map<String, Node> nodes() {
        return nodes;
    }

    /**
     * The user groups.
     *
     * @return the groups
     */
    public List<Group> groups() {
        return groups;
    }

    /**
     * The layers the user chose.
     *
     * @return their names, {@code null} when the description's defaults apply
     */
    public Set<String> layers() {
        return layers;
    }

    /**
     * The filters the user chose.
     *
     * @return their names, {@code null} when the description's defaults apply
     */
    public Set<String> filters() {
        return filters;
    }
}
