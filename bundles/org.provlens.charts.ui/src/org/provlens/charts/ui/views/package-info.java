/** The chart views: series, timeline, per-activity statistics and hyperparameter effects, over the core providers. */
package org.provlens.charts.ui.views;
