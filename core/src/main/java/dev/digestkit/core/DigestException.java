package dev.digestkit.core;

/**
 * Root of every error digestkit throws. Unchecked, so callers catch it where they can act on it
 * (usually around one source) rather than at every call.
 *
 * <p>Subtypes say which stage failed: {@link FetchException} (network, HTTP status, size caps),
 * {@link ParseException} (a document could not be read) and {@link ConfigurationException} (the
 * caller asked for something that cannot work). Messages always name what failed and where.
 */
public class DigestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DigestException(String message) {
    super(message);
  }

  public DigestException(String message, Throwable cause) {
    super(message, cause);
  }
}
