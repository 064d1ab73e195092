/** The diagram editor: its input, toolbar, selection linked to the workbench and the job that lays it out. */
package org.provlens.diagram.ui.editor;
