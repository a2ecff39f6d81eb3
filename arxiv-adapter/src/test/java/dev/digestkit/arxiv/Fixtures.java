package dev.digestkit.arxiv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestkit.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from src/test/resources. */
final class Fixtures {
  private Fixtures() {}

  /** A recorded API exchange. */
  record Cassette(URI url, int status, byte[] body) {
    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The recorded query string, for WireMock matching. */
    String pathAndQuery() {
      return url.getRawPath() + "?" + url.getRawQuery();
    }
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  static Cassette cassette(String resource) {
    try {
      JsonNode n = Json.newMapper().readTree(bytes(resource));
      return new Cassette(URI.create(n.get("url").asText()), n.get("status_code").asInt(), repair(n.get("body").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The recorder decoded UTF-8 bodies as Latin-1; undo that when the result is valid UTF-8.
  static byte[] repair(String body) {
    byte[] latin1 = body.getBytes(StandardCharsets.ISO_8859_1);
    if (!new String(latin1, StandardCharsets.ISO_8859_1).equals(body)) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(latin1));
      return latin1;
    } catch (CharacterCodingException e) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }
}
