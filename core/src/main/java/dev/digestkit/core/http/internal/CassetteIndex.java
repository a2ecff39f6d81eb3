package dev.digestkit.core.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recorded answers by normalised URL ({@link UrlKey}). Immutable once loaded. */
public final class CassetteIndex {
  private static final Logger log = LoggerFactory.getLogger(CassetteIndex.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Opens a resource relative to the recordings' root; null when it does not exist. */
  @FunctionalInterface
  public interface Resolver {
    /** Opens {@code relativePath}; returns null when there is no such resource. */
    InputStream open(String relativePath) throws IOException;
  }

  private final Map<String, Cassette> byUrl;
  private final String description;

  private CassetteIndex(Map<String, Cassette> byUrl, String description) {
    this.byUrl = Collections.unmodifiableMap(byUrl);
    this.description = description;
  }

  /**
   * Loads the cassettes named by {@code paths} (relative to the root, {@code /}-separated).
   *
   * @throws ConfigurationException when a cassette is missing or unreadable
   */
  public static CassetteIndex load(List<String> paths, Resolver resolver, String description) {
    Map<String, Cassette> map = new HashMap<>();
    for (String path : paths) {
      Cassette c = read(path, resolver);
      String key;
      try {
        key = UrlKey.of(new URI(c.url()));
      } catch (URISyntaxException e) {
        throw new ConfigurationException("recording " + path + " in " + description + " has an invalid url: " + c.url(), e);
      }
      if (map.put(key, c) != null) {
        log.warn("two recordings for {} in {}; using {}", c.url(), description, path);
      }
    }
    log.debug("loaded {} recordings from {}", map.size(), description);
    return new CassetteIndex(map, description);
  }

  private static Cassette read(String path, Resolver resolver) {
    JsonNode node;
    try (InputStream in = resolver.open(path)) {
      if (in == null) {
        throw new ConfigurationException("recording " + path + " listed but not found");
      }
      node = JSON.readTree(in);
    } catch (IOException e) {
      throw new ConfigurationException("recording " + path + " cannot be read: " + e.getMessage(), e);
    }
    if (node == null || !node.path("url").isTextual() || !node.path("status_code").canConvertToInt()) {
      throw new ConfigurationException("recording " + path + " needs \"url\" and \"status_code\"");
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    JsonNode h = node.path("headers");
    for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(e.getValue().asText());
      }
      headers.put(e.getKey(), List.copyOf(values));
    }
    Cassette.BodySource body;
    if (node.path("body").isTextual()) {
      byte[] bytes = node.path("body").asText().getBytes(Cassette.textCharset(headers));
      body = () -> bytes;
    } else if (node.path("body_file").isTextual()) {
      String file = sibling(path, node.path("body_file").asText());
      body = () -> {
        try (InputStream in = resolver.open(file)) {
          if (in == null) {
            throw new IOException("body_file " + file + " of recording " + path + " not found");
          }
          return in.readAllBytes();
        }
      };
    } else {
      body = () -> new byte[0];
    }
    return new Cassette(node.path("url").asText(), node.path("status_code").asInt(), Map.copyOf(headers), body, path);
  }

  private static String sibling(String cassettePath, String relative) {
    int slash = cassettePath.lastIndexOf('/');
    return slash < 0 ? relative : cassettePath.substring(0, slash + 1) + relative;
  }

  /** The recording for {@code uri}, matched by normalised URL. */
  public Optional<Cassette> find(URI uri) {
    return Optional.ofNullable(byUrl.get(UrlKey.of(uri)));
  }

  /** How many recordings are loaded. */
  public int size() {
    return byUrl.size();
  }

  /** Where the recordings came from. */
  public String description() {
    return description;
  }
}
