package org.provlens.compare.ui;

/** Identifiers of what the comparison contributes to the workbench. */
public final class CompareUi {

    /** The bundle's symbolic name, also the plug-in id of logged statuses. */
    public static final String PLUGIN_ID = "org.provlens.compare.ui";

    /** The comparison editor. */
    public static final String EDITOR_ID = "org.provlens.compare.ui.editor";

    /** The Compare command. */
    public static final String COMPARE_COMMAND_ID = "org.provlens.compare.ui.commands.compare";

    private CompareUi() {
    }
}
