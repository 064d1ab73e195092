package org.provlens.diagram.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IStatus;
import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.AdditionalLayer;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.description.FilterDescription;
import org.provlens.diagram.core.internal.Synchronizer;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.Expansion;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.UserGroup;

/**
 * The edits of one diagram, each an undoable {@link DiagramEditOperation}. Provenance cannot be edited here; what
 * can is how it is shown: positions, pins, expansion, hidden nodes, groups and their names, layers and filters.
 */
public final class DiagramEdits {

    private final DiagramSession session;
    private final DiagramState state;
    private final DiagramDescription description;

    /**
     * The edits of a diagram.
     *
     * @param session the session
     * @param state the diagram's state
     * @param description its description
     */
    public DiagramEdits(DiagramSession session, DiagramState state, DiagramDescription description) {
        this.session = session;
        this.state = state;
        this.description = description;
    }

    private IStatus run(String label, java.util.function.Consumer<DiagramState> change) {
        return new DiagramEditOperation(label, session, state, change).run();
    }

    /**
     * Expands a collapsed node, collapses an expanded one, or shows the next page of a group.
     *
     * @param view the diagram shown
     * @param node the node
     * @return the edit's status
     */
    public IStatus toggle(DiagramView view, ViewNode node) {
        if (node.role() == ViewNode.Role.MORE) {
            String groupId = node.parent();
            int shown = (int) view.children(groupId).stream().filter(n -> n.role() != ViewNode.Role.MORE).count();
            int page = pageSize(node.mapping());
            return run("Show More", s -> DiagramStates.node(s, groupId).setShown(shown + page));
        }
        boolean expand = !node.container();
        return run(expand ? "Expand " + node.label() : "Collapse " + node.label(),
                s -> DiagramStates.node(s, node.id()).setExpansion(expand ? Expansion.EXPANDED : Expansion.COLLAPSED));
    }

    private int pageSize(String mapping) {
        if (description.eResource() != null && description.eResource().getEObject(mapping) instanceof AbstractNodeMapping m
                && m.getGrouping() != null) {
            return Math.max(1, m.getGrouping().getPageSize());
        }
        return 50;
    }

    /**
     * Expands the containers and groups that hide a node's content, so that it shows (find, reveal).
     *
     * @param ids the nodes to expand
     * @return the edit's status
     */
    public IStatus expand(List<String> ids) {
        return run("Expand", s -> ids.forEach(id -> DiagramStates.node(s, id).setExpansion(Expansion.EXPANDED)));
    }

    /**
     * Keeps moved nodes where the user put them.
     *
     * @param moves the nodes and their positions relative to their containers
     * @return the edit's status
     */
    public IStatus move(Map<ViewNode, double[]> moves) {
        return run(moves.size() == 1 ? "Move " + moves.keySet().iterator().next().label() : "Move " + moves.size()
                + " Nodes", s -> moves.forEach((node, xy) -> {
                    NodeState n = DiagramStates.node(s, node.id());
                    n.setX(xy[0]);
                    n.setY(xy[1]);
                }));
    }

    /**
     * Pins or unpins nodes: arranging again keeps pinned nodes where they are now.
     *
     * @param view the diagram shown
     * @param nodes the nodes
     * @param pin true to pin, false to unpin
     * @return the edit's status
     */
    public IStatus pin(DiagramView view, List<ViewNode> nodes, boolean pin) {
        return run(pin ? "Pin" : "Unpin", s -> {
            for (ViewNode node : nodes) {
                NodeState n = DiagramStates.node(s, node.id());
                n.setPinned(pin);
                if (pin) {
                    ViewNode parent = node.parent() == null ? null : view.node(node.parent());
                    n.setX(node.x() - (parent == null ? 0 : parent.x()));
                    n.setY(node.y() - (parent == null ? 0 : parent.y()));
                }
            }
        });
    }

    /**
     * Hides nodes, with their content and edges.
     *
     * @param nodes the nodes
     * @return the edit's status
     */
    public IStatus hide(List<ViewNode> nodes) {
        return run(nodes.size() == 1 ? "Hide " + nodes.get(0).label() : "Hide " + nodes.size() + " Nodes",
                s -> nodes.forEach(n -> DiagramStates.node(s, n.id()).setHidden(true)));
    }

    /**
     * How many nodes the user hid.
     *
     * @return the count
     */
    public int hiddenCount() {
        return (int) state.getNodes().stream().filter(NodeState::isHidden).count();
    }

    /**
     * Shows every node the user hid.
     *
     * @return the edit's status
     */
    public IStatus showHidden() {
        return run("Show Hidden Nodes", s -> s.getNodes().forEach(n -> n.setHidden(false)));
    }

    /**
     * Groups nodes of one container under a name.
     *
     * @param nodes the nodes, siblings
     * @param name the group's name
     * @return the edit's status
     * @throws IllegalArgumentException when the nodes are not in one container
     */
    public IStatus group(List<ViewNode> nodes, String name) {
        Set<String> parents = new LinkedHashSet<>();
        nodes.forEach(n -> parents.add(String.valueOf(n.parent())));
        if (parents.size() != 1) {
            throw new IllegalArgumentException("only nodes of one container can be grouped");
        }
        List<String> ids = nodes.stream().map(ViewNode::id).toList();
        return run("Group " + nodes.size() + " Nodes", s -> {
            UserGroup group = org.provlens.diagram.core.view.ViewFactory.eINSTANCE.createUserGroup();
            group.setId("usergroup:" + UUID.randomUUID());
            group.setName(name);
            group.getMembers().addAll(ids);
            s.getGroups().add(group);
        });
    }

    /**
     * Dissolves a user group.
     *
     * @param node the group's node
     * @return the edit's status
     */
    public IStatus ungroup(ViewNode node) {
        return run("Ungroup " + node.label(), s -> {
            s.getGroups().removeIf(g -> g.getId().equals(node.id()));
            s.getNodes().removeIf(n -> n.getId().equals(node.id()));
        });
    }

    /**
     * Renames a group or a user group; an empty name gives a group its computed name back.
     *
     * @param node the group's node
     * @param name the new name
     * @return the edit's status
     */
    public IStatus rename(ViewNode node, String name) {
        return run("Rename " + node.label(), s -> {
            if (node.role() == ViewNode.Role.USER_GROUP) {
                s.getGroups().stream().filter(g -> g.getId().equals(node.id())).forEach(g -> g.setName(name));
            } else {
                DiagramStates.node(s, node.id()).setLabel(name == null || name.isBlank() ? null : name);
            }
        });
    }

    /**
     * Arranges the diagram again: nodes the user moved go back to the layout's places, pinned ones stay.
     *
     * @return the edit's status
     */
    public IStatus arrange() {
        return run("Arrange All", s -> s.getNodes().forEach(n -> {
            if (!n.isPinned()) {
                n.setX(Double.NaN);
                n.setY(Double.NaN);
            }
        }));
    }

    /**
     * Opens the diagram deeper or shallower: edge hops of a neighbourhood, levels of a subtree.
     *
     * @param depth the depth, -1 for the description's default
     * @return the edit's status
     */
    public IStatus depth(int depth) {
        return run(depth < 0 ? "Default Depth" : "Depth " + depth, s -> s.setDepth(depth));
    }

    /**
     * The depth asked for.
     *
     * @return the depth, -1 for the description's default
     */
    public int depth() {
        return state.getDepth();
    }

    /**
     * The additional layers in force.
     *
     * @return their names
     */
    public Set<String> activeLayers() {
        Set<String> names = new LinkedHashSet<>();
        Synchronizer.activeLayers(description, UserState.of(state)).forEach(l -> names.add(l.getName()));
        return names;
    }

    /**
     * The filters in force.
     *
     * @return their names
     */
    public Set<String> activeFilters() {
        Set<String> names = new LinkedHashSet<>();
        Synchronizer.activeFilters(description, UserState.of(state)).forEach(f -> names.add(f.getName()));
        return names;
    }

    /**
     * Switches an additional layer on or off; switching one of an exclusive group on switches the others off.
     *
     * @param layer the layer
     * @param on true to switch it on
     * @return the edit's status
     */
    public IStatus layer(AdditionalLayer layer, boolean on) {
        Set<String> names = activeLayers();
        names.remove(description.getDefaultLayer().getName());
        if (on) {
            String group = layer.getExclusiveGroup();
            if (group != null && !group.isEmpty()) {
                for (AdditionalLayer other : description.getAdditionalLayers()) {
                    if (group.equals(other.getExclusiveGroup())) {
                        names.remove(other.getName());
                    }
                }
            }
            names.add(layer.getName());
        } else {
            names.remove(layer.getName());
        }
        List<String> chosen = new ArrayList<>(names);
        return run((on ? "Show " : "Hide ") + label(layer.getLabel(), layer.getName()), s -> {
            s.setLayersChosen(true);
            s.getActiveLayers().clear();
            s.getActiveLayers().addAll(chosen);
        });
    }

    /**
     * Switches a filter on or off.
     *
     * @param filter the filter
     * @param on true to switch it on
     * @return the edit's status
     */
    public IStatus filter(FilterDescription filter, boolean on) {
        Set<String> names = activeFilters();
        if (on) {
            names.add(filter.getName());
        } else {
            names.remove(filter.getName());
        }
        List<String> chosen = new ArrayList<>(names);
        return run((on ? "Filter: " : "Unfilter: ") + label(filter.getLabel(), filter.getName()), s -> {
            s.setFiltersChosen(true);
            s.getActiveFilters().clear();
            s.getActiveFilters().addAll(chosen);
        });
    }

    /**
     * What users read of a description element.
     *
     * @param label its label, may be empty
     * @param name its name
     * @return the label, else the name
     */
    public static String label(String label, String name) {
        return label == null || label.isEmpty() ? name : label;
    }
}
