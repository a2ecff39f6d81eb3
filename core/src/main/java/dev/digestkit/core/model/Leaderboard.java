package dev.digestkit.core.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ranked table of models.
 *
 * @param id stable key, e.g. {@code artificial-analysis}
 * @param name display name, e.g. {@code Artificial Analysis Intelligence Index}
 * @param description one line saying what it measures
 * @param sourceUrl where it was read from
 * @param retrievedAt when it was read (UTC)
 * @param asOf the date the source says the board is as of, when it says
 * @param metrics the columns, in display order
 * @param entries the rows, in rank order
 * @param warnings cells that could not be read and other problems met while reading; the
 *     affected values are absent, never guessed
 */
public record Leaderboard(
    String id,
    String name,
    Optional<String> description,
    Optional<URI> sourceUrl,
    Instant retrievedAt,
    Optional<LocalDate> asOf,
    List<Metric> metrics,
    List<LeaderboardEntry> entries,
    List<String> warnings)
    implements Item {

  public Leaderboard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(retrievedAt, "retrievedAt");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("leaderboard id and name must not be blank");
    }
    description = description == null ? Optional.empty() : description;
    sourceUrl = sourceUrl == null ? Optional.empty() : sourceUrl;
    asOf = asOf == null ? Optional.empty() : asOf;
    metrics = List.copyOf(metrics == null ? List.of() : metrics);
    entries = List.copyOf(entries == null ? List.of() : entries);
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    Set<String> keys = new HashSet<>();
    for (Metric m : metrics) {
      if (!keys.add(m.key())) {
        throw new IllegalArgumentException("duplicate metric key " + m.key() + " in leaderboard " + id);
      }
    }
    for (LeaderboardEntry e : entries) {
      for (String k : e.values().keySet()) {
        if (!keys.contains(k)) {
          throw new IllegalArgumentException("entry " + e.model().displayName() + " has value for unknown metric " + k);
        }
      }
    }
  }

  /** The metric with {@code key}, if the board has it. */
  public Optional<Metric> metric(String key) {
    return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
  }

  /** The first {@code n} entries (all of them when there are fewer). */
  public Leaderboard top(int n) {
    if (n >= entries.size()) {
      return this;
    }
    return new Leaderboard(id, name, description, sourceUrl, retrievedAt, asOf, metrics, entries.subList(0, n), warnings);
  }
}
