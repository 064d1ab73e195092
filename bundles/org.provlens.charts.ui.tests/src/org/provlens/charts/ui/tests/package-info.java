/** Tests of the chart views in a real workbench under Xvfb, on the bundled sample. */
package org.provlens.charts.ui.tests;
