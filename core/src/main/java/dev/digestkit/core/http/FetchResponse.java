package dev.digestkit.core.http;

import dev.digestkit.core.http.internal.Body;
import dev.digestkit.core.http.internal.FetchEngine;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fetched document: its bytes (decompressed, within the size cap) and what the server said
 * about them. Immutable and thread-safe; the body is copied on the way in and out.
 *
 * <p>A response from {@link HttpFetcher} holds its body exactly once, as it was read off the wire
 * (in chunks, not one large array); {@link #openStream()} reads it where it lies, while
 * {@link #body()} copies it into one new array.
 */
public final class FetchResponse {
  private final URI requestUri;
  private final URI uri;
  private final int status;
  private final Map<String, List<String>> headers;
  private final Body body;
  private final boolean fromCache;
  private final boolean truncated;

  /**
   * A response; normally made by {@link HttpFetcher}, public so tests and adapters can build one.
   *
   * @param requestUri the URL asked for
   * @param uri the URL finally read, after redirects
   * @param status the HTTP status of the final answer (200 also when served from cache after a 304)
   * @param headers response headers; names are matched case-insensitively
   * @param body the decompressed body
   * @param fromCache true when the body came from the cache (a 304) or a replay recording
   */
  public FetchResponse(URI requestUri, URI uri, int status, Map<String, List<String>> headers, byte[] body, boolean fromCache) {
    this(requestUri, uri, status, headers, body, fromCache, false);
  }

  /**
   * Like the six-argument constructor, plus {@code truncated}: true when the connection broke off
   * before the body was complete and the request accepted a partial body.
   */
  public FetchResponse(URI requestUri, URI uri, int status, Map<String, List<String>> headers, byte[] body, boolean fromCache,
      boolean truncated) {
    this(requestUri, uri, status, headers, Body.copyOf(body), fromCache, truncated);
  }

  // The fetcher's own path: the body was read for this response alone, so it is taken, not copied.
  FetchResponse(FetchEngine.Fetched f) {
    this(f.requestUri(), f.uri(), f.status(), f.headers(), f.body(), f.fromCache(), f.truncated());
  }

  private FetchResponse(URI requestUri, URI uri, int status, Map<String, List<String>> headers, Body body, boolean fromCache,
      boolean truncated) {
    this.requestUri = Objects.requireNonNull(requestUri, "requestUri");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.status = status;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
    this.fromCache = fromCache;
    this.truncated = truncated;
  }

  /** The URL that was asked for, before any redirect. */
  public URI requestUri() { return requestUri; }

  /** The URL the body was finally read from; resolve relative links against this. */
  public URI uri() { return uri; }

  /** The final HTTP status; from {@link HttpFetcher} always 2xx, as it throws on any other (a 304 is reported as 200). */
  public int status() { return status; }

  /**
   * Headers of the final answer, with case-insensitive names. {@code Content-Encoding} and
   * {@code Content-Length} are left out, because they describe the bytes on the wire, not the
   * decoded {@link #body()}.
   */
  public Map<String, List<String>> headers() { return headers; }

  /** The first value of header {@code name}. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The body's bytes (a copy). */
  public byte[] body() { return body.toArray(); }

  /**
   * The body as a stream over the bytes held, without copying them; it supports
   * {@code mark}/{@code reset}. The caller closes it.
   */
  public InputStream openStream() { return body.openStream(); }

  /** The body's length in bytes (decoded). */
  public int length() { return body.length(); }

  /** Whether the body was served from storage: the conditional-GET cache (after a 304) or a replay recording. */
  public boolean fromCache() { return fromCache; }

  /**
   * True when the body is only the start of the document: the connection broke off on every
   * attempt and the request {@linkplain FetchRequest#acceptingPartialBody() accepted} that.
   */
  public boolean truncated() { return truncated; }

  /** The media type of {@code Content-Type}, lower case, without parameters. */
  public Optional<String> mediaType() {
    return header("Content-Type").map(ct -> ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
  }

  /** The charset named by {@code Content-Type}, when it names a supported one. */
  public Optional<Charset> charset() {
    return header("Content-Type").flatMap(ct -> {
      for (String part : ct.split(";")) {
        String p = part.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          String name = p.substring(8).trim().replace("\"", "").replace("'", "");
          try {
            return Optional.of(Charset.forName(name));
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
          }
        }
      }
      return Optional.empty();
    });
  }

  @Override
  public String toString() {
    return "FetchResponse[" + status + " " + uri + ", " + body.length() + " bytes" + (fromCache ? ", cached" : "") + (truncated ? ", truncated" : "") + "]";
  }
}
