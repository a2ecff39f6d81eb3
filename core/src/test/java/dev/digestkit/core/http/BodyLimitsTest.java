package dev.digestkit.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpServer;
import dev.digestkit.core.FetchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Size caps, decoding and redirects. Surefire runs this at -Xmx256m: no body is ever held whole. */
class BodyLimitsTest {
  private static final long GIB = 1L << 30;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

  private static HttpServer server;
  private static final AtomicLong bytesSent = new AtomicLong();
  private static byte[] gzipOf64MiBZeros;
  private static final java.util.List<Integer> clientPorts = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  static void startServer() throws IOException {
    // One gzip member of 64 MiB of zeros is ~64 KiB; gzip members concatenate, so 160 copies make a
    // 10 MB download that inflates to 10 GiB.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz, 64 * 1024)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
    }
    gzipOfMiB(gz.toByteArray());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/gigabyte", ex -> {
      ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length at all
      streamZeros(ex.getResponseBody(), GIB);
    });
    server.createContext("/declared-gigabyte", ex -> {
      ex.sendResponseHeaders(200, GIB);
      streamZeros(ex.getResponseBody(), GIB);
    });
    server.createContext("/gzip-bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      ex.sendResponseHeaders(200, 160L * gzipOf64MiBZeros.length);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 160; i++) {
          out.write(gzipOf64MiBZeros);
          bytesSent.addAndGet(gzipOf64MiBZeros.length);
        }
      } catch (IOException e) {
        // The client hung up once the cap was reached: that is the point.
      }
    });
    server.createContext("/small", ex -> {
      clientPorts.add(ex.getRemoteAddress().getPort());
      byte[] body = "small".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  private static void gzipOfMiB(byte[] member) {
    gzipOf64MiBZeros = member;
  }

  private static void streamZeros(OutputStream body, long total) {
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = body) {
      for (long sent = 0; sent < total; sent += chunk.length) {
        out.write(chunk);
        bytesSent.addAndGet(chunk.length);
      }
    } catch (IOException e) {
      // The client hung up once the cap was reached: that is the point.
    }
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  private static URI local(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void aGigabyteBodyWithoutContentLengthIsRefusedByTheCapWhileStreaming() {
    bytesSent.set(0);
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(local("/gigabyte")));
      assertThat(e).hasMessageContaining("cap of " + HttpFetcher.DEFAULT_MAX_BODY_BYTES);
      assertThat(e.status()).contains(200);
    }
    // The connection was dropped soon after the cap instead of being drained to the end.
    assertThat(bytesSent.get()).isLessThan(GIB / 2);
  }

  @Test
  void aBodyReadToItsEndLeavesTheConnectionForTheNextRequest() {
    clientPorts.clear();
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      for (int i = 0; i < 3; i++) {
        assertThat(f.fetch(local("/small")).body()).asString().isEqualTo("small");
      }
    }
    assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
  }

  @Test
  void aDeclaredContentLengthOverTheCapIsRefusedBeforeReading() {
    try (HttpFetcher f = HttpFetcher.builder().maxBodyBytes(1_000_000).build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(local("/declared-gigabyte")));
      assertThat(e).hasMessageContaining("Content-Length " + GIB).hasMessageContaining("cap of 1000000");
    }
  }

  @Test
  void aGzipBombIsRefusedOnTheDecodedBytes() {
    bytesSent.set(0);
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      // Its Content-Length (10 MB) is under the cap: only counting decoded bytes catches it.
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(local("/gzip-bomb")));
      assertThat(e).hasMessageContaining("cap of " + HttpFetcher.DEFAULT_MAX_BODY_BYTES).hasMessageContaining("gzip");
    }
  }

  @Test
  void gzipBodiesAreDecodedAndAcceptEncodingSent() throws IOException {
    byte[] feed = resource("bodies/distill_arxiv_cs_lg.xml");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(feed);
    }
    wm.stubFor(get("/rss/cs.LG").willReturn(aResponse().withStatus(200).withHeader("Content-Encoding", "gzip")
        .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(gz.toByteArray())));
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      FetchResponse r = f.fetch(URI.create(wm.baseUrl() + "/rss/cs.LG"));
      assertThat(r.body()).isEqualTo(feed);
      assertThat(r.header("Content-Encoding")).isEmpty();
      assertThat(r.mediaType()).contains("application/rss+xml");
    }
    wm.verify(getRequestedFor(urlEqualTo("/rss/cs.LG")).withHeader("Accept-Encoding", equalTo("gzip, deflate")));
  }

  @Test
  void deflateBodiesAreDecodedWhetherZlibWrappedOrRaw() throws IOException {
    byte[] feed = resource("bodies/olshansk-feed_anthropic_news.xml");
    wm.stubFor(get("/zlib").willReturn(aResponse().withHeader("Content-Encoding", "deflate").withBody(deflate(feed, false))));
    wm.stubFor(get("/raw").willReturn(aResponse().withHeader("Content-Encoding", "deflate").withBody(deflate(feed, true))));
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      assertThat(f.fetch(URI.create(wm.baseUrl() + "/zlib")).body()).isEqualTo(feed);
      assertThat(f.fetch(URI.create(wm.baseUrl() + "/raw")).body()).isEqualTo(feed);
    }
  }

  @Test
  void anEmptyBodyLabelledGzipIsEmpty() {
    wm.stubFor(get("/empty-gzip").willReturn(aResponse().withStatus(200).withHeader("Content-Encoding", "gzip")));
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      assertThat(f.fetch(URI.create(wm.baseUrl() + "/empty-gzip")).body()).isEmpty();
    }
  }

  @Test
  void aBodyThatIsNotTheGzipItClaimsIsATypedErrorNotRetried() {
    wm.stubFor(get("/fake-gzip").willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody("plain text, not gzip")));
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(URI.create(wm.baseUrl() + "/fake-gzip")));
      assertThat(e).hasMessageContaining("gzip");
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/fake-gzip")));
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() {
    wm.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
    wm.stubFor(get("/new").willReturn(aResponse().withStatus(200).withBody("moved here")));
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      FetchResponse r = f.fetch(URI.create(wm.baseUrl() + "/old"));
      assertThat(r.requestUri()).isEqualTo(URI.create(wm.baseUrl() + "/old"));
      assertThat(r.uri()).isEqualTo(URI.create(wm.baseUrl() + "/new"));
      assertThat(r.body()).asString().isEqualTo("moved here");
    }
  }

  @Test
  void tooManyRedirectsIsATypedError() {
    for (int i = 0; i < 10; i++) {
      wm.stubFor(get("/hop" + i).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop" + (i + 1))));
    }
    try (HttpFetcher f = HttpFetcher.builder().maxRedirects(5).build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(URI.create(wm.baseUrl() + "/hop0")));
      assertThat(e).hasMessageContaining("more than 5 redirects");
    }
    wm.verify(6, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/hop.*")));
  }

  @Test
  void requestHeadersDoNotFollowARedirectToAnotherHost() {
    String other = "http://127.0.0.1:" + wm.getPort();
    wm.stubFor(get("/keyed").willReturn(aResponse().withStatus(307).withHeader("Location", other + "/elsewhere")));
    wm.stubFor(get("/elsewhere").willReturn(aResponse().withStatus(200).withBody("ok")));
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      f.fetch(FetchRequest.get("http://localhost:" + wm.getPort() + "/keyed").withHeader("x-api-key", "secret"));
    }
    wm.verify(getRequestedFor(urlEqualTo("/keyed")).withHeader("x-api-key", equalTo("secret")));
    wm.verify(getRequestedFor(urlEqualTo("/elsewhere")).withoutHeader("x-api-key"));
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      d.write(data);
    }
    return out.toByteArray();
  }

  private byte[] resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
