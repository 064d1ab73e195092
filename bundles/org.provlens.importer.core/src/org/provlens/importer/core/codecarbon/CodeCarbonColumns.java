package org.provlens.importer.core.codecarbon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns CodeCarbon has written, version by version, and how a header is recognised. The headers are the
 * fields of {@code EmissionsData} (and {@code TaskEmissionsData} for task files) in mlco2/codecarbon:
 * {@code codecarbon/output.py} up to 2.4, {@code codecarbon/output_methods/emissions_data.py} from 2.5, as tagged
 * (0.0.9 to v1.2.0, v2.0.0, v2.2.0, v2.3.0, v2.7.0, v3.0.8, v3.2.9, 3.3.0).
 */
final class CodeCarbonColumns {

    /**
     * The header of a range of versions.
     *
     * @param description e.g. {@code a CodeCarbon 2.3-2.6 emissions file}
     * @param columns its columns, in CodeCarbon's order
     */
    record Version(String description, List<String> columns) {
        int size() {
            return columns.size();
        }
    }

    private static final List<String> V1 = List.of("timestamp", "experiment_id", "project_name", "duration",
            "emissions", "energy_consumed", "country_name", "country_iso_code", "region", "on_cloud",
            "cloud_provider", "cloud_region");

    private static final List<String> V2_0 = List.of("timestamp", "project_name", "run_id", "duration", "emissions",
            "emissions_rate", "cpu_power", "gpu_power", "ram_power", "cpu_energy", "gpu_energy", "ram_energy",
            "energy_consumed", "country_name", "country_iso_code", "region", "cloud_provider", "cloud_region", "os",
            "python_version", "cpu_count", "cpu_model", "gpu_count", "gpu_model", "longitude", "latitude",
            "ram_total_size", "tracking_mode", "on_cloud");

    private static final List<String> V2_2 = insertAfter(V2_0, "python_version", "codecarbon_version");

    private static final List<String> V2_3 = insertAfter(V2_2, "on_cloud", "pue");

    private static final List<String> V2_7 = insertAfter(V2_3, "run_id", "experiment_id");

    private static final List<String> V3_0_8 = insertAfter(insertAfter(V2_7, "energy_consumed", "water_consumed"),
            "pue", "wue");

    private static final List<String> V3_2 = insertAfter(V3_0_8, "tracking_mode", "cpu_utilization_percent",
            "gpu_utilization_percent", "ram_utilization_percent", "ram_used_gb");

    private static final List<String> TASK_2 = task(V2_3);

    private static final List<String> TASK_3_0_8 = insertAfter(TASK_2, "energy_consumed", "water_consumed");

    private static final List<String> TASK_3_2 = insertAfter(TASK_3_0_8, "tracking_mode", "cpu_utilization_percent",
            "gpu_utilization_percent", "ram_utilization_percent", "ram_used_gb");

    /** The headers of emissions files, oldest first. */
    static final List<Version> RUN_VERSIONS = List.of(
            new Version("a CodeCarbon 0.0.9-1.2 emissions file", V1),
            new Version("a CodeCarbon 2.0-2.1 emissions file", V2_0),
            new Version("a CodeCarbon 2.2 emissions file", V2_2),
            new Version("a CodeCarbon 2.3-2.6 emissions file", V2_3),
            new Version("a CodeCarbon 2.7-3.0.7 emissions file", V2_7),
            new Version("a CodeCarbon 3.0.8-3.1 emissions file", V3_0_8),
            new Version("a CodeCarbon 3.2-3.3 emissions file", V3_2));

    /** The headers of task files ({@code emissions_<experiment>_<run_id>.csv}), oldest first. */
    static final List<Version> TASK_VERSIONS = List.of(
            new Version("a CodeCarbon 2.3-3.0.7 task file", TASK_2),
            new Version("a CodeCarbon 3.0.8-3.1 task file", TASK_3_0_8),
            new Version("a CodeCarbon 3.2-3.3 task file", TASK_3_2));

    /** The headers of both kinds of file. */
    private static final List<Version> ALL_VERSIONS;

    static {
        List<Version> all = new ArrayList<>(RUN_VERSIONS);
        all.addAll(TASK_VERSIONS);
        ALL_VERSIONS = List.copyOf(all);
    }

    /** Every column any version wrote. */
    static final Set<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>();
        RUN_VERSIONS.forEach(v -> all.addAll(v.columns()));
        TASK_VERSIONS.forEach(v -> all.addAll(v.columns()));
        ALL = Set.copyOf(all);
    }

    /** Columns only CodeCarbon writes: one of them is enough to recognise a file. */
    static final List<String> MEASUREMENTS = List.of("emissions", "energy_consumed", "emissions_rate", "cpu_energy",
            "gpu_energy", "ram_energy", "cpu_power", "gpu_power", "ram_power", "water_consumed",
            "codecarbon_version");

    /**
     * Columns that many CSV files have (ProvLens's own task export has {@code duration}): they recognise a file only
     * together, in a header that is mostly CodeCarbon's.
     */
    static final List<String> GENERIC = List.of("timestamp", "duration");

    /** Columns that must hold numbers when not empty. */
    static final Set<String> NUMERIC = Set.of("duration", "emissions", "emissions_rate", "cpu_power", "gpu_power",
            "ram_power", "cpu_energy", "gpu_energy", "ram_energy", "energy_consumed", "water_consumed", "cpu_count",
            "gpu_count", "longitude", "latitude", "ram_total_size", "cpu_utilization_percent",
            "gpu_utilization_percent", "ram_utilization_percent", "ram_used_gb", "pue", "wue");

    private CodeCarbonColumns() {
    }

    /**
     * Whether a header is CodeCarbon's: it names one of the measurement columns, or both {@code timestamp} and
     * {@code duration} with CodeCarbon's columns at least half of it.
     *
     * @param header the column names, lower case
     * @return true when it is
     */
    static boolean recognises(Collection<String> header) {
        if (MEASUREMENTS.stream().anyMatch(header::contains)) {
            return true;
        }
        long known = header.stream().filter(ALL::contains).count();
        return header.containsAll(GENERIC) && known * 2 >= header.size();
    }

    /**
     * Why a header is not CodeCarbon's, for {@link CodeCarbonImporter#whyNot}.
     *
     * @param header the column names, lower case
     * @return the reason
     */
    static String whyNot(Collection<String> header) {
        List<String> known = header.stream().filter(ALL::contains).toList();
        if (known.isEmpty()) {
            return "CSV, but no CodeCarbon column among " + String.join(", ", MEASUREMENTS) + ", "
                    + String.join(", ", GENERIC) + " (its header: " + abbreviate(header) + ")";
        }
        return "CSV, but of CodeCarbon's columns only " + String.join(", ", known) + ", which other CSV files have"
                + " too; an emissions file names one of " + String.join(", ", MEASUREMENTS.subList(0, 4)) + ", ...";
    }

    private static String abbreviate(Collection<String> header) {
        List<String> names = new ArrayList<>(header);
        String text = String.join(",", names.subList(0, Math.min(8, names.size())));
        return names.size() > 8 ? text + ",..." : text;
    }

    /**
     * The version whose header a file's is: the oldest that has every CodeCarbon column of the file, else the one
     * sharing most columns with it (a hand-edited mixture).
     *
     * @param header the file's columns, lower case
     * @return the version
     */
    static Version versionOf(Collection<String> header) {
        List<Version> versions = header.contains("task_name") ? TASK_VERSIONS : RUN_VERSIONS;
        List<String> known = header.stream().filter(ALL::contains).toList();
        for (Version version : versions) {
            if (version.columns().containsAll(known)) {
                return version;
            }
        }
        Version best = versions.get(versions.size() - 1);
        long bestShared = -1;
        for (Version version : versions) {
            long shared = known.stream().filter(version.columns()::contains).count();
            if (shared > bestShared) {
                best = version;
                bestShared = shared;
            }
        }
        return best;
    }

    /** How many characters a header line may differ from a version's for its rows to be read with that version. */
    static final int MAX_DAMAGED_CHARACTERS = 2;

    /**
     * A header line damaged in a few characters (a flipped byte that merged two columns, split one, or changed a
     * name), recognised as the version whose header it was.
     *
     * @param version the version
     * @param differences how many characters differ (inserted, removed or changed)
     * @param rest what the header line holds after the version's columns, empty when nothing (a damaged line end
     *        joins the first row to the header)
     */
    record Damaged(Version version, int differences, String rest) {
    }

    /**
     * Whether a header is exactly that of a version, as CodeCarbon wrote it.
     *
     * @param header the column names, lower case
     * @return true when some version has these columns in this order
     */
    static boolean isVersion(List<String> header) {
        return ALL_VERSIONS.stream().anyMatch(v -> v.columns().equals(header));
    }

    /**
     * The version a header that is no version's exactly was written as, told by the data rows: a version with as
     * many columns as some of the rows have, whose header line the file's starts with, up to
     * {@link #MAX_DAMAGED_CHARACTERS} characters (the closest; among as close ones, that of the most rows).
     *
     * @param header the file's column names, lower case
     * @param widths how many of the first data rows have each number of fields
     * @return the version, {@code null} when the header is a version's or no version is that close
     */
    static Damaged damaged(List<String> header, Map<Integer, Integer> widths) {
        if (isVersion(header)) {
            return null;
        }
        String line = String.join(",", header);
        Damaged best = null;
        int bestRows = 0;
        for (Version version : ALL_VERSIONS) {
            int rows = widths.getOrDefault(version.size(), 0);
            if (rows == 0) {
                continue;
            }
            int[] match = prefixDistance(String.join(",", version.columns()), line, MAX_DAMAGED_CHARACTERS);
            if (match != null && (best == null || match[0] < best.differences()
                    || match[0] == best.differences() && rows > bestRows)) {
                best = new Damaged(version, match[0], line.substring(match[1]));
                bestRows = rows;
            }
        }
        return best;
    }

    /**
     * The edit distance between a pattern and the prefix of a text closest to it, when at most {@code limit}:
     * {distance, length of that prefix}, else {@code null}. Banded: only prefixes within {@code limit} of the
     * pattern's length are looked at.
     */
    static int[] prefixDistance(String pattern, String text, int limit) {
        int m = pattern.length();
        int n = Math.min(text.length(), m + limit);
        int infinity = limit + 1;
        int[] previous = new int[n + 1];
        int[] row = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j <= limit ? j : infinity;
        }
        for (int i = 1; i <= m; i++) {
            Arrays.fill(row, infinity);
            row[0] = i <= limit ? i : infinity;
            int best = row[0];
            for (int j = Math.max(1, i - limit); j <= Math.min(n, i + limit); j++) {
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(infinity, Math.min(previous[j - 1] + cost, Math.min(previous[j], row[j - 1]) + 1));
                best = Math.min(best, row[j]);
            }
            if (best > limit) {
                return null;
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        int distance = infinity;
        int length = -1;
        for (int j = Math.max(0, m - limit); j <= n; j++) {
            if (previous[j] < distance) {
                distance = previous[j];
                length = j;
            }
        }
        return distance <= limit ? new int[] {distance, length} : null;
    }

    private static List<String> insertAfter(List<String> columns, String after, String... added) {
        List<String> result = new ArrayList<>(columns);
        result.addAll(result.indexOf(after) + 1, List.of(added));
        return List.copyOf(result);
    }

    /** A task file's header: the run's, with {@code task_name} first and no experiment id or PUE. */
    private static List<String> task(List<String> runColumns) {
        List<String> result = new ArrayList<>(runColumns);
        result.remove("pue");
        result.add(0, "task_name");
        return List.copyOf(result);
    }
}
