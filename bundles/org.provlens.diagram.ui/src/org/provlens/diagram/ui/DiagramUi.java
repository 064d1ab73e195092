package org.provlens.diagram.ui;

/** Identifiers the diagram bundle contributes. */
public final class DiagramUi {

    /** The bundle's symbolic name, also the plug-in id of logged statuses. */
    public static final String PLUGIN_ID = "org.provlens.diagram.ui";

    /** The diagram editor. */
    public static final String EDITOR_ID = "org.provlens.diagram.ui.editor";

    /** Open Lineage Diagram. */
    public static final String OPEN_LINEAGE = "org.provlens.diagram.ui.commands.openLineage";

    /** Open Workflow DAG. */
    public static final String OPEN_DAG = "org.provlens.diagram.ui.commands.openDag";

    /** Open Task Hierarchy. */
    public static final String OPEN_HIERARCHY = "org.provlens.diagram.ui.commands.openHierarchy";

    private DiagramUi() {
    }
}
