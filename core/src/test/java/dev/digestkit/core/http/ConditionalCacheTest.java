package dev.digestkit.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.http.internal.HttpCache;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ConditionalCacheTest {
  private static final String ETAG = "\"feed-v1\"";
  private static final String LAST_MODIFIED = "Mon, 27 Apr 2026 04:00:00 GMT";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path cacheDir;

  private byte[] feed;

  @BeforeEach
  void load() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("bodies/distill_arxiv_cs_lg.xml")) {
      feed = in.readAllBytes();
    }
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  private HttpFetcher cachingFetcher() {
    return HttpFetcher.builder().cacheDirectory(cacheDir).build();
  }

  @Test
  void aSecondFetchWithAnEtagIsAnswered304AndServedFromTheCache() {
    wm.stubFor(get("/rss/cs.LG").withHeader("If-None-Match", absent()).willReturn(aResponse().withStatus(200)
        .withHeader("ETag", ETAG).withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(feed)));
    wm.stubFor(get("/rss/cs.LG").withHeader("If-None-Match", equalTo(ETAG)).willReturn(aResponse().withStatus(304).withHeader("ETag", ETAG)));

    FetchResponse first;
    try (HttpFetcher f = cachingFetcher()) {
      first = f.fetch(url("/rss/cs.LG"));
    }
    // A new fetcher over the same directory: the cache outlives the process that filled it.
    FetchResponse second;
    try (HttpFetcher f = cachingFetcher()) {
      second = f.fetch(url("/rss/cs.LG"));
    }
    assertThat(first.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(feed);
    assertThat(second.charset()).contains(StandardCharsets.UTF_8);
    // WireMock's Jetty gzips the answer and marks its ETag so ("feed-v1--gzip"); whatever the
    // server sent is what is kept and sent back.
    assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isPresent();
    wm.verify(1, getRequestedFor(urlEqualTo("/rss/cs.LG")).withHeader("If-None-Match", equalTo(ETAG)));
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() {
    wm.stubFor(get("/lm").withHeader("If-Modified-Since", absent()).willReturn(aResponse().withStatus(200)
        .withHeader("Last-Modified", LAST_MODIFIED).withBody(feed)));
    wm.stubFor(get("/lm").withHeader("If-Modified-Since", equalTo(LAST_MODIFIED)).willReturn(aResponse().withStatus(304)));
    try (HttpFetcher f = cachingFetcher()) {
      f.fetch(url("/lm"));
      FetchResponse again = f.fetch(url("/lm"));
      assertThat(again.fromCache()).isTrue();
      assertThat(again.body()).isEqualTo(feed);
    }
  }

  @Test
  void aChangedDocumentReplacesTheCachedOne() {
    wm.stubFor(get("/changing").withHeader("If-None-Match", absent()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"1\"").withBody("one")));
    wm.stubFor(get("/changing").withHeader("If-None-Match", equalTo("\"1\"")).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"2\"").withBody("two")));
    wm.stubFor(get("/changing").withHeader("If-None-Match", equalTo("\"2\"")).willReturn(aResponse().withStatus(304)));
    try (HttpFetcher f = cachingFetcher()) {
      assertThat(f.fetch(url("/changing")).body()).asString().isEqualTo("one");
      assertThat(f.fetch(url("/changing")).body()).asString().isEqualTo("two");
      FetchResponse third = f.fetch(url("/changing"));
      assertThat(third.fromCache()).isTrue();
      assertThat(third.body()).asString().isEqualTo("two");
    }
  }

  @Test
  void aCorruptEntryIsIgnoredAndRewritten() throws IOException {
    wm.stubFor(get("/corrupt").withHeader("If-None-Match", absent()).willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG).withBody(feed)));
    wm.stubFor(get("/corrupt").withHeader("If-None-Match", equalTo(ETAG)).willReturn(aResponse().withStatus(304)));
    try (HttpFetcher f = cachingFetcher()) {
      f.fetch(url("/corrupt"));
    }
    Path entry = new HttpCache(cacheDir).fileFor(url("/corrupt"));
    byte[] bytes = Files.readAllBytes(entry);
    // Truncate the body, as a crash in a non-atomic writer would have.
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 100));

    try (HttpFetcher f = cachingFetcher()) {
      FetchResponse r = f.fetch(url("/corrupt"));
      assertThat(r.fromCache()).isFalse();
      assertThat(r.body()).isEqualTo(feed);
      FetchResponse again = f.fetch(url("/corrupt"));
      assertThat(again.fromCache()).isTrue();
      assertThat(again.body()).isEqualTo(feed);
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/corrupt")).withHeader("If-None-Match", absent()));
  }

  @Test
  void garbageInTheCacheDirectoryIsNeverFatal() throws IOException {
    wm.stubFor(get("/garbage").willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG).withBody("fresh")));
    Files.createDirectories(cacheDir);
    Files.write(new HttpCache(cacheDir).fileFor(url("/garbage")), new byte[] {0, 1, 2, 3});
    try (HttpFetcher f = cachingFetcher()) {
      assertThat(f.fetch(url("/garbage")).body()).asString().isEqualTo("fresh");
    }
  }

  @Test
  void responsesWithoutValidatorsOrMarkedNoStoreAreNotCachedAndNoTemporaryFilesRemain() throws IOException {
    wm.stubFor(get("/plain").willReturn(aResponse().withStatus(200).withBody("no validators")));
    wm.stubFor(get("/private").willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG).withHeader("Cache-Control", "private, no-store").withBody("secret")));
    wm.stubFor(get("/tagged").willReturn(aResponse().withStatus(200).withHeader("ETag", ETAG).withBody("tagged")));
    try (HttpFetcher f = cachingFetcher()) {
      f.fetch(url("/plain"));
      f.fetch(url("/plain"));
      f.fetch(url("/private"));
      f.fetch(url("/tagged"));
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/plain")).withHeader("If-None-Match", absent()));
    try (Stream<Path> files = Files.list(cacheDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".entry");
    }
  }
}
