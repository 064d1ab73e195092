package org.provlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.provlens.analysis.core.provider.JsonNumbers;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.Component;
import org.provlens.energy.core.ComponentEnergy;
import org.provlens.energy.core.DevicePowers;
import org.provlens.energy.core.EnergyFormat;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyModels;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GridIntensity;
import org.provlens.energy.core.GroupBy;
import org.provlens.energy.core.PerUnit;
import org.provlens.energy.core.SiteAssumption;

import com.fasterxml.jackson.core.JsonGenerator;

/** {@code provlens energy}: the Energy view's figures from a script, through {@link EnergyProvider}. */
final class EnergyCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens energy <inputs>... [--by activity|level|host|site|workflow|campaign|phase]
                       [--pue X] [--intensity G | --intensity-csv FILE [--intensity-basis direct|lifecycle]]
                       [--devices FILE] [--top N] [--format table|csv|json]

                The IT energy of every task and run per component (gpu, cpu, ram, other), each with its method
                (measured from energy counters, integrated from power samples, modelled, none) and bounds, shared
                between tasks that ran at once on a node, summed up the task hierarchy, then facility energy (× the
                site's PUE) and emissions (facility kWh × the grid's gCO2e/kWh of the hours each task ran), grouped
                --by one of activity (default), level, host, site, workflow, campaign or phase (the run's subtype).
                The total counts every joule once (the runs, not the sum of the levels).
                --pue and --intensity price every execution at these figures (a campaign "at another site");
                without them each site's own from the workspace, then PUE 1.67 (Green Algorithms) and 475
                gCO2e/kWh (CodeCarbon's world average). --intensity-csv reads an hourly (or monthly) export of
                Electricity Maps or Ember and prices each task at the hours it ran, its zone matched to the site's
                region. --devices replaces the table of device powers the models use (see docs/energy.md).
                --top lists the N tasks of largest own energy (default 10).
                --format json writes an object with the stable keys total and groups[] (each: key (not in total),
                tasks, joules (IT, inclusive of children), exclusive_joules, facility_joules, kwh (facility),
                co2e_g, lower_joules, upper_joules, components {gpu, cpu, ram, other: {joules, method}}), top[],
                assumptions (pue, intensity, their sources, per site) and warnings; null is no data, never 0.
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("by", "pue", "intensity", "intensity-csv", "intensity-basis", "devices",
                "top", "format"), Set.of());
        String format = args.option("format") == null ? "table" : args.option("format");
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new UsageException("unknown output format '" + format + "': use table, csv or json");
        }
        GroupBy by;
        try {
            by = GroupBy.parse(args.option("by") == null ? "activity" : args.option("by"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--by: " + e.getMessage());
        }
        int top = (int) number(args, "top", 10);
        if (top < 0) {
            throw new UsageException("--top: expected 0 or more, found " + top);
        }
        if (args.option("intensity") != null && args.option("intensity-csv") != null) {
            throw new UsageException("--intensity and --intensity-csv exclude each other: one figure, or the hours'");
        }
        Assumptions assumptions = assumptions(args);
        Inputs.Loaded loaded = Inputs.load(args.positional(), null, io.progress());
        EnergyQuery query = new EnergyQuery(loaded.workspace(), List.of(), by, assumptions, top, null);
        ProviderResponse<EnergyReport> response = loaded.session().read(workspace -> new EnergyProvider()
                .fetch(query, null));
        if (!response.isCompleted()) {
            io.err().println("provlens energy: " + response.message());
            return Main.DATA_ERROR;
        }
        EnergyReport report = response.model();
        switch (format) {
            case "json" -> json(io.out(), report);
            case "csv" -> {
                Tabular.write(io.out(), "csv", csvHeader(), csvRows(report));
                report.warnings().forEach(w -> io.err().println("warning: " + w));
            }
            default -> table(io.out(), report);
        }
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private static Assumptions assumptions(Args args) throws IOException {
        Assumptions assumptions = Assumptions.defaults();
        if (args.option("devices") != null) {
            assumptions = assumptions.withDevices(DevicePowers.read(Path.of(args.option("devices"))));
        }
        if (args.option("intensity-csv") != null) {
            GridIntensity.Basis basis;
            try {
                basis = GridIntensity.Basis.valueOf(args.option("intensity-basis") == null ? "DIRECT"
                        : args.option("intensity-basis").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--intensity-basis: use direct or lifecycle, found '"
                        + args.option("intensity-basis") + "'");
            }
            assumptions = assumptions.withGrid(GridIntensity.read(Path.of(args.option("intensity-csv")), basis));
        } else if (args.option("intensity-basis") != null) {
            throw new UsageException("--intensity-basis goes with --intensity-csv");
        }
        double pue = number(args, "pue", Double.NaN);
        double intensity = number(args, "intensity", Double.NaN);
        if (!Double.isNaN(pue) || !Double.isNaN(intensity)) {
            try {
                assumptions = assumptions.repricedAt(pue, intensity, "the command line ("
                        + (Double.isNaN(pue) ? "" : "--pue " + args.option("pue"))
                        + (!Double.isNaN(pue) && !Double.isNaN(intensity) ? ", " : "")
                        + (Double.isNaN(intensity) ? "" : "--intensity " + args.option("intensity")) + ")");
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return assumptions;
    }

    private static double number(Args args, String option, double otherwise) {
        String text = args.option(option);
        if (text == null) {
            return otherwise;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + ": expected a number, found '" + text + "'");
        }
    }

    // ---------------------------------------------------------------------------------------------- JSON

    private static void json(PrintStream out, EnergyReport report) throws IOException {
        try (JsonGenerator json = Json.to(out)) {
            json.writeStartObject();
            json.writeStringField("by", report.by().key());
            json.writeFieldName("total");
            group(json, report.total(), false);
            json.writeArrayFieldStart("groups");
            for (EnergyGroup group : report.groups()) {
                group(json, group, true);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("top");
            for (EnergyGroup task : report.top()) {
                group(json, task, true);
            }
            json.writeEndArray();
            assumptions(json, report);
            json.writeArrayFieldStart("warnings");
            for (String warning : report.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static void group(JsonGenerator json, EnergyGroup group, boolean keyed) throws IOException {
        json.writeStartObject();
        if (keyed) {
            json.writeStringField("key", group.key());
            if (group.label() != null) {
                json.writeStringField("label", group.label());
            }
        }
        json.writeNumberField("tasks", group.tasks());
        number(json, "joules", group.joules());
        number(json, "exclusive_joules", group.exclusiveJoules());
        number(json, "facility_joules", group.facilityJoules());
        number(json, "kwh", group.kwh());
        number(json, "co2e_g", group.co2eGrams());
        number(json, "lower_joules", group.lowerJoules());
        number(json, "upper_joules", group.upperJoules());
        json.writeObjectFieldStart("components");
        for (Component component : Component.values()) {
            ComponentEnergy energy = group.component(component);
            json.writeObjectFieldStart(component.key());
            number(json, "joules", energy.joules());
            json.writeStringField("method", energy.method().key());
            json.writeEndObject();
        }
        json.writeEndObject();
        if (!Double.isNaN(group.renewablePercent())) {
            number(json, "renewable_percent", group.renewablePercent());
        }
        if (!group.perUnit().isEmpty()) {
            json.writeArrayFieldStart("per_unit");
            for (PerUnit unit : group.perUnit()) {
                json.writeStartObject();
                json.writeStringField("unit", unit.unit());
                number(json, "count", unit.count());
                number(json, "joules", unit.joules());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void assumptions(JsonGenerator json, EnergyReport report) throws IOException {
        Assumptions a = report.assumptions();
        json.writeObjectFieldStart("assumptions");
        json.writeObjectFieldStart("pue");
        boolean pueOverride = !Double.isNaN(a.pueOverride());
        number(json, "value", pueOverride ? a.pueOverride() : a.pue().value());
        json.writeStringField("source", pueOverride ? a.overrideSource() : a.pue().source());
        json.writeEndObject();
        json.writeObjectFieldStart("intensity");
        boolean intensityOverride = !Double.isNaN(a.intensityOverride());
        number(json, "value", intensityOverride ? a.intensityOverride() : a.intensity().value());
        json.writeStringField("unit", "gCO2e/kWh");
        json.writeStringField("source", intensityOverride ? a.overrideSource() : a.intensity().source());
        json.writeEndObject();
        if (a.grid() != null) {
            json.writeObjectFieldStart("grid");
            json.writeStringField("source", a.grid().source());
            json.writeObjectFieldStart("zones");
            for (Map.Entry<String, Integer> zone : a.grid().sizes().entrySet()) {
                json.writeNumberField(zone.getKey(), zone.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeStringField("devices", a.devices().source());
        number(json, "gpu_usage", a.gpuUsage());
        json.writeArrayFieldStart("sites");
        for (SiteAssumption site : report.sites()) {
            json.writeStartObject();
            json.writeStringField("site", site.site());
            json.writeStringField("name", site.name());
            number(json, "pue", site.pue());
            json.writeStringField("pue_source", site.pueSource());
            number(json, "intensity", site.intensity());
            json.writeStringField("intensity_source", site.intensitySource());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        JsonNumbers.number(json, value);
    }

    // ---------------------------------------------------------------------------------------------- CSV, table

    private static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("key", "tasks", "joules", "exclusive_joules", "facility_joules",
                "kwh", "co2e_g", "lower_joules", "upper_joules"));
        for (Component c : Component.values()) {
            header.add(c.key() + "_joules");
            header.add(c.key() + "_method");
        }
        return header;
    }

    private static List<List<Object>> csvRows(EnergyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (EnergyGroup group : report.groups()) {
            rows.add(csvRow(group.key(), group));
        }
        rows.add(csvRow("(total)", report.total()));
        return rows;
    }

    private static List<Object> csvRow(String key, EnergyGroup g) {
        List<Object> row = new ArrayList<>(List.of(key, g.tasks(), g.joules(), g.exclusiveJoules(), g.facilityJoules(),
                g.kwh(), g.co2eGrams(), g.lowerJoules(), g.upperJoules()));
        for (Component c : Component.values()) {
            row.add(g.component(c).joules());
            row.add(g.component(c).method().key());
        }
        return row;
    }

    private static void table(PrintStream out, EnergyReport report) throws IOException {
        List<String> header = List.of(report.by().key(), "tasks", "IT kWh", "own kWh", "facility kWh", "kg CO2e",
                "IT kWh bounds", "GPU kWh", "CPU kWh", "RAM kWh", "other kWh");
        List<List<Object>> rows = new ArrayList<>();
        for (EnergyGroup group : report.groups()) {
            rows.add(tableRow(group.key(), group));
        }
        rows.add(tableRow("(total)", report.total()));
        Tabular.write(out, "table", header, rows);
        out.println();
        out.println("total: " + kwh(report.total().joules()) + " kWh IT, " + kwh(report.total().facilityJoules())
                + " kWh facility, " + kg(report.total().co2eGrams()) + " kg CO2e; each joule once");
        for (PerUnit unit : report.total().perUnit()) {
            out.printf(Locale.ROOT, "  per %s: %s J (%,.0f %ss)%n", unit.unit(), figure(unit.joules()), unit.count(),
                    unit.unit());
        }
        if (!report.top().isEmpty()) {
            out.println("top consumers (own energy, children taken out):");
            for (EnergyGroup task : report.top()) {
                out.printf(Locale.ROOT, "  %-34s %-24s %s kWh%n", task.key(), task.label(),
                        kwh(task.exclusiveJoules()));
            }
        }
        out.println("assumptions:");
        for (SiteAssumption site : report.sites()) {
            out.printf(Locale.ROOT, "  %s: PUE %s (%s); %s%n", site.name(), figure(site.pue()), site.pueSource(),
                    Double.isNaN(site.intensity()) ? site.intensitySource()
                            : figure(site.intensity()) + " gCO2e/kWh (" + site.intensitySource() + ")");
        }
        out.println("  devices: " + report.assumptions().devices().source());
        for (String warning : report.warnings()) {
            out.println("warning: " + warning);
        }
    }

    private static List<Object> tableRow(String key, EnergyGroup g) {
        List<Object> row = new ArrayList<>();
        row.add(key);
        row.add(g.tasks());
        row.add(kwh(g.joules()));
        row.add(kwh(g.exclusiveJoules()));
        row.add(kwh(g.facilityJoules()));
        row.add(kg(g.co2eGrams()));
        row.add(Double.isNaN(g.lowerJoules()) ? "" : kwh(g.lowerJoules()) + "–" + kwh(g.upperJoules()));
        for (Component c : Component.values()) {
            ComponentEnergy e = g.component(c);
            row.add(Double.isNaN(e.joules()) ? "" : kwh(e.joules()) + " " + e.method().key());
        }
        return row;
    }

    private static String kwh(double joules) {
        return figure(EnergyModels.kwh(joules));
    }

    private static String kg(double grams) {
        return figure(grams / 1000);
    }

    private static String figure(double value) {
        return EnergyFormat.figure(value);
    }
}
