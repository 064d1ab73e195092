package org.provlens.importer.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what a user names (files and folders) into the inputs to import. A named file is always imported, an
 * unknown format then being an error; a folder that is not a format of its own (an MLflow store) is searched, in
 * name order, and every file in it that looks like data (by extension or by content: JSON, CSV, SQLite) is
 * imported too, so that a data file that cannot be read is reported with the reason, never skipped silently.
 * Other files (READMEs, images, scripts) are ignored and listed as such.
 */
public final class ImportInputs {

    /** Extensions of files that hold data, whatever their content turns out to be. */
    private static final Set<String> DATA_EXTENSIONS = Set.of("json", "jsonl", "ndjson", "csv", "tsv", "sqlite",
            "sqlite3", "db", "provn", "ttl");

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * What to import and what was left out.
     *
     * @param inputs the files and format folders to import, in order
     * @param ignored files inside searched folders that do not look like data
     */
    public record Expansion(List<Path> inputs, List<Path> ignored) {
        /** Copies the lists. */
        public Expansion {
            inputs = List.copyOf(inputs);
            ignored = List.copyOf(ignored);
        }
    }

    private ImportInputs() {
    }

    /**
     * Expands files and folders into inputs.
     *
     * @param paths what the user named; each must exist
     * @return the inputs and the ignored files
     * @throws IOException when a folder cannot be listed
     * @throws IllegalArgumentException naming a path that does not exist
     */
    public static Expansion expand(List<Path> paths) throws IOException {
        List<Path> inputs = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException(path + ": no such file or directory");
            }
            if (Files.isDirectory(path) && Importers.detect(path).isEmpty()) {
                search(path, inputs, ignored);
            } else {
                inputs.add(path);
            }
        }
        return new Expansion(inputs, ignored);
    }

    private static void search(Path directory, List<Path> inputs, List<Path> ignored) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                if (Importers.detect(entry).isPresent()) {
                    inputs.add(entry);
                } else if (!entry.getFileName().toString().startsWith(".")) {
                    search(entry, inputs, ignored);
                }
            } else if (Importers.detect(entry).isPresent() || looksLikeData(entry)) {
                inputs.add(entry);
            } else {
                ignored.add(entry);
            }
        }
    }

    /**
     * Whether a file holds data ProvLens should be able to read: a data extension, or content that starts like
     * JSON or is an SQLite database.
     *
     * @param file a regular file
     * @return true when it looks like data
     * @throws IOException when it cannot be read
     */
    public static boolean looksLikeData(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && DATA_EXTENSIONS.contains(name.substring(dot + 1))) {
            return true;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        }
        if (Arrays.equals(head, SQLITE_MAGIC)) {
            return true;
        }
        byte[] text = org.provlens.importer.core.internal.TextInputs.stripBom(head);
        for (byte b : text) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return false;
    }
}
