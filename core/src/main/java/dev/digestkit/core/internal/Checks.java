package dev.digestkit.core.internal;

import dev.digestkit.core.ConfigurationException;
import java.util.Objects;

/** Argument checks at the API boundary. Not part of the public API. */
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws a {@link NullPointerException} naming the argument. */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** Returns {@code value} trimmed, or throws if it is null or blank. */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition}. */
  public static void argument(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Throws {@link ConfigurationException} with {@code message} unless {@code condition}. */
  public static void config(boolean condition, String message) {
    if (!condition) {
      throw new ConfigurationException(message);
    }
  }
}
