package org.provlens.compare.ui.view;

/** What the outcome cells show. */
public enum Mode {
    /** Each run's value. */
    VALUES("Values"),
    /** Each run's difference to the baseline run (the baseline shows its value). */
    DELTA("Difference to baseline"),
    /** Each run's difference relative to the baseline's value, in percent. */
    RELATIVE("Relative difference");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    /**
     * The label of the mode's choice.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
