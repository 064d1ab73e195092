package org.provlens.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.compare.core.AlignedNode;
import org.provlens.compare.core.AlignmentProvider;
import org.provlens.compare.core.AlignmentQuery;
import org.provlens.compare.core.Comparison;
import org.provlens.compare.core.ComparisonProvider;
import org.provlens.compare.core.ComparisonQuery;
import org.provlens.compare.core.Overlay;
import org.provlens.compare.core.OverlayProvider;
import org.provlens.compare.core.OverlayQuery;
import org.provlens.compare.ui.view.ComparisonPanel;
import org.provlens.compare.ui.view.DiffGrid;
import org.provlens.compare.ui.view.Mode;
import org.provlens.model.Execution;

/**
 * The comparison editor's body on a real SWT display (run it under Xvfb): {@link CompareWorkspace} (default 1,000
 * runs of 10,000 tasks), then the time from asking for the comparison to the painted editor (the provider's quick
 * answer, the panel built and painted), the full answer shown, and the time of each frame while scrolling the
 * outcomes across every run, the aligned batches (111 rows of 1,000 runs), the overlay of every run's loss and the
 * small multiples. The editor's jobs are run in place: the panel is the editor's, without the workbench around it.
 */
public final class CompareUiBenchmark {

    private CompareUiBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code [runs] [reps]}
     * @throws Exception when the store cannot be created
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CompareWorkspace built = CompareWorkspace.announce(runs);
        Display display = new Display();
        ComparisonQuery query = new ComparisonQuery(built.workspace(), built.runIds(), null, null, 1, false);
        for (int rep = 0; rep <= reps; rep++) {
            Shell shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setBounds(0, 0, 1600, 960);
            long start = System.nanoTime();
            ProviderResponse<Comparison> quick = new ComparisonProvider().fetch(query, null);
            long computed = System.nanoTime();
            Backend backend = new Backend();
            ComparisonPanel panel = new ComparisonPanel(shell, backend);
            shell.open();
            panel.showTab(1);
            backend.current = quick.model();
            panel.setComparison(quick.model(), "");
            settle(display, shell);
            long painted = System.nanoTime();
            ProviderResponse<Comparison> full = new ComparisonProvider().fetch(query.withSeries(true), null);
            long fullComputed = System.nanoTime();
            backend.current = full.model();
            panel.setComparison(full.model(), "");
            settle(display, shell);
            long fullPainted = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s open: first answer %.0f ms + panel built and painted %.0f ms = %.0f ms;"
                    + " full answer %.0f ms + shown %.0f ms%n", rep == 0 ? "cold" : "rep " + rep,
                    ms(computed - start), ms(painted - computed), ms(painted - start), ms(fullComputed - painted),
                    ms(fullPainted - fullComputed));
            if (rep == reps) {
                scrolling(display, shell, panel);
            }
            shell.dispose();
        }
        display.dispose();
        built.store().close();
    }

    private static void scrolling(Display display, Shell shell, ComparisonPanel panel) {
        DiffGrid outcomes = panel.outcomesGrid();
        frames("scroll the outcomes across every run (150 px columns)", display, shell, 200,
                i -> outcomes.viewport().setOriginX(i * outcomes.table().getSize().x / 4), outcomes.table());
        panel.setMode(Mode.DELTA);
        frames("the same with differences to the baseline", display, shell, 200,
                i -> outcomes.viewport().setOriginX((199 - i) * outcomes.table().getSize().x / 4), outcomes.table());
        panel.showTab(2);
        panel.drillDown(panel.level().get(0));
        settle(display, shell);
        long start = System.nanoTime();
        panel.drillDown(panel.level().get(0));
        settle(display, shell);
        System.out.printf(Locale.ROOT, "drill-down epoch → batches shown in %.0f ms (%d aligned rows)%n",
                ms(System.nanoTime() - start), panel.level().size());
        DiffGrid hierarchy = panel.hierarchyGrid();
        frames("scroll the aligned batches down and across", display, shell, 200, i -> {
            hierarchy.viewport().setOriginY((i % 20) * 66);
            hierarchy.viewport().setOriginX(i * 300);
        }, hierarchy.table());
        panel.showTab(3);
        start = System.nanoTime();
        panel.chooseSeries("train_batch_iteration:loss");
        settle(display, shell);
        System.out.printf(Locale.ROOT, "overlay of every run's batch loss read and drawn in %.0f ms%n",
                ms(System.nanoTime() - start));
        frames("redraw the overlay of " + panel.overlay().lines().size() + " lines", display, shell, 20,
                i -> { }, panel.overlay());
        frames("scroll the small multiples", display, shell, 100, i -> panel.smallMultiples().scrollTo(i * 120),
                panel.smallMultiples());
    }

    /**
     * Times frames: each step, then the control painted into an image by its own paint code (SWT's print), which
     * is what a scroll costs; GTK's own repaint of the window comes on its frame clock and is not timed.
     */
    private static void frames(String what, Display display, Shell shell, int count, Consumer<Integer> step,
            Control control) {
        double[] times = new double[count];
        Point size = control.getSize();
        Image image = new Image(display, Math.max(1, size.x), Math.max(1, size.y));
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            step.accept(i);
            GC gc = new GC(image);
            control.print(gc);
            gc.dispose();
            times[i] = ms(System.nanoTime() - start);
            while (display.readAndDispatch()) {
                // the events the step queued
            }
        }
        image.dispose();
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-60s %d frames of %d x %d: median %5.1f ms, p95 %5.1f ms, max %5.1f ms%n",
                what, count, size.x, size.y, times[count / 2], times[(int) (count * 0.95)], times[count - 1]);
    }

    /** Paints what is pending and runs the queued events. */
    private static void settle(Display display, Shell shell) {
        shell.update();
        while (display.readAndDispatch()) {
            // dispatch
        }
        shell.update();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The editor's jobs, run in place. */
    private static final class Backend implements ComparisonPanel.Backend {
        private Comparison current;

        @Override
        public void align(AlignedNode parent, int baseline, Consumer<List<AlignedNode>> done) {
            done.accept(new AlignmentProvider().fetch(AlignmentQuery.below(parent, baseline), null).model());
        }

        @Override
        public void overlay(String key, Consumer<Overlay> done) {
            done.accept(new OverlayProvider().fetch(new OverlayQuery(current.executions(), List.of(key), 2000), null)
                    .model().get(0));
        }

        @Override
        public void atStep(Long step) {
            // not measured
        }

        @Override
        public void export(Comparison comparison, boolean json) {
            // not measured
        }

        @Override
        public void selected(List<Execution> executions) {
            // no workbench
        }
    }
}
