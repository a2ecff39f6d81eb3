package dev.digestkit.core;

/**
 * The caller asked for something that cannot work: an unknown source scheme, an invalid builder
 * setting, a malformed configuration file. Thrown eagerly, at {@code build()} or resolution time,
 * never halfway through a fetch.
 */
public class ConfigurationException extends DigestException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
