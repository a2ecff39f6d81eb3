package dev.digestkit.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a leaderboard metric's numbers mean. */
public enum MetricUnit {
  /** A dimensionless score or index. */
  SCORE("score"),
  /** A percentage, 0 to 100 (not a fraction). */
  PERCENT("percent"),
  /** US dollars per million tokens. */
  USD_PER_MILLION_TOKENS("usd_per_1m_tokens"),
  /** Output tokens per second. */
  TOKENS_PER_SECOND("tokens_per_second"),
  /** Seconds, e.g. time to first token. */
  SECONDS("seconds"),
  /** An Elo-style rating. */
  ELO("elo"),
  /** A plain count. */
  COUNT("count"),
  /** US dollars, e.g. a benchmark's cost per problem. */
  USD("usd");

  private final String wireName;

  MetricUnit(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static MetricUnit fromWireName(String name) {
    for (MetricUnit u : values()) {
      if (u.wireName.equalsIgnoreCase(name) || u.name().equalsIgnoreCase(name)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown metric unit: " + name);
  }
}
