package dev.digestkit.core;

import java.net.URI;
import java.util.Optional;

/**
 * A document could not be fetched: connection failure, an HTTP error status after all retries,
 * a response over the size cap, too many redirects, or a missing recording in replay mode.
 *
 * <p>When the server answered, {@link #status()} holds the HTTP status and {@link #body()} the
 * first bytes of its answer (at most {@link #MAX_BODY_KEPT} bytes), because some services, arXiv
 * among them, explain errors in the body.
 */
public class FetchException extends DigestException {
  private static final long serialVersionUID = 1L;

  /** How much of an error response's body is kept for the caller to inspect. */
  public static final int MAX_BODY_KEPT = 64 * 1024;

  private final transient URI uri;
  private final int status;
  private final byte[] body;

  public FetchException(URI uri, String message) {
    this(uri, -1, null, message, null);
  }

  public FetchException(URI uri, String message, Throwable cause) {
    this(uri, -1, null, message, cause);
  }

  public FetchException(URI uri, int status, byte[] body, String message, Throwable cause) {
    super(message + " [" + uri + (status > 0 ? ", HTTP " + status : "") + "]", cause);
    this.uri = uri;
    this.status = status;
    this.body = body == null ? null : body.clone();
  }

  /** The URL that failed. */
  public URI uri() {
    return uri;
  }

  /** The HTTP status of the last answer, when the server answered at all. */
  public Optional<Integer> status() {
    return status > 0 ? Optional.of(status) : Optional.empty();
  }

  /** The start of the last answer's body, when there was one. */
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }
}
