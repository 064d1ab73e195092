/** Tests of the comparison: configuration and outcome diffs, alignment, overlays and the JSON and CSV forms. */
package org.provlens.compare.core.tests;
