package dev.digestkit.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.PublisherGroup;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known AI labs and news sites, in two groups ({@code labs}, {@code wire}). The bundled list
 * ({@code dev/digestkit/core/feed/labs.json} in the jar) can be extended or overridden from the
 * user's own file in the same format: an entry with the same id replaces the bundled one.
 * Immutable and thread-safe.
 *
 * <p>File format: {@code {"labs": [LAB...], "wire": [LAB...]}} where LAB is
 * {@code {"id", "name", "homepage"?, "feed"?, "listing"?: {"page", "item", "title", "link",
 * "date"?, "summary"?}, "verified"?: bool, "note"?}}.
 */
public final class LabRegistry {
  /**
   * The {@link dev.digestkit.core.SourceContext} setting naming a user registry file that the
   * {@code lab:} and {@code feed:} sources read on top of the bundled one.
   */
  public static final String FILE_SETTING = "labs.file";

  static final String BUNDLED = "/dev/digestkit/core/feed/labs.json";

  private final Map<String, Lab> labs;

  private LabRegistry(Map<String, Lab> labs) {
    this.labs = Collections.unmodifiableMap(new LinkedHashMap<>(labs));
  }

  /** The registry bundled in the jar. */
  public static LabRegistry bundled() {
    return builder().addBundled().build();
  }

  /** The bundled registry extended and overridden by {@code userFile}. */
  public static LabRegistry withOverrides(Path userFile) {
    return builder().addBundled().add(userFile).build();
  }

  /** A builder starting empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every entry, bundled order first, then the additions. */
  public List<Lab> all() {
    return List.copyOf(labs.values());
  }

  /** The entries of {@code group}. */
  public List<Lab> group(PublisherGroup group) {
    return labs.values().stream().filter(l -> l.group() == group).toList();
  }

  /** The entry with {@code id} (case-insensitive). */
  public Optional<Lab> find(String id) {
    return Optional.ofNullable(labs.get(id.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * The entry whose feed is {@code feedUrl}, compared without scheme, {@code www.} or trailing
   * slash, so {@code http://x/feed} matches {@code https://www.x/feed/}.
   */
  public Optional<Lab> findByFeed(URI feedUrl) {
    String key = key(feedUrl);
    return labs.values().stream().filter(l -> l.feed().map(LabRegistry::key).filter(key::equals).isPresent()).findFirst();
  }

  private static String key(URI u) {
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return host + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  /** Collects entries; a later entry with the same id replaces an earlier one. */
  public static final class Builder {
    private final Map<String, Lab> labs = new LinkedHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    private Builder() {}

    /** Adds the bundled registry. */
    public Builder addBundled() {
      try (InputStream in = LabRegistry.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new ConfigurationException("bundled lab registry " + BUNDLED + " is missing from the class path");
        }
        return add(in, "bundled " + BUNDLED);
      } catch (IOException e) {
        throw new ConfigurationException("cannot read bundled lab registry: " + e.getMessage(), e);
      }
    }

    /** Adds the entries of a registry file. */
    public Builder add(Path file) {
      Checks.notNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return add(in, file.toString());
      } catch (IOException e) {
        throw new ConfigurationException("cannot read lab registry " + file + ": " + e.getMessage(), e);
      }
    }

    /** Adds the entries of a registry document; {@code name} appears in error messages. */
    public Builder add(InputStream in, String name) {
      JsonNode root;
      try {
        root = mapper.readTree(in);
      } catch (IOException e) {
        throw new ConfigurationException("lab registry " + name + " is not valid JSON: " + e.getMessage(), e);
      }
      if (root == null || !root.isObject()) {
        throw new ConfigurationException("lab registry " + name + " must be a JSON object with 'labs' and/or 'wire'");
      }
      for (PublisherGroup g : PublisherGroup.values()) {
        for (JsonNode n : root.path(g.wireName())) {
          Lab lab = lab(n, g, name);
          labs.remove(lab.id());
          labs.put(lab.id(), lab);
        }
      }
      return this;
    }

    /** Adds or replaces one entry. */
    public Builder add(Lab lab) {
      labs.remove(Checks.notNull(lab, "lab").id());
      labs.put(lab.id(), lab);
      return this;
    }

    /** The registry. */
    public LabRegistry build() {
      return new LabRegistry(labs);
    }

    private static Lab lab(JsonNode n, PublisherGroup g, String source) {
      String id = text(n, "id").map(s -> s.toLowerCase(Locale.ROOT)).orElseThrow(
          () -> new ConfigurationException("lab registry " + source + ": an entry in '" + g.wireName() + "' has no id"));
      try {
        Optional<HtmlListing> listing = Optional.empty();
        JsonNode l = n.path("listing");
        if (l.isObject()) {
          listing = Optional.of(new HtmlListing(uri(l, "page").orElseThrow(() -> new IllegalArgumentException("listing needs a page")),
              text(l, "item").orElse(""), text(l, "title").orElse(""), text(l, "link").orElse(""),
              text(l, "date"), text(l, "summary")));
        }
        return new Lab(id, text(n, "name").orElse(""), g, uri(n, "homepage"), uri(n, "feed"), listing,
            n.path("verified").asBoolean(false), text(n, "note"));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("lab registry " + source + ", entry '" + id + "': " + e.getMessage(), e);
      }
    }

    private static Optional<String> text(JsonNode n, String field) {
      JsonNode v = n.path(field);
      return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().trim()) : Optional.empty();
    }

    private static Optional<URI> uri(JsonNode n, String field) {
      return text(n, field).map(s -> {
        URI u = URI.create(s);
        if (!u.isAbsolute()) {
          throw new IllegalArgumentException(field + " must be an absolute URL: " + s);
        }
        return u;
      });
    }
  }
}
