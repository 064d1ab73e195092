/** Tests of the workbench under a real display: the navigator and properties on the bundled sample. */
package org.provlens.ui.tests;
