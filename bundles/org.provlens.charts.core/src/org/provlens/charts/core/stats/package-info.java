/** Statistics of the charts (quantiles, correlations, parameter importance, Pareto fronts) on Apache Commons Math. */
package org.provlens.charts.core.stats;
