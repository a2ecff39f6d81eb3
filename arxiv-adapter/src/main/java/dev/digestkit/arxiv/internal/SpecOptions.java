package dev.digestkit.arxiv.internal;

import dev.digestkit.core.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Splits a source target {@code body?key=value&key=value} and checks the keys. */
public record SpecOptions(String body, Map<String, String> options) {
  /** Copies the map. */
  public SpecOptions {
    options = Map.copyOf(options);
  }

  /**
   * Parses {@code target}; only a trailing {@code ?k=v&...} whose keys are all in {@code known}
   * counts as options, so a query that itself contains {@code ?} survives.
   *
   * @throws ConfigurationException when an option has no value or an unknown key
   */
  public static SpecOptions parse(String spec, String target, Set<String> known) {
    int q = target.lastIndexOf('?');
    if (q < 0) {
      return new SpecOptions(target.strip(), Map.of());
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String pair : target.substring(q + 1).split("&")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
      if (!known.contains(key)) {
        throw new ConfigurationException("unknown option '" + key + "' in source spec '" + spec + "'; known: " + String.join(", ", known));
      }
      if (eq < 0 || pair.substring(eq + 1).isBlank()) {
        throw new ConfigurationException("option '" + key + "' in source spec '" + spec + "' has no value");
      }
      options.put(key, pair.substring(eq + 1).strip());
    }
    return new SpecOptions(target.substring(0, q).strip(), options);
  }
}
