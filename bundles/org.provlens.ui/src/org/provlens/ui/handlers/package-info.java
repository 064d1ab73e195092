/** Command handlers of the ProvLens workbench. */
package org.provlens.ui.handlers;
