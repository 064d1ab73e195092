package org.provlens.diagram.core;

/**
 * How wide a label is drawn, in diagram units (pixels at 1:1), so that node sizes are computed without a display.
 * The canvas passes the widths of its own font; the headless command uses {@link #ESTIMATE}.
 */
@FunctionalInterface
public interface TextMeasure {

    /** Widths of a 12 px sans-serif font (DejaVu Sans, the GTK default here), measured once and rounded. */
    TextMeasure ESTIMATE = text -> {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += estimate(text.charAt(i));
        }
        return width;
    };

    /**
     * The width of a text on one line.
     *
     * @param text the text
     * @return its width
     */
    double width(String text);

    /**
     * A measure from a table of character widths, as a canvas measures its font once in the display thread and
     * then lays out in a job.
     *
     * @param ascii the widths of the characters 0 to 127
     * @param other the width of any other character
     * @return the measure
     */
    static TextMeasure of(double[] ascii, double other) {
        double[] widths = ascii.clone();
        return text -> {
            double width = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                width += c < widths.length ? widths[c] : other;
            }
            return width;
        };
    }

    private static double estimate(char c) {
        if ("il.,:;|!'".indexOf(c) >= 0) {
            return 3.5;
        }
        if ("fjtr()[]- /".indexOf(c) >= 0) {
            return 4.6;
        }
        if ("mwMW".indexOf(c) >= 0) {
            return 10.5;
        }
        if (Character.isUpperCase(c)) {
            return 8.4;
        }
        return 7.2;
    }
}
