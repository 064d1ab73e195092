package org.provlens.diagram.core.internal;

import org.provlens.diagram.core.EdgeStyle;

/**
 * A visible edge before layout, standing for {@code count} semantic edges.
 *
 * @param source the source shape
 * @param target the target shape
 * @param kind the edge kind's literal
 * @param count how many semantic edges
 * @param style the resolved style
 */
public record Link(Shape source, Shape target, String kind, int count, EdgeStyle style) {
}
