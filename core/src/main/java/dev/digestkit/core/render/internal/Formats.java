package dev.digestkit.core.render.internal;

import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Formatting shared by the renderers, so every format says the same thing. Not public API. */
public final class Formats {
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
  /** Announcement summaries longer than this are cut at a word boundary. */
  public static final int SUMMARY_CHARS = 400;

  private Formats() {}

  /** {@code April 22, 2026}, as the seeds print the issue date. */
  public static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** {@code Apr 22, 2026} in UTC. */
  public static String shortDate(Instant instant) {
    return SHORT_DATE.format(instant.atZone(ZoneOffset.UTC));
  }

  /** A metric value as the seeds print it: {@code 57.3}, {@code 62}, {@code $10.00}, {@code 65.3%}. */
  public static String value(Metric metric, double v) {
    MetricUnit unit = metric.unit();
    switch (unit) {
      case PERCENT:
        return String.format(Locale.ROOT, "%.1f%%", v);
      case USD_PER_MILLION_TOKENS:
        return String.format(Locale.ROOT, "$%.2f", v);
      case TOKENS_PER_SECOND:
      case ELO:
      case COUNT:
        return String.format(Locale.ROOT, "%.0f", v);
      case SECONDS:
        return String.format(Locale.ROOT, "%.2f s", v);
      default:
        return String.format(Locale.ROOT, "%.1f", v);
    }
  }

  /** The cell for {@code metric} in {@code row}: the formatted value, or an en dash when absent. */
  public static String cell(LeaderboardEntry row, Metric metric) {
    return row.value(metric.key()).map(m -> value(metric, m.value())).orElse("–");
  }

  /** The category a paper is shown with: its primary, else its first. */
  public static String category(Paper p) {
    return p.primaryCategory().orElse(p.categories().isEmpty() ? "" : p.categories().get(0));
  }

  /** Up to three authors, then {@code et al.} */
  public static String authors(List<Author> authors) {
    if (authors.isEmpty()) {
      return "";
    }
    String first = String.join(", ", authors.stream().limit(3).map(Author::name).toList());
    return authors.size() > 3 ? first + " et al." : first;
  }

  /** {@code OpenAI · Apr 27, 2026}. */
  public static String byline(Announcement a) {
    return a.publisher().name() + a.time().map(t -> " · " + shortDate(t)).orElse("");
  }

  /** The summary cut to about {@link #SUMMARY_CHARS} characters at a word boundary. */
  public static String summary(Announcement a) {
    // Generated feeds often repeat the title as the summary; saying it twice adds nothing.
    if (a.summary().text().equalsIgnoreCase(a.title().text())) {
      return "";
    }
    return shorten(a.summary().text(), SUMMARY_CHARS);
  }

  /** {@code text} cut at a word boundary near {@code max} characters, with an ellipsis. */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
  }

  /** A title for any item. */
  public static String title(Item item) {
    if (item instanceof Paper p) {
      return p.title().text().isEmpty() ? p.id() : p.title().text();
    }
    if (item instanceof Announcement a) {
      return a.title().text().isEmpty() ? a.url().toString() : a.title().text();
    }
    return ((Leaderboard) item).name();
  }

  /** The board's metric priced in dollars per million tokens, if it has one. */
  public static Optional<Metric> priceMetric(Leaderboard board) {
    return board.metrics().stream().filter(m -> m.unit() == MetricUnit.USD_PER_MILLION_TOKENS).findFirst();
  }

  /** The board's headline metric: its first column. */
  public static Optional<Metric> primaryMetric(Leaderboard board) {
    return board.metrics().isEmpty() ? Optional.empty() : Optional.of(board.metrics().get(0));
  }

  /** The signals renderers show, in this order, with the words they are shown with. */
  private static final List<String[]> SHOWN_SIGNALS = List.of(
      new String[] {Signal.UPVOTES, "upvote", "upvotes"},
      new String[] {Signal.CITATIONS, "citation", "citations"},
      new String[] {Signal.CITED_BY, "citation", "citations"},
      new String[] {Signal.GITHUB_STARS, "GitHub star", "GitHub stars"},
      new String[] {Signal.DOWNLOADS, "download", "downloads"},
      new String[] {Signal.LIKES, "like", "likes"});

  /**
   * {@code 123 upvotes · 45 citations} for a paper or post that carries well-known signals, or
   * empty. Semantic Scholar's count wins over OpenAlex's when both are present (one citation count
   * is shown, not two disagreeing ones).
   */
  public static String signals(Item item) {
    List<Signal> signals = item instanceof Paper p ? p.signals()
        : item instanceof Announcement a ? a.signals() : List.of();
    if (signals.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    boolean citations = false;
    for (String[] shown : SHOWN_SIGNALS) {
      Optional<Signal> s = signals.stream().filter(x -> x.name().equals(shown[0])).findFirst();
      if (s.isEmpty() || (citations && shown[2].equals("citations"))) {
        continue;
      }
      citations |= shown[2].equals("citations");
      long n = Math.round(s.get().value());
      out.append(out.length() == 0 ? "" : " · ").append(String.format(Locale.ROOT, "%,d", n))
          .append(' ').append(n == 1 ? shown[1] : shown[2]);
    }
    return out.toString();
  }

  /** {@code Why: matches: KV cache; by followed author Y}, or empty when the entry has no reasons. */
  public static String reasons(DigestEntry entry) {
    return entry.reasons().isEmpty() ? "" : "Why: " + String.join("; ", entry.reasons());
  }

  /** {@code 14 sources read, 1 failed} for the footer. */
  public static String sourcesLine(Digest digest) {
    long failed = digest.sources().stream().filter(SourceOutcome::failed).count();
    int total = digest.sources().size();
    return total + (total == 1 ? " source" : " sources") + " read" + (failed == 0 ? ", none failed" : ", " + failed + " failed");
  }

  /** One footer line for a failed source: {@code feed:https://… failed: HTTP error 404}. */
  public static String failure(SourceOutcome o) {
    return o.spec() + " failed: " + o.error().orElse("unknown error");
  }
}
