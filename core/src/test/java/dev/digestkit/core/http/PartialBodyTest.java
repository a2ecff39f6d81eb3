package dev.digestkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.FetchException;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection that breaks off in the middle of the body (Content-Length promised, fewer bytes
 * sent, socket closed) on every attempt: refused by default, handed back marked truncated when
 * the request accepts partial bodies, and read by feed sources up to the cut.
 */
class PartialBodyTest {
  private static final byte[] FEED = resource("/feeds/real/olshansk-feed_anthropic_news.xml");
  /** Cut inside the 11th item, so 10 complete items precede the cut. */
  private static final int CUT = cutInsideItem(11);

  private ServerSocket server;
  private Thread acceptor;
  private final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void startServerThatCutsEveryBody() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
          drainRequestHead(s.getInputStream());
          OutputStream out = s.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\nContent-Length: "
              + FEED.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(FEED, 0, CUT);
          out.flush();
        } catch (IOException e) {
          // The server closing ends the loop.
        }
      }
    }, "cutting-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    acceptor.join(2000);
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/feed.xml");
  }

  private static HttpFetcher fetcher() {
    return HttpFetcher.builder().maxAttempts(2).retryBackoff(Duration.ofMillis(10)).build();
  }

  @Test
  void aBodyCutOffOnEveryAttemptIsATypedErrorByDefault() {
    try (HttpFetcher f = fetcher()) {
      assertThatThrownBy(() -> f.fetch(url()))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("after 2 attempts")
          .hasMessageContaining("cut off after " + CUT + " bytes");
    }
    assertThat(connections).hasValue(2);
  }

  @Test
  void aRequestThatAcceptsPartialBodiesGetsTheBytesBeforeTheCutMarkedTruncated() {
    try (HttpFetcher f = fetcher()) {
      FetchResponse r = f.fetch(FetchRequest.get(url()).acceptingPartialBody());

      assertThat(r.truncated()).isTrue();
      assertThat(r.body()).isEqualTo(Arrays.copyOf(FEED, CUT));
      assertThat(r.fromCache()).isFalse();
    }
    assertThat(connections).as("the cut is retried before giving up").hasValue(2);
  }

  @Test
  void aFeedSourceKeepsTheEntriesBeforeTheCutAndSaysItWasCut() {
    try (HttpFetcher f = fetcher()) {
      SourceResult result = SourceRegistry.load().create("feed:" + url(), SourceContext.of(f)).fetch();

      assertThat(result.items()).hasSize(10);
      assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("broke off after " + CUT + " bytes"));
    }
  }

  private static int cutInsideItem(int n) {
    String s = new String(FEED, StandardCharsets.UTF_8);
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = s.indexOf("<item>", at + 1);
    }
    // Cut halfway into the item's title, in bytes.
    int inside = s.indexOf("<title>", at) + 10;
    return s.substring(0, inside).getBytes(StandardCharsets.UTF_8).length;
  }

  private static void drainRequestHead(InputStream in) throws IOException {
    int state = 0;
    int b;
    while ((b = in.read()) >= 0) {
      state = (b == '\r' || b == '\n') ? state + 1 : 0;
      if (state == 4) {
        return;
      }
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = PartialBodyTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
