package org.provlens.diagram.core.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.provlens.diagram.core.NodeStyle;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.AbstractNodeMapping;

/** A visible node before layout: what the synchronizer decided, and the size its label needs. */
public final class Shape {
    final String id;
    final ViewNode.Role role;
    final Shape parent;
    final AbstractNodeMapping mapping;
    final List<EObject> elements;
    /** The entry or group it shows, {@code null} for "more" nodes and user groups. */
    final SemanticTree.Item item;
    String kind;
    String label;
    String tooltip;
    boolean container;
    boolean expandable;
    int hidden;
    NodeStyle style;
    double width;
    double height;
    /** Where the user put it (relative to its container); NaN when the layout places it. */
    double userX = Double.NaN;
    double userY = Double.NaN;
    boolean pinned;

    Shape(String id, ViewNode.Role role, Shape parent, AbstractNodeMapping mapping, List<EObject> elements,
            SemanticTree.Item item) {
        this.id = id;
        this.role = role;
        this.parent = parent;
        this.mapping = mapping;
        this.elements = elements;
        this.item = item;
    }

    /**
     * The node id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The container's shape.
     *
     * @return the parent, {@code null} at top level
     */
    public Shape parent() {
        return parent;
    }

    /**
     * Whether its content is shown inside it.
     *
     * @return true for expanded containers and groups
     */
    public boolean container() {
        return container;
    }

    /**
     * The width its label needs (the minimum width of a container).
     *
     * @return the width
     */
    public double width() {
        return width;
    }

    /**
     * Its height (the header height of a container).
     *
     * @return the height
     */
    public double height() {
        return height;
    }

    boolean isInside(Shape ancestor) {
        for (Shape s = parent; s != null; s = s.parent) {
            if (s == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return id;
    }
}
