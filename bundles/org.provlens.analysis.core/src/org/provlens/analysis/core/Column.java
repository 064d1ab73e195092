package org.provlens.analysis.core;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.provlens.model.Task;

/**
 * One column of a level table: a named, typed value of every task.
 *
 * @param name the column name used in filters, {@code --columns} and headers (e.g. {@code used.lr})
 * @param type whether values are numbers or text
 * @param number the value of a {@link Type#NUMBER} column, NaN when absent
 * @param text the value of a {@link Type#TEXT} column, {@code null} when absent
 * @param bulk the values of a numeric column for many tasks at once, {@code null} when only {@code number} is known:
 *            a column of bulk data (telemetry) reads its store in one pass instead of one lookup per task
 */
public record Column(String name, Type type, ToDoubleFunction<Task> number, Function<Task, String> text,
        Function<List<Task>, double[]> bulk) {

    /** The type of a column's values. */
    public enum Type {
        /** Doubles; NaN is absent. */
        NUMBER,
        /** Strings; {@code null} is absent. */
        TEXT
    }

    /**
     * A numeric column.
     *
     * @param name its name
     * @param value its value of a task, NaN when absent
     * @return the column
     */
    public static Column number(String name, ToDoubleFunction<Task> value) {
        return new Column(name, Type.NUMBER, value, t -> format(value.applyAsDouble(t)), null);
    }

    /**
     * A numeric column that can also read many tasks at once.
     *
     * @param name its name
     * @param value its value of a task, NaN when absent
     * @param bulk its values for a list of tasks, one per task in order
     * @return the column
     */
    public static Column number(String name, ToDoubleFunction<Task> value, Function<List<Task>, double[]> bulk) {
        return new Column(name, Type.NUMBER, value, t -> format(value.applyAsDouble(t)), bulk);
    }

    /**
     * The values of many tasks: in one pass when the column has a bulk reader, else task by task.
     *
     * @param tasks the tasks
     * @return one value per task
     */
    public double[] numbers(List<Task> tasks) {
        if (bulk != null) {
            return bulk.apply(tasks);
        }
        double[] values = new double[tasks.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number.applyAsDouble(tasks.get(i));
        }
        return values;
    }

    /**
     * A text column.
     *
     * @param name its name
     * @param value its value of a task, {@code null} when absent
     * @return the column
     */
    public static Column text(String name, Function<Task, String> value) {
        return new Column(name, Type.TEXT, t -> Double.NaN, value, null);
    }

    /**
     * A number as cell text: integral values without a fraction; from 100,000 on every integer digit and up to three
     * decimals (timestamps keep their milliseconds, joules their magnitude); others with up to 6 significant digits.
     *
     * @param value the value
     * @return its text, {@code null} for NaN
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Math.abs(value) >= 1e5 && Math.abs(value) < 1e15) {
            String text = String.format(java.util.Locale.ROOT, "%.3f", value);
            return text.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        }
        String text = String.format(java.util.Locale.ROOT, "%.6g", value);
        int exponent = text.indexOf('e');
        if (exponent >= 0) { // 3.00000e-05 -> 3e-05
            String mantissa = text.substring(0, exponent);
            if (mantissa.contains(".")) {
                mantissa = mantissa.replaceFirst("0+$", "").replaceFirst("\\.$", "");
            }
            return mantissa + text.substring(exponent);
        }
        return text.contains(".") ? text.replaceFirst("0+$", "").replaceFirst("\\.$", "") : text;
    }

    /**
     * The value of a task as an object: a {@link Double} for numbers (NaN when absent), a string or {@code null}
     * for text.
     *
     * @param task the task
     * @return the value
     */
    public Object value(Task task) {
        return type == Type.NUMBER ? (Object) number.applyAsDouble(task) : text.apply(task);
    }
}
