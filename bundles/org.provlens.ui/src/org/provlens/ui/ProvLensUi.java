package org.provlens.ui;

/** Identifiers of the workbench parts ProvLens contributes or arranges. */
public final class ProvLensUi {

    /** The bundle's symbolic name, also the plug-in id used in logged statuses. */
    public static final String PLUGIN_ID = "org.provlens.ui";

    /** The Provenance perspective. */
    public static final String PERSPECTIVE_ID = "org.provlens.ui.perspective";

    /** The Runs navigator view. */
    public static final String RUNS_VIEW_ID = "org.provlens.ui.views.runs";

    /** The Level table view. */
    public static final String LEVEL_VIEW_ID = "org.provlens.ui.views.level";

    /** The Annotations view. */
    public static final String ANNOTATIONS_VIEW_ID = "org.provlens.ui.views.annotations";

    /** The execution editor (a workflow run or task). */
    public static final String EXECUTION_EDITOR_ID = "org.provlens.ui.editors.execution";

    /** The platform Properties view. */
    public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";

    /** The platform Error Log view, where import problems go. */
    public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

    /** The Open provenance command. */
    public static final String OPEN_COMMAND_ID = "org.provlens.ui.commands.open";

    private ProvLensUi() {
    }
}
