/** The provenance workspace open in the workbench: loading, saving, importing as jobs, change events. */
package org.provlens.ui.workspace;
