package dev.digestkit.core.feed;

import static dev.digestkit.core.feed.FeedTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One constructed document per format (see feeds/constructed/SOURCES.md). */
class FeedFormatsTest {
  static final URI BASE = URI.create("https://lab.example/blog/rss.xml");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      rss090.xml     |RSS_0_90     |Mozilla Dot Org            |2|New Status Updates            |http://www.mozilla.org/status/
      rss091.xml     |RSS_0_91     |WriteTheWeb                |2|Giving the world a pluggable Gnutella \u2014 caf\u00e9|http://writetheweb.com/read.php?item=24
      rss092.xml     |RSS_0_92     |Dave Winer: Grateful Dead  |2|                              |
      rss10.xml      |RSS_1_0      |XML.com                    |2|Processing Inclusions with XSLT|http://xml.com/pub/2000/08/09/xslt/xslt.html
      rss20.xml      |RSS_2_0      |Example Lab & Friends      |2|Model X released              |https://lab.example/blog/model-x?utm_source=rss&utm_medium=feed
      atom03.xml     |ATOM_0_3     |dive into mark             |1|Atom 0.3 snapshot             |http://diveintomark.org/2003/12/13/atom03
      atom10.xml     |ATOM_1_0     |Example News               |2|Atom & friends                |https://news.example/posts/2026/atom-and-friends
      jsonfeed10.json|JSON_FEED_1_0|My Example Feed            |2|                              |https://example.org/second-item
      jsonfeed11.json|JSON_FEED_1_1|JSON Feed 1.1 example      |1|Authors array                 |https://example.com/posts/1?utm_campaign=x
      """)
  void recognisesEachFormat(String file, FeedFormat format, String title, int entries, String firstTitle, String firstLink) {
    ParsedFeed feed = resource("constructed/" + file, BASE);

    assertThat(feed.format()).isEqualTo(format);
    assertThat(feed.bozo()).as("%s", feed.bozoReasons()).isFalse();
    assertThat(feed.title().text()).isEqualTo(title);
    assertThat(feed.entries()).hasSize(entries);
    FeedEntry first = feed.entries().get(0);
    assertThat(first.title().text()).isEqualTo(firstTitle == null ? "" : firstTitle);
    assertThat(first.link().map(URI::toString).orElse(null)).isEqualTo(firstLink);
  }

  @Test
  void rss20MapsEveryField() {
    FeedEntry e = resource("constructed/rss20.xml", BASE).entries().get(0);

    assertThat(e.id()).isEqualTo("post-17");
    assertThat(e.title().raw()).isEqualTo("Model <b>X</b> released");
    assertThat(e.published()).contains(Instant.parse("2026-05-21T21:03:00Z"));
    assertThat(e.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
    assertThat(e.categories()).containsExactly("Models", "Release");
    assertThat(e.summary().text()).isEqualTo("We release Model X.");
    assertThat(e.content().text()).isEqualTo("Full text of the post.");
    assertThat(e.image()).contains(URI.create("https://lab.example/img/x.png"));
    assertThat(e.extension("http://purl.org/dc/elements/1.1/", "creator")).containsExactly("Grace Hopper");
    assertThat(e.extensions()).containsKey("{http://purl.org/rss/1.0/modules/content/}encoded");

    FeedEntry second = resource("constructed/rss20.xml", BASE).entries().get(1);
    assertThat(second.link()).contains(URI.create("https://lab.example/blog/only-guid"));
    assertThat(second.image()).contains(URI.create("https://lab.example/img/cover.jpg"));
    assertThat(second.enclosures()).singleElement().satisfies(en -> assertThat(en.length()).contains(12345L));
  }

  @Test
  void atomResolvesNestedXmlBaseAndKeepsLinkKinds() {
    ParsedFeed feed = resource("constructed/atom10.xml", BASE);
    FeedEntry e = feed.entries().get(0);

    assertThat(feed.link()).contains(URI.create("https://news.example/"));
    assertThat(feed.description().text()).isEqualTo("All the news");
    assertThat(e.title().text()).isEqualTo("Atom & friends");
    assertThat(e.links()).contains(URI.create("https://other.example/related"));
    assertThat(e.enclosures()).singleElement()
        .satisfies(en -> assertThat(en.url()).isEqualTo(URI.create("https://news.example/files/paper.pdf")));
    assertThat(e.published()).contains(Instant.parse("2026-05-20T07:00:00Z"));
    assertThat(e.updated()).contains(Instant.parse("2026-05-21T10:15:30.5Z"));
    assertThat(e.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(e.summary().text()).isEqualTo("A <plain> summary.");
    assertThat(e.content().raw()).contains("<b>content</b>");
    assertThat(e.content().text()).isEqualTo("Rich content.");
    assertThat(e.extension("http://arxiv.org/schemas/atom", "announce_type")).isEqualTo(List.of("cross"));
    assertThat(feed.entries().get(1).updated()).contains(Instant.parse("2026-05-19T00:00:00Z"));
  }

  @Test
  void rss10ReadsDublinCoreAndContentEncoded() {
    FeedEntry e = resource("constructed/rss10.xml", BASE).entries().get(0);

    assertThat(e.authors()).containsExactly("Bob DuCharme");
    assertThat(e.published()).contains(Instant.parse("2000-08-09T17:00:00Z"));
    assertThat(e.categories()).containsExactly("XSLT");
    assertThat(e.content().text()).isEqualTo("Processing document inclusions");
    assertThat(e.id()).isEqualTo("http://xml.com/pub/2000/08/09/xslt/xslt.html");
  }

  @Test
  void rss092ResolvesRelativeEnclosuresAgainstTheDocumentUrl() {
    FeedEntry e = resource("constructed/rss092.xml", BASE).entries().get(1);

    assertThat(e.enclosures()).singleElement()
        .satisfies(en -> assertThat(en.url()).isEqualTo(URI.create("https://lab.example/mp3s/darkStarWindowOfOpportunity.mp3")));
    assertThat(e.summary().text()).isEqualTo("Kevin Drennan started a Grateful Dead Weblog.");
  }

  @Test
  void jsonFeedReadsAuthorsAttachmentsAndRelativeUrls() {
    ParsedFeed v10 = resource("constructed/jsonfeed10.json", BASE);
    FeedEntry e = v10.entries().get(1);
    assertThat(e.link()).contains(URI.create("https://lab.example/initial-post"));
    assertThat(e.image()).contains(URI.create("https://lab.example/img/1.png"));
    assertThat(e.authors()).containsExactly("Brent Simmons");
    assertThat(e.content().text()).isEqualTo("Hello, world!");
    assertThat(v10.entries().get(0).published()).contains(Instant.parse("2026-05-20T17:00:00Z"));

    FeedEntry v11 = resource("constructed/jsonfeed11.json", BASE).entries().get(0);
    assertThat(v11.authors()).containsExactly("A. Author", "B. Author");
    assertThat(v11.updated()).contains(Instant.parse("2026-05-22T08:00:00Z"));
    assertThat(v11.enclosures()).singleElement().satisfies(en -> assertThat(en.type()).contains("audio/mpeg"));
  }
}
