package dev.digestkit.core.feed;

import static dev.digestkit.core.feed.FeedTesting.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.ParseException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** Each guarantee against hostile XML is a test that fails if the guarantee breaks. */
class HostileXmlTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path tmp;

  @Test
  void neverReadsALocalFileThroughAnExternalEntity() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    ParsedFeed feed = xml("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>T</title><item><title>&xxe;</title></item></channel></rss>");

    assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.title().text()).doesNotContain("TOP-SECRET"));
  }

  @Test
  void neverFetchesAnExternalEntityOrDtd() {
    wm.stubFor(get(anyUrl()).willReturn(aResponse().withBody("FETCHED")));
    String base = wm.baseUrl();
    ParsedFeed feed = xml("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + base + "/rss.dtd\" [<!ENTITY xxe SYSTEM \"" + base
        + "/x\"><!ENTITY % p SYSTEM \"" + base + "/p\"> %p;]><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>&xxe;</title></item></channel></rss>");

    assertThat(feed.entries().get(0).title().text()).doesNotContain("FETCHED");
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void billionLaughsIsNotExpanded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
    dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
    for (int i = 2; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    ParsedFeed feed = xml("<?xml version=\"1.0\"?>" + dtd
        + "<rss version=\"2.0\"><channel><title>T</title><item><title>&lol9;</title></item></channel></rss>");

    assertThat(feed.entries().get(0).title().text()).hasSizeLessThan(100);
  }

  @Test
  void quadraticBlowupIsNotExpanded() {
    String big = "x".repeat(100_000);
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      refs.append("&a;");
    }
    ParsedFeed feed = xml("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + big + "\">]>"
        + "<rss version=\"2.0\"><channel><title>T</title><item><title>" + refs + "</title></item></channel></rss>");

    assertThat(feed.entries().get(0).title().text()).hasSizeLessThanOrEqualTo(refs.length());
  }

  @Test
  void nestingDepthIsBounded() {
    int depth = 100_000;
    String deep = "<x>".repeat(depth) + "</x>".repeat(depth);
    ParsedFeed feed = xml("<rss version=\"2.0\"><channel><title>T</title><item><title>ok</title></item><item><description>"
        + deep + "</description></item></channel></rss>");

    assertThat(feed.bozo()).isTrue();
    assertThat(feed.bozoReasons()).anySatisfy(r -> assertThat(r).contains("nested deeper than 64"));
    assertThat(feed.entries()).extracting(e -> e.title().text()).startsWith("ok");
  }

  @Test
  void nestingDepthIsBoundedOnTheLenientPathToo() {
    int depth = 100_000;
    String deep = "<x>".repeat(depth);
    ParsedFeed feed = xml("<rss version=\"2.0\"><channel><title>T &</title><item><title>ok</title></item><item><description>"
        + deep + "</item></channel></rss>");

    assertThat(feed.bozo()).isTrue();
    assertThat(feed.bozoReasons()).anySatisfy(r -> assertThat(r).contains("nested deeper than 64"));
  }

  @Test
  void sizeCapHoldsWithoutReadingAnUnboundedStream() {
    FeedReader reader = FeedReader.builder().maxBytes(1024).build();
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        served[0] += len;
        return len;
      }
    };

    assertThatThrownBy(() -> reader.read(endless, FeedTesting.BASE))
        .isInstanceOf(ParseException.class).hasMessageContaining("larger than the cap of 1024 bytes");
    assertThat(served[0]).isLessThan(64 * 1024);
  }

  @Test
  void textLengthIsBounded() {
    FeedReader reader = FeedReader.builder().maxTextLength(100).build();
    String doc = FeedTesting.rss("<item><title>" + "y".repeat(10_000) + "</title></item>");

    ParsedFeed feed = reader.read(new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)), FeedTesting.BASE);

    assertThat(feed.entries().get(0).title().raw()).hasSize(100);
  }
}
