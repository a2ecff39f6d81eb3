package dev.digestkit.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.feed.FeedDates;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes given to the feed reader give a feed or a {@link DigestException}; any string given
 * to the date parser gives an instant or nothing. Regression mode replays
 * {@code FeedFuzzTestInputs/<method>/} (the real lab and arXiv feeds among them).
 */
class FeedFuzzTest {
  private static final URI BASE = URI.create("https://example.org/feed.xml");

  @FuzzTest(maxDuration = "5m")
  void feedReaderGivesAFeedOrADigestException(byte[] data) {
    try {
      ParsedFeed feed = Feeds.parse(new ByteArrayInputStream(data == null ? new byte[0] : data), BASE);
      assertThat(feed.entries()).doesNotContainNull();
    } catch (DigestException expected) {
      // refusing a document is allowed; any other exception is a bug
    }
  }

  @FuzzTest(maxDuration = "5m")
  void feedDatesNeverThrow(byte[] data) {
    String s = new String(data == null ? new byte[0] : data, StandardCharsets.UTF_8);
    assertThat(FeedDates.parse(s)).isNotNull();
  }
}
