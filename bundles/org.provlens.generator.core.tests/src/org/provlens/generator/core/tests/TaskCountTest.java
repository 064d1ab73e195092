package org.provlens.generator.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.provlens.generator.core.CampaignGenerator;
import org.provlens.generator.core.CampaignSettings;
import org.provlens.generator.core.GenerationResult;

/** Asking for N tasks gives about N tasks, and what is planned is exactly what is written. */
class TaskCountTest {

    private static void assertNear(long wanted, long actual, double tolerance) {
        double error = Math.abs(actual - wanted) / (double) wanted;
        assertTrue(error <= tolerance, "asked for " + wanted + " tasks, got " + actual);
    }

    @Test
    void writtenCampaignsHaveAboutTheRequestedTaskCount() throws IOException {
        for (long wanted : new long[] {2_000, 25_000, 100_000}) {
            CampaignSettings settings = CampaignSettings.forTaskCount(wanted, 11);
            Jsonl.CountingStream out = new Jsonl.CountingStream();
            GenerationResult result = new CampaignGenerator(settings).write(out);
            assertNear(wanted, result.tasks(), 0.03);
            assertEquals(out.taskLines, result.tasks(), "task lines in the stream");
            assertEquals(out.lines, result.lines());
            assertEquals(out.bytes, result.bytes());
            assertEquals(result.lines(), result.tasks() + result.workflows());
            assertEquals(new CampaignGenerator(settings).plannedTasks(), result.tasks(), "planned = written");
        }
    }

    @Test
    void largeCampaignsArePlannedWithoutWriting() {
        for (long wanted : new long[] {1_000_000, 5_000_000}) {
            CampaignSettings settings = CampaignSettings.forTaskCount(wanted, 1);
            assertNear(wanted, new CampaignGenerator(settings).plannedTasks(), 0.03);
            assertTrue(settings.trainingWorkflows() >= 40, "a real sweep: " + settings.trainingWorkflows());
        }
    }

    @Test
    void tinyRequestsStillMakeACampaign() throws IOException {
        GenerationResult result = new CampaignGenerator(CampaignSettings.forTaskCount(50, 1))
                .write(java.io.OutputStream.nullOutputStream());
        assertTrue(result.tasks() >= 4 && result.tasks() <= 150, result.summary());
        assertThrows(IllegalArgumentException.class, () -> CampaignSettings.forTaskCount(0, 1));
        assertThrows(IllegalArgumentException.class, () -> CampaignSettings.sample().withGcdsPerNode(9));
    }
}
