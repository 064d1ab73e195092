/**
 * Diagrams of provenance without a display: shipped diagram descriptions, the synchronizer that turns a workspace
 * and a description into a view model keyed by semantic identity, its ELK layout, the persisted user state and
 * the SVG and JSON renderings of the headless {@code diagram} command.
 */
package org.provlens.diagram.core;
