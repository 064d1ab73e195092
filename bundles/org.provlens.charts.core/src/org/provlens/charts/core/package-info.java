/**
 * The data providers of the charts (series, timeline, per-activity statistics, hyperparameter effects): typed
 * queries in, immutable responses out, decimated to the pixel width, without SWT, shared by the chart views and
 * the {@code provlens chart-data} command.
 */
package org.provlens.charts.core;
