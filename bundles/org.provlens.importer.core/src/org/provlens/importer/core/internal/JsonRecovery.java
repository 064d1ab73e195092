package org.provlens.importer.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Resynchronises the reading of a JSON file after a bad record: finds the next place where a record may start and
 * opens a parser there, as if the file's enclosing structure came before it (a {@code prefix} such as {@code [} or
 * {@code {"items":[}), so that every good record after a bad one is still read.
 *
 * <p>Positions are byte offsets in the file with their 1-based line. A parser opened at a position reports lines
 * and offsets relative to it; {@link #at} turns them back into file positions.</p>
 */
public final class JsonRecovery {

    /**
     * A place in a file.
     *
     * @param offset the byte offset
     * @param line the 1-based line of that byte
     */
    public record Position(long offset, long line) {
    }

    private static final int CONTEXT_BYTES = 64;

    private JsonRecovery() {
    }

    /**
     * A parser over a file from a position, reading {@code prefix} first (ASCII, no line breaks).
     *
     * @param file the file
     * @param offset where to start
     * @param prefix the structure the text at {@code offset} is inside, e.g. {@code [}; may be empty
     * @return the parser; closing it closes the file
     * @throws IOException when the file cannot be opened
     */
    public static JsonParser parserAt(Path file, long offset, String prefix) throws IOException {
        return JsonSegment.open(JsonTrees.FACTORY, file, new Position(offset, 1), prefix, null).parser();
    }

    /**
     * The file position of a location reported by a parser from {@link #parserAt}.
     *
     * @param location the parser's location, may be {@code null}
     * @param base where the parser was opened
     * @param prefix the prefix it was opened with
     * @return the position, {@code base} when the location is unknown
     */
    public static Position at(JsonLocation location, Position base, String prefix) {
        if (location == null || location.getByteOffset() < 0) {
            return base;
        }
        long offset = Math.max(base.offset(), base.offset() + location.getByteOffset() - prefix.length());
        return new Position(offset, base.line() + Math.max(0, location.getLineNr() - 1));
    }

    /**
     * Whether a parse error is the end of the input (a truncated file) rather than bad content: jackson reports a
     * cut inside an object's entries as a plain parse error, not always as {@link JsonEOFException}.
     *
     * @param e the error
     * @return true for the end of the input
     */
    public static boolean isEndOfInput(JsonProcessingException e) {
        return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    /**
     * What a parse error says, for a problem message: a limit (nesting depth, number or string length) is named as
     * such.
     *
     * @param e the error
     * @return e.g. {@code unexpected character ','} or {@code too deeply nested: ...}
     */
    public static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "beyond a limit of the JSON reader (" + message.replace("`", "") + ")";
        }
        int details = message.indexOf("\n at [");
        if (details > 0) {
            message = message.substring(0, details);
        }
        // jackson lists every kind of value it would have taken; "a JSON value" says the same.
        int expecting = message.indexOf(": was expecting (JSON String");
        return expecting > 0 ? message.substring(0, expecting) + ": expected a JSON value" : message;
    }

    /**
     * The next byte at or after a position where a JSON object may start a record: an opening brace that is not
     * the value of a field (not preceded, white space aside, by a colon), or with {@code lineStarts} only the first
     * non-blank byte of a line.
     *
     * @param file the file
     * @param from where to start looking, with its line
     * @param lineStarts whether only braces that begin a line count
     * @return the position of the brace, {@code null} when there is none before the end of the file
     * @throws IOException when the file cannot be read
     */
    public static Position nextObjectStart(Path file, Position from, boolean lineStarts) throws IOException {
        return nextObjectStart(file, from, lineStarts, -1);
    }

    /**
     * Like {@link #nextObjectStart(Path, Position, boolean)}, but before {@code looseUntil} any opening brace
     * counts, even the value of a field: inside a bad record the next record may begin where the bad one was cut,
     * after its last colon. The caller then checks that what it finds there is a record.
     *
     * @param file the file
     * @param from where to start looking, with its line
     * @param lineStarts whether only braces that begin a line count (from {@code looseUntil} on)
     * @param looseUntil the offset up to which any brace counts, -1 for none
     * @return the position of the brace, {@code null} when there is none before the end of the file
     * @throws IOException when the file cannot be read
     */
    public static Position nextObjectStart(Path file, Position from, boolean lineStarts, long looseUntil)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = Math.max(0, from.offset() - CONTEXT_BYTES);
            channel.position(start);
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long offset = start;
            long line = from.line();
            // Before 'from' only the context counts: the byte before the first candidate, and whether a line starts.
            int previous = start == 0 ? '\n' : ' ';
            boolean lineStart = start == 0;
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    int b = buffer.get() & 0xFF;
                    if (offset >= from.offset() && b == '{'
                            && (offset < looseUntil || previous != ':' && (!lineStarts || lineStart))) {
                        return new Position(offset, line);
                    }
                    if (b == '\n') {
                        if (offset >= from.offset()) {
                            line++;
                        }
                        lineStart = true;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        lineStart = false;
                    }
                    if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                        previous = b;
                    }
                    offset++;
                }
                buffer.clear();
            }
            return null;
        }
    }

    /**
     * Whether the text at an offset ends a record: white space up to a comma, a closing bracket, a line break or
     * the end of the file. A brace found by {@link #nextObjectStart} that parses as an object is a record only when
     * it is followed by such an end; otherwise it was an object inside a broken record.
     *
     * @param file the file
     * @param offset just after the object
     * @return true when a record may end there
     * @throws IOException when the file cannot be read
     */
    public static boolean endsRecord(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            ByteBuffer buffer = ByteBuffer.allocate(256);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    int b = buffer.get();
                    if (b != ' ' && b != '\t' && b != '\r') {
                        return b == ',' || b == ']' || b == '\n';
                    }
                }
                buffer.clear();
            }
            return true;
        }
    }

    /**
     * The next place at or after a position where a member whose value is an object or an array starts: the
     * opening quote of a key followed, white space aside, by a colon and {@code {} or {@code [}, as a record of a
     * PROV-JSON map ({@code "ex:a": {...}}) is. Quotes are paired backwards from the colon, so a key is found even
     * right after a record cut inside a string. The caller then checks what the member holds ({@link #probe}).
     *
     * @param file the file
     * @param from where to start looking, with its line; the key's opening quote is at or after it
     * @return the position of the key's opening quote, {@code null} when there is none before the end of the file
     * @throws IOException when the file cannot be read
     */
    public static Position nextMemberStart(Path file, Position from) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from.offset());
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long offset = from.offset();
            long line = from.line();
            // The last two quotes that are not escaped, with their lines, and the last two significant bytes.
            long lastQuote = -1;
            long lastQuoteLine = 0;
            long quoteBefore = -1;
            long quoteBeforeLine = 0;
            int previous = -1;
            int beforePrevious = -1;
            long beforePreviousOffset = -1;
            long previousOffset = -1;
            int backslashes = 0;
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    int b = buffer.get() & 0xFF;
                    if ((b == '{' || b == '[') && previous == ':' && beforePrevious == '"'
                            && beforePreviousOffset == lastQuote && quoteBefore >= 0) {
                        return new Position(quoteBefore, quoteBeforeLine);
                    }
                    if (b == '"' && backslashes % 2 == 0) {
                        quoteBefore = lastQuote;
                        quoteBeforeLine = lastQuoteLine;
                        lastQuote = offset;
                        lastQuoteLine = line;
                    }
                    backslashes = b == '\\' ? backslashes + 1 : 0;
                    if (b == '\n') {
                        line++;
                    }
                    if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                        beforePrevious = previous;
                        beforePreviousOffset = previousOffset;
                        previous = b;
                        previousOffset = offset;
                    }
                    offset++;
                }
                buffer.clear();
            }
            return null;
        }
    }

    /** Reads the first tokens at a candidate place; see {@link JsonRecovery#probe}. */
    @FunctionalInterface
    public interface Probe<T> {
        /**
         * Reads what it needs.
         *
         * @param parser a parser before the first token at the candidate, behind the prefix
         * @return what was found, {@code null} for nothing
         * @throws IOException on malformed JSON or a read error
         */
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Looks at what starts at a place in a file, to decide whether reading may resume there: the probe reads the
     * first tokens, as far as it needs; malformed JSON before that gives {@code null}.
     *
     * @param <T> what the probe tells
     * @param factory the parser factory
     * @param file the file
     * @param at the place
     * @param prefix the structure the text there is to be read in, e.g. <code>{</code>
     * @param repairUtf8 whether bytes that are not UTF-8 are read as Windows-1252 characters
     * @param probe what to read
     * @return what the probe found, {@code null} when the JSON there is malformed before it
     * @throws IOException when the file cannot be read
     */
    public static <T> T probe(JsonFactory factory, Path file, Position at, String prefix, boolean repairUtf8,
            Probe<T> probe) throws IOException {
        try (JsonSegment segment = JsonSegment.open(factory, file, at, prefix, repairUtf8 ? line -> { } : null)) {
            return probe.read(segment.parser());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Whether nothing but white space follows a place in a file: a parser that stopped there for lack of input
     * met the end of the file.
     *
     * @param file the file
     * @param offset the place
     * @return true when only white space (or nothing) follows
     * @throws IOException when the file cannot be read
     */
    public static boolean onlyBlankAfter(Path file, long offset) throws IOException {
        return onlyAfter(file, offset, " \t\r\n");
    }

    /**
     * Whether nothing but white space, closing brackets and commas follows a place in a file: what is left after a
     * document read behind a synthetic prefix whose structure turned out deeper than the file's.
     *
     * @param file the file
     * @param offset the place
     * @return true when nothing else follows
     * @throws IOException when the file cannot be read
     */
    public static boolean onlyClosersAfter(Path file, long offset) throws IOException {
        return onlyAfter(file, offset, " \t\r\n}],");
    }

    private static boolean onlyAfter(Path file, long offset, String allowed) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    if (allowed.indexOf(buffer.get()) < 0) {
                        return false;
                    }
                }
                buffer.clear();
            }
            return true;
        }
    }

    /**
     * A string as JSON text of ASCII characters only, for a synthetic prefix: quotes, backslashes, control and
     * non-ASCII characters escaped.
     *
     * @param text the string
     * @return it quoted, e.g. {@code "ex:b\u00e9"}
     */
    public static String asciiString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /**
     * The key a damaged key stands for: the one of the known keys of the same length closest to it, as flipped
     * bytes leave it ({@code "stagds"} for {@code "stages"}): differing in one character, or in two for keys of
     * eight characters or more, and closer than any other.
     *
     * @param name a key that is not one of the known keys
     * @param keys the keys the place may hold
     * @return the key it stands for, {@code null} when none is that close or two are as close
     */
    public static String damagedKey(String name, Collection<String> keys) {
        String found = null;
        int closest = Integer.MAX_VALUE;
        boolean tie = false;
        for (String key : keys) {
            if (key.length() != name.length()) {
                continue;
            }
            int n = differences(key, name);
            if (n <= Math.max(1, key.length() / 4) && n <= closest) {
                tie = n == closest;
                closest = n;
                found = key;
            }
        }
        return tie || closest == 0 ? null : found;
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Describes the first JSON error of a head of a file, for {@code whyNot}.
     *
     * @param e the parser's error
     * @return e.g. {@code line 1, column 3: unexpected character ','}
     */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return where + reason(e);
    }

    /**
     * Parses the head of a file as far as it goes, for {@code whyNot} and {@code canRead}: the error of the first
     * value, if any.
     *
     * @param head the first bytes of a file, without a byte-order mark
     * @return the description of the first error, {@code null} when the head starts with well-formed JSON (up to
     *         its end, which may cut a value)
     */
    public static String firstError(byte[] head) {
        try (JsonParser parser = JsonTrees.FACTORY.createParser(head)) {
            while (parser.nextToken() != null) {
                // Tokens only: a head holds at most a few megabytes.
            }
            return null;
        } catch (JsonProcessingException e) {
            return isEndOfInput(e) ? null : describe(e);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
