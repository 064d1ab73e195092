package org.provlens.diagram.core;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A node of a laid-out diagram. Coordinates are absolute, in diagram units (pixels at 1:1), top-left origin.
 *
 * @param id the element's id, or the key of a group ({@code group:...}), a group's next page
 *            ({@code ...#more}) or a user group ({@code usergroup:...})
 * @param kind {@code task}, {@code artifact}, {@code workflow}, {@code campaign} or {@code group}
 * @param role what the node is in the diagram
 * @param label the label as drawn (shortened)
 * @param tooltip the whole label and what the element is, one fact a line
 * @param parent the id of the container node, {@code null} at top level
 * @param x left
 * @param y top
 * @param width width
 * @param height height
 * @param container whether it shows child nodes inside (an expanded container or group)
 * @param expandable whether it hides content the user can expand
 * @param hidden how many elements it stands for that are not shown (members of a collapsed group, content of a
 *            collapsed container)
 * @param mapping the name of the mapping that made it
 * @param style its look
 * @param elements the semantic elements it shows: one element (several when joined by identity), a group's
 *            members; empty for user groups
 * @param pinned whether arranging again keeps it in place
 * @param moved whether the user placed it
 */
public record ViewNode(String id, String kind, Role role, String label, String tooltip, String parent, double x,
        double y, double width, double height, boolean container, boolean expandable, int hidden, String mapping,
        NodeStyle style, List<EObject> elements, boolean pinned, boolean moved) {

    /** What a node is. */
    public enum Role {
        /** A mapped element (or elements joined by identity). */
        ELEMENT,
        /** Repeated siblings collapsed into one node. */
        GROUP,
        /** The members of an expanded group not shown yet; expanding it shows the next page. */
        MORE,
        /** Nodes the user grouped under a name. */
        USER_GROUP
    }

    /** Keeps the elements unmodifiable. */
    public ViewNode {
        elements = List.copyOf(elements);
    }

    /**
     * Whether a point lies inside the node.
     *
     * @param px x
     * @param py y
     * @return true when inside or on the border
     */
    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }

    /**
     * The node's first semantic element.
     *
     * @return the element, {@code null} for user groups
     */
    public EObject element() {
        return elements.isEmpty() ? null : elements.get(0);
    }

    /**
     * Whether the user may rename it: groups and user groups only, provenance elements keep their names.
     *
     * @return true for groups
     */
    public boolean renamable() {
        return role == Role.GROUP || role == Role.USER_GROUP;
    }
}
