package org.provlens.diagram.core;

import java.util.Objects;

import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.model.Workspace;

/**
 * What a diagram should show.
 *
 * @param workspace the workspace
 * @param description the diagram description
 * @param rootId the id of the element the diagram opens on, {@code null} for the whole workspace
 * @param depth edge hops of a neighbourhood, or levels of a subtree; negative for the description's default
 * @param state what the user did to the diagram
 * @param layout whether and how to lay it out
 * @param measure the width of labels
 * @param previous the view shown so far, whose layout is reused when nothing laid out changed; {@code null} to lay
 *            out afresh
 */
public record DiagramQuery(Workspace workspace, DiagramDescription description, String rootId, int depth,
        UserState state, Layout layout, TextMeasure measure, DiagramView previous) {

    /** Whether to lay the diagram out. */
    public enum Layout {
        /** Nodes at the origin with their sizes, edges straight: the synchronization alone. */
        NONE,
        /** ELK layered, reusing the previous layout where nothing laid out changed. */
        ELK
    }

    /** Checks and defaults the parameters. */
    public DiagramQuery {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(description, "description");
        state = state == null ? UserState.EMPTY : state;
        layout = layout == null ? Layout.ELK : layout;
        measure = measure == null ? TextMeasure.ESTIMATE : measure;
        rootId = rootId == null || rootId.isEmpty() ? null : rootId;
    }

    /**
     * The whole workspace in a description's defaults, laid out.
     *
     * @param workspace the workspace
     * @param description the description
     * @return the query
     */
    public static DiagramQuery of(Workspace workspace, DiagramDescription description) {
        return new DiagramQuery(workspace, description, null, -1, UserState.EMPTY, Layout.ELK, TextMeasure.ESTIMATE,
                null);
    }

    /**
     * The same query opened on an element.
     *
     * @param id the element's id, {@code null} for the whole workspace
     * @param hops the depth, negative for the default
     * @return the query
     */
    public DiagramQuery onRoot(String id, int hops) {
        return new DiagramQuery(workspace, description, id, hops, state, layout, measure, previous);
    }

    /**
     * The same query with a user state.
     *
     * @param userState what the user did
     * @return the query
     */
    public DiagramQuery withState(UserState userState) {
        return new DiagramQuery(workspace, description, rootId, depth, userState, layout, measure, previous);
    }

    /**
     * The same query reusing a previous view's layout.
     *
     * @param view the view shown so far
     * @return the query
     */
    public DiagramQuery after(DiagramView view) {
        return new DiagramQuery(workspace, description, rootId, depth, state, layout, measure, view);
    }
}
