package org.provlens.analysis.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.provlens.model.Task;

/**
 * The typed filter language of level tables, shared by the workbench and the {@code provlens query} command.
 *
 * <pre>
 * expression := term ('or' term)*
 * term       := factor ('and' factor)*
 * factor     := 'not' factor | '(' expression ')' | field operator value
 * operator   := '=' | '==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '~'   ('~': text contains, ignoring case)
 * value      := number | 'quoted text' | "quoted text" | bare-word
 * </pre>
 *
 * <p>Fields are column names ({@code activity}, {@code status}, {@code duration}, {@code used.lr},
 * {@code generated.loss}, {@code telemetry.gpu.gpu_0.power.mean}, ...). Comparisons are typed: a numeric column
 * takes a number and any operator; a text column takes text with {@code =}, {@code !=} or {@code ~}. A
 * comparison with an absent value is false, as in SQL. Keywords are case-insensitive.</p>
 *
 * <p>Example: {@code activity = model_train and used.lr >= 0.01 and status != ERROR}.</p>
 */
public final class Filter implements Predicate<Task> {

    private final String expression;
    private final Predicate<Task> predicate;

    private Filter(String expression, Predicate<Task> predicate) {
        this.expression = expression;
        this.predicate = predicate;
    }

    /**
     * Compiles an expression against the columns of a level.
     *
     * @param expression the filter text; blank accepts every task
     * @param columns the columns its fields may name
     * @return the filter
     * @throws FilterException when the expression is malformed, names an unknown field or mixes types
     */
    public static Filter compile(String expression, TaskColumns columns) {
        if (expression == null || expression.isBlank()) {
            return new Filter("", t -> true);
        }
        Parser parser = new Parser(expression, columns);
        Predicate<Task> predicate = parser.expression();
        parser.expectEnd();
        return new Filter(expression, predicate);
    }

    /**
     * The field names that complete the word before the cursor, for content assist.
     *
     * @param text the expression
     * @param cursor the caret offset
     * @param columns the columns of the level
     * @return the matching column names, shortest first
     */
    public static List<String> complete(String text, int cursor, TaskColumns columns) {
        int start = cursor;
        while (start > 0 && isFieldChar(text.charAt(start - 1))) {
            start--;
        }
        String prefix = text.substring(start, cursor).toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (String name : columns.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                matches.add(name);
            }
        }
        matches.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return matches;
    }

    @Override
    public boolean test(Task task) {
        return predicate.test(task);
    }

    /**
     * The expression this filter was compiled from.
     *
     * @return the text, empty for the accept-all filter
     */
    public String expression() {
        return expression;
    }

    private static boolean isFieldChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/' || c == ':';
    }

    /** A recursive-descent parser that compiles while it parses. */
    private static final class Parser {
        private final String text;
        private final TaskColumns columns;
        private int pos;

        Parser(String text, TaskColumns columns) {
            this.text = text;
            this.columns = columns;
        }

        Predicate<Task> expression() {
            Predicate<Task> left = term();
            while (keyword("or")) {
                Predicate<Task> right = term();
                Predicate<Task> l = left;
                left = t -> l.test(t) || right.test(t);
            }
            return left;
        }

        private Predicate<Task> term() {
            Predicate<Task> left = factor();
            while (keyword("and")) {
                Predicate<Task> right = factor();
                Predicate<Task> l = left;
                left = t -> l.test(t) && right.test(t);
            }
            return left;
        }

        private Predicate<Task> factor() {
            skipSpaces();
            if (keyword("not")) {
                return factor().negate();
            }
            if (peek() == '(') {
                pos++;
                Predicate<Task> inner = expression();
                skipSpaces();
                if (peek() != ')') {
                    throw new FilterException("expected ')' " + found(), pos);
                }
                pos++;
                return inner;
            }
            return comparison();
        }

        private Predicate<Task> comparison() {
            skipSpaces();
            int fieldStart = pos;
            String field = word();
            if (field.isEmpty()) {
                throw new FilterException("expected a field name " + found(), pos);
            }
            Column column = columns.get(field);
            if (column == null) {
                throw new FilterException("unknown field '" + field + "'" + suggestion(field), fieldStart);
            }
            skipSpaces();
            int operatorStart = pos;
            String operator = operator();
            skipSpaces();
            int valueStart = pos;
            Object value = value();
            if (column.type() == Column.Type.NUMBER) {
                if (!(value instanceof Double number)) {
                    throw new FilterException(field + " is a number; '" + value + "' is not", valueStart);
                }
                if (operator.equals("~")) {
                    throw new FilterException("'~' compares text; " + field + " is a number", operatorStart);
                }
                return numeric(column, operator, number);
            }
            String expected = value instanceof Double d ? Column.format(d) : (String) value;
            return switch (operator) {
                case "=", "==" -> t -> expected.equals(column.text().apply(t));
                case "!=" -> t -> {
                    String actual = column.text().apply(t);
                    return actual != null && !actual.equals(expected);
                };
                case "~" -> {
                    String lower = expected.toLowerCase(Locale.ROOT);
                    yield t -> {
                        String actual = column.text().apply(t);
                        return actual != null && actual.toLowerCase(Locale.ROOT).contains(lower);
                    };
                }
                default -> throw new FilterException(field + " is text: use =, != or ~, not " + operator,
                        operatorStart);
            };
        }

        private static Predicate<Task> numeric(Column column, String operator, double expected) {
            java.util.function.ToDoubleFunction<Task> f = column.number();
            return switch (operator) {
                case "=", "==" -> t -> f.applyAsDouble(t) == expected;
                case "!=" -> t -> {
                    double v = f.applyAsDouble(t);
                    return !Double.isNaN(v) && v != expected;
                };
                case "<" -> t -> f.applyAsDouble(t) < expected;
                case "<=" -> t -> f.applyAsDouble(t) <= expected;
                case ">" -> t -> f.applyAsDouble(t) > expected;
                default -> t -> f.applyAsDouble(t) >= expected;
            };
        }

        private String operator() {
            for (String op : new String[] {"==", "!=", "<=", ">=", "=", "<", ">", "~"}) {
                if (text.startsWith(op, pos)) {
                    pos += op.length();
                    return op;
                }
            }
            throw new FilterException("expected an operator (=, !=, <, <=, >, >=, ~) " + found(), pos);
        }

        private Object value() {
            char c = peek();
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, pos + 1);
                if (end < 0) {
                    throw new FilterException("unterminated quoted text", pos);
                }
                String quoted = text.substring(pos + 1, end);
                pos = end + 1;
                return quoted;
            }
            int start = pos;
            String word = word();
            if (word.isEmpty()) {
                throw new FilterException("expected a value " + found(), start);
            }
            try {
                return Double.parseDouble(word);
            } catch (NumberFormatException notANumber) {
                return word;
            }
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && (isFieldChar(text.charAt(pos)) || text.charAt(pos) == '+')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private boolean keyword(String keyword) {
            skipSpaces();
            int end = pos + keyword.length();
            if (text.regionMatches(true, pos, keyword, 0, keyword.length())
                    && (end == text.length() || !isFieldChar(text.charAt(end)))) {
                pos = end;
                return true;
            }
            return false;
        }

        void expectEnd() {
            skipSpaces();
            if (pos < text.length()) {
                throw new FilterException("expected 'and', 'or' or the end " + found(), pos);
            }
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private String found() {
            return pos >= text.length() ? "but the expression ends"
                    : "but found '" + text.substring(pos, Math.min(text.length(), pos + 12)) + "'";
        }

        private String suggestion(String field) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String name : columns.names()) {
                int d = Suggestions.distance(field.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = name;
                }
            }
            return best != null && bestDistance <= Math.max(2, field.length() / 3) ? " (did you mean " + best + "?)"
                    : "";
        }

    }
}
