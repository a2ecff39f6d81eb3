package dev.digestkit.core.feed;

import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Announcement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Removes announcements that repeat one already kept: the same canonical URL, or a
 * near-identical title (Jaro-Winkler similarity of the normalised titles at or above the
 * threshold, default 0.95) published within the time window (default 3 days) of each other.
 * Input order decides which copy is kept: the first. Optionally drops everything older than a
 * {@code since} instant. Immutable and thread-safe.
 */
public final class AnnouncementDeduplicator {
  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private final double threshold;
  private final Duration window;
  private final Optional<Instant> since;

  private AnnouncementDeduplicator(Builder b) {
    this.threshold = b.threshold;
    this.window = b.window;
    this.since = b.since;
  }

  /** A deduplicator with the defaults. */
  public static AnnouncementDeduplicator defaults() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The announcements kept, in input order. With {@code since} set, announcements without a
   * time are kept (nothing says they are old) and those before {@code since} dropped.
   */
  public List<Announcement> apply(List<Announcement> announcements) {
    List<Announcement> kept = new ArrayList<>();
    List<String> keptTitles = new ArrayList<>();
    Set<String> urls = new HashSet<>();
    for (Announcement a : announcements) {
      if (since.isPresent() && a.time().isPresent() && a.time().get().isBefore(since.get())) {
        continue;
      }
      if (!urls.add(Announcements.canonicalUrl(a.url()).toString())) {
        continue;
      }
      String title = normalise(a.title().text());
      boolean duplicate = false;
      for (int i = 0; i < kept.size() && !duplicate && !title.isEmpty(); i++) {
        duplicate = withinWindow(a, kept.get(i)) && SIMILARITY.apply(title, keptTitles.get(i)) >= threshold;
      }
      if (!duplicate) {
        kept.add(a);
        keptTitles.add(title);
      }
    }
    return kept;
  }

  private boolean withinWindow(Announcement a, Announcement b) {
    if (a.time().isEmpty() || b.time().isEmpty()) {
      return true;
    }
    return Duration.between(a.time().get(), b.time().get()).abs().compareTo(window) <= 0;
  }

  private static String normalise(String title) {
    StringBuilder b = new StringBuilder(title.length());
    boolean space = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Settings for an {@link AnnouncementDeduplicator}. */
  public static final class Builder {
    private double threshold = 0.95;
    private Duration window = Duration.ofDays(3);
    private Optional<Instant> since = Optional.empty();

    private Builder() {}

    /** Jaro-Winkler similarity (0–1) at or above which two titles are the same story; default 0.95. */
    public Builder titleSimilarity(double threshold) {
      Checks.argument(threshold > 0 && threshold <= 1, "threshold must be in (0, 1]");
      this.threshold = threshold;
      return this;
    }

    /** How far apart two posts may be and still be the same story; default 3 days. */
    public Builder window(Duration window) {
      Checks.argument(!Checks.notNull(window, "window").isNegative(), "window must not be negative");
      this.window = window;
      return this;
    }

    /** Drop announcements published before {@code since}. */
    public Builder since(Instant since) {
      this.since = Optional.of(Checks.notNull(since, "since"));
      return this;
    }

    /** The deduplicator. */
    public AnnouncementDeduplicator build() {
      return new AnnouncementDeduplicator(this);
    }
  }
}
