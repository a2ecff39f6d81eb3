package dev.digestkit.core.digest;

import dev.digestkit.core.model.Item;

/**
 * Ranks the items of a section: higher scores come first, ties keep the sources' order. Plug
 * your own in with {@link SectionSpec#scorer(Scorer)}; {@link Scorers} has the built-in ones.
 * Implementations must be thread-safe and must not throw.
 */
@FunctionalInterface
public interface Scorer {
  /**
   * Scores {@code item} for {@code section} in a digest covering {@code window}.
   *
   * @return a finite number; higher ranks first
   */
  double score(Item item, SectionSpec section, TimeWindow window);

  /** A scorer that adds {@code other}'s score to this one's. */
  default Scorer plus(Scorer other) {
    return (item, section, window) -> score(item, section, window) + other.score(item, section, window);
  }

  /** A scorer that multiplies this one's score by {@code factor}. */
  default Scorer times(double factor) {
    return (item, section, window) -> factor * score(item, section, window);
  }
}
