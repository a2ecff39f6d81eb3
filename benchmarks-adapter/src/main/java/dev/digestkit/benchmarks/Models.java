package dev.digestkit.benchmarks;

import dev.digestkit.benchmarks.internal.Organizations;
import dev.digestkit.core.model.Model;
import java.util.Optional;

/**
 * Builds {@link Model}s with canonical keys (see {@link ModelName}) and infers the organization
 * from the name when a board does not give it, using a prefix table shipped with the library
 * ({@code claude} → Anthropic, {@code gpt} → OpenAI, {@code anthropic/} → Anthropic, ...).
 * Stateless and thread-safe.
 */
public final class Models {
  private Models() {}

  /** The canonical join key of {@code name}, e.g. {@code claude-opus-4.7}; see {@link ModelName#key()}. */
  public static String canonicalKey(String name) {
    return ModelName.parse(name).key();
  }

  /** A model named {@code displayName} with its organization inferred, when the table knows it. */
  public static Model of(String displayName) {
    return of(displayName, Optional.empty());
  }

  /**
   * A model named {@code displayName}; {@code organization} as the board gives it (blank counts as
   * not given), otherwise inferred.
   */
  public static Model of(String displayName, Optional<String> organization) {
    ModelName n = ModelName.parse(displayName);
    Optional<String> org = organization.map(String::strip).filter(s -> !s.isEmpty());
    // A name of punctuation alone has no canonical key; the name itself still identifies the row.
    String key = n.key().isBlank() ? displayName.strip().toLowerCase(java.util.Locale.ROOT) : n.key();
    return new Model(displayName.strip(), key, org.isPresent() ? org : inferOrganization(n));
  }

  /** The organization inferred from {@code name} alone, when the prefix table knows it. */
  public static Optional<String> inferOrganization(String name) {
    return inferOrganization(ModelName.parse(name));
  }

  private static Optional<String> inferOrganization(ModelName n) {
    return Organizations.infer(n.family(), n.orgPrefix());
  }
}
