package dev.digestkit.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Who published an announcement: an AI lab or a news site.
 *
 * @param id a short stable key, e.g. {@code openai}
 * @param name the display name, e.g. {@code OpenAI}
 * @param homepage the publisher's home or news page
 * @param feed the feed the announcement was read from
 * @param group the digest section its posts belong in
 */
public record Publisher(String id, String name, Optional<URI> homepage, Optional<URI> feed, PublisherGroup group) {
  public Publisher {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("publisher id and name must not be blank");
    }
    homepage = homepage == null ? Optional.empty() : homepage;
    feed = feed == null ? Optional.empty() : feed;
    Objects.requireNonNull(group, "group");
  }
}
