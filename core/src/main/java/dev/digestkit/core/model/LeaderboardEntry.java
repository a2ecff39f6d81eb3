package dev.digestkit.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a leaderboard.
 *
 * @param rank 1-based rank as the board gives it (ties share a rank)
 * @param model the model
 * @param values measured values by {@link Metric#key()}; a metric with no value is absent, not zero.
 *     Iteration follows the board's column order.
 */
public record LeaderboardEntry(int rank, Model model, Map<String, Measurement> values) {
  public LeaderboardEntry {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, was " + rank);
    }
    Objects.requireNonNull(model, "model");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
    values.forEach((k, v) -> Objects.requireNonNull(v, () -> "value for " + k));
  }

  /** The value of {@code metricKey}, or empty when the board did not measure it. */
  public Optional<Measurement> value(String metricKey) {
    return Optional.ofNullable(values.get(metricKey));
  }
}
