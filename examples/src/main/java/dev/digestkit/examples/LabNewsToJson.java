package dev.digestkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.digestkit.core.Json;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.DigestAssembler;
import dev.digestkit.core.digest.SectionKind;
import dev.digestkit.core.digest.SectionSpec;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.PublisherGroup;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Example: a week of AI-lab announcements as a JSON array of {@code Announcement} records.
 *
 * <pre>{@code java -cp examples/target/digestkit.jar dev.digestkit.examples.LabNewsToJson [--live]}</pre>
 */
public final class LabNewsToJson {
  /** The lab feeds read (all in the bundled snapshot). */
  public static final List<String> FEEDS = List.of(
      "feed:https://openai.com/news/rss.xml",
      "feed:https://deepmind.google/blog/rss.xml",
      "feed:https://huggingface.co/blog/feed.xml",
      "feed:https://raw.githubusercontent.com/Olshansk/rss-feeds/main/feeds/feed_anthropic_news.xml");

  private LabNewsToJson() {}

  public static void main(String[] args) throws JsonProcessingException {
    boolean live = List.of(args).contains("--live");
    try (HttpFetcher fetcher = Snapshot.fetcher(live)) {
      DigestAssembler.Builder b = DigestAssembler.builder()
          .context(Snapshot.context(fetcher, live, Map.of()))
          .windowDays(7)
          .section(SectionSpec.labs().limit(100));
      FEEDS.forEach(f -> b.source(f, PublisherGroup.LABS));
      Digest digest = b.build().assemble(live ? LocalDate.now(ZoneOffset.UTC) : Snapshot.DATE);
      List<Item> posts = digest.section(SectionKind.LABS).orElseThrow().entries().stream().map(DigestEntry::item).toList();
      // Written as List<Item>, so each record carries its "type" and reads back polymorphically.
      System.out.println(Json.newMapper().writerFor(new TypeReference<List<Item>>() {}).withDefaultPrettyPrinter()
          .writeValueAsString(posts));
      digest.failures().forEach(f -> System.err.println("failed: " + f.spec() + ": " + f.error().orElse("")));
    }
  }
}
