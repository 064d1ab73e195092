/** Drawing, hit-testing, zoom, pan and selection of a laid-out diagram on an SWT canvas, and its export as PNG. */
package org.provlens.diagram.ui.canvas;
