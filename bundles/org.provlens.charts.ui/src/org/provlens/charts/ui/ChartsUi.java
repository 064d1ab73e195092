package org.provlens.charts.ui;

/** Identifiers of the chart views. */
public final class ChartsUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.provlens.charts.ui";
    /** The series view. */
    public static final String SERIES_VIEW_ID = "org.provlens.charts.ui.views.series";
    /** The timeline (Gantt) view. */
    public static final String TIMELINE_VIEW_ID = "org.provlens.charts.ui.views.timeline";
    /** The per-activity statistics view. */
    public static final String ACTIVITY_VIEW_ID = "org.provlens.charts.ui.views.activity";
    /** The hyperparameter-effects view. */
    public static final String EFFECTS_VIEW_ID = "org.provlens.charts.ui.views.effects";

    private ChartsUi() {
    }
}
