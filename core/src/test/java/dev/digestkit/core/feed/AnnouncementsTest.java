package dev.digestkit.core.feed;

import static dev.digestkit.core.feed.FeedTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnouncementsTest {
  static final Publisher LAB = new Publisher("lab", "Example Lab", Optional.empty(), Optional.empty(), PublisherGroup.LABS);

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      https://lab.example/post?utm_source=rss&utm_medium=feed                 | https://lab.example/post
      https://lab.example/post?id=7&utm_campaign=x&fbclid=abc#comments        | https://lab.example/post?id=7
      HTTPS://Lab.Example:443/Post?gclid=1&mc_cid=2&mc_eid=3&ref=hn&page=2     | https://lab.example/Post?page=2
      http://lab.example:80                                                   | http://lab.example/
      https://lab.example/a%20b?q=a%26b&UTM_TERM=z                            | https://lab.example/a%20b?q=a%26b
      https://lab.example:8443/x?ref_src=twsrc                                | https://lab.example:8443/x
      """)
  void canonicalUrlDropsTrackingAndFragment(String in, String expected) {
    assertThat(Announcements.canonicalUrl(URI.create(in))).isEqualTo(URI.create(expected));
  }

  @Test
  void mapsEntriesToAnnouncements() {
    List<Announcement> list = Announcements.from(resource("constructed/rss20.xml", URI.create("https://lab.example/blog/rss.xml")), LAB);

    assertThat(list).hasSize(2);
    Announcement a = list.get(0);
    assertThat(a.url()).isEqualTo(URI.create("https://lab.example/blog/model-x"));
    assertThat(a.title().text()).isEqualTo("Model X released");
    assertThat(a.summary().text()).isEqualTo("We release Model X.");
    assertThat(a.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(a.categories()).containsExactly("Models", "Release");
    assertThat(a.image()).contains(URI.create("https://lab.example/img/x.png"));
    assertThat(a.publisher()).isEqualTo(LAB);
    assertThat(a.id()).isEqualTo("post-17");
  }

  @Test
  void summaryFallsBackToContentAndEntriesWithoutLinkAreSkipped() {
    ParsedFeed feed = FeedTesting.xml(FeedTesting.rss(
        "<item><title>No link</title></item><item><title>T</title><link>https://x.example/t</link>"
            + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;Body&lt;/p&gt;</content:encoded></item>"));

    List<Announcement> list = Announcements.from(feed, LAB);

    assertThat(list).singleElement().satisfies(a -> assertThat(a.summary().text()).isEqualTo("Body"));
  }
}
