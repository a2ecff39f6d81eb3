package dev.digestkit.core.http.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-host politeness: the starts of two requests to one host are at least that host's interval
 * apart, however many threads fetch. Each caller reserves the next free start under the host's own
 * lock and then waits outside it, so hosts never wait for each other and callers of one host are
 * served in the order they arrived.
 */
public final class HostGate {
  private static final Logger log = LoggerFactory.getLogger(HostGate.class);

  private final Map<String, Duration> intervals;
  private final Duration defaultInterval;
  private final Ticker ticker;
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  /**
   * @param intervals per-host intervals; a key {@code *.example.org} covers every subdomain of
   *     example.org, an exact key wins over a wildcard
   * @param defaultInterval the interval for every other host
   * @param ticker time source
   */
  public HostGate(Map<String, Duration> intervals, Duration defaultInterval, Ticker ticker) {
    this.intervals = Map.copyOf(intervals);
    this.defaultInterval = defaultInterval;
    this.ticker = ticker;
  }

  /** The minimum gap between request starts to {@code host}. */
  public Duration intervalFor(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    Duration exact = intervals.get(h);
    if (exact != null) {
      return exact;
    }
    for (int dot = h.indexOf('.'); dot >= 0; dot = h.indexOf('.', dot + 1)) {
      Duration wild = intervals.get("*" + h.substring(dot));
      if (wild != null) {
        return wild;
      }
    }
    return defaultInterval;
  }

  /** Blocks until a request to {@code host} may start, and claims that start. */
  public void await(String host) throws InterruptedException {
    long interval = intervalFor(host).toNanos();
    if (interval <= 0) {
      return;
    }
    Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Slot());
    long wait;
    synchronized (slot) {
      long now = ticker.nanoTime();
      long start = slot.used ? Math.max(now, slot.next) : now;
      slot.next = start + interval;
      slot.used = true;
      wait = start - now;
    }
    if (wait > 0) {
      log.debug("politeness: waiting {} ms before the next request to {}", wait / 1_000_000, host);
      ticker.sleep(Duration.ofNanos(wait));
    }
  }

  private static final class Slot {
    boolean used;
    long next;
  }
}
