package dev.digestkit.core.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.PublisherGroup;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The feed: and lab: providers, discovered through ServiceLoader, against WireMock. */
class FeedSourcesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final HttpFetcher FETCHER = HttpFetcher.builder().build();

  @TempDir Path tmp;

  @AfterAll
  static void close() {
    FETCHER.close();
  }

  static byte[] fixture(String path) throws Exception {
    try (InputStream in = FeedSourcesTest.class.getResourceAsStream("/feeds/" + path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void feedSourceReadsAnyFeedAsWireAnnouncements() throws Exception {
    wm.stubFor(get(urlEqualTo("/openai.xml")).willReturn(aResponse()
        .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(fixture("real/distill_openai_blog.xml"))));
    SourceContext ctx = SourceContext.of(FETCHER);

    SourceResult r = SourceRegistry.load().create("feed:" + wm.baseUrl() + "/openai.xml", ctx).fetch();

    assertThat(r.warnings()).isEmpty();
    assertThat(r.items()).hasSize(3).allSatisfy(i -> {
      Announcement a = (Announcement) i;
      assertThat(a.publisher().name()).isEqualTo("OpenAI News");
      assertThat(a.publisher().group()).isEqualTo(PublisherGroup.WIRE);
    });
  }

  @Test
  void labSourceUsesTheRegistryEntryAndReportsRecoveredProblemsAsWarnings() throws Exception {
    wm.stubFor(get(urlEqualTo("/lab.xml")).willReturn(aResponse().withBody(
        FeedTesting.rss("<item><title>Q&A</title><link>https://lab.example/qa?utm_source=rss</link></item>"))));
    Path labs = tmp.resolve("labs.json");
    Files.writeString(labs, "{\"labs\": [{\"id\": \"mylab\", \"name\": \"My Lab\", \"feed\": \"" + wm.baseUrl() + "/lab.xml\"}]}");
    SourceContext ctx = new SourceContext(FETCHER, Clock.systemUTC(), Map.of("labs.file", labs.toString()));

    SourceResult r = SourceRegistry.load().create("lab:mylab", ctx).fetch();

    assertThat(r.items()).singleElement().satisfies(i -> {
      Announcement a = (Announcement) i;
      assertThat(a.publisher().id()).isEqualTo("mylab");
      assertThat(a.publisher().group()).isEqualTo(PublisherGroup.LABS);
      assertThat(a.url().toString()).isEqualTo("https://lab.example/qa");
    });
    assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w).contains("/lab.xml").contains("line 3: unescaped &"));
  }

  @Test
  void labSourceReadsAnHtmlListingWhenThereIsNoFeed() throws Exception {
    wm.stubFor(get(urlEqualTo("/blog/smollm")).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(fixture("html/distill_lab_blog_article.html"))));
    Path labs = tmp.resolve("labs.json");
    Files.writeString(labs, "{\"labs\": [{\"id\": \"hf-cards\", \"name\": \"HF cards\", \"listing\": {\"page\": \"" + wm.baseUrl()
        + "/blog/smollm\", \"item\": \"article.overview-card-wrapper\", \"title\": \"h4\", \"link\": \"a[href]\", \"date\": \"time\"}}]}");
    SourceContext ctx = new SourceContext(FETCHER, Clock.systemUTC(), Map.of("labs.file", labs.toString()));

    SourceResult r = SourceRegistry.load().create("lab:hf-cards", ctx).fetch();

    assertThat(r.items()).hasSize(6);
  }

  @Test
  void pollingAgainSendsAConditionalGetAndReadsTheCachedFeed() throws Exception {
    wm.stubFor(get(urlEqualTo("/hf.xml")).withHeader("If-None-Match", absent()).willReturn(aResponse()
        .withHeader("ETag", "\"v1\"").withBody(fixture("real/distill_huggingface_blog.xml"))));
    wm.stubFor(get(urlEqualTo("/hf.xml")).withHeader("If-None-Match", equalTo("\"v1\"")).willReturn(aResponse().withStatus(304)));
    try (HttpFetcher caching = HttpFetcher.builder().cacheDirectory(tmp.resolve("cache")).build()) {
      SourceContext ctx = SourceContext.of(caching);
      var source = SourceRegistry.load().create("feed:" + wm.baseUrl() + "/hf.xml", ctx);

      SourceResult first = source.fetch();
      SourceResult second = source.fetch();

      assertThat(second.items()).isEqualTo(first.items()).hasSize(3);
      wm.verify(1, getRequestedFor(urlEqualTo("/hf.xml")).withHeader("If-None-Match", equalTo("\"v1\"")));
    }
  }

  @Test
  void unknownLabAndNonFeedAreErrors() {
    wm.stubFor(get(urlEqualTo("/page")).willReturn(aResponse().withBody("<html><body>hello</body></html>")));
    SourceContext ctx = SourceContext.of(FETCHER);
    SourceRegistry reg = SourceRegistry.load();

    assertThatThrownBy(() -> reg.create("lab:nope", ctx)).isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown lab 'nope'");
    assertThatThrownBy(() -> reg.create("feed:" + wm.baseUrl() + "/page", ctx).fetch()).isInstanceOf(ParseException.class)
        .hasMessageContaining("not a feed");
    assertThatThrownBy(() -> reg.create("feed:not a url", ctx)).isInstanceOf(ConfigurationException.class);
  }
}
