package org.provlens.energy.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The editable table of device power figures from which energy is modelled where nothing was measured: for GPUs and
 * CPUs, the most a package draws (TDP or peak board power) with its source. The built-in table is
 * {@code devices.csv} of this bundle (its format is in its header and in {@code docs/energy.md}); a user's copy is
 * read with {@link #read(Path)}.
 *
 * @param entries the rows, in file order
 * @param source where the table was read from
 */
public record DevicePowers(List<Entry> entries, String source) {

    /** Checks the invariants. */
    public DevicePowers {
        entries = List.copyOf(entries);
        Objects.requireNonNull(source, "source");
    }

    /**
     * One row of the table.
     *
     * @param kind {@link Component#GPU} or {@link Component#CPU}
     * @param model the part of the model name it matches (see {@link #matches})
     * @param watts the most a package draws, W
     * @param listed how many devices the tools list per package (2 for an MI250X module of two GCDs)
     * @param idleWatts the package's idle power, NaN when not published
     * @param source where the figure comes from
     */
    public record Entry(Component kind, String model, double watts, int listed, double idleWatts, String source) {

        /**
         * The most one listed device draws: the package's power over the devices it is listed as.
         *
         * @return W per listed device
         */
        public double wattsPerListed() {
            return watts / listed;
        }

        /**
         * The idle power of one listed device.
         *
         * @return W per listed device, NaN when unknown
         */
        public double idleWattsPerListed() {
            return idleWatts / listed;
        }

        /**
         * Whether a model name as a tool reports it contains this row's model.
         *
         * @param name the reported name (e.g. {@code NVIDIA A100-SXM4-80GB}, {@code AMD EPYC 7A53 64-Core Processor})
         * @return true when it contains the model from the start of a word, ignoring case, dashes, underscores, (R)
         *         and (TM)
         */
        public boolean matches(String name) {
            return name != null && (" " + normalise(name)).contains(" " + normalise(model)); // from a word's start
        }
    }

    /**
     * The table shipped with ProvLens.
     *
     * @return the built-in table
     */
    public static DevicePowers builtIn() {
        try (InputStream in = DevicePowers.class.getResourceAsStream("devices.csv")) {
            if (in == null) {
                throw new IllegalStateException("devices.csv is missing from org.provlens.energy.core");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "devices.csv",
                    "built-in device table (org.provlens.energy.core devices.csv)");
        } catch (IOException e) {
            throw new UncheckedIOException("reading the built-in device table failed", e);
        }
    }

    /**
     * Reads a device table in the built-in table's format.
     *
     * @param file the CSV file
     * @return the table
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, line and what was expected for a bad row
     */
    public static DevicePowers read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString(), file.toString());
        }
    }

    private static DevicePowers parse(BufferedReader reader, String name, String source) throws IOException {
        CsvLines csv = new CsvLines(reader, name);
        List<String> header = csv.next();
        List<String> expected = List.of("kind", "model", "watts", "listed", "idle_watts", "source");
        if (header == null || !header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().equals(expected)) {
            throw new IllegalArgumentException(csv.where() + ": expected the header " + String.join(",", expected)
                    + (header == null ? ", found an empty file" : ", found " + String.join(",", header)));
        }
        List<Entry> entries = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() != expected.size()) {
                throw new IllegalArgumentException(csv.where() + ": expected " + expected.size() + " fields ("
                        + String.join(",", expected) + "), found " + row.size());
            }
            Component kind = switch (row.get(0).toLowerCase(Locale.ROOT)) {
                case "gpu" -> Component.GPU;
                case "cpu" -> Component.CPU;
                default -> throw new IllegalArgumentException(csv.where() + ": kind should be gpu or cpu, found '"
                        + row.get(0) + "'");
            };
            if (row.get(1).isEmpty()) {
                throw new IllegalArgumentException(csv.where() + ": the model is empty");
            }
            double watts = number(row.get(2), "watts", csv);
            double listed = number(row.get(3), "listed", csv);
            if (!(watts > 0) || !(listed >= 1) || listed != Math.rint(listed)) {
                throw new IllegalArgumentException(csv.where() + ": watts should be positive and listed a whole"
                        + " number from 1, found " + row.get(2) + " and " + row.get(3));
            }
            double idle = row.get(4).isEmpty() ? Double.NaN : number(row.get(4), "idle_watts", csv);
            entries.add(new Entry(kind, row.get(1), watts, (int) listed, idle, row.get(5)));
        }
        return new DevicePowers(entries, source);
    }

    private static double number(String text, String column, CsvLines csv) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(csv.where() + ": " + column + " should be a number, found '" + text
                    + "'", e);
        }
    }

    /**
     * The row of a device.
     *
     * @param kind GPU or CPU
     * @param name the model name as a tool reports it
     * @return the row with the longest matching model, {@code null} when none matches
     */
    public Entry lookup(Component kind, String name) {
        Entry best = null;
        for (Entry entry : entries) {
            if (entry.kind() == kind && entry.matches(name)
                    && (best == null || normalise(entry.model()).length() > normalise(best.model()).length())) {
                best = entry;
            }
        }
        return best;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("(r)", " ").replace("(tm)", " ").replaceAll("[-_]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
