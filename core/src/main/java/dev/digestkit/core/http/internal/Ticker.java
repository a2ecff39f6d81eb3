package dev.digestkit.core.http.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The fetcher's view of time: a monotonic clock for politeness gaps, a wall clock for
 * {@code Retry-After} dates, and a way to wait. Tests inject a virtual one so long gaps cost nothing.
 */
public interface Ticker {
  /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** The wall-clock time, for HTTP dates. */
  Instant now();

  /** Waits {@code d}; a real ticker blocks the calling thread. */
  void sleep(Duration d) throws InterruptedException;

  /** The real clocks and {@link Thread#sleep}. */
  Ticker SYSTEM = new Ticker() {
    private final Clock clock = Clock.systemUTC();

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Instant now() {
      return clock.instant();
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
      }
    }
  };
}
