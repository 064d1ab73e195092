package org.provlens.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.tests.Synthetic;
import org.provlens.diagram.ui.canvas.DiagramCanvas;
import org.provlens.diagram.ui.canvas.DiagramPainter;
import org.provlens.model.Workspace;

/**
 * The scale targets of the diagrams (issue 21), on the code the editors run: ELK layout time at 500, 2,000 and
 * 5,000 visible nodes (a flat lineage graph of tasks and artifacts, and a DAG of nested containers), the redraw
 * time of the SWT canvas showing them (needs a display: run under Xvfb), and how a workflow of 100,000 tasks
 * opens in each shipped diagram. Targets: layout under 1 s at 2,000 nodes, redraw under 30 ms.
 *
 * <p>Usage: {@code DiagramBenchmark [--reps N]}.</p>
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    /**
     * Entry point.
     *
     * @param args {@code --reps N} (default 5)
     */
    public static void main(String[] args) {
        int reps = args.length >= 2 && args[0].equals("--reps") ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "ProvLens diagram benchmark: Java %s, %d processors, max heap %d MB; medians of"
                + " %d runs after 2 warm-up%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, reps);
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1600, 1000);
        DiagramCanvas canvas = new DiagramCanvas(shell);
        shell.open();
        while (display.readAndDispatch()) {
            // let the shell map
        }
        System.out.println("graph                     nodes  edges  sync_ms  layout_ms  redraw_fit_ms  redraw_1:1_ms"
                + "  overview_ms");
        for (int nodes : new int[] {500, 2000, 5000}) {
            Workspace lineage = Synthetic.pipeline(nodes / 2, 21);
            measure(display, canvas, "lineage (flat)", lineage, DiagramDescriptions.get("lineage"), UserState.EMPTY,
                    reps);
        }
        for (int nodes : new int[] {500, 2000, 5000}) {
            int batches = nodes / 10 - 2;
            Workspace training = Synthetic.training(10, batches);
            DiagramState state = Synthetic.allExpanded(10, batches);
            measure(display, canvas, "dag (nested containers)", training, DiagramDescriptions.get("dag"),
                    UserState.of(state), reps);
        }
        System.out.println();
        System.out.println("a workflow of 100,000 tasks (10 epochs of 9,999 batches), opened as the editors open it:");
        Workspace big = Synthetic.training(10, 9_999);
        for (String name : DiagramDescriptions.SHIPPED) {
            open(big, name, null);
        }
        open(big, "dag", "epoch-7/batch-7000");
        open(big, "lineage", "checkpoint-4");
        open(big, "hierarchy", "epoch-3");
        shell.dispose();
        display.dispose();
    }

    private static void measure(Display display, DiagramCanvas canvas, String graph, Workspace workspace,
            DiagramDescription description, UserState state, int reps) {
        DiagramDescription unlimited = EcoreUtil.copy(description);
        unlimited.setMaxVisibleElements(100_000);
        DiagramProvider provider = new DiagramProvider();
        DiagramQuery sync = new DiagramQuery(workspace, unlimited, null, -1, state, DiagramQuery.Layout.NONE,
                canvas.textMeasure(), null);
        DiagramQuery laid = new DiagramQuery(workspace, unlimited, null, -1, state, DiagramQuery.Layout.ELK,
                canvas.textMeasure(), null);
        double[] syncs = new double[reps];
        double[] layouts = new double[reps];
        DiagramView view = null;
        for (int i = -2; i < reps; i++) {
            ProviderResponse<DiagramView> s = provider.fetch(sync, null);
            ProviderResponse<DiagramView> l = provider.fetch(laid, null);
            view = l.model();
            if (i >= 0) {
                syncs[i] = s.elapsed().toNanos() / 1e6;
                layouts[i] = l.elapsed().toNanos() / 1e6 - syncs[i];
            }
        }
        canvas.setView(view, true);
        double fit = redraw(display, canvas, reps * 4);
        canvas.actualSize();
        double[] b = view.bounds();
        canvas.centreOn((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
        double actual = redraw(display, canvas, reps * 4);
        double overview = overview(display, canvas, view, reps * 4);
        System.out.printf(Locale.ROOT, "%-24s %6d %6d %8.0f %10.0f %14.1f %14.1f %12.1f%n", graph, view.nodes().size(),
                view.edges().size(), median(syncs), median(layouts), fit, actual, overview);
    }

    /** The median time of the canvas's paint, drawn and shown as the display does it (double buffered). */
    private static double redraw(Display display, DiagramCanvas canvas, int times) {
        double[] paints = new double[times];
        for (int i = -3; i < times; i++) {
            canvas.redraw();
            canvas.update();
            while (display.readAndDispatch()) {
                // flush
            }
            if (i >= 0) {
                paints[i] = canvas.lastPaintNanos() / 1e6;
            }
        }
        return median(paints);
    }

    /** The median time of painting the whole diagram into the overview's 200 by 140 pixels, which follows every move. */
    private static double overview(Display display, DiagramCanvas canvas, DiagramView view, int times) {
        double[] b = view.bounds();
        double zoom = Math.min(200 / (b[2] - b[0]), 140 / (b[3] - b[1]));
        Image image = new Image(display, 200, 140);
        GC gc = new GC(image);
        double[] paints = new double[times];
        try {
            for (int i = -3; i < times; i++) {
                long start = System.nanoTime();
                canvas.painter().paint(gc, view, new DiagramPainter.Viewport(zoom, b[0], b[1]), 200, 140, Set.of(),
                        Set.of());
                if (i >= 0) {
                    paints[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        } finally {
            gc.dispose();
            image.dispose();
        }
        return median(paints);
    }

    private static void open(Workspace workspace, String name, String root) {
        DiagramProvider provider = new DiagramProvider();
        DiagramQuery query = DiagramQuery.of(workspace, DiagramDescriptions.get(name)).onRoot(root, -1);
        provider.fetch(query, null);
        ProviderResponse<DiagramView> response = provider.fetch(query, null);
        DiagramView view = response.model();
        System.out.printf(Locale.ROOT, "  %-9s %-22s %,8d elements mapped, %,5d nodes laid out, %,5d edges, %6d ms%s%n",
                name, root == null ? "(whole workspace)" : root, view.mappedElements(), view.nodes().size(),
                view.edges().size(), response.elapsed().toMillis(), view.note().isEmpty() ? "" : " (" + view.note() + ")");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
