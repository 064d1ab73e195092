/** Tests of the chart providers: decimation properties, statistics against NumPy and SciPy, the sample campaign. */
package org.provlens.charts.core.tests;
