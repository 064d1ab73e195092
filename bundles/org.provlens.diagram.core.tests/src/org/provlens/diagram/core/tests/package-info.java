/** Tests of the diagram descriptions, synchronizer, layout and headless renderings on real provenance files. */
package org.provlens.diagram.core.tests;
