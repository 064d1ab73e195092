/** Commands that open diagrams on the elements selected in the Runs navigator. */
package org.provlens.diagram.ui.handlers;
