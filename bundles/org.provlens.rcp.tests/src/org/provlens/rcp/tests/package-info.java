/** Tests of the ProvLens application bundle that need no display. */
package org.provlens.rcp.tests;
