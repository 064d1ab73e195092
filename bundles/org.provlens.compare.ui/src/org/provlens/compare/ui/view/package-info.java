/** The body of the comparison editor on SWT, JFace and NatTable alone (no workbench), so a benchmark can host it. */
package org.provlens.compare.ui.view;
