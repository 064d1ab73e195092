package org.provlens.importer.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Recognises files of JSON records (JSON lines, or a JSON array of objects) by their first records rather than
 * their first bytes: a garbage, truncated or foreign first record does not hide the records after it.
 *
 * <p>Three passes, each only when the one before found nothing: the lines of the head (one record per line, a
 * leading {@code [} or {@code ,} and a trailing {@code ,} or {@code ]} aside), the tokens of the head (records of an
 * indented array span lines), and, when the head is full, the lines of the file itself up to a bound, so that a
 * first line longer than the head is skipped rather than read.</p>
 */
public final class JsonSniffer {

    /** How many records recognition looks at, at most. */
    public static final int MAX_RECORDS = 200;

    /** How many bytes of a file the third pass reads, at most. */
    private static final long MAX_SCAN_BYTES = 64L << 20;

    /** Lines longer than this are skipped by the third pass, not parsed. */
    private static final int MAX_LINE_BYTES = 1 << 20;

    /**
     * What recognition found.
     *
     * @param found whether a record with one of the keys was found
     * @param records how many records were looked at
     * @param jsonRecords how many of them were well-formed JSON
     * @param firstError the first JSON error, with line and column, {@code null} when none
     */
    public record Finding(boolean found, int records, int jsonRecords, String firstError) {

        /**
         * Why the file is not of the format, for {@code whyNot}.
         *
         * @param what what was looked for, e.g. {@code Flowcept task or workflow message}
         * @return e.g. {@code not JSON: line 1, column 3: ...}
         */
        public String reason(String what) {
            if (records == 0) {
                return "empty: no JSON record";
            }
            if (jsonRecords == 0 && firstError != null) {
                return "not JSON: " + firstError;
            }
            return "JSON, but no " + what + " in the first " + records + (records == 1 ? " record" : " records");
        }
    }

    private JsonSniffer() {
    }

    /**
     * Looks for a record (a JSON object) with any of some keys among the first records of a file.
     *
     * @param file the file, read only when the head is full and shows none
     * @param head its first bytes, without a byte-order mark
     * @param full whether the head stops before the end of the file
     * @param keys the keys of which a record must have one
     * @return what was found
     */
    public static Finding scan(Path file, byte[] head, boolean full, Set<String> keys) {
        Counter lines = new Counter();
        forEachLine(head, full, lines, keys);
        if (lines.found) {
            return lines.finding();
        }
        Counter tokens = tokens(head, keys);
        if (tokens.found) {
            return tokens.finding();
        }
        if (full && file != null && Files.isRegularFile(file)) {
            Counter scanned = new Counter();
            try {
                scanFile(file, scanned, keys);
            } catch (IOException e) {
                // Recognition only: a file that cannot be read is refused by its importer with the reason.
                return lines.finding();
            }
            if (scanned.found || scanned.records > lines.records) {
                return scanned.finding();
            }
        }
        return tokens.jsonRecords > lines.jsonRecords ? tokens.finding() : lines.finding();
    }

    /** Counts of one pass. */
    private static final class Counter {
        boolean found;
        int records;
        int jsonRecords;
        String firstError;

        Finding finding() {
            return new Finding(found, records, jsonRecords, firstError);
        }

        boolean done() {
            return found || records >= MAX_RECORDS;
        }
    }

    private static void forEachLine(byte[] head, boolean full, Counter counter, Set<String> keys) {
        int start = 0;
        long line = 1;
        while (start < head.length && !counter.done()) {
            int end = start;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            if (end == head.length && full && start > 0) {
                return; // the head cuts this line
            }
            record(head, start, end - start, line, counter, keys);
            start = end + 1;
            line++;
        }
    }

    /** Parses one line as a record. */
    private static void record(byte[] bytes, int offset, int length, long line, Counter counter, Set<String> keys) {
        int start = offset;
        int end = offset + length;
        while (start < end && (isSpace(bytes[start]) || bytes[start] == '[' || bytes[start] == ',')) {
            start++;
        }
        while (end > start && (isSpace(bytes[end - 1]) || bytes[end - 1] == ',' || bytes[end - 1] == ']')) {
            end--;
        }
        if (start == end) {
            return;
        }
        counter.records++;
        try (JsonParser parser = JsonTrees.FACTORY.createParser(bytes, start, end - start)) {
            parser.nextToken();
            Object value = JsonTrees.read(parser);
            counter.jsonRecords++;
            if (value instanceof Map<?, ?> map && keys.stream().anyMatch(map::containsKey)) {
                counter.found = true;
            }
        } catch (JsonProcessingException e) {
            if (counter.firstError == null) {
                counter.firstError = "line " + line + ", column " + (e.getLocation() == null ? 0
                        : e.getLocation().getColumnNr() + (start - offset)) + ": " + JsonRecovery.reason(e);
            }
        } catch (IOException e) {
            if (counter.firstError == null) {
                counter.firstError = "line " + line + ": " + e.getMessage();
            }
        }
    }

    /** The head as a token stream: a key of records at the depth of an array element or of the root object. */
    private static Counter tokens(byte[] head, Set<String> keys) {
        Counter counter = new Counter();
        try (JsonParser parser = JsonTrees.FACTORY.createParser(head)) {
            int depth = 0;
            boolean rootArray = false;
            for (JsonToken token = parser.nextToken(); token != null && !counter.done(); token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> {
                        depth++;
                        if (depth == (rootArray ? 2 : 1)) {
                            counter.records++;
                            counter.jsonRecords++;
                        }
                    }
                    case START_ARRAY -> {
                        depth++;
                        rootArray |= depth == 1;
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> counter.found |= depth == (rootArray ? 2 : 1)
                            && keys.contains(parser.currentName());
                    default -> {
                        // values
                    }
                }
            }
        } catch (JsonProcessingException e) {
            if (!JsonRecovery.isEndOfInput(e)) {
                counter.firstError = JsonRecovery.describe(e);
                counter.records = Math.max(1, counter.records);
            }
        } catch (IOException e) {
            counter.firstError = e.getMessage();
        }
        return counter;
    }

    /** Reads the file's lines up to the bounds; lines too long to be records are skipped unread. */
    private static void scanFile(Path file, Counter counter, Set<String> keys) throws IOException {
        try (InputStream in = TextInputs.open(file)) {
            byte[] line = new byte[MAX_LINE_BYTES];
            int length = 0;
            boolean overlong = false;
            long lineNumber = 1;
            long read = 0;
            byte[] chunk = new byte[1 << 16];
            int n;
            while (!counter.done() && read < MAX_SCAN_BYTES && (n = in.read(chunk)) > 0) {
                read += n;
                for (int i = 0; i < n && !counter.done(); i++) {
                    byte b = chunk[i];
                    if (b == '\n') {
                        if (overlong) {
                            counter.records++;
                        } else {
                            record(line, 0, length, lineNumber, counter, keys);
                        }
                        length = 0;
                        overlong = false;
                        lineNumber++;
                    } else if (length < line.length) {
                        line[length++] = b;
                    } else {
                        overlong = true;
                    }
                }
            }
            if (!counter.done() && length > 0 && !overlong && read < MAX_SCAN_BYTES) {
                record(line, 0, length, lineNumber, counter, keys);
            }
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /**
     * The head as text, for substring checks.
     *
     * @param head the first bytes
     * @return the text, leading white space removed
     */
    public static String text(byte[] head) {
        return new String(TextInputs.stripBom(head), StandardCharsets.UTF_8).stripLeading();
    }
}
