/**
 * Energy and carbon accounting of provenance, task by task: the energy of every task, run and campaign per
 * component with its method and bounds, attributed through the task hierarchy and shared between concurrent tasks of
 * a node, priced at its site's PUE and the grid's carbon intensity of the hours it ran ({@link
 * org.provlens.energy.core.EnergyProvider}). Core: no UI, no OSGi needed.
 */
package org.provlens.energy.core;
