package org.provlens.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.provlens.rcp.LowMemoryWatcher;

/** The low-memory message: told once, before the heap is exhausted, with what to do. */
class LowMemoryWatcherTest {

    private static final long MB = 1024 * 1024;
    private static final long GB = 1024 * MB;

    @Test
    void toldOnceWhenLiveDataFillsTheHeapBeforeItIsExhausted() throws InterruptedException {
        List<String> told = new CopyOnWriteArrayList<>();
        LowMemoryWatcher watcher = LowMemoryWatcher.start(LowMemoryWatcher.DEFAULT_FRACTION, told::add);
        Runtime runtime = Runtime.getRuntime();
        List<long[]> data = new ArrayList<>();
        try {
            assertTrue(watcher.isWatching(), "G1 has an old generation with a collection-usage threshold");
            // Data that stays, in small pieces as an import builds it, until told or nearly out of memory.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (told.isEmpty() && System.nanoTime() < deadline
                    && runtime.totalMemory() - runtime.freeMemory() < runtime.maxMemory() * 0.95) {
                data.add(new long[4096]);
            }
            // The collector notifies in its own thread, a moment after the collection.
            for (int i = 0; i < 40 && told.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertFalse(told.isEmpty(), "not told with " + data.size() * 32 / 1024 + " MB of data in a "
                    + runtime.maxMemory() / MB + " MB heap");
            String message = told.get(0);
            assertTrue(message.contains("of its " + runtime.maxMemory() / MB + " MB heap"), message);
            assertTrue(message.contains("PROVLENS_VMARGS=-Xmx") || message.contains("no more memory"), message);

            // Still too full after more collections: not told again.
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Thread.sleep(300);
            assertEquals(1, told.size(), told.toString());
            assertFalse(data.isEmpty());
        } finally {
            data.clear();
            watcher.stop();
        }
    }

    @Test
    void suggestsTwiceTheHeapWhenTheMachineHasIt() {
        String message = LowMemoryWatcher.message(3584 * MB, 4 * GB, 24 * GB);
        assertTrue(message.startsWith("ProvLens is running out of memory: the data open takes 3584 MB of its 4096 MB"
                + " heap"), message);
        assertTrue(message.contains("PROVLENS_VMARGS=-Xmx8g ./provlens"), message);
        assertTrue(message.contains("this machine has 24 GB"), message);
    }

    @Test
    void suggestsAtMostThreeQuartersOfTheMachine() {
        assertEquals(12 * GB, LowMemoryWatcher.suggestedHeap(8 * GB, 16 * GB));
        assertEquals(3 * GB, LowMemoryWatcher.suggestedHeap(1536 * MB, 0), "rounded up to whole gigabytes");
    }

    @Test
    void saysWhenTheMachineHasNoMoreMemory() {
        String message = LowMemoryWatcher.message(14 * GB, 16 * GB, 20 * GB);
        assertTrue(message.contains("This machine has no more memory to give"), message);
        assertFalse(message.contains("PROVLENS_VMARGS"), message);
    }
}
