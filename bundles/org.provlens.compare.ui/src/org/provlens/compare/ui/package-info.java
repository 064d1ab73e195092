/** The comparison editor in the workbench: its input, the Compare command and the jobs behind the editor. */
package org.provlens.compare.ui;
