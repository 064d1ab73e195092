package org.provlens.compare.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the nested values parameters hold as text: JSON ({@code {"betas": [0.9, 0.999]}}), and the Python literals
 * that Flowcept and MLflow record with {@code str()} ({@code {'dtype': 'torch.bfloat16', 'is_sparse': False}},
 * tuples, {@code None}, {@code nan}). Values become {@link Map} (key order kept), {@link List}, {@link String},
 * {@link Long}, {@link Double}, {@link Boolean} or {@code null}.
 */
public final class Literals {

    /** Deeper nesting is kept as text: a guard against pathological input. */
    private static final int MAX_DEPTH = 32;

    private final String text;
    private int at;

    private Literals(String text) {
        this.text = text;
    }

    /**
     * Reads a dict or list literal.
     *
     * @param text a parameter's text
     * @return the map or list, {@code null} when the text is not a whole dict, list or tuple literal
     */
    public static Object container(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() < 2) {
            return null;
        }
        char first = trimmed.charAt(0);
        char last = trimmed.charAt(trimmed.length() - 1);
        if (!(first == '{' && last == '}' || first == '[' && last == ']' || first == '(' && last == ')')) {
            return null;
        }
        Literals reader = new Literals(trimmed);
        try {
            Object value = reader.value(0);
            reader.space();
            return reader.at == trimmed.length() ? value : null;
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return null; // not a literal: the value stays text
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        space();
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> map(depth);
            case '[' -> list(depth, ']');
            case '(' -> list(depth, ')');
            case '"', '\'' -> string(c);
            default -> scalar();
        };
    }

    private Map<String, Object> map(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) {
            at++;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            Object key = value(depth + 1);
            space();
            expect(':');
            map.put(String.valueOf(key), value(depth + 1));
            space();
            if (peek(',')) {
                at++;
                space();
                if (peek('}')) { // Python allows a trailing comma
                    at++;
                    return Collections.unmodifiableMap(map);
                }
                continue;
            }
            expect('}');
            return Collections.unmodifiableMap(map);
        }
    }

    private List<Object> list(int depth, char close) {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (peek(close)) {
            at++;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            list.add(value(depth + 1));
            space();
            if (peek(',')) {
                at++;
                space();
                if (peek(close)) {
                    at++;
                    return Collections.unmodifiableList(list);
                }
                continue;
            }
            expect(close);
            return Collections.unmodifiableList(list);
        }
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            char c = text.charAt(at++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped); // \" \' \\ \/
            }
        }
    }

    private Object scalar() {
        int start = at;
        while (at < text.length() && ",:]})".indexOf(text.charAt(at)) < 0 && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String word = text.substring(start, at);
        switch (word) {
            case "true", "True":
                return Boolean.TRUE;
            case "false", "False":
                return Boolean.FALSE;
            case "null", "None":
                return null;
            case "NaN", "nan":
                return Double.NaN;
            case "Infinity", "inf":
                return Double.POSITIVE_INFINITY;
            case "-Infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (word.matches("[-+]?\\d{1,18}")) {
            return Long.parseLong(word);
        }
        if (word.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.parseDouble(word);
        }
        throw new IllegalStateException("not a literal: " + word);
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalStateException("expected " + c);
        }
        at++;
    }
}
