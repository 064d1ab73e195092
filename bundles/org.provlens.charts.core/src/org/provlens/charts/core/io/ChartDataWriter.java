package org.provlens.charts.core.io;

import static org.provlens.analysis.core.provider.JsonNumbers.number;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.provlens.analysis.core.Csv;
import org.provlens.charts.core.ActivityStats;
import org.provlens.charts.core.Buckets;
import org.provlens.charts.core.Effects;
import org.provlens.charts.core.SeriesData;
import org.provlens.charts.core.Timeline;
import org.provlens.charts.core.stats.Correlation;
import org.provlens.charts.core.stats.Importance;
import org.provlens.charts.core.stats.Summary;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The chart data as JSON and CSV, with stable keys: what {@code provlens chart-data} prints and what reports read.
 * Numbers that are NaN or infinite are written as JSON {@code null} (JSON has neither) and as empty CSV cells.
 *
 * <p>{@code series}: {@code from}, {@code to}, {@code width} and {@code series[]}, each with {@code run},
 * {@code run_name}, {@code source}, {@code key}, {@code unit}, {@code kind}, {@code axis}, {@code level},
 * {@code points}, {@code nonfinite} and {@code buckets[]} of {@code {x0, x1, count, min, max, first, last}}
 * ({@code width} equal-width buckets over {@code [from, to]}, each {@code [x0, x1)}, the last closed; min and max
 * exact).</p>
 */
public final class ChartDataWriter {

    private ChartDataWriter() {
    }

    // ---- series

    /**
     * Writes series data as JSON.
     *
     * @param data the data
     * @param json the generator
     * @throws IOException when writing fails
     */
    public static void json(SeriesData data, JsonGenerator json) throws IOException {
        json.writeStartObject();
        number(json, "from", data.from());
        number(json, "to", data.to());
        json.writeNumberField("width", data.lines().isEmpty() ? 0 : data.lines().get(0).buckets().size());
        json.writeArrayFieldStart("series");
        for (SeriesData.Line line : data.lines()) {
            json.writeStartObject();
            json.writeStringField("run", line.run());
            json.writeStringField("run_name", line.runName());
            json.writeStringField("source", line.source());
            json.writeStringField("key", line.key());
            json.writeStringField("unit", line.unit());
            json.writeStringField("kind", line.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("axis", line.axis().getLiteral().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("level", line.level());
            json.writeNumberField("points", line.points());
            json.writeNumberField("nonfinite", line.nonfinite());
            json.writeArrayFieldStart("buckets");
            Buckets b = line.buckets();
            for (int i = 0; i < b.size(); i++) {
                json.writeStartObject();
                number(json, "x0", b.x0(i));
                number(json, "x1", b.x1(i));
                json.writeNumberField("count", b.count(i));
                number(json, "min", b.min(i));
                number(json, "max", b.max(i));
                number(json, "first", b.first(i));
                number(json, "last", b.last(i));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Writes series data as CSV: one line per bucket of every series.
     *
     * @param data the data
     * @param out where to
     * @throws IOException when writing fails
     */
    public static void csv(SeriesData data, Appendable out) throws IOException {
        Csv.line(out, List.of("run", "source", "key", "unit", "bucket", "x0", "x1", "count", "min", "max", "first",
                "last"));
        for (SeriesData.Line line : data.lines()) {
            Buckets b = line.buckets();
            for (int i = 0; i < b.size(); i++) {
                Csv.line(out, cells(line.run(), line.source(), line.key(), line.unit(), (long) i, b.x0(i), b.x1(i),
                        (long) b.count(i), b.min(i), b.max(i), b.first(i), b.last(i)));
            }
        }
    }

    // ---- timeline

    /**
     * Writes timeline data as JSON: {@code from}, {@code to}, {@code width}, {@code tasks}, {@code visible},
     * {@code rows[]} ({@code lane}, {@code depth}, {@code track}), {@code categories[]}, {@code scale} ({@code min},
     * {@code max}, {@code log}, {@code unit}) or null, {@code bars[]} ({@code row}, {@code task}, {@code activity},
     * {@code status}, {@code start}, {@code end}, {@code category}, {@code value}) and {@code cells[]} ({@code row},
     * {@code columns[]} of {@code {column, count, category, value}}, non-empty columns only).
     *
     * @param data the data
     * @param json the generator
     * @throws IOException when writing fails
     */
    public static void json(Timeline data, JsonGenerator json) throws IOException {
        json.writeStartObject();
        number(json, "from", data.from());
        number(json, "to", data.to());
        json.writeNumberField("width", data.width());
        json.writeNumberField("tasks", data.tasks());
        json.writeNumberField("visible", data.visible());
        json.writeArrayFieldStart("rows");
        for (Timeline.Row row : data.rows()) {
            json.writeStartObject();
            json.writeStringField("lane", row.lane());
            json.writeNumberField("depth", row.depth());
            json.writeNumberField("track", row.track());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("categories");
        for (String category : data.categories()) {
            json.writeString(category);
        }
        json.writeEndArray();
        if (data.scale() == null) {
            json.writeNullField("scale");
        } else {
            json.writeObjectFieldStart("scale");
            number(json, "min", data.scale().min());
            number(json, "max", data.scale().max());
            json.writeBooleanField("log", data.scale().log());
            json.writeStringField("unit", data.scale().unit());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("bars");
        for (Timeline.Bar bar : data.bars()) {
            json.writeStartObject();
            json.writeNumberField("row", bar.row());
            json.writeStringField("task", bar.task().getId());
            json.writeStringField("activity", bar.task().getActivity());
            json.writeStringField("status", bar.task().getStatus().getLiteral());
            number(json, "start", bar.start());
            number(json, "end", bar.end());
            json.writeNumberField("category", bar.category());
            number(json, "value", bar.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("cells");
        for (Timeline.Cells cells : data.cells()) {
            json.writeStartObject();
            json.writeNumberField("row", cells.row());
            json.writeArrayFieldStart("columns");
            for (int c = 0; c < cells.count().length; c++) {
                if (cells.count()[c] > 0) {
                    json.writeStartObject();
                    json.writeNumberField("column", c);
                    json.writeNumberField("count", cells.count()[c]);
                    json.writeNumberField("category", cells.category()[c]);
                    number(json, "value", cells.value()[c]);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Writes timeline data as CSV: a line per bar, then a line per non-empty aggregated column.
     *
     * @param data the data
     * @param out where to
     * @throws IOException when writing fails
     */
    public static void csv(Timeline data, Appendable out) throws IOException {
        Csv.line(out, List.of("kind", "row", "lane", "depth", "track", "task", "activity", "status", "start", "end",
                "count", "colour"));
        for (Timeline.Bar bar : data.bars()) {
            Timeline.Row row = data.rows().get(bar.row());
            Csv.line(out, cells("bar", (long) bar.row(), row.lane(), (long) row.depth(), (long) row.track(),
                    bar.task().getId(), bar.task().getActivity(), bar.task().getStatus().getLiteral(), bar.start(),
                    bar.end(), 1L, colour(data, bar.category(), bar.value())));
        }
        double seconds = (data.to() - data.from()) / data.width();
        for (Timeline.Cells cells : data.cells()) {
            Timeline.Row row = data.rows().get(cells.row());
            for (int c = 0; c < cells.count().length; c++) {
                if (cells.count()[c] > 0) {
                    Csv.line(out, cells("cell", (long) cells.row(), row.lane(), (long) row.depth(), (long) row.track(),
                            null, null, null, data.from() + c * seconds, data.from() + (c + 1) * seconds,
                            (long) cells.count()[c], colour(data, cells.category()[c], cells.value()[c])));
                }
            }
        }
    }

    private static Object colour(Timeline data, int category, double value) {
        return category >= 0 && category < data.categories().size() ? data.categories().get(category) : value;
    }

    // ---- per-activity statistics

    /**
     * Writes per-activity statistics as JSON: {@code activities[]}, each with {@code activity}, {@code tasks},
     * {@code dominant_resource}, {@code intensity} (per resource) and per measure ({@code duration},
     * {@code cpu_time}, {@code gpu_memory}, {@code io}, {@code energy}) an object of {@code unit}, {@code n},
     * {@code mean}, {@code median}, {@code min}, {@code max}, {@code p95}.
     *
     * @param data the data
     * @param json the generator
     * @throws IOException when writing fails
     */
    public static void json(ActivityStats data, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("activities");
        for (ActivityStats.Row row : data.rows()) {
            json.writeStartObject();
            json.writeStringField("activity", row.activity());
            json.writeNumberField("tasks", row.tasks());
            json.writeStringField("dominant_resource", row.dominant());
            json.writeObjectFieldStart("intensity");
            for (int r = 0; r < ActivityStats.RESOURCES.size(); r++) {
                number(json, ActivityStats.RESOURCES.get(r).key(), row.intensity()[r]);
            }
            json.writeEndObject();
            for (ActivityStats.Measure measure : ActivityStats.Measure.values()) {
                Summary s = row.summary(measure);
                json.writeObjectFieldStart(measure.key());
                json.writeStringField("unit", measure.unit());
                json.writeNumberField("n", s.n());
                number(json, "mean", s.mean());
                number(json, "median", s.median());
                number(json, "min", s.min());
                number(json, "max", s.max());
                number(json, "p95", s.p95());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Writes per-activity statistics as CSV: a line per activity and measure.
     *
     * @param data the data
     * @param out where to
     * @throws IOException when writing fails
     */
    public static void csv(ActivityStats data, Appendable out) throws IOException {
        Csv.line(out, List.of("activity", "tasks", "measure", "unit", "n", "mean", "median", "min", "max", "p95",
                "dominant_resource"));
        for (ActivityStats.Row row : data.rows()) {
            for (ActivityStats.Measure measure : ActivityStats.Measure.values()) {
                Summary s = row.summary(measure);
                Csv.line(out, cells(row.activity(), row.tasks(), measure.key(), measure.unit(), s.n(), s.mean(),
                        s.median(), s.min(), s.max(), s.p95(), row.dominant()));
            }
        }
    }

    // ---- hyperparameter effects

    /**
     * Writes hyperparameter effects as JSON: {@code runs[]} ({@code task}, {@code run}, {@code name}),
     * {@code axes[]} ({@code name}, {@code unit}, {@code role}, {@code values[]}, {@code categories[]}),
     * {@code correlations[]} of each pair ({@code a}, {@code b}, {@code n}, {@code pearson}, {@code pearson_p},
     * {@code spearman}, {@code spearman_p}), {@code importance[]} per outcome ({@code outcome}, {@code n},
     * {@code r2}, {@code message}, {@code parameters[]} of {@code {parameter, coefficient, permutation}}) and
     * {@code pareto} ({@code x}, {@code y}, {@code maximize_x}, {@code maximize_y}, {@code front[]} of task ids)
     * or null.
     *
     * @param data the data
     * @param json the generator
     * @throws IOException when writing fails
     */
    public static void json(Effects data, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("runs");
        for (Task task : data.runs()) {
            Workflow run = Tasks.workflowOf(task);
            json.writeStartObject();
            json.writeStringField("task", task.getId());
            json.writeStringField("run", run == null ? null : run.getId());
            json.writeStringField("name", run == null ? task.getName() : run.getName());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("axes");
        for (Effects.Axis axis : data.axes()) {
            json.writeStartObject();
            json.writeStringField("name", axis.name());
            json.writeStringField("unit", axis.unit());
            json.writeStringField("role", axis.outcome() ? "outcome" : "parameter");
            json.writeArrayFieldStart("values");
            for (double v : axis.values()) {
                number(json, v);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("categories");
            for (String c : axis.categories()) {
                json.writeString(c);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("correlations");
        for (int i = 0; i < data.axes().size(); i++) {
            for (int j = i + 1; j < data.axes().size(); j++) {
                Correlation c = data.correlations().get(i).get(j);
                json.writeStartObject();
                json.writeStringField("a", data.axes().get(i).name());
                json.writeStringField("b", data.axes().get(j).name());
                json.writeNumberField("n", c.n());
                number(json, "pearson", c.pearson());
                number(json, "pearson_p", c.pearsonP());
                number(json, "spearman", c.spearman());
                number(json, "spearman_p", c.spearmanP());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("importance");
        List<Effects.Axis> outcomes = data.outcomes();
        List<Effects.Axis> parameters = data.parameters();
        for (int o = 0; o < outcomes.size(); o++) {
            Importance importance = data.importance().get(o);
            json.writeStartObject();
            json.writeStringField("outcome", outcomes.get(o).name());
            json.writeNumberField("n", importance.n());
            number(json, "r2", importance.r2());
            json.writeStringField("message", importance.message());
            json.writeArrayFieldStart("parameters");
            for (int p = 0; p < parameters.size(); p++) {
                json.writeStartObject();
                json.writeStringField("parameter", parameters.get(p).name());
                number(json, "coefficient", importance.coefficients()[p]);
                number(json, "permutation", importance.permutation()[p]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (data.paretoX() < 0) {
            json.writeNullField("pareto");
        } else {
            json.writeObjectFieldStart("pareto");
            json.writeStringField("x", data.axes().get(data.paretoX()).name());
            json.writeStringField("y", data.axes().get(data.paretoY()).name());
            json.writeBooleanField("maximize_x", data.maximizeX());
            json.writeBooleanField("maximize_y", data.maximizeY());
            json.writeArrayFieldStart("front");
            for (int r : data.front()) {
                json.writeString(data.runs().get(r).getId());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * Writes hyperparameter effects as CSV: a line per run with its value on every axis and whether it is on the
     * Pareto front.
     *
     * @param data the data
     * @param out where to
     * @throws IOException when writing fails
     */
    public static void csv(Effects data, Appendable out) throws IOException {
        List<Object> header = new ArrayList<>(List.of("task", "run"));
        data.axes().forEach(a -> header.add(a.name()));
        header.add("pareto_efficient");
        Csv.line(out, header);
        java.util.Set<Integer> front = new java.util.HashSet<>();
        for (int r : data.front()) {
            front.add(r);
        }
        for (int r = 0; r < data.runs().size(); r++) {
            Task task = data.runs().get(r);
            Workflow run = Tasks.workflowOf(task);
            List<Object> row = new ArrayList<>();
            row.add(task.getId());
            row.add(run == null ? null : run.getName());
            for (Effects.Axis axis : data.axes()) {
                double v = axis.values()[r];
                row.add(!axis.categories().isEmpty() && Double.isFinite(v) ? axis.categories().get((int) v) : v);
            }
            row.add(data.paretoX() < 0 ? null : String.valueOf(front.contains(r)));
            Csv.line(out, row);
        }
    }

    // ---- helpers

    private static List<Object> cells(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(v instanceof Double d && !Double.isFinite(d) ? null : v);
        }
        return list;
    }


}
