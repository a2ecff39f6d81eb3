package dev.digestkit.core.feed;

import static dev.digestkit.core.feed.FeedTesting.xml;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Base64-encoded Atom text (found by comparing with feedparser's test documents) is decoded. */
class Base64TextTest {
  // "Example <b>Atom</b>"
  static final String ENCODED = "\n    RXhhbXBsZSA8Yj5BdG9tPC9iPg==\n  ";

  @Test
  void atom03ModeBase64TitleIsDecoded() {
    ParsedFeed feed = xml("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>"
        + "<title type=\"text/html\" mode=\"base64\">" + ENCODED + "</title>"
        + "<summary type=\"text/plain\" mode=\"base64\">SGVsbG8=</summary></entry></feed>");

    assertThat(feed.entries().get(0).title().text()).isEqualTo("Example Atom");
    assertThat(feed.entries().get(0).summary().text()).isEqualTo("Hello");
  }

  @Test
  void atom10TitleWithABinaryMediaTypeIsDecoded() {
    ParsedFeed feed = xml("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
        + "<title type=\"application/octet-stream\">" + ENCODED + "</title></entry></feed>");

    assertThat(feed.entries().get(0).title().text()).isEqualTo("Example Atom");
  }

  @Test
  void textThatIsNotBase64IsKeptAsWritten() {
    ParsedFeed feed = xml("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>"
        + "<title mode=\"base64\">Not base64 at all!</title>"
        + "<content type=\"application/xhtml+xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Plain <b>xhtml</b></div></content>"
        + "</entry></feed>");

    assertThat(feed.entries().get(0).title().text()).isEqualTo("Not base64 at all!");
    assertThat(feed.entries().get(0).content().text()).isEqualTo("Plain xhtml");
  }
}
