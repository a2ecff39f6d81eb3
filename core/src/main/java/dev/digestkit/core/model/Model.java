package dev.digestkit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A model as a leaderboard names it.
 *
 * @param displayName the name as the board shows it, e.g. {@code Claude Opus 4.7}
 * @param key the canonical key that joins the same model across boards, e.g. {@code claude-opus-4.7}
 * @param organization who made it, given by the board or inferred
 */
public record Model(String displayName, String key, Optional<String> organization) {
  public Model {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(key, "key");
    if (displayName.isBlank() || key.isBlank()) {
      throw new IllegalArgumentException("model name and key must not be blank");
    }
    organization = organization == null ? Optional.empty() : organization;
  }
}
