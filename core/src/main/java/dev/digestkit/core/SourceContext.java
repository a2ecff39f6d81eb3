package dev.digestkit.core;

import dev.digestkit.core.http.HttpFetcher;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider needs to build a source: the shared fetcher (so politeness and caching hold
 * across every source), a clock, and string settings (API keys, paths) the application supplies.
 *
 * @param fetcher the fetcher every source uses
 * @param clock the clock for "retrieved at" times and windows
 * @param settings application settings, e.g. {@code artificial-analysis.api-key}
 */
public record SourceContext(HttpFetcher fetcher, Clock clock, Map<String, String> settings) {
  public SourceContext {
    Objects.requireNonNull(fetcher, "fetcher");
    Objects.requireNonNull(clock, "clock");
    settings = Map.copyOf(settings);
  }

  /** A context with the system UTC clock and no settings. */
  public static SourceContext of(HttpFetcher fetcher) {
    return new SourceContext(fetcher, Clock.systemUTC(), Map.of());
  }

  /** The setting {@code key}, if the application gave one. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }
}
