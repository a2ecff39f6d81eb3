package dev.digestkit.core.http;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A GET request: the URL and any extra headers (an API key, an {@code Accept}).
 *
 * @param uri absolute http or https URL
 * @param headers extra request headers; User-Agent and conditional headers are the fetcher's
 * @param partialBodyAccepted when true and the connection breaks off in the middle of the body on
 *     every attempt, the fetcher returns what arrived, marked {@link FetchResponse#truncated()},
 *     instead of throwing; for readers that can use a cut-off document (feeds keep the entries
 *     before the cut). False by default, because most documents are useless when incomplete.
 */
public record FetchRequest(URI uri, Map<String, String> headers, boolean partialBodyAccepted) {
  public FetchRequest {
    Objects.requireNonNull(uri, "uri");
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("request URL must be absolute: " + uri);
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A request that refuses partial bodies. */
  public FetchRequest(URI uri, Map<String, String> headers) {
    this(uri, headers, false);
  }

  /** A plain GET of {@code uri}. */
  public static FetchRequest get(URI uri) {
    return new FetchRequest(uri, Map.of());
  }

  /** A GET of {@code url}. */
  public static FetchRequest get(String url) {
    return get(URI.create(url));
  }

  /** A copy with one more header. */
  public FetchRequest withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new FetchRequest(uri, h, partialBodyAccepted);
  }

  /** A copy that accepts a body cut off by a broken connection; see {@link #partialBodyAccepted()}. */
  public FetchRequest acceptingPartialBody() {
    return new FetchRequest(uri, headers, true);
  }
}
