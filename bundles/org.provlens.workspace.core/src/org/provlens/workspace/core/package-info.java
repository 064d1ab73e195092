/** The one open workspace of a workbench or a headless command: open, import, edit, save, notify, lock. Core: no UI. */
package org.provlens.workspace.core;
