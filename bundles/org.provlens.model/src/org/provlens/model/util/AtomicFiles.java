package org.provlens.model.util;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the new one, never a part: the content goes to a
 * sibling temporary file, is flushed to disk, and the temporary file is moved over the target in one step.
 *
 * <p>The new file gets the permissions the user's other tools would give it: those of the file it replaces, or,
 * for a new file, the default of the user's umask. (A temporary file made by {@link Files#createTempFile} is
 * private, mode 0600, and moving it into place would keep that, so an exported file could not be shared.)</p>
 */
public final class AtomicFiles {

    /** Suffix of the temporary files, for cleanup and ignore lists. */
    public static final String TEMPORARY_SUFFIX = ".part";

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream (buffered); not to be closed by the content
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Checks the written file before it replaces the target. */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks the file.
         *
         * @param written the temporary file, complete and on disk
         * @throws IOException when it must not replace the target (the target then stays as it was)
         */
        void check(Path written) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces a file with new content, atomically.
     *
     * @param target the file
     * @param content writes the new content
     * @throws IOException when writing fails; the target is then as it was and no temporary file is left
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, written -> {
        });
    }

    /**
     * Replaces a file with new content, atomically, once a check of the written content passed.
     *
     * @param target the file
     * @param content writes the new content
     * @param check examines the written file before it is moved into place
     * @throws IOException when writing fails or the check rejects the content; the target is then as it was and
     *             no temporary file is left
     */
    public static void write(Path target, Content content, Check check) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = newSibling(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            check.check(temporary);
            copyPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A new empty sibling, created with the default (umask) permissions. */
    private static Path newSibling(Path target) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 16) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
