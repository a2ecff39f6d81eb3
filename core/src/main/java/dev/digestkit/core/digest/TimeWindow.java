package dev.digestkit.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)} in UTC: the items a digest covers.
 *
 * @param start first instant included
 * @param end first instant excluded, after {@code start}
 */
public record TimeWindow(Instant start, Instant end) {
  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("window end " + end + " must be after its start " + start);
    }
  }

  /**
   * The {@code days} UTC days ending with {@code date} (inclusive): {@code days(d, 1)} is the
   * day {@code d} itself, {@code days(d, 7)} the week up to and including it.
   */
  public static TimeWindow days(LocalDate date, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new TimeWindow(end.minus(Duration.ofDays(days)), end);
  }

  /** True when {@code instant} lies in {@code [start, end)}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** The window's length. */
  public Duration length() {
    return Duration.between(start, end);
  }
}
