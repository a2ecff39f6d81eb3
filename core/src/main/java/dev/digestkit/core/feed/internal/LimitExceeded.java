package dev.digestkit.core.feed.internal;

/** Thrown inside the parser when a document breaks a {@link Limits} bound; never escapes the API. */
final class LimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LimitExceeded(String message) {
    super(message, null, false, false);
  }
}
