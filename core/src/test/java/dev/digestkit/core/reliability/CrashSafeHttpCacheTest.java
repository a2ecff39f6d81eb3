package dev.digestkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.http.internal.HttpCache;
import dev.digestkit.core.testing.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP cache survives a process killed hard while writing it: a separate JVM fills the cache
 * in a loop and is SIGKILLed mid-way; afterwards every entry it reported is served from the cache
 * (a 304 revalidation) with exactly its body, and the entry it was writing is either whole or
 * absent, never torn.
 */
class CrashSafeHttpCacheTest {
  private static final int BODY_BYTES = 2 * 1024 * 1024;
  private static final int THREADS = 4;

  @TempDir
  Path tmp;

  private HttpServer server;
  private ExecutorService pool;
  private final AtomicInteger fullAnswers = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    pool = Executors.newFixedThreadPool(4);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/doc/", ex -> {
      String n = ex.getRequestURI().getPath().substring("/doc/".length());
      String etag = "\"v-" + n + "\"";
      ex.getResponseHeaders().add("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      fullAnswers.incrementAndGet();
      byte[] body = body(n);
      ex.getResponseHeaders().add("Content-Type", "application/xml");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  @Test
  void cacheWrittenByAProcessKilledHardIsWholeOrAbsent() throws IOException {
    Path cache = tmp.resolve("cache");
    String base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    java.util.Set<Integer> reported = new java.util.TreeSet<>();
    try (ChildJvm child = ChildJvm.start(Writer.class, tmp.resolve("child.err"), cache.toString(), base)) {
      child.awaitLine(l -> l.equals("stored 40"), Duration.ofSeconds(120));
      child.killHard();
      child.lines().forEach(l -> reported.add(Integer.parseInt(l.substring("stored ".length()))));
    }
    int last = reported.stream().mapToInt(Integer::intValue).max().orElseThrow();
    fullAnswers.set(0);

    // No entry file under its final name is torn: each one that exists loads, checksum and all.
    // Four writer threads make it likely that some write was in flight at the kill.
    HttpCache raw = new HttpCache(cache);
    for (int i = 0; i <= last + 2 * THREADS; i++) {
      URI uri = URI.create(base + "/doc/" + i);
      if (Files.exists(raw.fileFor(uri))) {
        assertThat(raw.load(uri)).as("entry file of doc %d", i)
            .hasValueSatisfying(e -> assertThat(e.body()).isEqualTo(body(uri.getPath().substring(5))));
      } else {
        assertThat(reported).as("doc %d was reported stored but has no entry", i).doesNotContain(i);
      }
    }

    try (HttpFetcher f = HttpFetcher.builder().cacheDirectory(cache).maxAttempts(1).build()) {
      // Every entry the child finished is served from the cache, byte for byte.
      for (int i : reported) {
        FetchResponse r = f.fetch(URI.create(base + "/doc/" + i));
        assertThat(r.fromCache()).as("doc %d from cache", i).isTrue();
        assertThat(r.body()).as("doc %d body", i).isEqualTo(body(String.valueOf(i)));
      }
      assertThat(fullAnswers.get()).isZero();
      // Whatever the child was writing when it died is whole or absent: either way the body is right.
      for (int i = 0; i <= last + THREADS; i++) {
        assertThat(f.fetch(URI.create(base + "/doc/" + i)).body()).as("doc %d body", i).isEqualTo(body(String.valueOf(i)));
      }
    }
  }

  private static byte[] body(String n) {
    StringBuilder b = new StringBuilder(BODY_BYTES + 64);
    String line = "<entry n=\"" + n + "\">cached document " + n + "</entry>\n";
    while (b.length() < BODY_BYTES) {
      b.append(line);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The child: {@value #THREADS} threads fetch /doc/0, /doc/1, ... through one caching fetcher until killed. */
  public static final class Writer {
    private Writer() {}

    /** Args: cache directory, base URL. Prints {@code stored N} after each fetch of doc N returns. */
    public static void main(String[] args) throws InterruptedException {
      HttpFetcher f = HttpFetcher.builder().cacheDirectory(Path.of(args[0])).build();
      AtomicInteger next = new AtomicInteger();
      for (int t = 0; t < THREADS; t++) {
        new Thread(() -> {
          while (true) {
            int i = next.getAndIncrement();
            f.fetch(URI.create(args[1] + "/doc/" + i));
            synchronized (System.out) {
              System.out.println("stored " + i);
              System.out.flush();
            }
          }
        }).start();
      }
      Thread.currentThread().join();
    }
  }
}
