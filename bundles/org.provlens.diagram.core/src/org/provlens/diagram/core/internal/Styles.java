package org.provlens.diagram.core.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.eclipse.emf.ecore.EObject;
import org.provlens.diagram.core.DiagramRegistry;
import org.provlens.diagram.core.EdgeStyle;
import org.provlens.diagram.core.NodeStyle;
import org.provlens.diagram.core.ViewNode;
import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.ConditionalNodeStyle;
import org.provlens.diagram.core.description.EdgeStyleDescription;
import org.provlens.diagram.core.description.GradientDescription;
import org.provlens.diagram.core.description.Layer;
import org.provlens.diagram.core.description.NodeShape;
import org.provlens.diagram.core.description.NodeStyleDescription;
import org.provlens.diagram.core.description.StyleCustomization;

/**
 * Resolves the look of visible nodes: the mapping's style, replaced by the first conditional style that holds
 * (for a group: that holds for any member), changed by the customizations of the active layers in their order,
 * and coloured along a gradient over the visible nodes' range of a measure.
 */
final class Styles {

    /** The look of user groups: a light dashed frame. */
    static final NodeStyle USER_GROUP = new NodeStyle(NodeShape.ROUNDED_RECTANGLE, 0xf6f8fb, 0x8a96a3, 0x1e2328, 1,
            false, true);
    /** The look of the next page of a group. */
    static final NodeStyle MORE = new NodeStyle(NodeShape.ROUNDED_RECTANGLE, 0xf4f4f4, 0x8a96a3, 0x4a525a, 1, false,
            true);

    private final Evaluator evaluator;
    private final List<Layer> layers;

    Styles(Evaluator evaluator, List<Layer> layers) {
        this.evaluator = evaluator;
        this.layers = layers;
    }

    /** Sets the style of every shape; gradients need all shapes first, for their range. */
    void resolve(List<Shape> shapes) {
        Map<GradientDescription, List<Shape>> graded = new LinkedHashMap<>();
        for (Shape shape : shapes) {
            if (shape.role == ViewNode.Role.USER_GROUP) {
                shape.style = USER_GROUP;
                continue;
            }
            if (shape.role == ViewNode.Role.MORE) {
                shape.style = MORE;
                continue;
            }
            AbstractNodeMapping mapping = shape.mapping;
            NodeStyleDescription base = mapping.getStyle();
            for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
                if (evaluator.holdsForAny(conditional.getCondition(), shape.elements)) {
                    base = conditional.getStyle();
                    break;
                }
            }
            String where = mapping.getName();
            int fill = color(base.getBackgroundColor(), where);
            int border = color(base.getBorderColor(), where);
            GradientDescription gradient = base.getGradient();
            for (Layer layer : layers) {
                for (StyleCustomization customization : layer.getCustomizations()) {
                    if (customization.getAppliedOn().contains(mapping)
                            && (customization.getCondition() == null
                                    || evaluator.holdsForAny(customization.getCondition(), shape.elements))) {
                        if (customization.getBackgroundColor() != null) {
                            fill = color(customization.getBackgroundColor(), layer.getName());
                        }
                        if (customization.getBorderColor() != null) {
                            border = color(customization.getBorderColor(), layer.getName());
                        }
                        if (customization.getGradient() != null) {
                            gradient = customization.getGradient();
                        }
                    }
                }
            }
            if (shape.container && gradient == null) {
                // An open container is drawn in a tint of its colour, so its content stands out against it.
                fill = mix(fill, 0xffffff, 0.6);
            }
            shape.style = new NodeStyle(base.getShape(), fill, border, color(base.getLabelColor(), where),
                    Math.max(1, base.getBorderWidth()), shape.role == ViewNode.Role.GROUP && !shape.container, false);
            if (gradient != null) {
                graded.computeIfAbsent(gradient, g -> new ArrayList<>()).add(shape);
            }
        }
        graded.forEach(this::grade);
    }

    private void grade(GradientDescription gradient, List<Shape> shapes) {
        List<EObject> elements = new ArrayList<>();
        for (Shape shape : shapes) {
            elements.addAll(shape.elements);
        }
        ToDoubleFunction<EObject> measure = measure(gradient, elements);
        Map<Shape, Double> values = new IdentityHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Shape shape : shapes) {
            double value = aggregate(gradient, shape.elements, measure);
            if (gradient.isLogarithmic()) {
                value = value > 0 ? Math.log10(value) : Double.NaN;
            }
            values.put(shape, value);
            if (!Double.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        int low = color(gradient.getLowColor(), "gradient");
        int high = color(gradient.getHighColor(), "gradient");
        int missing = color(gradient.getMissingColor(), "gradient");
        for (Shape shape : shapes) {
            double value = values.get(shape);
            int fill;
            if (Double.isNaN(value)) {
                fill = missing;
            } else {
                double t = max > min ? (value - min) / (max - min) : 1;
                fill = mix(low, high, t);
            }
            if (shape.container) {
                // A container's colour is a tint, so its content keeps standing out against it.
                fill = mix(fill, 0xffffff, 0.55);
            }
            NodeStyle s = shape.style;
            shape.style = new NodeStyle(s.shape(), fill, s.border(), readable(s.text(), fill), s.borderWidth(),
                    s.stacked(), s.dashed());
        }
    }

    private ToDoubleFunction<EObject> measure(GradientDescription gradient, List<EObject> elements) {
        if (gradient.getMeasure() != null && !gradient.getMeasure().isEmpty()) {
            DiagramRegistry.Measure measure = evaluator.registry().measure(gradient.getMeasure());
            if (measure == null) {
                throw new IllegalArgumentException("no measure '" + gradient.getMeasure() + "' is registered");
            }
            return measure.prepare(elements);
        }
        if (gradient.getFeature() == null) {
            return e -> Double.NaN;
        }
        return e -> gradient.getFeature().getEContainingClass().isSuperTypeOf(e.eClass())
                && e.eGet(gradient.getFeature()) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double aggregate(GradientDescription gradient, List<EObject> elements,
            ToDoubleFunction<EObject> measure) {
        double sum = 0;
        double max = Double.NaN;
        int n = 0;
        for (EObject e : elements) {
            double v = measure.applyAsDouble(e);
            if (!Double.isNaN(v)) {
                sum += v;
                max = Double.isNaN(max) ? v : Math.max(max, v);
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        return switch (gradient.getAggregation()) {
            case SUM -> sum;
            case MAX -> max;
            case MEAN -> sum / n;
        };
    }

    /** The label colour, or white where the background is too dark for it (the high end of a gradient). */
    static int readable(int text, int fill) {
        double luminance = (0.299 * ((fill >> 16) & 0xff) + 0.587 * ((fill >> 8) & 0xff) + 0.114 * (fill & 0xff)) / 255;
        return luminance < 0.5 ? 0xffffff : text;
    }

    static EdgeStyle edge(EdgeStyleDescription style, String where) {
        return new EdgeStyle(color(style.getColor(), where), Math.max(1, style.getWidth()), style.getLineStyle());
    }

    /**
     * Parses a colour of a description.
     *
     * @param text {@code #rrggbb}
     * @param where the description element, for the error
     * @return {@code 0xRRGGBB}
     * @throws IllegalArgumentException when it is no such colour
     */
    static int color(String text, String where) {
        if (text != null && text.length() == 7 && text.charAt(0) == '#') {
            try {
                return Integer.parseInt(text.substring(1), 16);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(where + ": colour '" + text + "' is not of the form #rrggbb");
    }

    static int mix(int low, int high, double t) {
        double u = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(((low >> 16) & 0xff) * (1 - u) + ((high >> 16) & 0xff) * u);
        int g = (int) Math.round(((low >> 8) & 0xff) * (1 - u) + ((high >> 8) & 0xff) * u);
        int b = (int) Math.round((low & 0xff) * (1 - u) + (high & 0xff) * u);
        return (r << 16) | (g << 8) | b;
    }
}
