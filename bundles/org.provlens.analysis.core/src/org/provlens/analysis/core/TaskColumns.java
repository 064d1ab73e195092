package org.provlens.analysis.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.provlens.model.util.Bulk;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.ValueType;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.TelemetryLocator;

/**
 * The columns of a level table for a set of tasks, in this order: identity, status, host and times; the columns of
 * the {@link ColumnSource}s given (the energy and carbon columns of {@code org.provlens.energy.core}); one
 * {@code used.<key>} column per parameter; one {@code generated.<key>} column per output; and telemetry summaries
 * ({@code telemetry.<channel>.mean} and {@code .max} for gauges, {@code .delta} for cumulative counters).
 */
public final class TaskColumns {

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private List<Task> locatedFor;
    private TelemetryLocator locator;

    private TaskColumns(Collection<Task> tasks, List<ColumnSource> sources) {
        add(Column.text("id", Task::getId));
        add(Column.text("activity", Task::getActivity));
        add(Column.text("subtype", Task::getSubtype));
        add(Column.text("status", t -> t.getStatus().getLiteral()));
        add(Column.text("host", t -> t.getHost() == null ? null : t.getHost().getName()));
        add(Column.text("workflow", new WorkflowId()));
        add(Column.text("parent", t -> t.getParent() == null ? null : t.getParent().getId()));
        add(Column.number("started", Task::getStartedAt));
        add(Column.number("ended", Task::getEndedAt));
        add(Column.number("duration", Tasks::duration));
        add(Column.number("children", t -> Tasks.children(t).size()));

        Map<String, Boolean> parameters = new TreeMap<>();
        Map<String, Boolean> outputs = new TreeMap<>();
        Map<TelemetrySchema, Boolean> schemas = new IdentityHashMap<>();
        for (Task task : tasks) {
            for (Parameter p : Tasks.parameters(task)) {
                parameters.merge(p.getKey(), isNumeric(p), Boolean::logicalAnd);
            }
            for (Metric m : Tasks.metrics(task)) {
                outputs.merge(m.getKey(), true, Boolean::logicalAnd);
            }
            for (StringProperty p : Tasks.properties(task)) {
                if (p.getKey().startsWith("generated.")) {
                    outputs.merge(p.getKey().substring("generated.".length()), false, Boolean::logicalAnd);
                }
            }
            if (task.getTelemetry() != null) {
                schemas.put(task.getTelemetry().getSchema(), true);
            }
        }
        TreeSet<String> channels = new TreeSet<>();
        schemas.keySet().forEach(s -> channels.addAll(s.getChannels()));
        if (!sources.isEmpty()) {
            List<Task> list = tasks instanceof List<Task> l ? java.util.Collections.unmodifiableList(l)
                    : List.copyOf(tasks);
            for (ColumnSource source : sources) {
                for (Column column : source.columns(list)) {
                    columns.putIfAbsent(column.name(), column); // the built-in columns keep their names
                }
            }
        }
        parameters.forEach((key, numeric) -> {
            Lookup<Parameter> lookup = new Lookup<>(key, Parameter::getKey);
            add(numeric ? Column.number("used." + key, t -> number(lookup.find(Tasks.parameters(t))))
                    : Column.text("used." + key, t -> {
                        Parameter p = lookup.find(Tasks.parameters(t));
                        return p == null ? null : p.getValue();
                    }));
        });
        outputs.forEach((key, numeric) -> {
            Lookup<Metric> metric = new Lookup<>(key, Metric::getKey);
            Lookup<StringProperty> property = new Lookup<>("generated." + key, StringProperty::getKey);
            add(numeric ? Column.number("generated." + key, t -> value(metric.find(Tasks.metrics(t))))
                    : Column.text("generated." + key, t -> {
                        StringProperty p = property.find(Tasks.properties(t));
                        return p != null ? p.getValue() : Column.format(value(metric.find(Tasks.metrics(t))));
                    }));
        });
        for (String channel : channels) {
            if (Tasks.isCumulative(channel)) {
                Summary delta = (s, e) -> e - s;
                add(Column.number("telemetry." + channel + ".delta", telemetry(channel, delta),
                        bulkTelemetry(channel, delta)));
            } else {
                add(Column.number("telemetry." + channel + ".mean", telemetry(channel, TaskColumns::mean),
                        bulkTelemetry(channel, TaskColumns::mean)));
                add(Column.number("telemetry." + channel + ".max", telemetry(channel, TaskColumns::max),
                        bulkTelemetry(channel, TaskColumns::max)));
            }
        }
    }

    /**
     * The columns that describe a set of tasks.
     *
     * @param tasks the tasks (typically the rows of one level)
     * @return the columns
     */
    public static TaskColumns of(Collection<Task> tasks) {
        return new TaskColumns(tasks, List.of());
    }

    /**
     * The columns that describe a set of tasks, with the columns of other areas after the identity, status, host
     * and time columns.
     *
     * @param tasks the tasks (typically the rows of one level)
     * @param sources the sources of further columns, in order; a column whose name is taken keeps the first
     * @return the columns
     */
    public static TaskColumns of(Collection<Task> tasks, List<ColumnSource> sources) {
        return new TaskColumns(tasks, List.copyOf(sources));
    }

    /**
     * Every column, in display order.
     *
     * @return the columns
     */
    public List<Column> all() {
        return List.copyOf(columns.values());
    }

    /**
     * A column by name.
     *
     * @param name the column name
     * @return the column, {@code null} when there is none
     */
    public Column get(String name) {
        return columns.get(name);
    }

    /**
     * The names of every column, in display order.
     *
     * @return the names
     */
    public List<String> names() {
        return new ArrayList<>(columns.keySet());
    }

    private void add(Column column) {
        columns.put(column.name(), column);
    }

    private static boolean isNumeric(Parameter p) {
        return p.getType() == ValueType.INTEGER || p.getType() == ValueType.REAL;
    }

    private static double number(Parameter p) {
        if (p == null || p.getValue() == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(p.getValue());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double value(Metric m) {
        return m == null ? Double.NaN : m.getValue();
    }

    /**
     * Finds the element of a task's list with a key, trying first where it was found last: the tasks of a level
     * list their parameters and outputs in the same order, so one comparison usually does instead of a scan
     * through objects that lie apart in memory. Safe on several threads: the hint is only a guess.
     */
    private static final class Lookup<T> {
        private final String key;
        private final Function<T, String> keyOf;
        private int hint;

        Lookup(String key, Function<T, String> keyOf) {
            this.key = key;
            this.keyOf = keyOf;
        }

        T find(List<T> list) {
            int guess = hint;
            int size = list.size();
            if (guess < size) {
                T element = list.get(guess);
                if (key.equals(keyOf.apply(element))) {
                    return element;
                }
            }
            for (int i = 0; i < size; i++) {
                T element = list.get(i);
                if (key.equals(keyOf.apply(element))) {
                    hint = i;
                    return element;
                }
            }
            return null;
        }
    }

    /**
     * The id of a task's workflow, remembered for the last parent: the tasks of a level come in runs of siblings,
     * and finding the workflow walks up every ancestor. Safe on several threads: the memo is immutable.
     */
    private static final class WorkflowId implements Function<Task, String> {
        private record Memo(Task parent, String workflow) {
        }

        private Memo last = new Memo(null, null);

        @Override
        public String apply(Task task) {
            Task parent = task.getParent();
            Memo memo = last;
            if (parent != null && memo.parent() == parent) {
                return memo.workflow();
            }
            Workflow workflow = Tasks.workflowOf(task);
            String id = workflow == null ? null : workflow.getId();
            if (parent != null) {
                last = new Memo(parent, id);
            }
            return id;
        }
    }

    private interface Summary {
        double of(double start, double end);
    }

    private static java.util.function.ToDoubleFunction<Task> telemetry(String channel, Summary summary) {
        // The index of the channel differs between schemas; each schema is looked up once. Concurrent: level
        // tables extract values on several threads (schemas are EObjects: equal only to themselves).
        Map<TelemetrySchema, Integer> indexes = new java.util.concurrent.ConcurrentHashMap<>();
        return task -> {
            Telemetry telemetry = task.getTelemetry();
            if (telemetry == null) {
                return Double.NaN;
            }
            int index = indexes.computeIfAbsent(telemetry.getSchema(), s -> s.getChannels().indexOf(channel));
            return index < 0 ? Double.NaN
                    : summary.of(Bulk.value(telemetry, index, false), Bulk.value(telemetry, index, true));
        };
    }

    /**
     * A telemetry summary of many tasks, the channel read from the bulk store in one pass per schema. Where the
     * tasks' telemetry is kept is found once per list of tasks (a level's rows) and shared by every telemetry
     * column, so the first sort by another channel reads that channel only.
     */
    private Function<List<Task>, double[]> bulkTelemetry(String channel, Summary summary) {
        return tasksOf -> {
            int n = tasksOf.size();
            double[] start = new double[n];
            double[] end = new double[n];
            locator(tasksOf).channel(channel, start, end);
            for (int i = 0; i < n; i++) {
                start[i] = Double.isNaN(start[i]) && Double.isNaN(end[i]) ? Double.NaN : summary.of(start[i], end[i]);
            }
            return start;
        };
    }

    /** The locator of the last list of tasks read (identity: a level table reads through one list). */
    private synchronized TelemetryLocator locator(List<Task> tasks) {
        if (locatedFor != tasks || locator == null || locator.size() != tasks.size()) {
            locator = TelemetryLocator.of(tasks);
            locatedFor = tasks;
        }
        return locator;
    }

    private static double mean(double start, double end) {
        if (Double.isNaN(start)) {
            return end;
        }
        return Double.isNaN(end) ? start : (start + end) / 2;
    }

    private static double max(double start, double end) {
        if (Double.isNaN(start)) {
            return end;
        }
        return Double.isNaN(end) ? start : Math.max(start, end);
    }
}
