/** The ProvLens RCP application: start-up, window, menus and the product definition. */
package org.provlens.rcp;
