/** The chart data as JSON and CSV with stable keys, and SVG documents for chart export. */
package org.provlens.charts.core.io;
