package dev.digestkit.core.http.internal;

import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.FetchRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch policy, applied once per request in this order: politeness gate, send, redirects,
 * conditional GET against the cache, status handling with retries, capped decoding, recording.
 * Thread-safe: its only mutable state lives in the gate, the cache directory and the recorder.
 */
public final class FetchEngine {
  private static final Logger log = LoggerFactory.getLogger(FetchEngine.class);

  /**
   * Everything the engine needs, fixed at build time.
   *
   * @param userAgent the User-Agent header
   * @param maxBodyBytes cap on a decoded body
   * @param maxRedirects redirects followed before giving up
   * @param maxAttempts attempts per request, the first one included
   * @param maxRetryWait the longest wait accepted from {@code Retry-After} or backoff
   * @param transport where requests go
   * @param gate politeness (ignored when the transport is not live)
   * @param backoff waits between attempts
   * @param ticker time source
   * @param cache conditional-GET store, if any
   * @param recorder cassette writer, if any
   */
  public record Settings(String userAgent, long maxBodyBytes, int maxRedirects, int maxAttempts, Duration maxRetryWait,
      Transport transport, HostGate gate, Backoff backoff, Ticker ticker, Optional<HttpCache> cache,
      Optional<CassetteRecorder> recorder) {}

  /**
   * What a fetch produced; {@code HttpFetcher} turns it into the public {@code FetchResponse}
   * without copying the body.
   *
   * @param requestUri the URL asked for
   * @param uri the URL finally read, after redirects
   * @param status the final status (200 for a cache hit after a 304)
   * @param headers the final answer's headers, wire length and coding removed
   * @param body the decoded body
   * @param fromCache true when served from the cache or a recording
   * @param truncated true when only the start of the body arrived and the request accepted that
   */
  public record Fetched(URI requestUri, URI uri, int status, Map<String, List<String>> headers, Body body,
      boolean fromCache, boolean truncated) {}

  private final Settings s;

  /** @param settings the policy to apply */
  public FetchEngine(Settings settings) {
    this.s = settings;
  }

  /** Fetches {@code request} under the whole policy; see {@code HttpFetcher#fetch(FetchRequest)}. */
  public Fetched fetch(FetchRequest request) {
    URI uri = request.uri();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new FetchException(uri, "only http and https URLs with a host can be fetched");
    }
    Optional<HttpCache.Entry> cached = s.transport().live() ? s.cache().flatMap(c -> c.load(uri)) : Optional.empty();
    int maxAttempts = s.transport().live() ? s.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      String why;
      try {
        return once(request, cached, attempt);
      } catch (RetryableStatus r) {
        if (attempt >= maxAttempts) {
          throw new FetchException(r.uri, r.status, r.body, "HTTP " + r.status + " after " + attempt + " attempt"
              + (attempt == 1 ? "" : "s") + ", giving up", null);
        }
        Optional<Duration> retryAfter = r.retryAfter.flatMap(v -> Backoff.parseRetryAfter(v, s.ticker().now()));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(s.maxRetryWait()) > 0) {
          throw new FetchException(r.uri, r.status, r.body, "HTTP " + r.status + " with Retry-After " + r.retryAfter.get()
              + " (" + retryAfter.get().toSeconds() + " s), longer than the maximum wait of " + s.maxRetryWait().toSeconds()
              + " s; gave up after " + attempt + " attempt" + (attempt == 1 ? "" : "s"), null);
        }
        wait = retryAfter.orElseGet(() -> s.backoff().delay(r.attempt));
        why = "HTTP " + r.status + (retryAfter.isPresent() ? " with Retry-After " + r.retryAfter.get() : "");
      } catch (IOException e) {
        if (e instanceof PartialBody p && attempt >= maxAttempts && request.partialBodyAccepted()) {
          log.warn("{}: {} on every attempt; returning the {} bytes that arrived, marked truncated", uri,
              describe((IOException) p.getCause()), p.response.body().length());
          return p.response;
        }
        if (!retryable(e) || attempt >= maxAttempts) {
          throw new FetchException(uri, "request failed after " + attempt + " attempt" + (attempt == 1 ? "" : "s")
              + ": " + describe(e), e);
        }
        wait = s.backoff().delay(attempt);
        why = describe(e);
      }
      log.warn("{} failed (attempt {} of {}): {}; retrying in {} ms", uri, attempt, maxAttempts, why, wait.toMillis());
      sleep(uri, wait);
    }
  }

  private Fetched once(FetchRequest request, Optional<HttpCache.Entry> cached, int attempt) throws IOException {
    URI original = request.uri();
    URI current = original;
    for (int hop = 0; ; hop++) {
      if (s.transport().live()) {
        try {
          s.gate().await(current.getHost());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException(current, "interrupted while waiting for politeness", e);
        }
      }
      Map<String, String> headers = headers(request, current, cached);
      log.debug("GET {} (attempt {}, hop {})", current, attempt, hop);
      Exchange ex = s.transport().send(current, headers);
      boolean done = false;
      try {
        int status = ex.status();
        Optional<String> location = ex.header("Location");
        if (isRedirect(status) && location.isPresent()) {
          if (hop >= s.maxRedirects()) {
            throw new FetchException(original, status, null, "more than " + s.maxRedirects() + " redirects (last to "
                + location.get() + ")", null);
          }
          URI next = resolve(current, location.get());
          URI from = current;
          s.recorder().ifPresent(r -> r.record(from, status, Map.of("Location", List.of(next.toString())), new byte[0]));
          log.debug("{} redirects ({}) to {}", current, status, next);
          ex.abort();
          current = next;
          continue;
        }
        if (status == 304 && cached.isPresent()) {
          HttpCache.Entry e = cached.get();
          log.debug("{} not modified: served from the cache", original);
          Map<String, List<String>> h = cachedHeaders(e);
          URI at = current;
          s.recorder().ifPresent(r -> r.record(at, 200, h, e.body()));
          // The entry was loaded for this fetch alone: its array is taken, not copied.
          return new Fetched(original, e.finalUri(), 200, h, Body.wrap(e.body()), true, false);
        }
        String encoding = ex.header("Content-Encoding").orElse("");
        if (status == 408 || status == 429 || status >= 500) {
          byte[] body = BodyReader.readPrefix(ex.body(), encoding, FetchException.MAX_BODY_KEPT);
          throw new RetryableStatus(current, status, body, ex.header("Retry-After"), attempt);
        }
        if (status < 200 || status > 299) {
          byte[] body = BodyReader.readPrefix(ex.body(), encoding, FetchException.MAX_BODY_KEPT);
          URI at = current;
          if (status != 304) {
            s.recorder().ifPresent(r -> r.record(at, status, ex.headers(), body));
          }
          throw new FetchException(current, status, body, "HTTP " + status + (status >= 400 && status < 500
              ? " (not retried)" : "") + " on attempt " + attempt, null);
        }
        Body body;
        try {
          body = BodyReader.readAll(ex.body(), encoding, ex.contentLength(), s.maxBodyBytes());
        } catch (BodyReader.TooLargeException e) {
          throw new FetchException(current, status, null, "response refused: " + e.getMessage(), null);
        } catch (BodyReader.UndecodableException e) {
          throw new FetchException(current, status, null, "response refused: " + e.getMessage(), e);
        } catch (BodyReader.TruncatedException e) {
          Map<String, List<String>> h = new LinkedHashMap<>(ex.headers());
          h.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Encoding") || k.equalsIgnoreCase("Content-Length"));
          // Never cached or recorded: it is not the document, only its start.
          throw new PartialBody(new Fetched(original, current, status, h, e.partial(), false, true), e);
        }
        done = true;
        Map<String, List<String>> h = new LinkedHashMap<>(ex.headers());
        // The body handed out is decoded, so the wire's length and coding no longer describe it.
        h.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Encoding") || k.equalsIgnoreCase("Content-Length"));
        log.debug("{} -> {} ({} bytes)", current, status, body.length());
        // A replayed body comes from storage, not the network, just as a cache hit does.
        Fetched response = new Fetched(original, current, status, h, body, !s.transport().live(), false);
        Optional<String> etag = first(h, "ETag");
        Optional<String> lastModified = first(h, "Last-Modified");
        boolean noStore = first(h, "Cache-Control").map(v -> v.toLowerCase(Locale.ROOT).contains("no-store")).orElse(false);
        if (s.transport().live() && !noStore && (etag.isPresent() || lastModified.isPresent())) {
          URI finalUri = current;
          s.cache().ifPresent(c -> c.store(original, finalUri, etag, lastModified, first(h, "Content-Type"), body));
        }
        URI finalUri = current;
        s.recorder().ifPresent(r -> r.record(finalUri, status, h, body.toArray()));
        return response;
      } finally {
        if (!done) {
          ex.abort();
        }
        ex.close();
      }
    }
  }

  private Map<String, String> headers(FetchRequest request, URI current, Optional<HttpCache.Entry> cached) {
    Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.put("Accept-Encoding", "gzip, deflate");
    // Credentials such as an API key must not follow a redirect to another host.
    if (sameHost(request.uri(), current)) {
      h.putAll(request.headers());
    }
    cached.ifPresent(e -> {
      e.etag().ifPresent(v -> h.putIfAbsent("If-None-Match", v));
      e.lastModified().ifPresent(v -> h.putIfAbsent("If-Modified-Since", v));
    });
    // Set last: the User-Agent with its contact is the fetcher's promise to every server.
    h.put("User-Agent", s.userAgent());
    return h;
  }

  // Header name's first value as FetchResponse.header reads it: names ignore case, and of two
  // spellings of one name the later one wins, as it does in FetchResponse's case-insensitive map.
  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    List<String> values = null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        values = e.getValue();
      }
    }
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static Map<String, List<String>> cachedHeaders(HttpCache.Entry e) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    e.contentType().ifPresent(v -> h.put("Content-Type", List.of(v)));
    e.etag().ifPresent(v -> h.put("ETag", List.of(v)));
    e.lastModified().ifPresent(v -> h.put("Last-Modified", List.of(v)));
    return h;
  }

  private static boolean sameHost(URI a, URI b) {
    return a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI resolve(URI base, String location) {
    try {
      URI next = base.resolve(location.trim());
      String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
        throw new FetchException(base, "redirect to an unsupported URL: " + location);
      }
      return next;
    } catch (IllegalArgumentException e) {
      throw new FetchException(base, "redirect to an invalid URL: " + location, e);
    }
  }

  private static boolean retryable(IOException e) {
    if (e instanceof UnknownHostException || e instanceof BodyReader.UndecodableException) {
      return false;
    }
    if (e instanceof SSLException && !(e.getCause() instanceof IOException && !(e.getCause() instanceof SSLException))) {
      return false;
    }
    if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
      return false;
    }
    // Resets, refusals, empty answers, broken chunks and timeouts are all worth another try.
    return true;
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }

  private void sleep(URI uri, Duration wait) {
    try {
      s.ticker().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri, "interrupted while waiting to retry", e);
    }
  }

  /** A status worth retrying; carries what the final error needs. */
  /** A body cut off by the connection, kept in case the request accepts partial bodies. */
  private static final class PartialBody extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Fetched response;

    PartialBody(Fetched response, BodyReader.TruncatedException cause) {
      super(cause.getMessage(), cause.getCause());
      this.response = response;
    }
  }

  private static final class RetryableStatus extends IOException {
    private static final long serialVersionUID = 1L;
    final transient URI uri;
    final int status;
    final byte[] body;
    final transient Optional<String> retryAfter;
    final int attempt;

    RetryableStatus(URI uri, int status, byte[] body, Optional<String> retryAfter, int attempt) {
      super("HTTP " + status);
      this.uri = uri;
      this.status = status;
      this.body = body;
      this.retryAfter = retryAfter;
      this.attempt = attempt;
    }
  }
}
