package dev.digestkit.core.feed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Lenient URL handling for links found in feeds. */
public final class Urls {
  private Urls() {}

  /**
   * Resolves {@code ref} against {@code base} (which may be null). Spaces and other characters
   * illegal in URIs are percent-encoded first; a reference that still cannot be read is empty.
   * Only absolute results are returned.
   */
  public static Optional<URI> resolve(URI base, String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    String r = ref.trim();
    if (r.isEmpty()) {
      return base == null ? Optional.empty() : Optional.of(base);
    }
    URI u = parse(r);
    if (u == null) {
      return Optional.empty();
    }
    if (u.isAbsolute()) {
      return Optional.of(u);
    }
    if (base == null || !base.isAbsolute() || base.isOpaque()) {
      return Optional.empty();
    }
    try {
      URI b = base;
      if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
        // URI.resolve turns ("http://h", "x") into "http://hx"; give the base a root path first
        b = new URI(b.getScheme(), b.getRawAuthority() == null ? null : b.getAuthority(), "/", null, null);
      }
      return Optional.of(b.resolve(u));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Parses a URI leniently; null when it cannot be read even after escaping. */
  public static URI parse(String r) {
    try {
      return new URI(r);
    } catch (URISyntaxException e) {
      StringBuilder b = new StringBuilder(r.length() + 16);
      for (int i = 0; i < r.length(); i++) {
        char c = r.charAt(i);
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
            || c == '|' || c == '}' || c > 0x7E) {
          if (c <= ' ' && (c == '\n' || c == '\r' || c == '\t')) {
            continue;
          }
          for (byte x : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
                .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
          }
        } else if (c == '%' && !(i + 2 < r.length() && isHex(r.charAt(i + 1)) && isHex(r.charAt(i + 2)))) {
          b.append("%25");
        } else {
          b.append(c);
        }
      }
      try {
        return new URI(b.toString());
      } catch (URISyntaxException e2) {
        return null;
      }
    }
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
