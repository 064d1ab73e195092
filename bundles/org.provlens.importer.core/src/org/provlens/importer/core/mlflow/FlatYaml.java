package org.provlens.importer.core.mlflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportProblem.Severity;

/**
 * The flat {@code meta.yaml} files of MLflow's file store, as PyYAML's {@code safe_dump} writes them: one
 * {@code key: scalar} a line, scalars plain, single- or double-quoted, long ones folded onto indented continuation
 * lines. Nested blocks (the legacy {@code tags: []} list) are skipped. A YAML library would be a dependency for
 * a dozen keys.
 */
final class FlatYaml {

    /** A value and the 1-based line it starts on. */
    record Value(String text, long line) {
    }

    private final Map<String, Value> values;

    private FlatYaml(Map<String, Value> values) {
        this.values = values;
    }

    /**
     * Reads a file, reporting lines that are not {@code key: value}.
     *
     * @param file the meta.yaml
     * @param problems told of each unreadable line
     * @return the values
     * @throws IOException when the file cannot be read
     */
    static FlatYaml read(Path file, Consumer<ImportProblem> problems) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString(), problems);
    }

    /**
     * Reads a file without reporting anything, for recognising formats.
     *
     * @param file the meta.yaml
     * @return the values, empty when the file cannot be read
     */
    static FlatYaml quietly(Path file) {
        try {
            return read(file, p -> {
                // Recognition only: problems are reported by the import.
            });
        } catch (IOException | RuntimeException e) {
            return new FlatYaml(Map.of());
        }
    }

    static FlatYaml parse(List<String> lines, String source, Consumer<ImportProblem> problems) {
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        String lastKey = null;
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---") || trimmed.equals("...")) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (line.startsWith("-") || (indented && inBlock)) {
                // An item of a block sequence or mapping (legacy "tags:" list): not part of the flat keys.
                continue;
            }
            if (indented) {
                if (lastKey != null) {
                    // A folded continuation: PyYAML breaks long scalars at spaces, so one space rejoins them.
                    raw.merge(lastKey, trimmed, (a, b) -> a.isEmpty() ? b : a + " " + b);
                }
                continue;
            }
            int colon = keyColon(line);
            if (colon < 0) {
                problems.accept(new ImportProblem(Severity.WARNING, source, i + 1, 0,
                        "expected 'key: value', found '" + abbreviate(trimmed) + "'; line ignored"));
                lastKey = null;
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            raw.put(key, value);
            lineOf.put(key, (long) i + 1);
            lastKey = key;
            // "key:" with nothing after it opens a nested block, unless a folded scalar follows.
            inBlock = value.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).stripLeading().startsWith("-");
        }
        Map<String, Value> values = new LinkedHashMap<>();
        raw.forEach((key, text) -> values.put(key, new Value(scalar(text), lineOf.get(key))));
        return new FlatYaml(values);
    }

    /**
     * The text of a key.
     *
     * @param key the key
     * @return the unquoted value, {@code null} when absent, null, empty or an empty collection
     */
    String get(String key) {
        Value value = values.get(key);
        return value == null ? null : value.text();
    }

    /**
     * The line a key is on.
     *
     * @param key the key
     * @return the 1-based line, 0 when absent
     */
    long line(String key) {
        Value value = values.get(key);
        return value == null ? 0 : value.line();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The first ':' that ends a plain key (followed by a space or the end of the line). */
    private static int keyColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i;
            }
            if (c == '\'' || c == '"') {
                return -1;
            }
        }
        return -1;
    }

    private static String scalar(String text) {
        if (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null") || text.equals("[]")
                || text.equals("{}")) {
            return null;
        }
        if (text.startsWith("'")) {
            int end = text.lastIndexOf('\'');
            String body = end > 0 ? text.substring(1, end) : text.substring(1);
            return body.replace("''", "'");
        }
        if (text.startsWith("\"")) {
            int end = text.lastIndexOf('"');
            return unescape(end > 0 ? text.substring(1, end) : text.substring(1));
        }
        int comment = text.indexOf(" #");
        return comment >= 0 ? text.substring(0, comment).stripTrailing() : text;
    }

    private static String unescape(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'u' -> {
                    String hex = i + 4 < body.length() ? body.substring(i + 1, i + 5) : "";
                    if (hex.matches("[0-9A-Fa-f]{4}")) {
                        out.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
