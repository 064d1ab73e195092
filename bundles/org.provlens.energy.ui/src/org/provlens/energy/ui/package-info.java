/** The Energy view, the energy preferences and the energy columns of the Level table: thin, over org.provlens.energy.core. */
package org.provlens.energy.ui;
