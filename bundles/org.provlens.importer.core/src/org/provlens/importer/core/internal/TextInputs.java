package org.provlens.importer.core.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens text inputs as every importer must read them: a UTF-8 byte-order mark at the start (written by Windows
 * editors and Excel) is skipped, as if absent.
 */
public final class TextInputs {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextInputs() {
    }

    /**
     * A buffered stream of a file's bytes after its byte-order mark, if any.
     *
     * @param file the file
     * @return the stream, positioned after the mark
     * @throws IOException when the file cannot be opened
     */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(UTF8_BOM.length);
        byte[] start = in.readNBytes(UTF8_BOM.length);
        if (!Arrays.equals(start, UTF8_BOM)) {
            in.reset();
        }
        return in;
    }

    /**
     * The bytes after a leading byte-order mark.
     *
     * @param bytes the first bytes of a file
     * @return them without the mark (the same array when there is none)
     */
    public static byte[] stripBom(byte[] bytes) {
        return hasBom(bytes) ? Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length) : bytes;
    }

    /**
     * Whether bytes start with a UTF-8 byte-order mark.
     *
     * @param bytes the first bytes of a file
     * @return true when they do
     */
    public static boolean hasBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1]
                && bytes[2] == UTF8_BOM[2];
    }
}
