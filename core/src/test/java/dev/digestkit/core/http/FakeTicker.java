package dev.digestkit.core.http;

import dev.digestkit.core.http.internal.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Virtual time: sleeping only moves the clock forward and is remembered. */
final class FakeTicker implements Ticker {
  private final Instant epoch;
  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> sleeps = new ArrayList<>();

  FakeTicker(Instant epoch) {
    this.epoch = epoch;
  }

  FakeTicker() {
    this(Instant.parse("2026-04-27T10:00:00Z"));
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public Instant now() {
    return epoch.plusNanos(nanos.get());
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    nanos.addAndGet(d.toNanos());
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
