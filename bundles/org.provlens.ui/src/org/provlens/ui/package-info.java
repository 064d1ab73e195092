/** The ProvLens workbench contributions: the Provenance perspective and view ids. */
package org.provlens.ui;
