package org.provlens.diagram.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.provlens.diagram.core.DiagramRegistry;
import org.provlens.diagram.core.ModelIndex;
import org.provlens.diagram.core.description.AllCondition;
import org.provlens.diagram.core.description.AnyCondition;
import org.provlens.diagram.core.description.Condition;
import org.provlens.diagram.core.description.ContainerFinder;
import org.provlens.diagram.core.description.FeatureCondition;
import org.provlens.diagram.core.description.Finder;
import org.provlens.diagram.core.description.LabelDescription;
import org.provlens.diagram.core.description.NotCondition;
import org.provlens.diagram.core.description.ReferenceFinder;
import org.provlens.diagram.core.description.RegisteredCondition;
import org.provlens.diagram.core.description.RegisteredFinder;
import org.provlens.diagram.core.description.UnionFinder;
import org.provlens.model.ProvElement;
import org.provlens.model.util.Tasks;

/**
 * Evaluates the typed parts of a description on domain elements: finders, conditions, labels and keys. Features
 * that an element's class does not have make a finder skip it and a condition fail, so one description may map
 * related classes (workflow runs and tasks) with the same parts.
 */
public final class Evaluator {

    private final DiagramRegistry registry;
    private final ModelIndex index;

    /**
     * An evaluator.
     *
     * @param registry the registered finders, conditions and labels
     * @param index inverse navigation of the workspace
     */
    public Evaluator(DiagramRegistry registry, ModelIndex index) {
        this.registry = registry;
        this.index = index;
    }

    /**
     * The registry.
     *
     * @return the registry
     */
    public DiagramRegistry registry() {
        return registry;
    }

    /**
     * The model index.
     *
     * @return the index
     */
    public ModelIndex index() {
        return index;
    }

    /**
     * The elements a finder finds.
     *
     * @param finder the finder, {@code null} for none
     * @param from the element to start from
     * @return the elements, in a stable order; empty without a finder
     */
    public List<EObject> find(Finder finder, EObject from) {
        if (finder == null || from == null) {
            return List.of();
        }
        if (finder instanceof ContainerFinder) {
            return from.eContainer() == null ? List.of() : List.of(from.eContainer());
        }
        if (finder instanceof UnionFinder union) {
            // Usually one finder applies to an element (a workflow's tasks, or a task's children): no merging then.
            List<EObject> found = List.of();
            java.util.Set<EObject> all = null;
            for (Finder f : union.getFinders()) {
                List<EObject> more = find(f, from);
                if (more.isEmpty()) {
                    continue;
                }
                if (found.isEmpty()) {
                    found = more;
                    continue;
                }
                if (all == null) {
                    all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    all.addAll(found);
                    found = new ArrayList<>(found);
                }
                for (EObject e : more) {
                    if (all.add(e)) {
                        found.add(e);
                    }
                }
            }
            return found;
        }
        if (finder instanceof RegisteredFinder registered) {
            DiagramRegistry.Finder java = registry.finder(registered.getId());
            if (java == null) {
                throw new IllegalArgumentException("no finder '" + registered.getId() + "' is registered");
            }
            return new ArrayList<>(java.find(from, index));
        }
        ReferenceFinder path = (ReferenceFinder) finder;
        List<EObject> current = List.of(from);
        for (EReference reference : path.getReferences()) {
            List<EObject> next = new ArrayList<>();
            for (EObject element : current) {
                follow(element, reference, next);
            }
            current = next;
        }
        EReference closure = path.getClosure();
        if (closure == null) {
            return current;
        }
        // Pre-order: each element, then everything below it; iteratively, for lists of thousands of children.
        List<EObject> all = new ArrayList<>(current.size());
        ArrayDeque<EObject> pending = new ArrayDeque<>();
        List<EObject> children = new ArrayList<>();
        for (EObject top : current) {
            pending.push(top);
            while (!pending.isEmpty()) {
                EObject next = pending.pop();
                all.add(next);
                children.clear();
                follow(next, closure, children);
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return all;
    }

    private static void follow(EObject element, EReference reference, List<EObject> into) {
        if (!reference.getEContainingClass().isSuperTypeOf(element.eClass())) {
            return;
        }
        Object value = Tasks.get(element, reference);
        if (value instanceof Collection<?> many) {
            for (Object o : many) {
                into.add((EObject) o);
            }
        } else if (value instanceof EObject one) {
            into.add(one);
        }
    }

    /**
     * Whether a condition holds.
     *
     * @param condition the condition, {@code null} for none
     * @param element the element
     * @return true when it holds or there is no condition
     */
    public boolean holds(Condition condition, EObject element) {
        if (condition == null) {
            return true;
        }
        return switch (condition) {
            case FeatureCondition c -> feature(c, element);
            case AllCondition c -> c.getConditions().stream().allMatch(x -> holds(x, element));
            case AnyCondition c -> c.getConditions().stream().anyMatch(x -> holds(x, element));
            case NotCondition c -> !holds(c.getCondition(), element);
            case RegisteredCondition c -> {
                Predicate<EObject> java = registry.condition(c.getId());
                if (java == null) {
                    throw new IllegalArgumentException("no condition '" + c.getId() + "' is registered");
                }
                yield java.test(element);
            }
            default -> throw new IllegalArgumentException("unknown condition " + condition.eClass().getName());
        };
    }

    /**
     * Whether a condition holds for any of some elements (the conditional style of a group).
     *
     * @param condition the condition
     * @param elements the elements
     * @return true when it holds for one of them
     */
    public boolean holdsForAny(Condition condition, List<? extends EObject> elements) {
        for (EObject e : elements) {
            if (holds(condition, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean feature(FeatureCondition condition, EObject element) {
        EStructuralFeature feature = condition.getFeature();
        if (!feature.getEContainingClass().isSuperTypeOf(element.eClass())) {
            return false;
        }
        Object value = Tasks.get(element, feature);
        String expected = condition.getValue() == null ? "" : condition.getValue();
        if (value instanceof Collection<?> many) {
            return switch (condition.getOperator()) {
                case IS_SET -> !many.isEmpty();
                case NOT_EQUALS -> many.stream().noneMatch(v -> compare(v, expected) == 0);
                default -> many.stream().anyMatch(v -> test(condition, v, expected));
            };
        }
        return test(condition, value, expected);
    }

    private static boolean test(FeatureCondition condition, Object value, String expected) {
        return switch (condition.getOperator()) {
            case IS_SET -> value != null && !(value instanceof String s && s.isEmpty())
                    && !(value instanceof Double d && d.isNaN());
            case EQUALS -> compare(value, expected) == 0;
            case NOT_EQUALS -> compare(value, expected) != 0;
            case LESS -> value != null && compare(value, expected) < 0;
            case GREATER -> value != null && compare(value, expected) > 0;
            case CONTAINS -> value != null && text(value).toLowerCase(Locale.ROOT)
                    .contains(expected.toLowerCase(Locale.ROOT));
        };
    }

    /** Numbers compare as numbers, anything else as text; NaN and absent values are unequal to everything. */
    private static int compare(Object value, String expected) {
        if (value == null) {
            return expected.isEmpty() ? 0 : Integer.MIN_VALUE;
        }
        if (value instanceof Number number) {
            try {
                double v = number.doubleValue();
                return Double.isNaN(v) ? Integer.MIN_VALUE : Double.compare(v, Double.parseDouble(expected));
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
        }
        if (value instanceof Enumerator literal) {
            return literal.getName().equalsIgnoreCase(expected) || literal.getLiteral().equalsIgnoreCase(expected) ? 0
                    : literal.getName().compareToIgnoreCase(expected);
        }
        return text(value).compareTo(expected);
    }

    private static String text(Object value) {
        if (value instanceof ProvElement element) {
            return element.getId() == null ? "" : element.getId();
        }
        return String.valueOf(value);
    }

    /**
     * A node's label.
     *
     * @param label the label description, {@code null} for the element's name or id
     * @param element the element
     * @return the label, never {@code null}
     */
    public String label(LabelDescription label, EObject element) {
        if (label != null) {
            if (label.getProvider() != null && !label.getProvider().isEmpty()) {
                Function<EObject, String> java = registry.label(label.getProvider());
                if (java == null) {
                    throw new IllegalArgumentException("no label provider '" + label.getProvider() + "' is registered");
                }
                String text = java.apply(element);
                if (text != null && !text.isEmpty()) {
                    return text;
                }
            }
            String text = firstValue(label.getFeatures(), element);
            if (text != null) {
                return text;
            }
        }
        if (element instanceof ProvElement p) {
            return p.getName() != null && !p.getName().isEmpty() ? p.getName() : String.valueOf(p.getId());
        }
        return element.eClass().getName();
    }

    /**
     * The first non-empty value of some attributes, as text.
     *
     * @param attributes the attributes, in order
     * @param element the element
     * @return the value, {@code null} when all are empty or absent
     */
    public static String firstValue(List<EAttribute> attributes, EObject element) {
        for (EAttribute attribute : attributes) {
            if (attribute.getEContainingClass().isSuperTypeOf(element.eClass())) {
                Object value = element.eGet(attribute);
                if (value != null && !(value instanceof Collection<?>) && !String.valueOf(value).isEmpty()) {
                    return String.valueOf(value);
                }
            }
        }
        return null;
    }

    /**
     * The grouping key of an element: its values of the key features, the referenced elements' ids for
     * references.
     *
     * @param keys the key features
     * @param element the element
     * @return the key; {@code null} when the element lacks a key feature
     */
    public static String key(List<EStructuralFeature> keys, EObject element) {
        StringBuilder key = new StringBuilder();
        for (EStructuralFeature feature : keys) {
            if (!feature.getEContainingClass().isSuperTypeOf(element.eClass())) {
                return null;
            }
            if (!key.isEmpty()) {
                key.append('|');
            }
            Object value = Tasks.get(element, feature);
            key.append(value == null ? "" : text(value));
        }
        return key.toString();
    }

    /**
     * What a group of elements with a key is called: the value of the last key feature.
     *
     * @param keys the key features
     * @param element a member
     * @return the name, {@code "(none)"} when empty
     */
    public static String groupName(List<EStructuralFeature> keys, EObject element) {
        EStructuralFeature last = keys.get(keys.size() - 1);
        Object value = last.getEContainingClass().isSuperTypeOf(element.eClass()) ? Tasks.get(element, last) : null;
        String text = value == null ? "" : text(value);
        return text.isEmpty() ? "(none)" : text;
    }
}
