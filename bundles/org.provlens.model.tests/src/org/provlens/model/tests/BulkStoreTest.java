package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Series;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;

class BulkStoreTest {

    @TempDir
    Path dir;

    private static TelemetrySchema schema(String id, int channels) {
        TelemetrySchema schema = ProvlensFactory.eINSTANCE.createTelemetrySchema();
        schema.setId(id);
        for (int c = 0; c < channels; c++) {
            schema.getChannels().add("channel_" + c);
            schema.getUnits().add("");
        }
        return schema;
    }

    /** Values that differ by row and channel, NaN and infinities included. */
    private static double[] row(long r, int channels, boolean end) {
        double[] values = new double[channels];
        for (int c = 0; c < channels; c++) {
            values[c] = (r * 1000 + c) * (end ? -1.5 : 1.25);
        }
        if (r % 7 == 3) {
            values[channels - 1] = Double.NaN;
        }
        if (r % 11 == 5) {
            values[0] = end ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return values;
    }

    @Test
    void everyValueRoundTripsThroughBlocksTheTailAndAReopen() throws IOException {
        TelemetrySchema wide = schema("telemetry-schema-1", 37);
        TelemetrySchema narrow = schema("telemetry-schema-2", 3);
        int rows = 10_000; // two full blocks and a tail
        Random random = new Random(7);
        List<double[]> xs = new java.util.ArrayList<>();
        try (BulkStore store = BulkStore.open(dir)) {
            for (long r = 0; r < rows; r++) {
                assertEquals(r, store.appendTelemetry(wide, row(r, 37, false), row(r, 37, true)));
                if (r % 3 == 0) {
                    store.appendTelemetry(narrow, row(r, 3, false), null);
                }
            }
            for (int s = 0; s < 50; s++) {
                double[] x = new double[s * 97];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i == 5 ? Double.NaN : random.nextGaussian();
                }
                xs.add(x);
                assertEquals(s, store.appendSeries(x, negate(x)));
            }
            double[] large = new double[300_000]; // read through a mapping, not one positional read
            for (int i = 0; i < large.length; i++) {
                large[i] = i * 0.5;
            }
            xs.add(large);
            store.appendSeries(large, negate(large));
            checkAll(store, wide, narrow, rows, xs); // read before any commit: from the tail and written blocks
            store.commit();
            checkAll(store, wide, narrow, rows, xs);
        }
        try (BulkStore reopened = BulkStore.open(dir)) {
            checkAll(reopened, wide, narrow, rows, xs);
        }
    }

    private static void checkAll(BulkStore store, TelemetrySchema wide, TelemetrySchema narrow, int rows,
            List<double[]> xs) {
        double[] start = new double[37];
        double[] end = new double[37];
        for (long r = 0; r < rows; r++) {
            store.telemetry(wide, r, start, end);
            assertArrayEquals(row(r, 37, false), start, "start of row " + r);
            assertArrayEquals(row(r, 37, true), end, "end of row " + r);
        }
        double[] narrowEnd = new double[3];
        store.telemetry(narrow, 5, null, narrowEnd);
        assertTrue(Double.isNaN(narrowEnd[0]) && Double.isNaN(narrowEnd[2]), "absent end values are NaN");
        assertEquals(row(15, 3, false)[1], store.telemetryValue(narrow, 5, 1, false));
        long[] some = {9_999, 0, -1, 4_095, 4_096, 8_191, 8_192, 3};
        double[] column = new double[some.length];
        store.telemetryColumn(wide, some, 36, true, column);
        for (int i = 0; i < some.length; i++) {
            double expected = some[i] < 0 ? Double.NaN : row(some[i], 37, true)[36];
            assertEquals(expected, column[i], "column value of row " + some[i]);
        }
        for (int s = 0; s < xs.size(); s++) {
            assertArrayEquals(xs.get(s), store.seriesValues(s, false), "x of series " + s);
            assertArrayEquals(negate(xs.get(s)), store.seriesValues(s, true), "y of series " + s);
            assertEquals(xs.get(s).length, store.seriesLength(s));
        }
        DoubleBuffer mapped = store.seriesBuffer(xs.size() - 1, true);
        assertEquals(300_000, mapped.remaining());
        assertEquals(-0.5 * 299_999, mapped.get(299_999));
    }

    private static double[] negate(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    @Test
    void whatWasAppendedAfterTheLastCommitIsGoneAfterACrash() throws IOException {
        TelemetrySchema schema = schema("s", 4);
        BulkStore store = BulkStore.open(dir);
        for (long r = 0; r < 5_000; r++) {
            store.appendTelemetry(schema, row(r, 4, false), row(r, 4, true));
        }
        store.appendSeries(new double[] {1, 2}, new double[] {3, 4});
        store.commit();
        for (long r = 5_000; r < 9_500; r++) { // a full block is written to the file, never committed
            store.appendTelemetry(schema, row(r, 4, false), row(r, 4, true));
        }
        store.appendSeries(new double[] {5}, new double[] {6});
        // The process dies here: no commit, no close. Bytes past the committed state are on disk once the writer
        // thread has written the full block (it does so in the background, right after the 4,096th row).
        Path file = dir.resolve("telemetry-s.bin");
        long committed = 2L * 4 * 5_000 * Double.BYTES;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Files.size(file) <= committed && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        long written = Files.size(file);
        assertTrue(written > committed, "the full block was written: " + written + " bytes");
        try (BulkStore reopened = BulkStore.open(dir)) {
            assertTrue(Files.size(file) < written, "the uncommitted block was cut off");
            double[] end = new double[4];
            reopened.telemetry(schema, 4_999, null, end);
            assertArrayEquals(row(4_999, 4, true), end);
            assertThrows(IllegalArgumentException.class, () -> reopened.telemetry(schema, 5_000, null, end));
            assertEquals(1, reopened.seriesLength(0) - 1);
            assertThrows(IllegalArgumentException.class, () -> reopened.seriesLength(1));
            // Appending goes on after the committed rows.
            assertEquals(5_000, reopened.appendTelemetry(schema, row(7, 4, false), null));
        }
        store.close();
    }

    @Test
    void aManifestThatPromisesMoreThanTheFilesHoldIsAnErrorNamingTheFile() throws IOException {
        TelemetrySchema schema = schema("s", 2);
        try (BulkStore store = BulkStore.open(dir)) {
            store.appendTelemetry(schema, new double[] {1, 2}, new double[] {3, 4});
            store.commit();
        }
        try (FileChannel file = FileChannel.open(dir.resolve("telemetry-s.bin"), StandardOpenOption.WRITE)) {
            file.truncate(8);
        }
        IOException error = assertThrows(IOException.class, () -> BulkStore.open(dir));
        assertTrue(String.valueOf(error.getMessage()).contains("telemetry-s.bin"), error.toString());
    }

    @Test
    void readersOnOtherThreadsSeeCommittedRowsWhileAnImportAppends() throws Exception {
        TelemetrySchema schema = schema("s", 8);
        try (BulkStore store = BulkStore.open(dir)) {
            for (long r = 0; r < 20_000; r++) {
                store.appendTelemetry(schema, row(r, 8, false), row(r, 8, true));
            }
            store.commit();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    long[] rows = new long[20_000];
                    java.util.Arrays.setAll(rows, i -> i);
                    double[] out = new double[rows.length];
                    for (int pass = 0; pass < 30; pass++) {
                        store.telemetryColumn(schema, rows, pass % 8, pass % 2 == 0, out);
                        for (int i = 0; i < rows.length; i += 997) {
                            assertEquals(row(i, 8, pass % 2 == 0)[pass % 8], out[i]);
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            reader.start();
            for (long r = 20_000; r < 60_000; r++) {
                store.appendTelemetry(schema, row(r, 8, false), row(r, 8, true));
            }
            reader.join();
            if (failure.get() != null) {
                throw new AssertionError("reader failed during the appends", failure.get());
            }
            assertEquals(row(59_999, 8, true)[7], store.telemetryValue(schema, 59_999, 7, true));
        }
    }

    @Test
    void bulkReadsValuesFromTheStoreOrFromTheArraysOfAWorkspaceWithoutOne() throws IOException {
        ProvlensFactory factory = ProvlensFactory.eINSTANCE;
        Workspace workspace = factory.createWorkspace();
        TelemetrySchema schema = schema("telemetry-schema-1", 2);
        workspace.getTelemetrySchemas().add(schema);
        var campaign = factory.createCampaign();
        workspace.getCampaigns().add(campaign);
        var workflow = factory.createWorkflow();
        campaign.getWorkflows().add(workflow);
        var task = factory.createTask();
        workflow.getTasks().add(task);
        Telemetry telemetry = factory.createTelemetry();
        telemetry.setSchema(schema);
        task.setTelemetry(telemetry);
        Series series = factory.createSeries();
        task.getSeries().add(series);
        Bulk.setTelemetry(telemetry, null, new double[] {1, 2}, new double[] {3, 4});
        Bulk.setSeries(series, null, new double[] {0, 1}, new double[] {9, 8});
        assertEquals(-1, telemetry.getRow());
        assertArrayEquals(new double[] {3, 4}, Bulk.atEnd(telemetry));
        assertEquals(2, Bulk.length(series));
        try (BulkStore store = BulkStore.open(dir)) {
            store.attach(workspace);
            assertSame(store, BulkStore.of(task));
            assertEquals(2, Bulk.absorb(Bulk.workflows(workspace), store));
            assertEquals(0, telemetry.getRow());
            assertEquals(null, telemetry.getAtStart(), "the heap copy is dropped");
            assertArrayEquals(new double[] {1, 2}, Bulk.atStart(telemetry));
            assertEquals(4.0, Bulk.value(telemetry, 1, true));
            assertArrayEquals(new double[] {9, 8}, Bulk.ys(series));
            assertArrayEquals(new double[] {0, 1}, Bulk.xs(series));
            assertEquals(0, Bulk.absorb(Bulk.workflows(workspace), store), "nothing left to move");
        }
    }
}
