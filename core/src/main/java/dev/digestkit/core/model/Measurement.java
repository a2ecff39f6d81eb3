package dev.digestkit.core.model;

import java.util.Optional;

/**
 * One measured value of a metric. An absent value is not a measurement: it is simply missing
 * from {@link LeaderboardEntry#values()}, never a zero.
 *
 * @param value the value, finite
 * @param interval the uncertainty the source gives (e.g. an Arena rating's 95% interval)
 * @param samples how many votes or samples the value rests on, when given
 */
public record Measurement(double value, Optional<Interval> interval, Optional<Long> samples) {
  public Measurement {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("measurement must be finite, was " + value);
    }
    interval = interval == null ? Optional.empty() : interval;
    samples = samples == null ? Optional.empty() : samples;
    if (samples.isPresent() && samples.get() < 0) {
      throw new IllegalArgumentException("sample count must not be negative");
    }
  }

  /** A bare value with no uncertainty or sample count. */
  public static Measurement of(double value) {
    return new Measurement(value, Optional.empty(), Optional.empty());
  }
}
