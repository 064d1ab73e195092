package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provlens.energy.core.tests.Fixtures.at;
import static org.provlens.energy.core.tests.Fixtures.task;
import static org.provlens.energy.core.tests.Fixtures.telemetry;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.energy.core.Assumptions;
import org.provlens.energy.core.EnergyGroup;
import org.provlens.energy.core.EnergyLedger;
import org.provlens.energy.core.EnergyModels;
import org.provlens.energy.core.EnergyProvider;
import org.provlens.energy.core.EnergyQuery;
import org.provlens.energy.core.EnergyReport;
import org.provlens.energy.core.GridIntensity;
import org.provlens.energy.core.GroupBy;
import org.provlens.energy.core.SiteAssumption;
import org.provlens.model.Host;
import org.provlens.model.Task;
import org.provlens.model.TelemetrySchema;

/** IT energy to facility energy and carbon: PUE, intensity, the hourly join, re-pricing. */
class PricingTest {

    /** A task that counted one kilowatt-hour on a host of the fixtures' site, from 13:30 to 15:30 UTC. */
    private static Task oneKwh(Fixtures f) {
        Host node = f.host("node");
        TelemetrySchema gpu = f.schema("gpu", List.of("gpu.gpu_0.power.energy_accumulator"), List.of("J"));
        double start = Instant.parse("2026-03-02T13:30:00Z").getEpochSecond();
        Task task = task(f.run("run"), "t", "step", start, start + 7200, node);
        telemetry(task, gpu, new double[] {0}, new double[] {EnergyModels.JOULES_PER_KWH});
        return task;
    }

    @Test
    void facilityEnergyIsItTimesThePueAndCarbonIsFacilityKwhTimesTheIntensity() {
        Fixtures f = new Fixtures();
        Task task = oneKwh(f);
        f.site.setPue(1.2);
        f.site.setCarbonIntensity(400);
        EnergyLedger ledger = f.ledger(Assumptions.defaults());
        int i = at(ledger, task);
        assertEquals(3.6e6, ledger.joules(i), 1e-6, "IT energy is kept apart");
        assertEquals(1.2 * 3.6e6, ledger.facilityJoules(i), 1e-6);
        assertEquals(1.2 * 400, ledger.co2eGrams(i), 1e-9, "1.2 kWh at 400 g/kWh");
        EnergyReport report = new EnergyProvider().fetch(EnergyQuery.of(f.workspace, GroupBy.SITE,
                Assumptions.defaults()), null).model();
        assertEquals(1.2, report.total().kwh(), 1e-12, "kwh: the facility energy");
        SiteAssumption site = report.sites().stream().filter(s -> s.site().equals("site:test")).findFirst()
                .orElseThrow();
        assertEquals(1.2, site.pue());
        assertEquals("the workspace's site Test centre", site.pueSource());
        assertEquals(400, site.intensity());
    }

    @Test
    void sitesWithoutFiguresTakeTheDefaultsAndReportThem() {
        Fixtures f = new Fixtures();
        Task task = oneKwh(f);
        EnergyLedger ledger = f.ledger(Assumptions.defaults());
        // Green Algorithms' PUE 1.67, CodeCarbon's world 475 g/kWh.
        assertEquals(1.67 * 3.6e6, ledger.facilityJoules(at(ledger, task)), 1e-6);
        assertEquals(1.67 * 475, ledger.co2eGrams(at(ledger, task)), 1e-9);
        SiteAssumption site = ledger.sites().get(0);
        assertTrue(site.pueSource().startsWith("default: Green Algorithms"), site.pueSource());
        assertTrue(site.intensitySource().startsWith("default: CodeCarbon"), site.intensitySource());
    }

    @Test
    void repricingAtAnotherSiteIsOneCall() {
        Fixtures f = new Fixtures();
        oneKwh(f);
        f.site.setPue(1.2);
        f.site.setCarbonIntensity(400);
        EnergyProvider provider = new EnergyProvider();
        EnergyQuery here = EnergyQuery.of(f.workspace, GroupBy.CAMPAIGN, Assumptions.defaults());
        org.provlens.model.Site nordic = Fixtures.F.createSite();
        nordic.setId("site:nordic");
        nordic.setName("Nordic hydro");
        nordic.setPue(1.1);
        nordic.setCarbonIntensity(20);
        EnergyReport there = provider.fetch(new EnergyQuery(f.workspace, List.of(), GroupBy.CAMPAIGN,
                Assumptions.defaults().repricedAt(nordic), 10, null), null).model();
        EnergyReport report = provider.fetch(here, null).model();
        assertEquals(report.total().joules(), there.total().joules(), 1e-9, "the same IT energy");
        assertEquals(1.1 * 3.6e6, there.total().facilityJoules(), 1e-6);
        assertEquals(1.1 * 20, there.total().co2eGrams(), 1e-9);
        assertEquals("site Nordic hydro", there.sites().get(0).pueSource());
        assertEquals(480, report.total().co2eGrams(), 1e-9);
    }

    @Test
    void eachTaskIsPricedAtTheIntensityOfTheHoursItRan() throws IOException {
        Fixtures f = new Fixtures();
        Task task = oneKwh(f);
        f.site.setRegion("US-TEN-TVA");
        f.site.setCarbonIntensity(999); // a figure for the year: the hourly series wins
        Assumptions hourly = Fixtures.plain(475)
                .withGrid(GridIntensity.read(Files.testfile("grid/electricitymaps_hourly.csv")));
        EnergyLedger ledger = f.ledger(hourly);
        // 1 kWh spread over 13:30-15:30: half an hour at 100, an hour at 200, half an hour at 400: 225 g.
        assertEquals(225, ledger.co2eGrams(at(ledger, task)), 1e-9);
        EnergyReport report = new EnergyProvider().fetch(EnergyQuery.of(f.workspace, GroupBy.ACTIVITY, hourly)
                .reusing(ledger), null).model();
        EnergyGroup step = report.groups().get(0);
        assertEquals(225, step.co2eGrams(), 1e-9);
        assertEquals(35, step.renewablePercent(), 1e-9, "renewables 50, 40 and 10 % over those hours");
        assertTrue(report.sites().get(0).intensitySource().contains("zone US-TEN-TVA"),
                report.sites().get(0).intensitySource());

        // A task outside the series falls back to the site's figure, and is reported.
        Task late = task(f.workspace.getCampaigns().get(0).getWorkflows().get(0), "late", "step",
                Instant.parse("2026-03-03T13:00:00Z").getEpochSecond(),
                Instant.parse("2026-03-03T14:00:00Z").getEpochSecond(), task.getHost());
        telemetry(late, task.getTelemetry().getSchema(), new double[] {0}, new double[] {EnergyModels.JOULES_PER_KWH});
        EnergyLedger after = f.ledger(hourly);
        assertEquals(999, after.co2eGrams(at(after, late)), 1e-9);
        assertTrue(after.warnings().stream().anyMatch(w -> w.startsWith("1 executions ran outside the time span")),
                after.warnings()::toString);
    }

    @Test
    void anEmberMonthIsTheIntensityOfATaskRunInIt() throws IOException {
        Fixtures f = new Fixtures();
        Task task = oneKwh(f);
        f.site.setRegion("FRA/ile-de-france"); // as CodeCarbon writes country and region
        Assumptions monthly = Fixtures.plain(475)
                .withGrid(GridIntensity.read(Files.testfile("grid/ember_monthly_long.csv")));
        EnergyLedger ledger = f.ledger(monthly);
        assertEquals(40, ledger.co2eGrams(at(ledger, task)), 1e-9, "March 2026 in France: 40 g/kWh");
    }
}
