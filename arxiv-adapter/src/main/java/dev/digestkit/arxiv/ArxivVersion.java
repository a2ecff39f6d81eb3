package dev.digestkit.arxiv;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a paper in arXiv's version history (OAI-PMH {@code arXivRaw}).
 *
 * @param number the version number, 1 for {@code v1}
 * @param submitted when this version was submitted (UTC)
 * @param size the size arXiv states, e.g. {@code 37kb}
 * @param sourceType arXiv's source type code, e.g. {@code D} (TeX with figures)
 */
public record ArxivVersion(int number, Instant submitted, Optional<String> size, Optional<String> sourceType) {
  /** Validates the number and fills absent optionals. */
  public ArxivVersion {
    if (number < 1) {
      throw new IllegalArgumentException("version number must be >= 1, was " + number);
    }
    Objects.requireNonNull(submitted, "submitted");
    size = size == null ? Optional.empty() : size;
    sourceType = sourceType == null ? Optional.empty() : sourceType;
  }
}
