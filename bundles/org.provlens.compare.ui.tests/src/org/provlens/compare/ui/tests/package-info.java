/** Tests of the comparison editor in a real workbench under a display. */
package org.provlens.compare.ui.tests;
