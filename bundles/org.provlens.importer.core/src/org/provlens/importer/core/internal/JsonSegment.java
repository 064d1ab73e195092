package org.provlens.importer.core.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

import org.provlens.importer.core.internal.JsonRecovery.Position;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON parser over a file from a position, behind a synthetic prefix that re-creates the structure the text there
 * is inside ({@code {"activity":{}, {@code {"Pipeline":[{"stages":[}), whose locations are told as positions in the
 * file: what a reader resynchronising after a bad record reads with ({@link JsonRecovery}).
 *
 * <p>With a repair, bytes that are not UTF-8 reach the parser as the Windows-1252 characters they would be
 * ({@link Utf8Repair}), and positions are still the file's.</p>
 */
public final class JsonSegment implements Closeable {

    private final Path file;
    private final Position base;
    private final String prefix;
    private final Utf8Repair repair;
    private final JsonParser parser;

    private JsonSegment(Path file, Position base, String prefix, Utf8Repair repair, JsonParser parser) {
        this.file = file;
        this.base = base;
        this.prefix = prefix;
        this.repair = repair;
        this.parser = parser;
    }

    /**
     * Opens a parser over a file from a position.
     *
     * @param factory the parser factory, with the reader's limits
     * @param file the file
     * @param base where to start, with its line
     * @param prefix the structure the text at {@code base} is inside (ASCII, no line breaks); may be empty
     * @param repairedLines {@code null} to give the parser the bytes as they are; else bytes that are not UTF-8 are
     *        read as Windows-1252 characters and this is told of each line that held some
     * @return the segment; closing it closes the file
     * @throws IOException when the file cannot be opened
     */
    public static JsonSegment open(JsonFactory factory, Path file, Position base, String prefix,
            LongConsumer repairedLines) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.position(base.offset());
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            Utf8Repair repair = repairedLines == null ? null : new Utf8Repair(in, base.line(), repairedLines);
            if (repair != null) {
                in = repair;
            }
            if (!prefix.isEmpty()) {
                in = new SequenceInputStream(new ByteArrayInputStream(prefix.getBytes(StandardCharsets.US_ASCII)), in);
            }
            return new JsonSegment(file, base, prefix, repair, factory.createParser(in));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The parser.
     *
     * @return it, before its first token when just opened
     */
    public JsonParser parser() {
        return parser;
    }

    /**
     * Where the segment starts in the file.
     *
     * @return the position it was opened at
     */
    public Position base() {
        return base;
    }

    /**
     * Whether the segment was opened behind a prefix, that is, inside a structure the parser did not read.
     *
     * @return true when it was
     */
    public boolean resumed() {
        return !prefix.isEmpty();
    }

    /**
     * The file position of a location the parser reported.
     *
     * @param location the location, may be {@code null}
     * @return the position, the segment's start when the location is unknown or inside the prefix
     */
    public Position position(JsonLocation location) {
        if (location == null || location.getByteOffset() < 0) {
            return base;
        }
        long output = Math.max(0, location.getByteOffset() - prefix.length());
        long offset = base.offset() + (repair == null ? output : repair.inputOffset(output));
        return new Position(offset, base.line() + Math.max(0, location.getLineNr() - 1));
    }

    /**
     * Where the current token starts.
     *
     * @return its file position
     */
    public Position tokenStart() {
        return position(parser.currentTokenLocation());
    }

    /**
     * Just after the current token.
     *
     * @return the file position the parser is at
     */
    public Position current() {
        return position(parser.currentLocation());
    }

    /**
     * Where a parse error of this segment's parser happened; limits ({@code StreamConstraintsException}) carry no
     * location, so the parser's is taken.
     *
     * @param e the error
     * @return its file position
     */
    public Position where(JsonProcessingException e) {
        return position(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
    }

    /**
     * Whether a parse error is the end of the file (a truncated file): an end-of-input error where the file ends,
     * white space aside. jackson also reports some bad bytes in the middle of a file as the end of the input (a
     * field name whose last byte starts a UTF-8 sequence); those are malformed content, not a truncation.
     *
     * @param e the error
     * @return true for a truncation
     * @throws IOException when the file cannot be read
     */
    public boolean isTruncation(JsonProcessingException e) throws IOException {
        return JsonRecovery.isEndOfInput(e) && JsonRecovery.onlyBlankAfter(file, where(e).offset());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
