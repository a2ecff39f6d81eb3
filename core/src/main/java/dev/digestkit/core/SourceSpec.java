package dev.digestkit.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A parsed source spec such as {@code arxiv:cs.LG}, {@code feed:https://openai.com/news/rss.xml}
 * or {@code leaderboard:artificial-analysis}: a scheme naming the provider and a target the
 * provider interprets.
 *
 * @param scheme lower-case scheme, e.g. {@code arxiv}
 * @param target everything after the first colon, never blank
 */
public record SourceSpec(String scheme, String target) {
  public SourceSpec {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(target, "target");
    if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
      throw new ConfigurationException("invalid source scheme '" + scheme + "'");
    }
    if (target.isBlank()) {
      throw new ConfigurationException("source spec '" + scheme + ":' has no target");
    }
  }

  /** Parses {@code scheme:target}; throws {@link ConfigurationException} when there is no scheme. */
  public static SourceSpec parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.trim();
    int colon = s.indexOf(':');
    if (colon <= 0) {
      throw new ConfigurationException("source spec '" + spec + "' has no scheme; expected scheme:target, e.g. arxiv:cs.LG");
    }
    return new SourceSpec(s.substring(0, colon).toLowerCase(Locale.ROOT), s.substring(colon + 1).trim());
  }

  @Override
  public String toString() {
    return scheme + ":" + target;
  }
}
