package dev.digestkit.core.digest;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plain, deterministic {@link Editor}: no model, only counting. It says how much the digest
 * holds, names the labs that posted most, the categories and title words that recur among the
 * papers, and each leaderboard's leader and newcomers. Thread-safe.
 */
public final class ExtractiveEditor implements Editor {
  private static final Set<String> STOP = Set.of(
      "about", "across", "after", "against", "also", "among", "and", "based", "between", "beyond",
      "from", "into", "learning", "model", "models", "more", "over", "than", "that", "their", "these",
      "this", "through", "towards", "toward", "under", "using", "with", "without", "when", "what",
      "where", "which", "while", "your", "introducing", "announcing", "new", "via", "for", "the",
      "how", "why", "our", "are", "can", "its", "not", "all", "you", "one", "two");

  private final int names;

  /** An editor naming up to three labs, categories and topics. */
  public ExtractiveEditor() {
    this(3);
  }

  /** An editor naming up to {@code names} labs, categories and topics each. */
  public ExtractiveEditor(int names) {
    if (names < 1) {
      throw new IllegalArgumentException("names must be >= 1");
    }
    this.names = names;
  }

  /** {@code extractive}. */
  @Override
  public String name() {
    return "extractive";
  }

  @Override
  public Optional<String> write(Digest draft) {
    List<Announcement> labs = announcements(draft, SectionKind.LABS);
    List<Announcement> wire = announcements(draft, SectionKind.WIRE);
    List<Paper> papers = items(draft, SectionKind.PAPERS, Paper.class);
    List<Leaderboard> boards = items(draft, SectionKind.BENCHMARKS, Leaderboard.class);
    if (labs.isEmpty() && wire.isEmpty() && papers.isEmpty() && boards.isEmpty()) {
      return Optional.empty();
    }
    List<String> sentences = new ArrayList<>();
    sentences.add("This issue gathers " + count(labs.size(), "lab announcement") + ", "
        + count(wire.size(), "story", "stories") + " from the wire, " + count(papers.size(), "paper")
        + " and " + count(boards.size(), "leaderboard") + ".");
    Map<String, Long> byLab = frequencies(labs.stream().map(a -> a.publisher().name()).toList());
    if (!byLab.isEmpty()) {
      sentences.add("Most active among the labs: " + top(byLab) + ".");
    }
    if (!papers.isEmpty()) {
      Map<String, Long> cats = frequencies(papers.stream()
          .map(p -> p.primaryCategory().orElse(p.categories().isEmpty() ? "" : p.categories().get(0)))
          .filter(c -> !c.isEmpty()).toList());
      Map<String, Long> words = frequencies(topicWords(papers, labs, wire));
      words.values().removeIf(n -> n < 2);
      StringBuilder s = new StringBuilder();
      if (!cats.isEmpty()) {
        s.append("Papers come mostly from ").append(top(cats));
      }
      if (!words.isEmpty()) {
        s.append(s.length() == 0 ? "Recurring topics: " : "; recurring topics: ").append(top(words));
      }
      if (s.length() > 0) {
        sentences.add(s + ".");
      }
    }
    for (DigestEntry e : draft.section(SectionKind.BENCHMARKS).map(Section::entries).orElse(List.of())) {
      leaderSentence((Leaderboard) e.item(), e.notes()).ifPresent(sentences::add);
    }
    return Optional.of(String.join(" ", sentences));
  }

  private Optional<String> leaderSentence(Leaderboard board, List<String> notes) {
    if (board.entries().isEmpty()) {
      return Optional.empty();
    }
    LeaderboardEntry first = board.entries().get(0);
    String value = board.metrics().isEmpty() ? "" : first.value(board.metrics().get(0).key())
        .map(m -> " at " + format(board.metrics().get(0), m.value())).orElse("");
    String s = first.model().displayName() + " leads " + board.name() + value;
    if (!notes.isEmpty()) {
      s += " (" + String.join("; ", notes) + ")";
    }
    return Optional.of(s + ".");
  }

  private static String format(Metric metric, double v) {
    return switch (metric.unit()) {
      case PERCENT -> String.format(Locale.ROOT, "%.1f%%", v);
      case USD_PER_MILLION_TOKENS -> String.format(Locale.ROOT, "$%.2f", v);
      case ELO, COUNT, TOKENS_PER_SECOND -> String.format(Locale.ROOT, "%.0f", v);
      default -> String.format(Locale.ROOT, "%.1f", v);
    };
  }

  private List<String> topicWords(List<Paper> papers, List<Announcement> labs, List<Announcement> wire) {
    List<String> words = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    papers.forEach(p -> titles.add(p.title().text()));
    labs.forEach(a -> titles.add(a.title().text()));
    wire.forEach(a -> titles.add(a.title().text()));
    for (String t : titles) {
      // Count a word once per title, so one repetitive title does not make a topic.
      words.addAll(java.util.Arrays.stream(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
          .map(w -> w.replaceAll("^-+|-+$", ""))
          .filter(w -> w.length() >= 4 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit))
          .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }
    return words;
  }

  private String top(Map<String, Long> freq) {
    return freq.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(names)
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }

  // LinkedHashMap keeps first-seen order, so equal counts are named in digest order.
  private static Map<String, Long> frequencies(List<String> values) {
    Map<String, Long> m = new LinkedHashMap<>();
    values.forEach(v -> m.merge(v, 1L, Long::sum));
    return m;
  }

  private static String count(int n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  private static List<Announcement> announcements(Digest d, SectionKind kind) {
    return items(d, kind, Announcement.class);
  }

  private static <T> List<T> items(Digest d, SectionKind kind, Class<T> type) {
    return d.sections().stream().filter(s -> s.kind() == kind)
        .flatMap(s -> s.entries().stream()).map(DigestEntry::item)
        .filter(type::isInstance).map(type::cast).toList();
  }
}
