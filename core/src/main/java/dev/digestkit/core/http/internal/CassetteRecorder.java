package dev.digestkit.core.http.internal;

import dev.digestkit.core.internal.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes live answers as cassettes that {@code Recordings.fromDirectory} (and, once copied into a
 * jar, {@code fromClasspath}) reads back, and keeps the directory's {@code index.txt} listing them.
 * A body that is not text in its declared charset goes to a {@code body_file} beside the cassette.
 */
public final class CassetteRecorder {
  private static final Logger log = LoggerFactory.getLogger(CassetteRecorder.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  // Only what a reader needs to interpret the body; wire details (length, encoding) no longer apply.
  private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Location", "ETag", "Last-Modified", "Retry-After");

  private final Path dir;
  private final Set<String> indexed = new LinkedHashSet<>();

  /** @param dir the directory to record into; created if needed */
  public CassetteRecorder(Path dir) {
    this.dir = dir;
  }

  /** Records one answer; failures are logged at warn and never fail the fetch. */
  public void record(URI uri, int status, Map<String, List<String>> headers, byte[] body) {
    String base = fileBase(uri);
    ObjectNode node = JSON.createObjectNode();
    node.put("url", uri.toString());
    node.put("status_code", status);
    ObjectNode h = node.putObject("headers");
    for (String name : KEPT_HEADERS) {
      headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .findFirst()
          .ifPresent(e -> h.put(name, e.getValue().get(0)));
    }
    try {
      String text = asText(body, Cassette.textCharset(headers));
      if (text != null) {
        node.put("body", text);
      } else {
        AtomicFiles.write(dir.resolve(base + ".body"), body);
        node.put("body_file", base + ".body");
      }
      AtomicFiles.write(dir.resolve(base + ".json"), JSON.writeValueAsBytes(node));
      addToIndex(base + ".json");
      log.debug("recorded {} as {}", uri, base + ".json");
    } catch (IOException e) {
      log.warn("cannot record {} into {}: {}", uri, dir, e.toString());
    }
  }

  private synchronized void addToIndex(String name) throws IOException {
    Path index = dir.resolve("index.txt");
    if (indexed.isEmpty() && Files.exists(index)) {
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          indexed.add(line.trim());
        }
      }
    }
    if (indexed.add(name)) {
      AtomicFiles.write(index, (String.join("\n", indexed) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String asText(byte[] body, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // Readable yet unique: the host and path for people, a hash of the normalised URL for identity.
  private static String fileBase(URI uri) {
    String readable = (uri.getHost() + (uri.getRawPath() == null ? "" : uri.getRawPath()))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "_");
    if (readable.length() > 60) {
      readable = readable.substring(0, 60);
    }
    return readable + "_" + HttpCache.sha256(UrlKey.of(uri)).substring(0, 12);
  }
}
