package org.provlens.charts.ui.views;

import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.provlens.charts.ui.ChartAdapter;

/** A chart view drawn by one SWTChart chart: its keys, image and SVG export are the chart's. */
public abstract class SingleChartView extends ChartView {

    /** The chart, created by {@link #createContent}. */
    protected ChartAdapter chart;

    @Override
    protected List<Control> keyControls() {
        return List.of(chart.chart().getPlotArea().getControl());
    }

    @Override
    public Control exportControl() {
        return chart.control();
    }

    @Override
    public String svg() {
        return chart.svg();
    }

    /**
     * The chart, for tests and benchmarks.
     *
     * @return the adapter
     */
    public ChartAdapter getChart() {
        return chart;
    }

    @Override
    public void dispose() {
        if (chart != null) {
            chart.dispose();
        }
        super.dispose();
    }
}
