package dev.digestkit.core.digest;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.PublisherGroup;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides whether an item belongs in a section. */
final class Filters {
  private Filters() {}

  static boolean accepts(SectionSpec spec, Item item, TimeWindow window) {
    if (!kindMatches(spec.kind(), item) || !inWindow(item, window)) {
      return false;
    }
    if (item instanceof Leaderboard) {
      return true;
    }
    if (!spec.keywords().isEmpty() && spec.keywordsLower().stream().noneMatch(k -> Scorers.mentions(item, k))) {
      return false;
    }
    if (!spec.authors().isEmpty() && !anyAuthor(spec.authors(), authors(item))) {
      return false;
    }
    if (item instanceof Paper p && !spec.categories().isEmpty()
        && p.categories().stream().noneMatch(c -> containsIgnoreCase(spec.categories(), c))
        && p.primaryCategory().filter(c -> containsIgnoreCase(spec.categories(), c)).isEmpty()) {
      return false;
    }
    if (item instanceof Announcement a && !spec.publishers().isEmpty()
        && !containsIgnoreCase(spec.publishers(), a.publisher().id())
        && !containsIgnoreCase(spec.publishers(), a.publisher().name())) {
      return false;
    }
    return true;
  }

  private static boolean kindMatches(SectionKind kind, Item item) {
    switch (kind) {
      case LABS:
        return item instanceof Announcement a && a.publisher().group() == PublisherGroup.LABS;
      case WIRE:
        return item instanceof Announcement a && a.publisher().group() == PublisherGroup.WIRE;
      case PAPERS:
        return item instanceof Paper;
      default:
        return item instanceof Leaderboard;
    }
  }

  private static boolean inWindow(Item item, TimeWindow window) {
    if (item instanceof Leaderboard) {
      return true;
    }
    // A listing's papers carry submission times, older than the day that announces them.
    if (item instanceof Paper p && p.announceType().isPresent()) {
      return true;
    }
    Optional<Instant> t = Scorers.time(item);
    return t.isEmpty() || window.contains(t.get());
  }

  private static List<String> authors(Item item) {
    if (item instanceof Paper p) {
      return p.authors().stream().map(Author::name).toList();
    }
    if (item instanceof Announcement a) {
      return a.authors();
    }
    return List.of();
  }

  private static boolean anyAuthor(List<String> wanted, List<String> actual) {
    for (String w : wanted) {
      String wl = w.toLowerCase(Locale.ROOT);
      for (String a : actual) {
        if (a.toLowerCase(Locale.ROOT).contains(wl)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(List<String> list, String value) {
    return list.stream().anyMatch(v -> v.equalsIgnoreCase(value));
  }
}
