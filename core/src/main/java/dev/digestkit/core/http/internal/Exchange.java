package dev.digestkit.core.http.internal;

import java.io.Closeable;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request's answer, before any policy is applied: status, headers and the raw body stream.
 * {@link #close()} releases it; {@link #abort()} first when the body was not read to its end, so a
 * huge unread remainder is dropped with the connection instead of being drained.
 */
public interface Exchange extends Closeable {
  /** The HTTP status code. */
  int status();

  /** Response headers by name as sent (look-ups should ignore case: use {@link #header}). */
  Map<String, List<String>> headers();

  /** The body as it came off the wire (still content-encoded). */
  InputStream body();

  /** Drops the underlying connection; safe to call more than once. */
  void abort();

  @Override
  void close();

  /** The first value of header {@code name}, matched ignoring case. */
  default Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** The declared {@code Content-Length}, or -1. */
  default long contentLength() {
    try {
      return header("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
