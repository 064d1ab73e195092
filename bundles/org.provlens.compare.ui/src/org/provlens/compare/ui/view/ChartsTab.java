package org.provlens.compare.ui.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.SeriesInfo;

/**
 * The charts of a comparison: the list of the runs' series, the overlay of the chosen one (every run on one plot,
 * by step or by time since start) and its small multiples (one plot per run on shared axes). The samples of a
 * series are asked for when it is chosen and kept.
 */
final class ChartsTab {

    private final Composite control;
    private final org.eclipse.swt.widgets.List keys;
    private final Button byStep;
    private final Button byTime;
    private final PlotCanvas overlay;
    private final SmallMultiples multiples;
    private final Map<String, Overlay> samples = new HashMap<>();
    private final BiConsumer<String, Consumer<Overlay>> load;
    private Comparison shown;
    private int[] order = new int[0];
    private List<SeriesInfo> series = List.of();

    /**
     * The tab's content.
     *
     * @param parent the tab folder
     * @param load asks for the samples of a series: key, then called back with them (in the display thread)
     */
    ChartsTab(Composite parent, BiConsumer<String, Consumer<Overlay>> load) {
        this.load = load;
        control = new SashForm(parent, SWT.HORIZONTAL);
        keys = new org.eclipse.swt.widgets.List(control, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        Composite right = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(right);
        Composite axis = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(axis);
        new Label(axis, SWT.NONE).setText("X axis:");
        byStep = new Button(axis, SWT.RADIO);
        byStep.setText("Step");
        byStep.setSelection(true);
        byTime = new Button(axis, SWT.RADIO);
        byTime.setText("Time since start (s)");
        SashForm plots = new SashForm(right, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(plots);
        overlay = new PlotCanvas(plots);
        multiples = new SmallMultiples(plots);
        plots.setWeights(3, 2);
        ((SashForm) control).setWeights(1, 4);
        keys.addListener(SWT.Selection, e -> choose());
        byStep.addListener(SWT.Selection, e -> draw());
        byTime.addListener(SWT.Selection, e -> draw());
        overlay.setMessage("Choose a series on the left.");
    }

    Composite control() {
        return control;
    }

    /**
     * Shows the series of a comparison; the samples already read are kept when the series are the same runs'.
     *
     * @param comparison the comparison shown
     * @param runOrder for each shown run, its index in the samples (the comparison's first order)
     * @param sameRuns whether the runs are those shown before
     */
    void setComparison(Comparison comparison, int[] runOrder, boolean sameRuns) {
        if (!sameRuns) {
            samples.clear();
        }
        String chosen = chosen();
        shown = comparison;
        order = runOrder.clone();
        series = comparison == null ? List.of() : comparison.series();
        keys.setItems(series.stream().map(SeriesInfo::key).toArray(String[]::new));
        int again = chosen == null ? -1 : series.stream().map(SeriesInfo::key).toList().indexOf(chosen);
        if (again < 0 && !series.isEmpty() && chosen == null) {
            again = preferred();
        }
        if (again >= 0) {
            keys.select(again);
            keys.showSelection();
            choose();
        } else {
            overlay.setMessage(series.isEmpty() ? "The runs have no series (yet)." : "Choose a series on the left.");
            multiples.setLines(List.of());
        }
    }

    /** The first metric of the tasks, else the first series: what a first look wants. */
    private int preferred() {
        for (int i = 0; i < series.size(); i++) {
            if (!series.get(i).telemetry() && !series.get(i).key().startsWith("series:system/")) {
                return i;
            }
        }
        return 0;
    }

    private String chosen() {
        int index = keys.getSelectionIndex();
        return index < 0 || index >= series.size() ? null : series.get(index).key();
    }

    /**
     * Chooses a series, for tests and the benchmark.
     *
     * @param key the series key
     * @return whether the runs have it
     */
    boolean choose(String key) {
        int index = series.stream().map(SeriesInfo::key).toList().indexOf(key);
        if (index < 0) {
            return false;
        }
        keys.select(index);
        choose();
        return true;
    }

    private void choose() {
        String key = chosen();
        if (key == null) {
            return;
        }
        SeriesInfo info = series.get(keys.getSelectionIndex());
        byStep.setEnabled(info.steps());
        byTime.setEnabled(info.times());
        if (!info.steps() && byStep.getSelection()) {
            byStep.setSelection(false);
            byTime.setSelection(true);
        } else if (!info.times() && byTime.getSelection()) {
            byTime.setSelection(false);
            byStep.setSelection(true);
        }
        Overlay kept = samples.get(key);
        if (kept != null) {
            draw();
            return;
        }
        overlay.setMessage("Reading " + key + " of " + order.length + " runs…");
        multiples.setLines(List.of());
        load.accept(key, read -> {
            if (control.isDisposed()) {
                return;
            }
            samples.put(key, read);
            if (key.equals(chosen())) {
                draw();
            }
        });
    }

    private void draw() {
        String key = chosen();
        Overlay read = key == null ? null : samples.get(key);
        if (read == null || shown == null) {
            return;
        }
        boolean steps = byStep.getSelection();
        List<LinePlot.Line> lines = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            Overlay.Samples run = read.runs().get(order[i]);
            double[] xs = run == null ? null : run.xs(steps);
            if (xs != null) {
                lines.add(new LinePlot.Line(shown.runs().get(i).name(), order[i], xs, run.values(),
                        i == shown.baseline()));
            }
        }
        String unit = read.unit().isEmpty() ? "" : " (" + read.unit() + ")";
        overlay.setLines(lines, steps ? "step" : "seconds since the run's start", key + unit);
        multiples.setLines(lines);
    }

    /**
     * The overlay chart, for tests and the benchmark.
     *
     * @return the chart
     */
    PlotCanvas overlay() {
        return overlay;
    }

    /**
     * The small multiples, for tests and the benchmark.
     *
     * @return the panels
     */
    SmallMultiples multiples() {
        return multiples;
    }
}
