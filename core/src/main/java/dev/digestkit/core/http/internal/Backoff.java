package dev.digestkit.core.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * {@code base * 2^(n-1)}, never more than the cap. Half is kept fixed so a retry never comes
 * back immediately; the random half spreads clients that failed together.
 */
public final class Backoff {
  private final Duration base;
  private final Duration cap;
  private final DoubleSupplier random;

  /**
   * @param base the wait before the first retry (before jitter)
   * @param cap the longest wait
   * @param random uniform numbers in [0, 1)
   */
  public Backoff(Duration base, Duration cap, DoubleSupplier random) {
    this.base = base;
    this.cap = cap;
    this.random = random;
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delay(int attempt) {
    long baseNanos = base.toNanos();
    int shift = Math.min(attempt - 1, 30);
    long exp = baseNanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseNanos << shift;
    exp = Math.min(exp, cap.toNanos());
    long half = exp / 2;
    return Duration.ofNanos(half + (long) (random.getAsDouble() * (exp - half)));
  }

  /**
   * Reads a {@code Retry-After} value: delta-seconds or an HTTP-date (RFC 9110), relative to
   * {@code now}. A date in the past means "now"; an unreadable value is absent.
   */
  public static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
