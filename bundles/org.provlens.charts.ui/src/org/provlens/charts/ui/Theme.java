package org.provlens.charts.ui;

/**
 * The colours of a chart, light or dark: background, text, grid, and a categorical palette that stays distinct
 * on both (Okabe and Ito's colour-blind-safe colours, then Tableau's), and a sequential ramp for numeric colours
 * (viridis' stops). Colours are {@code 0xRRGGBB}, the same for the screen and SVG export.
 *
 * @param dark whether the background is dark
 * @param background the chart's background
 * @param plot the plot area's background
 * @param foreground text and axes
 * @param grid grid lines
 * @param muted lines of runs outside a brush
 * @param highlight outlines of the selected runs and tasks
 */
public record Theme(boolean dark, int background, int plot, int foreground, int grid, int muted, int highlight) {

    /** The light theme. */
    public static final Theme LIGHT = new Theme(false, 0xFFFFFF, 0xFFFFFF, 0x202020, 0xDDDDDD, 0xC8C8C8, 0x000000);
    /** The dark theme. */
    public static final Theme DARK = new Theme(true, 0x2B2B2B, 0x1F1F1F, 0xE6E6E6, 0x4A4A4A, 0x555555, 0xFFFFFF);

    private static final int[] CATEGORICAL = {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9,
        0xF0E442, 0x8C564B, 0x7F7F7F, 0xBCBD22, 0x17BECF, 0x9467BD, 0xFF9DA7, 0x9C755F, 0x59A14F, 0xEDC948};
    private static final int[] RAMP = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
        0x6ECE58, 0xB5DE2B, 0xFDE725};

    /**
     * The theme for a background colour: dark when its luminance is low.
     *
     * @param rgb the background, {@code 0xRRGGBB}
     * @return the theme
     */
    public static Theme forBackground(int rgb) {
        double luminance = 0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
        return luminance < 110 ? DARK : LIGHT;
    }

    /**
     * A categorical colour.
     *
     * @param index the category's index (the most frequent first)
     * @return its colour; past the palette, the colours repeat
     */
    public int category(int index) {
        if (index < 0) {
            return muted;
        }
        int c = CATEGORICAL[index % CATEGORICAL.length];
        // Okabe-Ito's dark blue is hard to see on a dark background: lightened there.
        return dark && c == 0x0072B2 ? 0x3D9BE9 : c;
    }

    /**
     * The colour of a status.
     *
     * @param literal the status (FINISHED, ERROR, RUNNING, ...)
     * @return green, red, blue or grey
     */
    public int status(String literal) {
        return switch (literal) {
            case "FINISHED" -> 0x2CA02C;
            case "ERROR", "KILLED" -> 0xD62728;
            case "RUNNING" -> 0x1F77B4;
            case "SUBMITTED", "WAITING" -> 0xFF7F0E;
            default -> 0x8C8C8C;
        };
    }

    /**
     * A colour of the sequential ramp.
     *
     * @param position 0 to 1; NaN is grey
     * @return the colour
     */
    public int ramp(double position) {
        if (Double.isNaN(position)) {
            return muted;
        }
        double p = Math.max(0, Math.min(1, position)) * (RAMP.length - 1);
        int i = (int) Math.floor(p);
        if (i >= RAMP.length - 1) {
            return RAMP[RAMP.length - 1];
        }
        return mix(RAMP[i], RAMP[i + 1], p - i);
    }

    /**
     * A diverging colour for correlations: blue for -1, the plot background for 0, red for +1.
     *
     * @param value -1 to 1, NaN grey
     * @return the colour
     */
    public int diverging(double value) {
        if (Double.isNaN(value)) {
            return muted;
        }
        double v = Math.max(-1, Math.min(1, value));
        return v < 0 ? mix(plot, 0x2166AC, -v) : mix(plot, 0xB2182B, v);
    }

    /**
     * A text colour readable on a fill.
     *
     * @param fill the fill
     * @return black or white
     */
    public static int textOn(int fill) {
        double luminance = 0.2126 * (fill >> 16 & 0xFF) + 0.7152 * (fill >> 8 & 0xFF) + 0.0722 * (fill & 0xFF);
        return luminance < 128 ? 0xFFFFFF : 0x000000;
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round((a >> 16 & 0xFF) * (1 - t) + (b >> 16 & 0xFF) * t);
        int g = (int) Math.round((a >> 8 & 0xFF) * (1 - t) + (b >> 8 & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return r << 16 | g << 8 | bl;
    }
}
