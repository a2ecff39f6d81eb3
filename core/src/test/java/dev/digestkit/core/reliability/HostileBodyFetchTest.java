package dev.digestkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.testing.HostileDocuments;
import dev.digestkit.core.testing.HostileHttpServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies that would exhaust memory or time: each ends in a {@link FetchException} within its
 * bound, with the default size cap and no OutOfMemoryError at -Xmx256m.
 */
class HostileBodyFetchTest {
  private static final long GIB = 1024L * 1024 * 1024;
  private static HostileHttpServer server;

  @BeforeAll
  static void serve() {
    byte[] bomb = HostileDocuments.gzipBomb(GIB);
    assertThat(bomb.length).as("the bomb is small on the wire").isLessThan(2 * 1024 * 1024);
    server = HostileHttpServer.start()
        .stream("/gzip-bomb", "gzip", bomb.length, () -> new ByteArrayInputStream(bomb))
        .stream("/gigabyte", null, GIB, () -> HostileDocuments.endless(GIB))
        .stream("/gigabyte-chunked", null, -1, () -> HostileDocuments.endless(GIB))
        .drip("/drip", 1000, Duration.ofSeconds(1));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void gzipBombIsRefusedAtTheDecompressedCap() {
    assertRefused(fetcher(), "/gzip-bomb", Duration.ofSeconds(30));
  }

  @Test
  void gigabyteBodyIsRefusedAtTheCap() {
    assertRefused(fetcher(), "/gigabyte", Duration.ofSeconds(30));
  }

  @Test
  void gigabyteChunkedBodyWithoutLengthIsRefusedAtTheCap() {
    assertRefused(fetcher(), "/gigabyte-chunked", Duration.ofSeconds(30));
  }

  @Test
  void bodyDrippingOneBytePerSecondEndsInReadTimeout() {
    HttpFetcher f = HttpFetcher.builder().readTimeout(Duration.ofMillis(300)).maxAttempts(2)
        .retryBackoff(Duration.ofMillis(10)).build();
    assertRefused(f, "/drip", Duration.ofSeconds(15));
  }

  @Test
  void bodyDrippingFasterThanTheReadTimeoutIsCutByTheBodyTimeout() {
    // Every byte arrives well within the read timeout, so only a bound on the whole body ends this.
    HttpFetcher f = HttpFetcher.builder().readTimeout(Duration.ofSeconds(5)).bodyTimeout(Duration.ofSeconds(2))
        .maxAttempts(2).retryBackoff(Duration.ofMillis(10)).build();
    assertRefused(f, "/drip", Duration.ofSeconds(20));
  }

  private static HttpFetcher fetcher() {
    return HttpFetcher.builder().readTimeout(Duration.ofSeconds(5)).maxAttempts(2).retryBackoff(Duration.ofMillis(10)).build();
  }

  private static void assertRefused(HttpFetcher fetcher, String path, Duration bound) {
    URI uri = server.uri(path);
    try (fetcher) {
      Throwable t = assertTimeoutPreemptively(bound, () -> catchThrowable(() -> fetcher.fetch(uri)));
      assertThat(t).isInstanceOf(FetchException.class);
      assertThat(((FetchException) t).uri()).isEqualTo(uri);
    }
  }
}
