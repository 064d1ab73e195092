package org.provlens.diagram.core;

import org.provlens.diagram.core.description.LineStyle;

/**
 * The resolved look of an edge.
 *
 * @param color {@code 0xRRGGBB}
 * @param width the line width in pixels
 * @param line solid, dashed or dotted
 */
public record EdgeStyle(int color, int width, LineStyle line) {
}
