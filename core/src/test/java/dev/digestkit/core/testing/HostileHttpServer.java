package dev.digestkit.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A loopback HTTP server for bodies WireMock cannot serve: generated on the fly (a gigabyte that
 * never sits in memory), dripped slowly, or compressed bombs. Start it with {@link #start()},
 * close it after the test; closing also releases every dripping handler at once.
 */
public final class HostileHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "hostile-http");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  private HostileHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
  }

  /** A server on a free loopback port. */
  public static HostileHttpServer start() {
    try {
      HostileHttpServer s = new HostileHttpServer();
      s.server.start();
      return s;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The absolute URL of {@code path} on this server. */
  public URI uri(String path) {
    return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
  }

  /** How many requests have reached any path. */
  public int requests() {
    return requests.get();
  }

  /**
   * Serves a fresh stream from {@code body} at {@code path}, chunked (no length announced) unless
   * {@code contentLength} is non-negative.
   */
  public HostileHttpServer stream(String path, String contentEncoding, long contentLength, Supplier<InputStream> body) {
    server.createContext(path, ex -> {
      requests.incrementAndGet();
      if (contentEncoding != null) {
        ex.getResponseHeaders().add("Content-Encoding", contentEncoding);
      }
      ex.getResponseHeaders().add("Content-Type", "application/xml");
      send(ex, contentLength, body.get());
    });
    return this;
  }

  /** Serves {@code bytes} bytes at {@code path}, one byte per {@code interval}. */
  public HostileHttpServer drip(String path, int bytes, Duration interval) {
    server.createContext(path, ex -> {
      requests.incrementAndGet();
      ex.getResponseHeaders().add("Content-Type", "application/xml");
      ex.sendResponseHeaders(200, bytes);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < bytes; i++) {
          out.write('<');
          out.flush();
          // The drip's pace is the point of this fixture; the latch ends it early at close().
          if (closed.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        // The client gave up, as it should.
      }
    });
    return this;
  }

  private static void send(HttpExchange ex, long contentLength, InputStream body) throws IOException {
    ex.sendResponseHeaders(200, contentLength < 0 ? 0 : contentLength);
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = body; OutputStream out = ex.getResponseBody()) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // The client hung up at its cap, as it should.
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    pool.shutdownNow();
  }
}
