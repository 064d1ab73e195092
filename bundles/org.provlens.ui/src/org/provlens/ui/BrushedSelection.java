package org.provlens.ui;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A selection made by brushing a chart: the runs or tasks inside the brushed ranges. Views that list tasks show only
 * these (and the tasks under them) while it is the selection, instead of merely selecting them; an empty brushed
 * selection that is {@link #cleared()} lifts the restriction.
 */
public final class BrushedSelection extends StructuredSelection {

    private final boolean cleared;

    /**
     * A brushed selection.
     *
     * @param elements the runs or tasks inside the brush
     * @param cleared whether the brush was removed (every run is in it again)
     */
    public BrushedSelection(List<?> elements, boolean cleared) {
        super(elements);
        this.cleared = cleared;
    }

    /**
     * Whether the brush was removed: views lift their restriction.
     *
     * @return true when no range is brushed
     */
    public boolean cleared() {
        return cleared;
    }
}
