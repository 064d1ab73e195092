/** The diagrams file of the open workspace and the undoable edits of diagram states (move, pin, hide, group, rename, expand). */
package org.provlens.diagram.ui.edit;
