package org.provlens.diagram.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.diagram.core.DiagramGeometry;
import org.provlens.diagram.core.TextMeasure;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.AdditionalLayer;
import org.provlens.diagram.core.description.CollapseFilter;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.description.FilterDescription;
import org.provlens.diagram.core.description.Layer;
import org.provlens.diagram.core.description.MappingFilter;
import org.provlens.diagram.core.description.RootScope;
import org.provlens.diagram.core.internal.SemanticTree.Entry;
import org.provlens.diagram.core.internal.SemanticTree.Group;
import org.provlens.diagram.core.internal.SemanticTree.Item;
import org.provlens.diagram.core.view.Expansion;

/**
 * Turns a workspace and a diagram description into the visible nodes and edges of a diagram, keyed by semantic
 * identity: every node's id is its element's id or a key made of ids (groups), so that what the user did to a
 * node ({@link UserState}) applies again after a refresh or a re-import.
 *
 * <p>In order: every element the mappings of the active layers find is entered in a {@link SemanticTree}, with
 * repeated siblings grouped; hidden and filtered elements are removed; the tree is walked from the top, showing
 * the content of expanded containers and groups only; edges are found between elements and drawn between the
 * visible nodes that show them (a collapsed container or group stands for its content); a diagram opened on an
 * element keeps only that element's subtree or neighbourhood; and when more nodes remain than the description
 * allows, containers are collapsed level by level, then the rest is left out with a note.</p>
 */
public final class Synchronizer {

    /**
     * What the synchronization decided.
     *
     * @param shapes the visible nodes, every container before its content
     * @param links the edges between them
     * @param shownBy the id of the visible node that shows each mapped element
     * @param mapped how many elements the mappings found
     * @param note what is not shown and why, empty when everything is
     */
    public record Result(List<Shape> shapes, List<Link> links, Map<EObject, String> shownBy, int mapped,
            String note) {
    }

    private static final double PADDING = DiagramGeometry.PADDING;
    private static final Shape NONE = new Shape("", ViewNode.Role.ELEMENT, null, null, List.of(), null);

    private final DiagramDescription description;
    private final UserState state;
    private final Evaluator evaluator;
    private final TextMeasure measure;
    private final List<Layer> layers;
    private final List<FilterDescription> filters;

    private SemanticTree tree;
    /** Entries and groups shown expanded whatever the defaults: the ancestors of the element a diagram opens on. */
    private final Set<Item> revealed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Entry rootEntry;
    private int walks;
    /** The entry a neighbourhood diagram opens on, which must be on a shown page of its group. */
    private Entry target;

    /**
     * A synchronizer.
     *
     * @param description the diagram description
     * @param state what the user did to the diagram
     * @param evaluator evaluates the description on the workspace
     * @param measure the width of labels
     */
    public Synchronizer(DiagramDescription description, UserState state, Evaluator evaluator, TextMeasure measure) {
        this.description = description;
        this.state = state;
        this.evaluator = evaluator;
        this.measure = measure;
        this.layers = activeLayers(description, state);
        this.filters = activeFilters(description, state);
    }

    /**
     * The layers of a diagram in force: the default layer, then the additional layers the user chose (or those
     * active by default), in the description's order.
     *
     * @param description the description
     * @param state the user's choices
     * @return the layers
     */
    public static List<Layer> activeLayers(DiagramDescription description, UserState state) {
        List<Layer> active = new ArrayList<>();
        active.add(description.getDefaultLayer());
        for (AdditionalLayer layer : description.getAdditionalLayers()) {
            if (state.layers() == null ? layer.isActiveByDefault() : state.layers().contains(layer.getName())) {
                active.add(layer);
            }
        }
        return active;
    }

    /**
     * The filters in force: those the user chose, or those active by default.
     *
     * @param description the description
     * @param state the user's choices
     * @return the filters
     */
    public static List<FilterDescription> activeFilters(DiagramDescription description, UserState state) {
        return description.getFilters().stream().filter(f -> state.filters() == null ? f.isActiveByDefault()
                : state.filters().contains(f.getName())).toList();
    }

    /**
     * Synchronizes.
     *
     * @param root the diagram's semantic root (the workspace)
     * @param rootId the id of the element the diagram opens on, {@code null} for the whole root
     * @param depth edge hops of a neighbourhood, or levels below the root of a subtree; negative for the
     *            description's default
     * @param monitor checked for cancellation
     * @return the visible nodes and edges
     * @throws IllegalArgumentException when the root id names nothing the diagram shows, or the description
     *             names a finder, condition, label or measure that is not registered
     */
    public Result run(EObject root, String rootId, int depth, IProgressMonitor monitor) {
        if (!description.getDomainClass().isInstance(root)) {
            throw new IllegalArgumentException("the " + description.getName() + " diagram opens on a "
                    + description.getDomainClass().getName() + ", not a " + root.eClass().getName());
        }
        List<AbstractNodeMapping> top = new ArrayList<>();
        for (Layer layer : layers) {
            top.addAll(layer.getContainerMappings());
            top.addAll(layer.getNodeMappings());
        }
        tree = SemanticTree.build(top, root, evaluator, monitor);
        int levels = depth < 0 ? description.getDefaultDepth() : depth;
        boolean subtree = description.getRootScope() == RootScope.SUBTREE;
        List<Entry> seeds = null;
        if (rootId != null && !rootId.isEmpty()) {
            seeds = resolveRoot(rootId, subtree);
        }
        int max = Math.max(1, description.getMaxVisibleElements());
        int open = subtree ? levels - 1 : description.getExpandedLevels();
        List<String> notes = new ArrayList<>();
        Walk walk = new Walk(open);
        int asked = open;
        while (walk.shapes.size() > max && open > 0) {
            walk = new Walk(--open);
        }
        if (open < asked) {
            notes.add("collapsed below level " + Math.max(open, 1) + " to show at most " + String.format(Locale.ROOT,
                    "%,d", max) + " nodes");
        }
        List<Link> links = new Links(layers, tree, evaluator).find(walk::rep);
        List<Shape> shapes = walk.shapes;
        if (seeds != null && !subtree) {
            Set<Shape> kept = neighbourhood(walk, seeds, links, levels, max, notes);
            shapes = keep(shapes, kept);
        } else if (shapes.size() > max) {
            notes.add(String.format(Locale.ROOT, "%,d of %,d nodes shown: open the diagram on an element to see its"
                    + " neighbourhood", max, shapes.size()));
            shapes = keep(shapes, new HashSet<>(shapes.subList(0, max)));
        }
        Set<Shape> visible = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        visible.addAll(shapes);
        List<Link> kept = links.stream().filter(l -> visible.contains(l.source()) && visible.contains(l.target()))
                .toList();
        new Styles(evaluator, layers).resolve(shapes);
        for (Shape shape : shapes) {
            size(shape);
        }
        Map<EObject, String> shownBy = new IdentityHashMap<>(tree.size());
        for (EObject element : tree.elements()) {
            Shape shape = walk.rep(tree.entries(element).get(0));
            if (shape != null && visible.contains(shape)) {
                shownBy.put(element, shape.id);
            }
        }
        return new Result(shapes, kept, shownBy, tree.size(), String.join("; ", notes));
    }

    private List<Entry> resolveRoot(String rootId, boolean subtree) {
        EObject element = evaluator.index().find(rootId);
        if (element == null) {
            throw new IllegalArgumentException("no element with id '" + rootId + "' in the workspace");
        }
        List<Entry> own = tree.entries(element);
        if (subtree) {
            if (own.isEmpty()) {
                throw new IllegalArgumentException("'" + rootId + "' is a " + element.eClass().getName()
                        + ", which the " + description.getName() + " diagram does not show");
            }
            rootEntry = own.get(0);
            return List.of(rootEntry);
        }
        List<Entry> seeds = new ArrayList<>();
        if (!own.isEmpty()) {
            seeds.addAll(own);
            for (Entry entry : own) {
                reveal(entry);
            }
        }
        for (EObject other : tree.elements()) {
            if (other != element && EcoreUtil.isAncestor(element, other)) {
                seeds.addAll(tree.entries(other));
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("nothing in the " + description.getName() + " diagram is or is inside '"
                    + rootId + "' (a " + element.eClass().getName() + ")");
        }
        return seeds;
    }

    /** Expands what holds an entry, and the entry itself, so that the diagram opens on it. */
    private void reveal(Entry entry) {
        if (target == null) {
            target = entry;
        }
        for (Entry e = entry; e != null; e = e.parent) {
            revealed.add(e);
            if (e.group != null) {
                revealed.add(e.group);
            }
        }
    }

    private boolean removed(Item item) {
        byte known = item instanceof Entry e ? e.removed : ((Group) item).removed;
        if (known == 0) {
            known = isRemoved(item) ? (byte) 2 : (byte) 1;
            if (item instanceof Entry e) {
                e.removed = known;
            } else {
                ((Group) item).removed = known;
            }
        }
        return known == 2;
    }

    private boolean isRemoved(Item item) {
        UserState.Node node = state.node(item.id());
        if (node != null && node.hidden()) {
            return true;
        }
        if (item instanceof Entry entry) {
            for (FilterDescription filter : filters) {
                if (filter instanceof MappingFilter && applies(filter, entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean applies(FilterDescription filter, Entry entry) {
        return filter.getMappings().contains(entry.mapping) && evaluator.holds(filter.getCondition(), entry.element());
    }

    private Expansion expansion(String id) {
        UserState.Node node = state.node(id);
        return node == null || node.expansion() == null ? Expansion.DEFAULT : node.expansion();
    }

    /** One walk of the tree from the top, showing the content of expanded containers and groups. */
    private final class Walk {
        final List<Shape> shapes = new ArrayList<>();
        final Map<Item, Shape> shapeOf = new IdentityHashMap<>();
        /** Where entries not shown themselves are: beyond an expanded group's page, in a collapsed user group. */
        final Map<Item, Shape> standIn = new IdentityHashMap<>();
        private final int open;
        private final int id = ++walks;
        private final Map<String, UserState.Group> userGroupOf = new HashMap<>();

        Walk(int open) {
            this.open = open;
            for (UserState.Group group : state.groups()) {
                for (String member : group.members()) {
                    userGroupOf.putIfAbsent(member, group);
                }
            }
            if (rootEntry != null) {
                level(List.of(rootEntry), null, 0);
            } else {
                level(tree.top, null, 1);
            }
        }

        private void level(List<? extends Item> items, Shape parent, int level) {
            Map<UserState.Group, Shape> userGroups = new LinkedHashMap<>();
            for (Item item : items) {
                UserState.Group group = userGroupOf.get(item.id());
                Shape into = parent;
                if (group != null) {
                    Shape frame = userGroups.get(group);
                    if (frame == null) {
                        frame = new Shape(group.id(), ViewNode.Role.USER_GROUP, parent, null, List.of(), null);
                        frame.kind = "group";
                        frame.label = group.name();
                        frame.tooltip = group.name() + "\n" + group.members().size() + " nodes grouped by you";
                        add(frame, group.id());
                        userGroups.put(group, frame);
                        frame.container = expansion(group.id()) != Expansion.COLLAPSED;
                        frame.expandable = !frame.container;
                    }
                    if (!frame.container) {
                        frame.hidden++;
                        standIn.put(item, frame);
                        continue;
                    }
                    into = frame;
                }
                if (item instanceof Entry entry) {
                    entry(entry, into, level);
                } else {
                    group((Group) item, into, level);
                }
            }
        }

        private void entry(Entry entry, Shape parent, int level) {
            if (removed(entry)) {
                return;
            }
            Shape shape = new Shape(entry.id, ViewNode.Role.ELEMENT, parent, entry.mapping, entry.elements, entry);
            shape.kind = entry.mapping.getKind().getLiteral();
            add(shape, entry.id);
            shapeOf.put(entry, shape);
            if (entry.hasContent()) {
                if (expanded(entry, level)) {
                    shape.container = true;
                    level(entry.items, shape, level + 1);
                    if (shapes.get(shapes.size() - 1) == shape) {
                        shape.container = false; // everything inside is hidden or filtered
                    }
                } else {
                    shape.expandable = true;
                    shape.hidden = count(entry.items);
                }
            }
        }

        private boolean expanded(Entry entry, int level) {
            Expansion expansion = expansion(entry.id);
            if (expansion != Expansion.DEFAULT) {
                return expansion == Expansion.EXPANDED;
            }
            if (entry == rootEntry || revealed.contains(entry)) {
                return true;
            }
            for (FilterDescription filter : filters) {
                if (filter instanceof CollapseFilter && applies(filter, entry)) {
                    return false;
                }
            }
            return level <= open;
        }

        private void group(Group group, Shape parent, int level) {
            if (removed(group)) {
                return;
            }
            List<Entry> members = new ArrayList<>(group.members.size());
            for (Entry member : group.members) {
                if (!removed(member)) {
                    members.add(member);
                }
            }
            if (members.isEmpty()) {
                return;
            }
            List<EObject> elements = new ArrayList<>(members.size());
            for (Entry member : members) {
                elements.add(member.element());
            }
            Shape shape = new Shape(group.id, ViewNode.Role.GROUP, parent, group.mapping, elements, group);
            shape.kind = "group";
            add(shape, group.id);
            shapeOf.put(group, shape);
            Expansion expansion = expansion(group.id);
            boolean expanded = expansion == Expansion.EXPANDED
                    || expansion == Expansion.DEFAULT && revealed.contains(group);
            if (!expanded) {
                shape.expandable = true;
                shape.hidden = members.size();
                return;
            }
            shape.container = true;
            int page = group.pageSize();
            UserState.Node node = state.node(group.id);
            int shown = node != null && node.shown() > 0 ? node.shown() : page;
            for (int i = 0; i < members.size(); i++) {
                Entry member = members.get(i);
                if (i >= shown && target != null && (member == target || isUnder(target, member))) {
                    shown = (i / page + 1) * page; // the page with the element the diagram opens on
                }
                if (i < shown) {
                    entry(member, shape, level);
                }
            }
            if (members.size() > shown) {
                Shape more = new Shape(group.id + "#more", ViewNode.Role.MORE, shape, group.mapping, List.of(), null);
                more.kind = "group";
                more.hidden = members.size() - shown;
                more.expandable = true;
                more.label = String.format(Locale.ROOT, "%,d more", more.hidden);
                more.tooltip = more.label + " of " + group.name + "\ndouble-click to show the next "
                        + String.format(Locale.ROOT, "%,d", Math.min(page, more.hidden));
                add(more, more.id);
                for (int i = shown; i < members.size(); i++) {
                    standIn.put(members.get(i), more);
                }
            }
        }

        private void add(Shape shape, String id) {
            UserState.Node node = state.node(id);
            if (node != null) {
                shape.userX = node.x();
                shape.userY = node.y();
                shape.pinned = node.pinned();
            }
            shapes.add(shape);
        }

        /** The shape that shows an entry: its own, or the group, user group or collapsed container it is in. */
        Shape rep(Entry entry) {
            if (entry.repWalk == id) {
                return entry.rep == NONE ? null : entry.rep;
            }
            Shape found = find(entry);
            entry.rep = found == null ? NONE : found;
            entry.repWalk = id;
            return found;
        }

        private Shape find(Entry entry) {
            Shape own = shapeOf.get(entry);
            if (own != null) {
                return own;
            }
            if (removed(entry)) {
                return null;
            }
            Shape stand = standIn.get(entry);
            if (stand != null) {
                return stand;
            }
            if (entry.group != null) {
                if (removed(entry.group)) {
                    return null;
                }
                Shape group = shapeOf.get(entry.group);
                if (group != null) {
                    return group.container ? null : group;
                }
                Shape groupStand = standIn.get(entry.group);
                if (groupStand != null) {
                    return groupStand;
                }
            }
            return entry.parent == null ? null : rep(entry.parent);
        }
    }

    private static boolean isUnder(Entry entry, Entry ancestor) {
        for (Entry e = entry.parent; e != null; e = e.parent) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int count(List<Item> items) {
        int n = 0;
        ArrayDeque<Item> pending = new ArrayDeque<>(items);
        while (!pending.isEmpty()) {
            Item item = pending.pop();
            if (item instanceof Entry entry) {
                n++;
                if (entry.items != null) {
                    pending.addAll(entry.items);
                }
            } else {
                pending.addAll(((Group) item).members);
            }
        }
        return n;
    }

    /**
     * The shapes within some edge hops of the seeds (the element a diagram opens on and what it contains), ring by
     * ring until the most nodes allowed, with their containers.
     */
    private Set<Shape> neighbourhood(Walk walk, List<Entry> seeds, List<Link> links, int depth, int max,
            List<String> notes) {
        Map<Shape, List<Shape>> adjacent = new IdentityHashMap<>();
        for (Link link : links) {
            adjacent.computeIfAbsent(link.source(), s -> new ArrayList<>()).add(link.target());
            adjacent.computeIfAbsent(link.target(), s -> new ArrayList<>()).add(link.source());
        }
        Set<Shape> kept = new LinkedHashSet<>();
        List<Shape> ring = new ArrayList<>();
        for (Entry seed : seeds) {
            Shape shape = walk.rep(seed);
            if (shape != null && kept.add(shape)) {
                ring.add(shape);
            }
        }
        int hops = 0;
        boolean cut = false;
        while (!ring.isEmpty() && hops < depth && !cut) {
            List<Shape> next = new ArrayList<>();
            for (Shape shape : ring) {
                for (Shape neighbour : adjacent.getOrDefault(shape, List.of())) {
                    if (kept.size() >= max) {
                        cut = true;
                        break;
                    }
                    if (kept.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            ring = next;
            hops++;
        }
        if (cut) {
            notes.add(String.format(Locale.ROOT, "neighbourhood cut at %,d nodes after %d hops", max, hops));
        }
        return kept;
    }

    /** The shapes kept, with their containers, in walk order; containers whose content went are collapsed. */
    private static List<Shape> keep(List<Shape> shapes, Set<Shape> kept) {
        Set<Shape> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Shape shape : kept) {
            for (Shape s = shape; s != null && all.add(s); s = s.parent) {
                // adds the containers
            }
        }
        List<Shape> result = new ArrayList<>();
        Set<Shape> withContent = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Shape shape : shapes) {
            if (all.contains(shape)) {
                result.add(shape);
                if (shape.parent != null) {
                    withContent.add(shape.parent);
                }
            }
        }
        for (Shape shape : result) {
            if (shape.container && !withContent.contains(shape)) {
                shape.container = false;
                shape.expandable = true;
            }
        }
        return result;
    }

    /** Label, tooltip and the size the label needs. */
    private void size(Shape shape) {
        int maxLength = 32;
        if (shape.role == ViewNode.Role.ELEMENT || shape.role == ViewNode.Role.GROUP) {
            if (shape.mapping.getLabelDescription() != null) {
                maxLength = shape.mapping.getLabelDescription().getMaxLength();
            }
        }
        UserState.Node node = state.node(shape.id);
        switch (shape.role) {
            case ELEMENT -> {
                String full = evaluator.label(shape.mapping.getLabelDescription(), shape.elements.get(0));
                shape.label = full;
                shape.tooltip = Tooltips.element(full, shape.elements.get(0), evaluator.index());
                if (shape.elements.size() > 1) {
                    shape.tooltip += String.format(Locale.ROOT, "\njoins %,d elements with the same identity",
                            shape.elements.size());
                }
            }
            case GROUP -> {
                Group group = (Group) shape.item;
                String computed = group.name + " ×" + String.format(Locale.ROOT, "%,d", shape.elements.size());
                shape.label = node != null && node.label() != null ? node.label() : computed;
                shape.tooltip = Tooltips.group(shape.label.equals(computed) ? computed : shape.label + " (" + computed
                        + ")", shape.elements);
            }
            case USER_GROUP -> shape.label = node != null && node.label() != null ? node.label() : shape.label;
            case MORE -> {
                // label and tooltip set by the walk
            }
        }
        String drawn = shorten(shape.label == null ? "" : shape.label, maxLength);
        shape.label = drawn;
        double text = measure.width(drawn);
        // Room for the expand or collapse badge, as DiagramGeometry places it: containers have one in their header.
        double badge = shape.expandable || shape.container ? DiagramGeometry.BADGE + 9 : 0;
        double minWidth = shape.role == ViewNode.Role.ELEMENT || shape.role == ViewNode.Role.GROUP
                ? shape.mapping.getStyle().getMinWidth() : 60;
        shape.width = Math.ceil(Math.max(minWidth, text + 2 * PADDING + badge));
        shape.height = shape.role == ViewNode.Role.ELEMENT || shape.role == ViewNode.Role.GROUP
                ? shape.mapping.getStyle().getHeight() : 28;
        if (shape.role == ViewNode.Role.GROUP && !shape.container) {
            // The cards stacked behind a collapsed group lie inside its bounds, so the layout keeps them apart too.
            shape.width += 2 * DiagramGeometry.STACK;
            shape.height += 2 * DiagramGeometry.STACK;
        }
    }

    /**
     * Shortens a label in the middle, where ids and paths differ least.
     *
     * @param label the label
     * @param max the most characters
     * @return the label, or its start and end around an ellipsis
     */
    static String shorten(String label, int max) {
        if (max <= 1 || label.length() <= max) {
            return label;
        }
        int head = (max - 1) * 2 / 3;
        int tail = max - 1 - head;
        return label.substring(0, head) + "…" + label.substring(label.length() - tail);
    }
}
