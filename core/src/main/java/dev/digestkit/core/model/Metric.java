package dev.digestkit.core.model;

import java.util.Objects;

/**
 * A column of a leaderboard.
 *
 * @param key stable key used in {@link LeaderboardEntry#values()}, e.g. {@code intelligence_index}
 * @param label display label, e.g. {@code Score}
 * @param unit what the numbers mean
 * @param higherIsBetter true for scores and speeds, false for prices and latencies
 */
public record Metric(String key, String label, MetricUnit unit, boolean higherIsBetter) {
  public Metric {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    if (key.isBlank()) {
      throw new IllegalArgumentException("metric key must not be blank");
    }
  }
}
