package dev.digestkit.core.digest;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.Paper;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The built-in {@link Scorer}s. */
public final class Scorers {
  private Scorers() {}

  /**
   * Newer first: 1 for an item at the window's end, falling linearly to 0 at its start (and
   * below for older items); 0 for items with no time.
   */
  public static Scorer recency() {
    return (item, section, window) -> time(item).map(t -> {
      double len = Math.max(1, window.length().toSeconds());
      return 1.0 - Duration.between(t, window.end()).toSeconds() / len;
    }).orElse(0.0);
  }

  /**
   * How often the section's keywords occur: each occurrence in the title counts 3, in the
   * abstract or summary 1. Always 0 for a section without keywords.
   */
  public static Scorer keywordRelevance() {
    return (item, section, window) -> {
      double score = 0;
      for (String k : section.keywordsLower()) {
        score += 3 * occurrences(title(item), k) + occurrences(body(item), k);
      }
      return score;
    };
  }

  /** The default: keyword relevance first, recency to break ties between equally relevant items. */
  public static Scorer standard() {
    return keywordRelevance().times(10).plus(recency());
  }

  /** Keeps the sources' order: every item scores 0. */
  public static Scorer sourceOrder() {
    return (item, section, window) -> 0;
  }

  /** The time an item is dated by: a paper's publication, a post's, a board's retrieval. */
  public static Optional<Instant> time(Item item) {
    if (item instanceof Paper p) {
      return p.published().or(p::updated);
    }
    if (item instanceof Announcement a) {
      return a.time();
    }
    return Optional.of(((Leaderboard) item).retrievedAt());
  }

  static String title(Item item) {
    if (item instanceof Paper p) {
      return p.title().text();
    }
    if (item instanceof Announcement a) {
      return a.title().text();
    }
    return ((Leaderboard) item).name();
  }

  static String body(Item item) {
    if (item instanceof Paper p) {
      return p.abstractText().text();
    }
    if (item instanceof Announcement a) {
      return a.summary().text();
    }
    return ((Leaderboard) item).description().orElse("");
  }

  private static int occurrences(String text, String keywordLower) {
    String t = text.toLowerCase(Locale.ROOT);
    int n = 0;
    for (int i = t.indexOf(keywordLower); i >= 0; i = t.indexOf(keywordLower, i + keywordLower.length())) {
      if (isBoundary(t, i - 1) && isBoundary(t, i + keywordLower.length())) {
        n++;
      }
    }
    return n;
  }

  private static boolean isBoundary(String t, int i) {
    return i < 0 || i >= t.length() || !Character.isLetterOrDigit(t.charAt(i));
  }

  static boolean mentions(Item item, String keywordLower) {
    return occurrences(title(item), keywordLower) + occurrences(body(item), keywordLower) > 0;
  }
}
