/** Opening workspace files: File > Open Workspace… and the Recent Workspaces menu kept in the instance preferences. */
package org.provlens.ui.recent;
