package org.provlens.diagram.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.provlens.analysis.core.provider.Providers;
import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.ContainerMapping;
import org.provlens.diagram.core.description.GroupingDescription;
import org.provlens.model.ProvElement;

/**
 * Every element the node and container mappings of a description find in a workspace, whether shown or not, in
 * a tree of containers, with repeated siblings gathered into groups. Built once per synchronization; what is
 * visible is decided afterwards, so that the edges of hidden elements can end at the group or container that
 * hides them.
 */
public final class SemanticTree {

    /** An entry or a group: what one level of the tree holds. */
    public sealed interface Item permits Entry, Group {
        /**
         * The node id.
         *
         * @return the id
         */
        String id();
    }

    /** A mapped element, or elements joined by identity. */
    public static final class Entry implements Item {
        final String id;
        final AbstractNodeMapping mapping;
        final List<EObject> elements = new ArrayList<>(1);
        final Entry parent;
        /** Container levels from the top: 1 for top-level entries. */
        final int level;
        /** The content of a container, {@code null} for node mappings. */
        List<Item> items;
        Group group;
        /** Whether hidden or filtered: 0 not known yet, 1 no, 2 yes (set by the synchronizer, once). */
        byte removed;
        /** The shape that showed it in the walk {@link #repWalk}, a cache of the synchronizer's. */
        Shape rep;
        int repWalk;

        Entry(String id, AbstractNodeMapping mapping, EObject element, Entry parent, int level) {
            this.id = id;
            this.mapping = mapping;
            this.elements.add(element);
            this.parent = parent;
            this.level = level;
        }

        @Override
        public String id() {
            return id;
        }

        EObject element() {
            return elements.get(0);
        }

        boolean hasContent() {
            return items != null && !items.isEmpty();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** Repeated siblings of one mapping with the same key. */
    public static final class Group implements Item {
        final String id;
        final Entry parent;
        final AbstractNodeMapping mapping;
        final String name;
        final List<Entry> members = new ArrayList<>();
        /** Whether hidden: 0 not known yet, 1 no, 2 yes. */
        byte removed;

        Group(String id, Entry parent, AbstractNodeMapping mapping, String name) {
            this.id = id;
            this.parent = parent;
            this.mapping = mapping;
            this.name = name;
        }

        @Override
        public String id() {
            return id;
        }

        int pageSize() {
            return Math.max(1, mapping.getGrouping().getPageSize());
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private final Evaluator evaluator;
    private final IProgressMonitor monitor;
    final List<Item> top = new ArrayList<>();
    /** The entry of each element, or the list of its entries when several mappings show it. */
    private final Map<EObject, Object> byElement = new IdentityHashMap<>();
    final Map<String, Item> byId = new HashMap<>();
    final Map<AbstractNodeMapping, List<Entry>> byMapping = new IdentityHashMap<>();
    private int entries;

    private SemanticTree(Evaluator evaluator, IProgressMonitor monitor) {
        this.evaluator = evaluator;
        this.monitor = monitor;
    }

    /**
     * Builds the tree.
     *
     * @param mappings the top-level mappings of the active layers
     * @param root the diagram's semantic root
     * @param evaluator evaluates the description's finders and conditions
     * @param monitor checked for cancellation
     * @return the tree
     */
    public static SemanticTree build(List<AbstractNodeMapping> mappings, EObject root, Evaluator evaluator,
            IProgressMonitor monitor) {
        SemanticTree tree = new SemanticTree(evaluator, monitor);
        tree.level(null, root, mappings, 1, tree.top);
        return tree;
    }

    /**
     * How many entries the mappings made.
     *
     * @return the count
     */
    public int size() {
        return entries;
    }

    private void level(Entry parent, EObject semanticParent, List<AbstractNodeMapping> mappings, int level,
            List<Item> into) {
        for (AbstractNodeMapping mapping : mappings) {
            List<Entry> created = new ArrayList<>();
            Map<String, Entry> joined = mapping.getIdentityFeatures().isEmpty() ? null : new HashMap<>();
            for (EObject candidate : evaluator.find(mapping.getSemanticCandidates(), semanticParent)) {
                if (!mapping.getDomainClass().isInstance(candidate)
                        || !evaluator.holds(mapping.getPrecondition(), candidate)) {
                    continue;
                }
                if (joined != null) {
                    String identity = Evaluator.firstValue(mapping.getIdentityFeatures(), candidate);
                    Entry same = identity == null ? null : joined.get(identity);
                    if (same != null) {
                        same.elements.add(candidate);
                        index(candidate, same);
                        continue;
                    }
                    Entry entry = add(parent, mapping, candidate, level, created);
                    if (identity != null) {
                        joined.put(identity, entry);
                    }
                } else {
                    add(parent, mapping, candidate, level, created);
                }
            }
            into.addAll(group(created, mapping, parent));
            if (mapping instanceof ContainerMapping container) {
                List<AbstractNodeMapping> sub = subMappings(container);
                for (Entry entry : created) {
                    entry.items = new ArrayList<>();
                    level(entry, entry.element(), sub, level + 1, entry.items);
                }
            }
        }
    }

    private Entry add(Entry parent, AbstractNodeMapping mapping, EObject element, int level, List<Entry> created) {
        String id = element instanceof ProvElement p && p.getId() != null ? p.getId()
                : mapping.getName() + ":" + entries;
        if (byId.containsKey(id)) {
            // The same element shown by a second mapping, or a source id repeated in the data.
            id = id + "#" + mapping.getName() + (byId.containsKey(id + "#" + mapping.getName()) ? ":" + entries : "");
        }
        Entry entry = new Entry(id, mapping, element, parent, level);
        byId.put(id, entry);
        index(element, entry);
        byMapping.computeIfAbsent(mapping, m -> new ArrayList<>()).add(entry);
        created.add(entry);
        if (++entries % 4096 == 0) {
            Providers.checkCancelled(monitor);
        }
        return entry;
    }

    private void index(EObject element, Entry entry) {
        Object known = byElement.putIfAbsent(element, entry);
        if (known instanceof Entry one) {
            List<Entry> several = new ArrayList<>(2);
            several.add(one);
            several.add(entry);
            byElement.put(element, several);
        } else if (known != null) {
            @SuppressWarnings("unchecked")
            List<Entry> several = (List<Entry>) known;
            several.add(entry);
        }
    }

    /**
     * The entries of an element.
     *
     * @param element a domain element
     * @return its entries, empty when no mapping shows it
     */
    @SuppressWarnings("unchecked")
    List<Entry> entries(EObject element) {
        Object known = byElement.get(element);
        if (known == null) {
            return List.of();
        }
        return known instanceof Entry one ? List.of(one) : (List<Entry>) known;
    }

    /**
     * Every element shown by some entry.
     *
     * @return the elements
     */
    java.util.Set<EObject> elements() {
        return byElement.keySet();
    }

    static List<AbstractNodeMapping> subMappings(ContainerMapping container) {
        List<AbstractNodeMapping> sub = new ArrayList<>();
        sub.addAll(container.getSubNodeMappings());
        sub.addAll(container.getReusedNodeMappings());
        sub.addAll(container.getSubContainerMappings());
        sub.addAll(container.getReusedContainerMappings());
        return sub;
    }

    /** The items of one mapping at one level: its entries, with every large enough bucket of equal keys one group. */
    private List<? extends Item> group(List<Entry> created, AbstractNodeMapping mapping, Entry parent) {
        GroupingDescription grouping = mapping.getGrouping();
        if (grouping == null || grouping.getKeys().isEmpty() || created.size() < grouping.getThreshold()) {
            return created;
        }
        Map<String, List<Entry>> buckets = new LinkedHashMap<>();
        for (Entry entry : created) {
            String key = Evaluator.key(grouping.getKeys(), entry.element());
            if (key != null) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        List<Item> items = new ArrayList<>(created.size());
        Map<String, Group> groups = new HashMap<>();
        for (Entry entry : created) {
            String key = Evaluator.key(grouping.getKeys(), entry.element());
            List<Entry> bucket = key == null ? null : buckets.get(key);
            if (bucket == null || bucket.size() < Math.max(2, grouping.getThreshold())) {
                items.add(entry);
                continue;
            }
            Group group = groups.get(key);
            if (group == null) {
                String id = "group:" + (parent == null ? "" : parent.id) + ":" + mapping.getName() + ":" + key;
                group = new Group(id, parent, mapping, Evaluator.groupName(grouping.getKeys(), entry.element()));
                groups.put(key, group);
                byId.put(id, group);
                items.add(group);
            }
            group.members.add(entry);
            entry.group = group;
        }
        return items;
    }
}
