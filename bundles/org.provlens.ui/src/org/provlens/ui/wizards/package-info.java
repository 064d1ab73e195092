/** The Import Provenance wizard: format recognition, preview and a cancellable import job. */
package org.provlens.ui.wizards;
