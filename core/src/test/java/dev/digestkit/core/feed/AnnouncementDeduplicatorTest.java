package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnouncementDeduplicatorTest {
  static final Publisher A = new Publisher("a", "A", Optional.empty(), Optional.empty(), PublisherGroup.LABS);
  static final Publisher B = new Publisher("b", "B", Optional.empty(), Optional.empty(), PublisherGroup.WIRE);
  static final Instant T = Instant.parse("2026-05-21T12:00:00Z");

  static Announcement ann(Publisher p, String title, String url, Instant time) {
    return new Announcement(url, p, Text.plain(title), URI.create(url), Optional.ofNullable(time), Optional.empty(),
        Text.EMPTY, List.of(), List.of(), Optional.empty());
  }

  @Test
  void sameCanonicalUrlIsKeptOnce() {
    List<Announcement> out = AnnouncementDeduplicator.defaults().apply(List.of(
        ann(A, "Introducing Model X", "https://lab.example/x", T),
        ann(B, "Lab launches something", "https://lab.example/x?utm_source=news#top", T)));

    assertThat(out).extracting(Announcement::publisher).containsExactly(A);
  }

  @Test
  void nearIdenticalTitlesWithinTheWindowAreKeptOnce() {
    List<Announcement> out = AnnouncementDeduplicator.defaults().apply(List.of(
        ann(A, "Introducing GPT-7: our most capable model", "https://lab.example/gpt7", T),
        ann(B, "Introducing GPT-7 — our most capable model!", "https://news.example/gpt7", T.plus(Duration.ofHours(5))),
        ann(B, "Introducing GPT-7: our most capable model", "https://news.example/later", T.plus(Duration.ofDays(30))),
        ann(B, "A completely different story", "https://news.example/other", T)));

    assertThat(out).extracting(a -> a.url().toString())
        .containsExactly("https://lab.example/gpt7", "https://news.example/later", "https://news.example/other");
  }

  @Test
  void sinceDropsOlderAnnouncementsButKeepsUndated() {
    List<Announcement> out = AnnouncementDeduplicator.builder().since(T).build().apply(List.of(
        ann(A, "old", "https://a.example/old", T.minusSeconds(1)),
        ann(A, "new", "https://a.example/new", T),
        ann(A, "undated", "https://a.example/undated", null)));

    assertThat(out).extracting(a -> a.title().text()).containsExactly("new", "undated");
  }
}
