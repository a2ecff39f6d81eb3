package dev.digestkit.perf.memory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on 127.0.0.1 whose bodies are generated while they are sent (chunked), so a
 * harvest of any size costs the server no memory and the client's heap is what gets measured.
 */
public final class LocalHttpServer implements AutoCloseable {
  /** Writes the body for one request. */
  @FunctionalInterface
  public interface BodyWriter {
    /**
     * Writes the response body.
     *
     * @param rawQuery the request's raw query string, or an empty string
     * @param out the body stream; the server closes it
     * @throws IOException when the client goes away
     */
    void write(String rawQuery, OutputStream out) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicInteger requests = new AtomicInteger();
  private final String path;

  private LocalHttpServer(String path, String contentType, long length, BodyWriter writer) throws IOException {
    this.path = path;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext(path, exchange -> handle(exchange, contentType, length, writer));
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Serves {@code path} on an ephemeral port of 127.0.0.1.
   *
   * @throws IOException when no port can be bound
   */
  public static LocalHttpServer start(String path, String contentType, BodyWriter writer) throws IOException {
    return new LocalHttpServer(path, contentType, 0, writer);
  }

  /**
   * Like {@link #start(String, String, BodyWriter)}, but every body is announced with
   * {@code Content-Length: length} instead of being chunked; the writer must write exactly that.
   *
   * @throws IOException when no port can be bound
   */
  public static LocalHttpServer start(String path, String contentType, long length, BodyWriter writer) throws IOException {
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive: " + length);
    }
    return new LocalHttpServer(path, contentType, length, writer);
  }

  /** The served URL, e.g. {@code http://127.0.0.1:41234/oai}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** How many requests were answered. */
  public int requests() {
    return requests.get();
  }

  // length 0 means chunked, as HttpExchange.sendResponseHeaders reads it.
  private void handle(HttpExchange exchange, String contentType, long length, BodyWriter writer) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String query = exchange.getRequestURI().getRawQuery();
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, length);
      try (OutputStream out = exchange.getResponseBody()) {
        writer.write(query == null ? "" : query, out);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
