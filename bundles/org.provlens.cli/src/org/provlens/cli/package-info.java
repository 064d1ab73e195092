/** The headless provlens command: import, summary, validate, query and export, without SWT or OSGi. */
package org.provlens.cli;
