package dev.digestkit.core.feed;

import static dev.digestkit.core.feed.FeedTesting.rss;
import static dev.digestkit.core.feed.FeedTesting.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ill-formed documents are recovered, flagged bozo with a reason, and keep every readable entry. */
class RecoveryTest {
  static final String ITEM_A = "<item><title>A</title><link>https://x.example/a</link><pubDate>Mon, 27 Apr 2026 10:00:00 GMT</pubDate></item>";
  static final String ITEM_B = "<item><title>B</title><link>https://x.example/b</link></item>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unescaped ampersand in text   |<item><title>Q&A with us</title><link>https://x.example/q?a=1&b=2</link></item>|Q&A with us|https://x.example/q?a=1&b=2|unescaped &
      undefined entity              |<item><title>Tom &foo; Jerry</title><link>https://x.example/t</link></item>   |Tom &foo; Jerry|https://x.example/t|undefined entity &foo;
      unclosed tag                  |<item><title>Unclosed<link>https://x.example/u</link></item>                   |Unclosed|https://x.example/u|read with the lenient parser
      stray end tag                 |<item><title>Stray</title></b><link>https://x.example/s</link></item>          |Stray|https://x.example/s|read with the lenient parser
      broken CDATA                  |<item><title><![CDATA[Broken <b>cdata</b></title><link>https://x.example/c</link></item>|Broken cdata|https://x.example/c|unterminated CDATA section
      control character             |<item><title>Bell\u0007 ringer</title><link>https://x.example/bell</link></item>|Bell ringer|https://x.example/bell|invalid character U+0007
      reference to a forbidden char |<item><title>Nul&#0;byte</title><link>https://x.example/n</link></item>        |Nul\uFFFDbyte|https://x.example/n|reference to a character XML forbids
      """)
  void recoversAndSaysWhy(String caseName, String brokenItem, String title, String link, String reason) {
    ParsedFeed feed = xml(rss(ITEM_A + "\n" + brokenItem + "\n" + ITEM_B));

    assertThat(feed.bozo()).isTrue();
    assertThat(feed.bozoReasons()).anySatisfy(r -> assertThat(r).contains(reason).startsWith("line "));
    assertThat(feed.entries()).extracting(e -> e.title().text()).containsExactly("A", title, "B");
    assertThat(feed.entries().get(1).link()).contains(URI.create(link));
    assertThat(feed.entries().get(0).published()).isPresent();
  }

  @Test
  void reportsTheLineOfAnUnescapedAmpersand() {
    ParsedFeed feed = xml("<rss version=\"2.0\"><channel>\n<title>T</title>\n\n<item><title>Fish & chips</title></item>\n</channel></rss>");

    assertThat(feed.bozoReasons()).containsExactly("line 4: unescaped &");
  }

  @Test
  void cutOffDocumentKeepsTheCompleteEntriesBeforeTheCut() {
    String full = rss(ITEM_A + ITEM_B + "<item><title>C</title><link>https://x.example/c</link></item>");
    String cut = full.substring(0, full.indexOf("<title>C</title>") + 10);

    ParsedFeed feed = xml(cut);

    assertThat(feed.bozo()).isTrue();
    assertThat(feed.bozoReasons()).anySatisfy(r -> assertThat(r).contains("cut off"));
    assertThat(feed.entries()).extracting(e -> e.title().text()).containsExactly("A", "B");
  }

  @Test
  void garbageAfterTheRootElementIsIgnored() {
    ParsedFeed feed = xml(rss(ITEM_A) + "<rss><channel><item><title>junk</title></item></channel></rss>");

    assertThat(feed.bozo()).isTrue();
    assertThat(feed.bozoReasons()).anySatisfy(r -> assertThat(r).contains("after the root element"));
    assertThat(feed.entries()).extracting(e -> e.title().text()).containsExactly("A");
  }

  @Test
  void textBeforeTheXmlDeclarationIsIgnored() {
    ParsedFeed feed = xml("\n\n   " + rss(ITEM_A));

    assertThat(feed.bozo()).isFalse();
    assertThat(feed.entries()).hasSize(1);
  }

  @Test
  void htmlEntitiesUndeclaredInXmlAreDecodedWithoutBozo() {
    ParsedFeed feed = xml(rss("<item><title>Caf&eacute;&nbsp;&mdash; na&iuml;ve &hellip;</title></item>"));

    assertThat(feed.bozo()).isFalse();
    assertThat(feed.entries().get(0).title().text()).isEqualTo("Caf\u00e9 \u2014 na\u00efve \u2026");
  }

  @Test
  void anHtmlPageIsNoFeed() {
    ParsedFeed feed = xml("<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello<br></body></html>");

    assertThat(feed.format()).isEqualTo(FeedFormat.UNKNOWN);
    assertThat(feed.bozo()).isTrue();
    assertThat(feed.entries()).isEmpty();
  }

  @Test
  void tooManyEntriesAreCutAtTheLimit() {
    ParsedFeed feed = FeedReader.builder().maxEntries(2).build().read(
        new java.io.ByteArrayInputStream(rss(ITEM_A + ITEM_B + ITEM_B).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        FeedTesting.BASE);

    assertThat(feed.entries()).hasSize(2);
    assertThat(feed.bozoReasons()).anySatisfy(r -> assertThat(r).contains("more than 2 entries"));
  }
}
