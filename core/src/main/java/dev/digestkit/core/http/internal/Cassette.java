package dev.digestkit.core.http.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Map;

/**
 * One recorded answer: {@code {"url", "status_code", "headers"?, "body" | "body_file"}}.
 *
 * @param url the URL as recorded
 * @param status the recorded status
 * @param headers recorded headers (often only Content-Type)
 * @param body supplies the body bytes; a {@code body_file} is read only when asked for
 * @param origin where the cassette was read from, for messages
 */
public record Cassette(String url, int status, Map<String, List<String>> headers, BodySource body, String origin) {
  /** Supplies a cassette's body bytes. */
  @FunctionalInterface
  public interface BodySource {
    /** The body's bytes. */
    byte[] bytes() throws IOException;
  }

  /**
   * The charset a textual {@code body} string is stored in and read back with: the one named by
   * Content-Type, else UTF-8.
   */
  public static Charset textCharset(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase("Content-Type") && !e.getValue().isEmpty()) {
        for (String part : e.getValue().get(0).split(";")) {
          String p = part.trim();
          if (p.regionMatches(true, 0, "charset=", 0, 8)) {
            try {
              return Charset.forName(p.substring(8).trim().replace("\"", ""));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
              return StandardCharsets.UTF_8;
            }
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
