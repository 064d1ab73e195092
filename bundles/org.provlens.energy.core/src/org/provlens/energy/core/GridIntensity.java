package org.provlens.energy.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A time series of grid carbon intensity (and renewable share, where given) per zone, read from the CSV exports of
 * Electricity Maps (hourly, daily or monthly: {@code Datetime (UTC)}, {@code Zone Id}, {@code Carbon Intensity
 * gCO₂eq/kWh (direct)} or its life-cycle column, {@code Renewable Percentage}; the names of both generations of the
 * data portal are accepted) or Ember (the long format: {@code Date}, {@code ISO 3 code}, {@code Variable} "CO2
 * intensity" and "Renewables" with {@code Unit} and {@code Value}; the wide format: {@code Electricity source}
 * "Total generation" with {@code Emissions intensity (gCO2e/kWh)} and "Renewables" with {@code Share of generation
 * (%)}), or a plain {@code datetime,zone,intensity[,renewable]} table.
 *
 * <p>Each row holds from its time until the next row of its zone; the last for the zone's usual step (the median
 * spacing of its rows: an hour, a day, a month). An execution is priced at the time-weighted mean over the hours it
 * ran ({@link #average}). Immutable.</p>
 */
public final class GridIntensity {

    /** Which intensity of Electricity Maps to use when an export has both. */
    public enum Basis {
        /** Direct (operational) emissions: the GHG Protocol's scope 2 figure, Electricity Maps' carbon accounting one. */
        DIRECT,
        /** Life-cycle emissions (construction, fuel supply included). */
        LIFECYCLE
    }

    /**
     * The intensity and renewable share over an interval.
     *
     * @param intensity gCO2e/kWh
     * @param renewablePercent the share of renewables, percent; NaN when the export has none
     */
    public record Average(double intensity, double renewablePercent) {
    }

    private record Series(String zone, double[] times, double[] intensity, double[] renewable, double step,
            double[] cumulativeIntensity, double[] cumulativeRenewable) {

        double end() {
            return times[times.length - 1] + step;
        }
    }

    private final String source;
    private final String shape;
    private final Map<String, Series> zones;
    private final Map<String, String> aliases;

    private GridIntensity(String source, String shape, Map<String, Series> zones, Map<String, String> aliases) {
        this.source = source;
        this.shape = shape;
        this.zones = zones;
        this.aliases = aliases;
    }

    /**
     * Reads an export, direct intensity where there is a choice.
     *
     * @param file the CSV file
     * @return the series
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, the line and what was expected
     */
    public static GridIntensity read(Path file) throws IOException {
        return read(file, Basis.DIRECT);
    }

    /**
     * Reads an export.
     *
     * @param file the CSV file
     * @param basis the intensity to take from an Electricity Maps export that has both
     * @return the series
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, the line and what was expected
     */
    public static GridIntensity read(Path file, Basis basis) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString(), basis);
        }
    }

    /** The columns of a shape, by position; -1 when absent. */
    private record Layout(String shape, int time, int zone, int area, int intensity, int renewable, int variable,
            int unit, int value, int electricitySource, int share) {
    }

    private static GridIntensity parse(BufferedReader reader, String file, Basis basis) throws IOException {
        CsvLines csv = new CsvLines(reader, file);
        List<String> header = csv.next();
        if (header == null) {
            throw new IllegalArgumentException(file + ": empty file: expected an Electricity Maps or Ember export");
        }
        Layout layout = layout(header, basis, csv);
        Map<String, TreeMap<Double, double[]>> rows = new LinkedHashMap<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() < header.size()) {
                throw new IllegalArgumentException(csv.where() + ": expected " + header.size() + " fields as in the"
                        + " header, found " + row.size());
            }
            String zone = layout.zone() >= 0 ? row.get(layout.zone()) : "";
            if (zone.isEmpty() && layout.area() >= 0) {
                zone = row.get(layout.area());
            }
            if (layout.area() >= 0 && !row.get(layout.area()).isEmpty()) {
                aliases.put(row.get(layout.area()).toLowerCase(Locale.ROOT), zone);
            }
            aliases.put(zone.toLowerCase(Locale.ROOT), zone);
            double time = time(row.get(layout.time()), csv);
            double[] values = rows.computeIfAbsent(zone, z -> new TreeMap<>())
                    .computeIfAbsent(time, t -> new double[] {Double.NaN, Double.NaN});
            switch (layout.shape()) {
                case "Ember (long format)" -> {
                    String variable = row.get(layout.variable()).toLowerCase(Locale.ROOT);
                    String unit = row.get(layout.unit()).toLowerCase(Locale.ROOT);
                    if (variable.equals("co2 intensity") && unit.startsWith("gco2")) {
                        values[0] = number(row.get(layout.value()), "Value", csv);
                    } else if (variable.equals("renewables") && unit.equals("%")) {
                        values[1] = number(row.get(layout.value()), "Value", csv);
                    }
                }
                case "Ember (wide format)" -> {
                    String kind = row.get(layout.electricitySource()).toLowerCase(Locale.ROOT);
                    if (kind.equals("total generation")) {
                        values[0] = number(row.get(layout.intensity()), header.get(layout.intensity()), csv);
                    } else if (kind.equals("renewables") && layout.share() >= 0) {
                        values[1] = number(row.get(layout.share()), header.get(layout.share()), csv);
                    }
                }
                default -> {
                    values[0] = number(row.get(layout.intensity()), header.get(layout.intensity()), csv);
                    if (layout.renewable() >= 0 && !row.get(layout.renewable()).isEmpty()) {
                        values[1] = number(row.get(layout.renewable()), header.get(layout.renewable()), csv);
                    }
                }
            }
        }
        Map<String, Series> zones = new LinkedHashMap<>();
        rows.forEach((zone, byTime) -> {
            byTime.values().removeIf(v -> Double.isNaN(v[0])); // rows of other variables of a long export
            if (!byTime.isEmpty()) {
                zones.put(zone, series(zone, byTime));
            }
        });
        if (zones.isEmpty()) {
            throw new IllegalArgumentException(file + ": no carbon intensity in the file (" + layout.shape() + ")");
        }
        aliases.values().removeIf(zone -> !zones.containsKey(zone));
        return new GridIntensity(file + " (" + layout.shape() + ")", layout.shape(), zones, aliases);
    }

    private static Layout layout(List<String> header, Basis basis, CsvLines csv) {
        List<String> names = header.stream().map(h -> h.toLowerCase(Locale.ROOT).replace('₂', '2').strip()).toList();
        int time = find(names, "datetime (utc)", "datetime", "date", "time", "timestamp");
        if (time < 0) {
            throw new IllegalArgumentException(csv.where() + ": no time column (Datetime (UTC) of Electricity Maps,"
                    + " Date of Ember, or datetime): not a grid intensity export");
        }
        int area = find(names, "area", "zone name", "country");
        if (names.contains("variable") && names.contains("value") && names.contains("unit")) {
            return new Layout("Ember (long format)", time, find(names, "iso 3 code", "iso3 code", "code"), area, -1,
                    -1, names.indexOf("variable"), names.indexOf("unit"), names.indexOf("value"), -1, -1);
        }
        if (names.contains("electricity source")) {
            int intensity = startsWith(names, "emissions intensity");
            if (intensity < 0) {
                throw new IllegalArgumentException(csv.where() + ": an Ember export without an 'Emissions intensity"
                        + " (gCO2e/kWh)' column");
            }
            return new Layout("Ember (wide format)", time, find(names, "iso 3 code", "iso3 code"), area, intensity,
                    -1, -1, -1, -1, names.indexOf("electricity source"), startsWith(names, "share of generation (%)"));
        }
        int direct = -1;
        int lifecycle = -1;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.startsWith("carbon intensity")) {
                if (name.contains("direct")) {
                    direct = i;
                } else if (name.contains("lca") || name.contains("life cycle") || name.contains("lifecycle")) {
                    lifecycle = i;
                } else if (direct < 0) {
                    direct = i;
                }
            }
        }
        int zone = find(names, "zone id", "zone", "zone_id");
        int renewable = -1;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith("renewable")) {
                renewable = i;
            }
        }
        if (direct >= 0 || lifecycle >= 0) {
            int intensity = basis == Basis.LIFECYCLE && lifecycle >= 0 || direct < 0 ? lifecycle : direct;
            return new Layout("Electricity Maps", time, zone, area, intensity, renewable, -1, -1, -1, -1, -1);
        }
        int intensity = find(names, "intensity", "carbon_intensity", "gco2e/kwh", "gco2e_per_kwh", "gco2eq/kwh");
        if (intensity < 0) {
            throw new IllegalArgumentException(csv.where() + ": no carbon intensity column (Carbon Intensity"
                    + " gCO₂eq/kWh of Electricity Maps, Variable and Value or Emissions intensity of Ember, or"
                    + " intensity): found " + String.join(", ", header));
        }
        return new Layout("table", time, zone, area, intensity, renewable, -1, -1, -1, -1, -1);
    }

    private static int find(List<String> names, String... candidates) {
        for (String candidate : candidates) {
            int index = names.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static int startsWith(List<String> names, String prefix) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static Series series(String zone, TreeMap<Double, double[]> byTime) {
        int n = byTime.size();
        double[] times = new double[n];
        double[] intensity = new double[n];
        double[] renewable = new double[n];
        int k = 0;
        for (Map.Entry<Double, double[]> e : byTime.entrySet()) {
            times[k] = e.getKey();
            intensity[k] = e.getValue()[0];
            renewable[k++] = e.getValue()[1];
        }
        double step;
        if (n == 1) {
            step = Double.POSITIVE_INFINITY; // one figure: it holds whenever the tasks ran
        } else {
            double[] gaps = new double[n - 1];
            for (int i = 1; i < n; i++) {
                gaps[i - 1] = times[i] - times[i - 1];
            }
            Arrays.sort(gaps);
            step = gaps[gaps.length / 2];
        }
        double[] ci = new double[n + 1];
        double[] re = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double width = i + 1 < n ? times[i + 1] - times[i] : step;
            ci[i + 1] = ci[i] + intensity[i] * (Double.isInfinite(width) ? 0 : width);
            re[i + 1] = re[i] + (Double.isNaN(renewable[i]) ? 0 : renewable[i]) * (Double.isInfinite(width) ? 0 : width);
        }
        return new Series(zone, times, intensity, renewable, step, ci, re);
    }

    private static double time(String text, CsvLines csv) {
        String t = text.strip();
        try {
            if (t.length() == 7) {
                return YearMonth.parse(t).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            String iso = t.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(iso.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toEpochSecond();
            }
            LocalDateTime local = LocalDateTime.parse(iso);
            return local.toEpochSecond(ZoneOffset.UTC) + local.getNano() / 1e9;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(csv.where() + ": expected a date and time such as 2026-03-02"
                    + " 13:00:00 (UTC), 2026-03-02T13:00:00Z or 2026-03, found '" + text + "'", e);
        }
    }

    private static double number(String text, String column, CsvLines csv) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(csv.where() + ": " + column + " should be a number, found '" + text
                    + "'", e);
        }
    }

    /**
     * Where the series was read from, and its shape.
     *
     * @return e.g. {@code grid.csv (Electricity Maps)}
     */
    public String source() {
        return source;
    }

    /**
     * The shape of the export: {@code Electricity Maps}, {@code Ember (long format)}, {@code Ember (wide format)}
     * or {@code table}.
     *
     * @return the shape
     */
    public String shape() {
        return shape;
    }

    /**
     * The zones of the series.
     *
     * @return zone ids (Electricity Maps zone ids, Ember ISO 3 codes), in file order
     */
    public List<String> zones() {
        return List.copyOf(zones.keySet());
    }

    /**
     * The zone of a site: the first candidate that names a zone (its id, or Ember's area name), ignoring case; the
     * only zone of a series of one zone whatever the candidates.
     *
     * @param candidates names of the site (region code, the region's country part, id, name); nulls skipped
     * @return the zone, {@code null} when none matches
     */
    public String zoneOf(String... candidates) {
        if (zones.size() == 1) {
            return zones.keySet().iterator().next();
        }
        for (String candidate : candidates) {
            if (candidate != null) {
                String zone = aliases.get(candidate.strip().toLowerCase(Locale.ROOT));
                if (zone != null) {
                    return zone;
                }
            }
        }
        return null;
    }

    /**
     * The time-weighted mean intensity and renewable share of a zone over an interval, each row holding until the
     * next. An instant (or an unknown end) takes the value of its hour.
     *
     * @param zone a zone of {@link #zones()}
     * @param from start, epoch seconds
     * @param to end, epoch seconds; NaN or not after {@code from} for an instant
     * @return the means over the part of the interval the series covers, {@code null} when it covers none of it
     */
    public Average average(String zone, double from, double to) {
        Series s = zones.get(zone);
        if (s == null || Double.isNaN(from)) {
            return null;
        }
        if (Double.isNaN(to) || to <= from) {
            int i = rowAt(s, from);
            return i < 0 ? null : new Average(s.intensity()[i], s.renewable()[i]);
        }
        if (Double.isInfinite(s.step())) {
            return new Average(s.intensity()[0], s.renewable()[0]);
        }
        double a = Math.max(from, s.times()[0]);
        double b = Math.min(to, s.end());
        if (b <= a) {
            return null;
        }
        double ci = cumulative(s, s.cumulativeIntensity(), s.intensity(), b)
                - cumulative(s, s.cumulativeIntensity(), s.intensity(), a);
        boolean anyRenewable = Arrays.stream(s.renewable()).anyMatch(v -> !Double.isNaN(v));
        double re = anyRenewable ? (cumulative(s, s.cumulativeRenewable(), s.renewable(), b)
                - cumulative(s, s.cumulativeRenewable(), s.renewable(), a)) / (b - a) : Double.NaN;
        return new Average(ci / (b - a), re);
    }

    /** The row holding at a time, -1 outside the series. */
    private static int rowAt(Series s, double t) {
        if (t < s.times()[0] || t >= s.end()) {
            return -1;
        }
        int i = Arrays.binarySearch(s.times(), t);
        return i >= 0 ? i : -i - 2;
    }

    /** The integral of a step series from its first time to t (t within the series). */
    private static double cumulative(Series s, double[] cumulative, double[] values, double t) {
        int i = rowAt(s, Math.min(t, Math.nextDown(s.end())));
        double value = Double.isNaN(values[i]) ? 0 : values[i];
        return cumulative[i] + value * (t - s.times()[i]);
    }

    /**
     * The first and last instant the series covers.
     *
     * @param zone a zone
     * @return {start, end} in epoch seconds
     */
    public double[] span(String zone) {
        Series s = zones.get(zone);
        return s == null ? null : new double[] {s.times()[0], s.end()};
    }

    /**
     * The zones with their series' sizes, for the record of assumptions.
     *
     * @return zone to number of rows
     */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        zones.forEach((zone, s) -> sizes.put(zone, s.times().length));
        return sizes;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        sizes().forEach((zone, n) -> parts.add(zone + " (" + n + " rows)"));
        return source + ": " + String.join(", ", parts);
    }
}
