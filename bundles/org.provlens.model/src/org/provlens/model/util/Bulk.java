package org.provlens.model.util;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.provlens.model.Campaign;
import org.provlens.model.Execution;
import org.provlens.model.Series;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;

/**
 * Reads and writes the bulk values of telemetry and series wherever they are: in the workspace's
 * {@link BulkStore} (a row number on the model element) or, for workspaces without a store (an XMI file, a model
 * being built), in the element's own arrays. Every reader of telemetry or series values goes through here.
 */
public final class Bulk {

    private Bulk() {
    }

    /**
     * The values at start of a telemetry.
     *
     * @param telemetry the telemetry
     * @return one value per channel of its schema (NaN where absent); a new array when read from the store
     */
    public static double[] atStart(Telemetry telemetry) {
        return values(telemetry, false);
    }

    /**
     * The values at end of a telemetry.
     *
     * @param telemetry the telemetry
     * @return one value per channel of its schema (NaN where absent); a new array when read from the store
     */
    public static double[] atEnd(Telemetry telemetry) {
        return values(telemetry, true);
    }

    /**
     * The values at start or end of a telemetry not (yet) in a workspace, such as one of a task an import has not
     * placed yet: its store is given.
     *
     * @param telemetry the telemetry
     * @param store the store its row is in, may be {@code null} when its values are on the heap
     * @param atEnd the end values, else the start values
     * @return one value per channel of its schema
     */
    public static double[] values(Telemetry telemetry, BulkStore store, boolean atEnd) {
        double[] held = atEnd ? telemetry.getAtEnd() : telemetry.getAtStart();
        if (held != null || telemetry.getRow() < 0) {
            return held != null ? held : DoubleArrays.nans(telemetry.getSchema().getChannels().size());
        }
        if (store == null) {
            throw new IllegalStateException("the values of a telemetry are in a bulk store, but none was given");
        }
        TelemetrySchema schema = telemetry.getSchema();
        double[] values = new double[schema.getChannels().size()];
        store.telemetry(schema, telemetry.getRow(), atEnd ? null : values, atEnd ? values : null);
        return values;
    }

    private static double[] values(Telemetry telemetry, boolean atEnd) {
        double[] held = atEnd ? telemetry.getAtEnd() : telemetry.getAtStart();
        if (held != null || telemetry.getRow() < 0) {
            return values(telemetry, null, atEnd);
        }
        return values(telemetry, store(telemetry), atEnd);
    }

    /**
     * One channel of the telemetry of many executions, at start and at end: the bulk query of level tables and
     * energy sums, one pass over the store per schema instead of a lookup per value.
     *
     * @param executions the executions (tasks or runs); those without telemetry or without the channel give NaN
     * @param channel the channel name
     * @param start receives one start value per execution, may be {@code null}
     * @param end receives one end value per execution, may be {@code null}
     */
    public static void channel(List<? extends Execution> executions, String channel, double[] start, double[] end) {
        channels(executions, List.of(channel), new double[][] {start}, new double[][] {end});
    }

    /**
     * Several channels of the telemetry of many executions: one walk over the executions for all of them, then one
     * pass over the store per schema and channel (a {@link TelemetryLocator} made for the call). For readers of many
     * channels of the same tasks (energy accounting reads every GPU's counter), where a walk per channel would visit
     * every task's telemetry again.
     *
     * @param executions the executions (tasks or runs); those without telemetry or without a channel give NaN
     * @param channels the channel names
     * @param start one array per channel receiving one start value per execution; an array may be {@code null}
     * @param end one array per channel receiving one end value per execution; an array may be {@code null}
     */
    public static void channels(List<? extends Execution> executions, List<String> channels, double[][] start,
            double[][] end) {
        TelemetryLocator locator = TelemetryLocator.of(executions);
        for (int k = 0; k < channels.size(); k++) {
            locator.channel(channels.get(k), start[k], end[k]);
        }
    }

    /**
     * One value of a telemetry.
     *
     * @param telemetry the telemetry
     * @param channel the channel's index in its schema
     * @param atEnd the end value, else the start value
     * @return the value, NaN when absent
     */
    public static double value(Telemetry telemetry, int channel, boolean atEnd) {
        double[] held = atEnd ? telemetry.getAtEnd() : telemetry.getAtStart();
        if (held != null) {
            return channel < held.length ? held[channel] : Double.NaN;
        }
        if (telemetry.getRow() < 0) {
            return Double.NaN;
        }
        return store(telemetry).telemetryValue(telemetry.getSchema(), telemetry.getRow(), channel, atEnd);
    }

    /**
     * Sets the values of a telemetry: appended to the store when the workspace has one, else held in its arrays.
     *
     * @param telemetry the telemetry, with its schema set
     * @param store the workspace's store, or {@code null} to hold the values on the heap
     * @param start values at start, one per channel of the schema
     * @param end values at end likewise
     */
    public static void setTelemetry(Telemetry telemetry, BulkStore store, double[] start, double[] end) {
        if (store == null) {
            telemetry.setAtStart(start);
            telemetry.setAtEnd(end);
            telemetry.setRow(-1);
        } else {
            telemetry.setRow(store.appendTelemetry(telemetry.getSchema(), start, end));
            telemetry.setAtStart(null);
            telemetry.setAtEnd(null);
        }
    }

    /**
     * The x values of a series.
     *
     * @param series the series
     * @return its steps or times, empty when it has none; a new array when read from the store
     */
    public static double[] xs(Series series) {
        return samples(series, false);
    }

    /**
     * The y values of a series.
     *
     * @param series the series
     * @return its values, empty when it has none; a new array when read from the store
     */
    public static double[] ys(Series series) {
        return samples(series, true);
    }

    private static double[] samples(Series series, boolean ys) {
        double[] held = ys ? series.getYs() : series.getXs();
        if (held != null) {
            return held;
        }
        if (series.getRow() < 0) {
            return DoubleArrays.EMPTY;
        }
        return store(series).seriesValues(series.getRow(), ys);
    }

    /**
     * The number of samples of a series, without reading them.
     *
     * @param series the series
     * @return its length
     */
    public static int length(Series series) {
        if (series.getYs() != null) {
            return series.getYs().length;
        }
        return series.getRow() < 0 ? 0 : store(series).seriesLength(series.getRow());
    }

    /**
     * Sets the samples of a series: appended to the store when the workspace has one, else held in its arrays.
     *
     * @param series the series
     * @param store the workspace's store, or {@code null} to hold the samples on the heap
     * @param xs the x values
     * @param ys the y values, as many
     */
    public static void setSeries(Series series, BulkStore store, double[] xs, double[] ys) {
        if (store == null) {
            series.setXs(xs);
            series.setYs(ys);
            series.setRow(-1);
        } else {
            series.setRow(store.appendSeries(xs, ys));
            series.setXs(null);
            series.setYs(null);
        }
    }

    /**
     * Moves every telemetry and series value held on the heap into a store: after an import by an importer that
     * sets arrays, or for a workspace that had no store (an older single-file workspace).
     *
     * @param workflows the workflows whose runs and tasks are visited (the whole workspace: its campaigns' lists)
     * @param store the store
     * @return the number of elements moved
     */
    public static int absorb(List<Workflow> workflows, BulkStore store) {
        int[] moved = {0};
        for (Workflow workflow : workflows) {
            visitExecutions(workflow, execution -> moved[0] += absorb(execution, store));
        }
        return moved[0];
    }

    /**
     * The workflows of a workspace, for {@link #absorb(List, BulkStore)}.
     *
     * @param workspace the workspace
     * @return every workflow of every campaign
     */
    public static List<Workflow> workflows(Workspace workspace) {
        return workspace.getCampaigns().stream().map(Campaign::getWorkflows).flatMap(List::stream).toList();
    }

    /**
     * Whether any telemetry or series of a workspace holds its values on the heap.
     *
     * @param workspace the workspace
     * @return true when {@link #absorb} would move something
     */
    public static boolean absorbNeeded(Workspace workspace) {
        boolean[] found = {false};
        for (Workflow workflow : workflows(workspace)) {
            if (!org.provlens.model.util.WorkspaceFiles.isLoaded(workflow)) {
                continue; // tasks in a fragment: written by this version, values in the store
            }
            visitExecutions(workflow, execution -> {
                Telemetry telemetry = execution.getTelemetry();
                found[0] |= telemetry != null && (telemetry.getAtStart() != null || telemetry.getAtEnd() != null);
                if (execution.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
                    for (Series series : Tasks.series(execution)) {
                        found[0] |= series.getYs() != null;
                    }
                }
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visits a workflow run and every task of it, depth first, without the generic content walk (which also visits
     * every parameter and metric).
     *
     * @param workflow the workflow
     * @param visitor called with the workflow, then each task
     */
    public static void visitExecutions(Workflow workflow, java.util.function.Consumer<Execution> visitor) {
        visitor.accept(workflow);
        visitTasks(workflow, visitor::accept);
    }

    /**
     * Visits every task of a workflow, depth first, iteratively (epochs of ten thousand batches must not deepen
     * the stack).
     *
     * @param workflow the workflow
     * @param visitor called with each task
     */
    public static void visitTasks(Workflow workflow, java.util.function.Consumer<Task> visitor) {
        java.util.ArrayDeque<Task> pending = new java.util.ArrayDeque<>();
        List<Task> top = workflow.getTasks();
        for (int i = top.size() - 1; i >= 0; i--) {
            pending.push(top.get(i));
        }
        while (!pending.isEmpty()) {
            Task task = pending.pop();
            visitor.accept(task);
            if (task.eIsSet(org.provlens.model.ProvlensPackage.Literals.TASK__CHILDREN)) {
                List<Task> children = task.getChildren();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
    }

    private static int absorb(Execution execution, BulkStore store) {
        int moved = 0;
        Telemetry telemetry = execution.getTelemetry();
        if (telemetry != null && (telemetry.getAtStart() != null || telemetry.getAtEnd() != null)) {
            int channels = telemetry.getSchema().getChannels().size();
            setTelemetry(telemetry, store, orNans(telemetry.getAtStart(), channels),
                    orNans(telemetry.getAtEnd(), channels));
            moved++;
        }
        if (execution.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
            for (Series series : Tasks.series(execution)) {
                if (series.getXs() != null || series.getYs() != null) {
                    double[] ys = series.getYs() == null ? new double[0] : series.getYs();
                    double[] xs = series.getXs() == null ? indexes(ys.length) : series.getXs();
                    setSeries(series, store, xs, ys);
                    moved++;
                }
            }
        }
        return moved;
    }

    private static double[] orNans(double[] values, int length) {
        return values != null ? values : DoubleArrays.nans(length);
    }

    private static double[] indexes(int length) {
        double[] xs = new double[length];
        Arrays.setAll(xs, i -> i);
        return xs;
    }

    static BulkStore store(EObject element) {
        // A telemetry's schema sits right under the workspace: one step to the root instead of a task's ancestors.
        BulkStore store = BulkStore.of(element instanceof Telemetry t && t.getSchema() != null ? t.getSchema() : element);
        if (store == null) {
            throw new IllegalStateException("the values of " + element.eClass().getName() + " are in a bulk store,"
                    + " but its workspace has none attached");
        }
        return store;
    }
}
