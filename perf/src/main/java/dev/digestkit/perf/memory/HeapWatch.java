package dev.digestkit.perf.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap while a check runs: the highest heap use sampled every 5 ms (what the heap
 * really had to hold, garbage included) and the highest heap use right after a collection (the
 * live set, the figure that decides whether a run fits in {@code -Xmx}).
 *
 * <p>Start with {@link #start()}, stop with {@link #close()}.
 */
public final class HeapWatch implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread sampler;
  // Only heap pools count: the after-GC map also holds metaspace and the code cache.
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final NotificationListener listener = (n, handback) -> {
    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
          .filter(e -> heapPools.contains(e.getKey()))
          .mapToLong(e -> e.getValue().getUsed()).sum();
      peakAfterGc.accumulateAndGet(used, Math::max);
    }
  };
  private volatile boolean running = true;

  private HeapWatch() {
    sampler = new Thread(() -> {
      while (running) {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    sampler.setDaemon(true);
  }

  /** Starts sampling and listening to every collector. */
  public static HeapWatch start() {
    HeapWatch w = new HeapWatch();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(w.listener, null, null);
    }
    w.sampler.start();
    return w;
  }

  /** The highest heap use sampled so far, in bytes. */
  public long peakUsedBytes() {
    return Math.max(peakUsed.get(), memory.getHeapMemoryUsage().getUsed());
  }

  /** The highest heap use right after a collection, in bytes (0 when no collection ran). */
  public long peakAfterGcBytes() {
    return peakAfterGc.get();
  }

  /** The heap limit ({@code -Xmx}) in bytes. */
  public long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  /** A one-line summary in MiB. */
  public String summary() {
    return String.format("peak heap used %.1f MiB (sampled), peak live after GC %.1f MiB, -Xmx %.0f MiB",
        peakUsedBytes() / 1048576.0, peakAfterGcBytes() / 1048576.0, maxBytes() / 1048576.0);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // Never added to this collector; nothing to undo.
      }
    }
  }
}
