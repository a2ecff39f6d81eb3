package dev.digestkit.core.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post from a lab blog or news site.
 *
 * @param id the entry's own id (Atom id, RSS guid) or, lacking one, its URL
 * @param publisher who published it
 * @param title title, plain text and the source's HTML
 * @param url canonical link: absolute, tracking parameters removed
 * @param published first publication time (UTC), when the feed gives a readable one
 * @param updated last update time (UTC)
 * @param summary summary or content, plain text and HTML; {@link Text#EMPTY} when none
 * @param authors author names
 * @param categories categories or tags
 * @param image a thumbnail or lead image
 * @param signals attention measurements (downloads, likes, …) when the source gives them
 */
public record Announcement(
    String id,
    Publisher publisher,
    Text title,
    URI url,
    Optional<Instant> published,
    Optional<Instant> updated,
    Text summary,
    List<String> authors,
    List<String> categories,
    Optional<URI> image,
    List<Signal> signals)
    implements Item {

  /** An announcement with no signals, as feed readers produce it. */
  public Announcement(String id, Publisher publisher, Text title, URI url, Optional<Instant> published,
      Optional<Instant> updated, Text summary, List<String> authors, List<String> categories, Optional<URI> image) {
    this(id, publisher, title, url, published, updated, summary, authors, categories, image, List.of());
  }

  public Announcement {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("announcement id must not be blank");
    }
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    title = title == null ? Text.EMPTY : title;
    published = published == null ? Optional.empty() : published;
    updated = updated == null ? Optional.empty() : updated;
    summary = summary == null ? Text.EMPTY : summary;
    authors = List.copyOf(authors == null ? List.of() : authors);
    categories = List.copyOf(categories == null ? List.of() : categories);
    image = image == null ? Optional.empty() : image;
    signals = List.copyOf(signals == null ? List.of() : signals);
  }

  /** The first signal called {@code name} (see {@link Signal}'s constants), if any. */
  public Optional<Signal> signal(String name) {
    return signals.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The publication time, else the update time, else empty. */
  public Optional<Instant> time() {
    return published.or(() -> updated);
  }
}
