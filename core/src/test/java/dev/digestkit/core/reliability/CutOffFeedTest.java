package dev.digestkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.digestkit.core.FetchException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.testing.HostileHttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feed cut off in the middle of an entry: the entries before the cut are kept and the result
 * says it was cut (the parsed feed is bozo, the source result carries a warning). A transfer
 * that stops short of its announced length is a typed {@link FetchException}, after bounded tries
 * (a reset connection is covered by {@link NetworkFaultFetchTest}).
 */
class CutOffFeedTest {
  private static final URI BASE = URI.create("https://groq.com/feed.xml");
  private static byte[] whole;
  private static byte[] cut;
  private static List<FeedEntry> complete;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = CutOffFeedTest.class.getResourceAsStream("olshansk-feed_groq.xml")) {
      whole = in.readAllBytes();
    }
    complete = Feeds.parse(new ByteArrayInputStream(whole), BASE).entries();
    assertThat(complete).hasSize(24);
    // Cut in the middle of the sixth item's title.
    String doc = new String(whole, StandardCharsets.UTF_8);
    int at = 0;
    for (int i = 0; i < 6; i++) {
      at = doc.indexOf("<item>", at + 1);
    }
    int title = doc.indexOf("<title>", at) + "<title>".length() + 5;
    cut = Arrays.copyOf(whole, doc.substring(0, title).getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void entriesBeforeTheCutAreKeptAndTheFeedSaysItWasCut() {
    ParsedFeed feed = Feeds.parse(new ByteArrayInputStream(cut), BASE);
    assertThat(feed.bozo()).isTrue();
    assertThat(feed.bozoReasons()).isNotEmpty();
    assertThat(feed.entries()).hasSizeGreaterThanOrEqualTo(5);
    for (int i = 0; i < 5; i++) {
      assertThat(feed.entries().get(i).title()).isEqualTo(complete.get(i).title());
      assertThat(feed.entries().get(i).link()).isEqualTo(complete.get(i).link());
      assertThat(feed.entries().get(i).published()).isEqualTo(complete.get(i).published());
    }
  }

  @Test
  void feedSourceServedACutDocumentKeepsEntriesAndWarns() {
    try (HostileHttpServer server = HostileHttpServer.start()
            .stream("/cut.xml", null, cut.length, () -> new ByteArrayInputStream(cut));
        HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build()) {
      URI url = server.uri("/cut.xml");
      Source source = SourceRegistry.load().create("feed:" + url, SourceContext.of(fetcher));
      SourceResult result = source.fetch();
      assertThat(result.items()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(result.items().subList(0, 5)).extracting(i -> ((Announcement) i).url())
          .containsExactlyElementsOf(complete.subList(0, 5).stream().map(e -> e.link().orElseThrow()).toList());
      assertThat(result.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).contains(url.toString()));
    }
  }

  @Test
  void transferStoppingShortOfItsAnnouncedLengthIsATypedFetchFailure() {
    try (HostileHttpServer server = HostileHttpServer.start()
            .stream("/dies.xml", null, whole.length, () -> new ByteArrayInputStream(cut));
        HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(2).retryBackoff(Duration.ofMillis(10))
            .readTimeout(Duration.ofSeconds(1)).build()) {
      URI url = server.uri("/dies.xml");
      Throwable t = catchThrowable(() -> fetcher.fetch(url));
      assertThat(t).isInstanceOf(FetchException.class).hasMessageContaining(url.toString());
      assertThat(server.requests()).isEqualTo(2);
    }
  }
}
