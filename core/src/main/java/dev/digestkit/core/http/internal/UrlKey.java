package dev.digestkit.core.http.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The identity of a URL for recordings and the cache: scheme and host in lower case, the default
 * port dropped, an empty path as {@code /}, no fragment, and query parameters decoded, re-encoded
 * one way and sorted, so {@code b=2&a=x%2Fy} and {@code a=x/y&b=2} are the same key.
 */
public final class UrlKey {
  private UrlKey() {}

  /** The normalised form of {@code uri}. */
  public static String of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      sb.append(':').append(port);
    }
    sb.append(path);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      List<String> params = new ArrayList<>();
      for (String p : query.split("&")) {
        if (p.isEmpty()) {
          continue;
        }
        int eq = p.indexOf('=');
        String k = eq < 0 ? p : p.substring(0, eq);
        String v = eq < 0 ? null : p.substring(eq + 1);
        params.add(encode(decode(k)) + (v == null ? "" : "=" + encode(decode(v))));
      }
      params.sort(null);
      if (!params.isEmpty()) {
        sb.append('?').append(String.join("&", params));
      }
    }
    return sb.toString();
  }

  // Lenient: '+' is a space (form encoding, as arXiv reads it) and a stray '%' stays literal.
  private static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i += Character.charCount(cp) - 1;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static String encode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }
}
