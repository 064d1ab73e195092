package org.provlens.rcp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.management.JMException;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Tells once, in words a user can act on, when the data open no longer fits the heap: when the old generation is
 * still fuller than a fraction of its maximum right after a garbage collection. From there on the collector runs
 * ever more often for ever less (the workbench crawls, then fails with an {@link OutOfMemoryError}); the message says
 * how much the data takes and how to start ProvLens with more memory ({@code PROVLENS_VMARGS}).
 *
 * <p>It uses the JVM's collection-usage thresholds ({@link MemoryPoolMXBean#setCollectionUsageThreshold}), which
 * the collector checks itself after each collection: nothing polls, nothing runs while memory is fine.</p>
 */
public final class LowMemoryWatcher {

    /** The default fraction of the old generation that live data may fill before the user is told. */
    public static final double DEFAULT_FRACTION = 0.85;

    private static final long MB = 1024 * 1024;

    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final AtomicBoolean told = new AtomicBoolean();
    private final Consumer<String> tell;
    private final NotificationListener listener = this::collected;

    private LowMemoryWatcher(Consumer<String> tell) {
        this.tell = tell;
    }

    /**
     * Starts watching the heap.
     *
     * @param fraction the fraction of the old generation's maximum that live data may fill, in (0, 1)
     * @param tell told the message once, in the JVM's notification thread (post to the display yourself)
     * @return the watcher, to {@link #stop()}
     */
    public static LowMemoryWatcher start(double fraction, Consumer<String> tell) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1): " + fraction);
        }
        LowMemoryWatcher watcher = new LowMemoryWatcher(tell);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            // The tenured pool is the heap pool with both kinds of threshold (eden and survivor spaces support only
            // the collection threshold, and their size changes all the time).
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.isUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
                watcher.pools.add(pool);
            }
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(watcher.listener,
                n -> MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType()), null);
        return watcher;
    }

    /**
     * Whether a heap pool is watched; the JVM's collector may have none that supports it.
     *
     * @return true when the user can be told
     */
    public boolean isWatching() {
        return !pools.isEmpty();
    }

    /** Stops watching and clears the thresholds it set. */
    public void stop() {
        try {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // Already removed: stopping twice is harmless.
        }
        pools.forEach(pool -> pool.setCollectionUsageThreshold(0));
    }

    private void collected(Notification notification, Object handback) {
        if (!pools.isEmpty() && told.compareAndSet(false, true)) {
            MemoryNotificationInfo info = MemoryNotificationInfo.from((CompositeData) notification.getUserData());
            tell.accept(message(info.getUsage().getUsed(), Runtime.getRuntime().maxMemory(), physicalMemory()));
        }
    }

    /**
     * The message for live data of a size in a heap of a size on a machine of a size.
     *
     * @param liveBytes the old generation's use after a collection
     * @param maxHeapBytes the heap's maximum
     * @param physicalBytes the machine's memory, 0 when unknown
     * @return what to tell the user
     */
    public static String message(long liveBytes, long maxHeapBytes, long physicalBytes) {
        StringBuilder text = new StringBuilder().append("ProvLens is running out of memory: the data open takes ")
                .append(liveBytes / MB).append(" MB of its ").append(maxHeapBytes / MB)
                .append(" MB heap even after garbage collection, so it will slow down and may fail.\n\n");
        long suggested = suggestedHeap(maxHeapBytes, physicalBytes);
        if (suggested > maxHeapBytes) {
            text.append("Save your work, close ProvLens and start it with more memory, for example\n\n    ")
                    .append("PROVLENS_VMARGS=-Xmx").append(suggested / 1024 / MB).append("g ./provlens");
            if (physicalBytes > 0) {
                text.append("\n\n(this machine has ").append(Math.round(physicalBytes / (1024.0 * MB))).append(" GB)");
            }
        } else {
            text.append("This machine has no more memory to give: open fewer runs in this workspace (File > Open "
                    + "Workspace… starts another one), or use a machine with more memory.");
        }
        return text.toString();
    }

    /**
     * Twice the heap, in whole gigabytes, but at most three quarters of the machine's memory (the rest is for the
     * system and the JVM's own memory).
     *
     * @param maxHeapBytes the heap's maximum now
     * @param physicalBytes the machine's memory, 0 when unknown
     * @return the heap to suggest, in bytes; not more than the heap now when the machine has no more to give
     */
    public static long suggestedHeap(long maxHeapBytes, long physicalBytes) {
        long gigabyte = 1024 * MB;
        long doubled = (2 * maxHeapBytes + gigabyte - 1) / gigabyte * gigabyte;
        if (physicalBytes <= 0) {
            return doubled;
        }
        return Math.min(doubled, physicalBytes * 3 / 4 / gigabyte * gigabyte);
    }

    /** The machine's memory through the platform MBean (no com.sun.management import needed in OSGi). */
    private static long physicalMemory() {
        try {
            Object total = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME), "TotalMemorySize");
            return total instanceof Long bytes ? bytes : 0;
        } catch (JMException | RuntimeException e) {
            return 0; // then the message suggests twice the heap without capping it
        }
    }

}
