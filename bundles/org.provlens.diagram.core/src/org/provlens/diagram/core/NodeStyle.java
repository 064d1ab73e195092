package org.provlens.diagram.core;

import org.provlens.diagram.core.description.NodeShape;

/**
 * The resolved look of a node: its description's style after conditional styles, layer customizations and
 * gradients. Colours are {@code 0xRRGGBB}.
 *
 * @param shape the outline
 * @param fill the background colour
 * @param border the border colour
 * @param text the label colour
 * @param borderWidth the border width in pixels
 * @param stacked drawn as a stack of cards (a group of repeated elements)
 * @param dashed drawn with a dashed border (the "more" node of a group, user groups)
 */
public record NodeStyle(NodeShape shape, int fill, int border, int text, int borderWidth, boolean stacked,
        boolean dashed) {
}
