/** The execution editor: one workflow run or task with its values and child tasks, and its outline grouped by activity. */
package org.provlens.ui.editor;
