package org.provlens.energy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.energy.core.GridIntensity;

/** The exports of Electricity Maps and Ember, read and averaged over the hours of an interval. */
class GridIntensityTest {

    private static double at(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    @Test
    void electricityMapsHourlyExportsOfBothGenerationsAreAveragedOverTheHoursOfAnInterval() throws IOException {
        for (String file : List.of("grid/electricitymaps_hourly.csv", "grid/electricitymaps_hourly_2025.csv")) {
            GridIntensity grid = GridIntensity.read(Files.testfile(file));
            assertEquals("Electricity Maps", grid.shape(), file);
            // 13:30 to 15:30: half an hour at 100, an hour at 200, half an hour at 400 g/kWh: 450/2 = 225.
            GridIntensity.Average average = grid.average("US-TEN-TVA", at("2026-03-02T13:30:00Z"),
                    at("2026-03-02T15:30:00Z"));
            assertEquals(225, average.intensity(), 1e-9, file);
            // Renewables 50 %, 40 %, 10 % over the same halves: (25 + 40 + 5) / 2 = 35 %.
            assertEquals(35, average.renewablePercent(), 1e-9, file);
            assertEquals(200, grid.average("US-TEN-TVA", at("2026-03-02T14:10:00Z"), Double.NaN).intensity(), 1e-9,
                    "an instant takes its hour");
            // Life cycle instead of direct: 130, 240, 450: (65 + 240 + 225) / 2 = 265.
            GridIntensity lifecycle = GridIntensity.read(Files.testfile(file), GridIntensity.Basis.LIFECYCLE);
            assertEquals(265, lifecycle.average("US-TEN-TVA", at("2026-03-02T13:30:00Z"),
                    at("2026-03-02T15:30:00Z")).intensity(), 1e-9, file);
        }
        GridIntensity grid = GridIntensity.read(Files.testfile("grid/electricitymaps_hourly.csv"));
        assertEquals(List.of("US-TEN-TVA", "FR"), grid.zones());
        assertEquals("FR", grid.zoneOf(null, "fr"), "by zone id, any case");
        assertEquals("US-TEN-TVA", grid.zoneOf("Tennessee Valley Authority"), "by zone name");
        assertNull(grid.zoneOf("DE"));
        // The last hour holds for an hour: 16:00-17:00 is covered, 17:30 is not.
        assertEquals(30, grid.average("FR", at("2026-03-02T16:00:00Z"), at("2026-03-02T16:30:00Z")).intensity(),
                1e-9);
        assertNull(grid.average("FR", at("2026-03-02T17:30:00Z"), at("2026-03-02T18:00:00Z")));
        // Partly outside: the mean of the part it covers, 11:00-13:00 is 12:00-13:00 at 300.
        assertEquals(300, grid.average("US-TEN-TVA", at("2026-03-02T11:00:00Z"), at("2026-03-02T13:00:00Z"))
                .intensity(), 1e-9);
    }

    @Test
    void emberMonthlyExportsInTheLongAndTheWideFormat() throws IOException {
        GridIntensity longFormat = GridIntensity.read(Files.testfile("grid/ember_monthly_long.csv"));
        assertEquals("Ember (long format)", longFormat.shape());
        assertEquals(List.of("FRA", "DEU"), longFormat.zones());
        assertEquals("FRA", longFormat.zoneOf("France"), "by area name");
        GridIntensity.Average march = longFormat.average("FRA", at("2026-03-10T08:00:00Z"),
                at("2026-03-10T09:00:00Z"));
        assertEquals(40, march.intensity(), 1e-9, "the CO2 intensity row, not demand or TWh");
        assertEquals(30.5, march.renewablePercent(), 1e-9, "the renewables row in %, not in TWh");
        // Germany has one month: it holds whenever.
        assertEquals(380, longFormat.average("DEU", at("2024-01-01T00:00:00Z"), at("2024-01-02T00:00:00Z"))
                .intensity(), 1e-9);
        GridIntensity wide = GridIntensity.read(Files.testfile("grid/ember_monthly_wide.csv"));
        assertEquals("Ember (wide format)", wide.shape());
        GridIntensity.Average wideMarch = wide.average("FRA", at("2026-03-10T08:00:00Z"), at("2026-03-10T09:00:00Z"));
        assertEquals(41.2, wideMarch.intensity(), 1e-9, "the Total generation row");
        assertEquals(29.0, wideMarch.renewablePercent(), 1e-9, "the share of the Renewables row");
        // Across the end of February (28 days at 33) into March (41.2): one day each side.
        assertEquals((33 + 41.2) / 2, wide.average("FRA", at("2026-02-28T00:00:00Z"), at("2026-03-02T00:00:00Z"))
                .intensity(), 1e-9);
    }

    @Test
    void badFilesNameTheFileTheLineAndWhatWasExpected() {
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> GridIntensity.read(Files.testfile("grid/bad_time.csv")));
        assertTrue(time.getMessage().contains("bad_time.csv:3: expected a date and time such as 2026-03-02"
                + " 13:00:00 (UTC), 2026-03-02T13:00:00Z or 2026-03, found '02/03/2026 14:00'"), time.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> GridIntensity.read(Files.testfile("grid/no_intensity.csv")));
        assertTrue(column.getMessage().contains("no_intensity.csv:1: no carbon intensity column"), column.getMessage());
    }
}
